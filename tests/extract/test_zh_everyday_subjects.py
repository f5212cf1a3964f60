"""Chinese: a sentence about someone named as people call each other (乐乐, 小军, 钱大爷) tells of that person, as one about
李磊 does (issue 13, :func:`kg_memory.extract.chinese.people.named_subject`); a verb said twice (瞧瞧, 谈谈) names
nobody. Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("text, fact", [
    ("乐乐今年八岁了。", ("乐乐", "age", "8")),
    ("小军才六岁，就会背唐诗了。", ("小军", "age", "6")),
    ("我侄女甜甜在杭州读大学。", ("Speaker 2", "relative", "甜甜")),
])
def test_a_person_called_by_a_pet_name_is_the_subject(text, fact):
    said = {(s, p, str(o)) for s, p, o in facts((1, "最近怎么样？"), (2, text), (1, "是吗。"))}
    assert fact in said


def test_a_verb_said_twice_is_no_subject():
    said = facts((1, "我刚排练完。"), (2, "瞧瞧这身衣服，真好看。"), (1, "谢谢。"))
    assert not any(s == "瞧瞧" or o == "瞧瞧" for s, _, o in said)

