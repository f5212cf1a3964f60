"""A parent called at the head of a question (妈，你怎么也来了？): the one who answers is the parent, between two or,
in a group, when the question says 你/您 and no one else is called by name; not 妈，爸去哪儿了？ (both named),
妈妈，那个男的怎么了？ in a group (anyone may answer), 爸，怎么了？小伟，你也来了 (小伟 may answer)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _parents(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == "parent"}


@pytest.mark.parametrize("lines, child, parent", [
    (((1, "外面下雨了。"), (2, "爸，你带伞了吗？"), (1, "带了。")), "Speaker 2", "Speaker 1"),
    (((1, "菜都买好了。"), (2, "妈，您怎么一个人来了？"), (3, "你爸在停车。")), "Speaker 2", "Speaker 3"),
    (((3, "今天人真多。"), (1, "爸，你腰还疼不疼？我给你买了膏药。"), (2, "不疼了，别乱花钱。")), "Speaker 1", "Speaker 2"),
])
def test_a_parent_called_opening_a_question_is_the_one_answering(lines, child, parent):
    assert (child, parent) in _parents(facts(*lines))


@pytest.mark.parametrize("lines", [
    ((1, "饭好了。"), (2, "妈，爸去哪儿了？"), (3, "买菜去了。")),
    ((1, "排到我们了吗？"), (2, "妈妈，那个叔叔怎么了？"), (3, "他摔了一跤。")),
    ((1, "都到齐了。"), (2, "爸，怎么了？小伟，你也来了。"), (3, "嗯，刚到。")),
    ((1, "好难啊。"), (2, "要是你是我妈，你会怎么办？"), (3, "不知道。")),
])
def test_no_parent_where_another_may_answer(lines):
    assert not _parents(facts(*lines))


def test_in_a_group_a_parent_who_answers_calling_the_child_back():
    found = facts((1, "周老师，我没跑调。"), (3, "你自己抢拍还赖我？"), (2, "爸，要不我弹慢一点？"), (4, "小雪，别惯着他们，就按原速。"))
    assert ("Speaker 2", "Speaker 4") in _parents(found)


def test_in_a_group_no_answer_calling_back_and_no_you_is_no_parent():
    found = facts((1, "周老师，我没跑调。"), (3, "你自己抢拍还赖我？"), (2, "爸，要不我弹慢一点？"), (4, "就按原速。"))
    assert not _parents(found)


def test_one_who_calls_a_father_in_law_who_just_spoke_of_her_is_no_child():
    found = facts((2, "陈叔，您坐。你们认识？"), (3, "她是我儿媳妇，我怎么不认识！"), (1, "爸，您怎么也来这儿了？"),
                  (3, "你婆婆说这家剪得好。"))
    assert ("Speaker 1", "Speaker 3") not in _parents(found)


def test_a_son_whose_father_spoke_of_no_in_law_is_his_child():
    found = facts((2, "陈叔，您坐。你们认识？"), (3, "他是我儿子，我怎么不认识！"), (1, "爸，您怎么也来这儿了？"),
                  (3, "你妈说这家剪得好。"))
    assert ("Speaker 1", "Speaker 3") in _parents(found)
