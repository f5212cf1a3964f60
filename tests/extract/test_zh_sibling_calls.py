"""A brother or sister called 哥 or 姐 alone where the turn speaks of the parents the two share (issue 13): "姐，你回去睡会儿
吧，今晚我陪妈。" tells a sister; "放心吧姐" (a mover to a customer) and "哥，走着" (a friend) tell nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, pair", [
    (((1, "我先走了，明天还上班。"), (2, "姐，你回去睡会儿吧，今晚我陪妈。"), (1, "那行，有事打电话。")), ("Speaker 2", "Speaker 1")),
    (((1, "哥，咱妈让你周末早点回来。"), (2, "知道了，我周六就到。")), ("Speaker 1", "Speaker 2")),
    (((1, "弟，爸的药你买了没有？"), (2, "买了，放桌上了。")), ("Speaker 1", "Speaker 2")),
    (((1, "饺子下锅了没有？"), (2, "妈，马上。"), (3, "哥，你今年又是一个人回来的？妈念叨你好几天了。"), (2, "她回娘家了。")),
     ("Speaker 3", "Speaker 2")),
])
def test_a_sibling_called_with_the_shared_parents(lines, pair):
    assert (pair[0], "sibling", pair[1]) in facts(*lines)


@pytest.mark.parametrize("lines", [
    ((1, "师傅，这个柜子小心点。"), (2, "放心吧姐，我们干这行十几年了。")),
    ((1, "哥，走着，今晚撸串去。"), (2, "行啊。")),
    ((1, "哥，你妈最近身体怎么样？"), (2, "挺好的。")),
    ((1, "姐，我的妈呀，你这头发怎么剪成这样了？"), (2, "别说了。")),
    ((1, "哥，妈的，这破车又坏了。"), (2, "我看看。")),
    ((1, "姐，要是咱妈知道了怎么办？"), (2, "她不会知道的。")),
])
def test_a_call_of_anyone_older_tells_no_sibling(lines):
    assert not any(p == "sibling" for _, p, _ in facts(*lines))
