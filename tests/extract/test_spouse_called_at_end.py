"""A spouse called at the end of a sentence, after a comma ("生日快乐，老公！", "谢谢你，老婆。"), is the speaker's,
as one called at the start of a turn is, when only one person can be spoken to; with one speaker before and another
after, or in a supposition, nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "caller", "called"), [
    (((1, "惊喜！周年快乐，老公！"), (2, "天哪，你们都在！"), (3, "我们藏了半天了。")), "Speaker 1", "Speaker 2"),
    (((1, "我把碗洗了。"), (2, "辛苦了，老婆。"), (1, "那你去拖地。")), "Speaker 2", "Speaker 1"),
    (((2, "菜做好了。"), (1, "好香啊，媳妇！"), (2, "快洗手吃饭。")), "Speaker 1", "Speaker 2"),
])
def test_a_spouse_called_after_a_comma_is_the_speakers(lines: tuple[tuple[int, str], ...], caller: str,
                                                       called: str) -> None:
    got = facts(*lines)
    assert (caller, "spouse", called) in got, got


@pytest.mark.parametrize("lines", [
    ((1, "你们到了？"), (2, "辛苦了，老婆。"), (3, "不辛苦。")),
    ((1, "我要是中了彩票，老婆。"), (2, "你想得美。")),
])
def test_no_spouse_when_either_may_be_called_or_it_is_supposed(lines: tuple[tuple[int, str], ...]) -> None:
    got = facts(*lines)
    assert not any(p == "spouse" for s, p, o in got), got
