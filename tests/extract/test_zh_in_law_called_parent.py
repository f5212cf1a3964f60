"""A daughter- or son-in-law calling the spouse's parent 妈 or 爸 (issue 13): where the one called answers speaking of
their own 儿媳妇 (听儿媳妇的), of their child marrying the caller (我儿子娶你) or of taking the caller as their own (我把
你当亲闺女), the caller is no child of theirs; a child's call next to another's 女婿 (汝姐家女婿) is still a parent's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_daughter_in_law_told_so_in_the_answer_is_no_child():
    found = facts((1, "爸，您少抽点烟，医生都说了。"), (2, "行行行，听儿媳妇的，今天就抽这一根。"), (3, "爷爷，我也要吃糖！"))
    assert ("Speaker 1", "parent", "Speaker 2") not in found


def test_one_taken_as_a_daughter_is_no_child():
    found = facts((1, "小雯，以后这就是你家，我跟你叔都把你当亲闺女。"), (2, "谢谢妈！"), (3, "好了好了，开席吧。"))
    assert ("Speaker 2", "parent", "Speaker 1") not in found


def test_a_child_next_to_another_ones_son_in_law_is_a_child():
    found = facts((1, "汝姐家女婿是干啥的？"), (2, "妈，人家女婿开出租的，您打听这干嘛？"))
    assert ("Speaker 2", "parent", "Speaker 1") in found
