"""Chinese: a spouse or a relative only family calls so (舅舅, 姥姥), called at the start of a turn, is the speaker's
(issue 13, :mod:`kg_memory.extract.chinese.called`); 老公 and 老婆 are terms of address, no names. Invented scenes, with
calls whose answerer is unknown (one speaker before, another after), a group and the speaker's own title that must
give nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, names


@pytest.mark.parametrize("lines, fact", [
    (((1, "我下班了。"), (2, "老公，晚上吃饺子还是面条？"), (1, "饺子吧。")), ("Speaker 2", "spouse", "Speaker 1")),
    (((2, "孩子睡了。"), (1, "老婆，明天我送他上学。"), (2, "好。")), ("Speaker 1", "spouse", "Speaker 2")),
    (((3, "我来看看你们。"), (1, "姥姥，您腿好点了吗？"), (3, "好多了。")), ("Speaker 1", "relative", "Speaker 3")),
    (((2, "你们三个在干嘛呢？"), (1, "舅舅！我哥抢我遥控器。"), (2, "给你们一人一个。")), ("Speaker 1", "relative", "Speaker 2")),
])
def test_a_spouse_or_relative_called(lines, fact):
    assert fact in facts(*lines)


def test_the_call_is_a_term_of_address_not_a_name():
    lines = ((1, "我下班了。"), (2, "老公，晚上吃饺子还是面条？"), (1, "饺子吧。"))
    assert ("Speaker 1", "addressedAs", "老公") in facts(*lines)
    assert not any(name == "老公" for _, name in names(*lines))


@pytest.mark.parametrize("lines", [
    ((3, "孩子们的事让他们自己定。"), (2, "老公，你别老护着他们。"), (1, "妈，爸说得对。")),  # either may answer
    ((1, "我们到了。"), (2, "老公，你们先进去。"), (1, "好。")),  # a group
    ((1, "恭喜！"), (2, "外公！我要当外公了！"), (1, "真好。")),  # the speaker's own title
    ((1, "你说呢？"), (2, "如果我是你老婆，我就不答应。"), (1, "哈哈。")),
])
def test_no_relative_when_the_one_called_is_unknown(lines):
    assert not any(p in ("spouse", "relative") and s == "Speaker 2" for s, p, _ in facts(*lines))
