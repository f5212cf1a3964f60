"""One 爸 and one 妈 (kg_memory.extract.chinese.one_parent): a son who called his father 爸 in a reply to him, and later
says 爸，我回去了 just after a third person spoke, does not get that person for a second father; 爸 to one speaker and
妈 to another are two parents."""

from __future__ import annotations

from kg_memory.extract.chinese.one_parent import one_parent_each
from kg_memory.types import Entity, Fact, Provenance
from tests.extract.dialogue_facts import facts, turns


def _parents(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == "parent"}


def test_a_second_father_guessed_for_a_later_call_is_dropped():
    found = facts((1, "小军，你怎么跑这儿来了？"), (2, "爸，我妈让我给你送饭。"), (1, "放那儿吧。"), (3, "这孩子真懂事。"),
                  (4, "老孙，下午的会你还去不去？"), (2, "爸，我回去了，饭盒放桌上了。"), (1, "路上慢点。"))
    assert _parents(found) == {("Speaker 2", "Speaker 1")}


def test_a_father_and_a_mother_called_are_both_kept():
    found = facts((1, "小军，你怎么跑这儿来了？"), (2, "爸，我妈让我给你送饭。"), (1, "放那儿吧。"), (3, "小军，吃了没？"),
                  (2, "妈，我吃过了。"), (3, "那就好。"))
    assert _parents(found) == {("Speaker 2", "Speaker 1"), ("Speaker 2", "Speaker 3")}


def _call(turn: str, parent: str, confidence: float) -> Fact:
    return Fact(Entity("Speaker 2", "Person"), "parent", Entity(parent, "Person"), confidence,
                (Provenance("c", turn, "Speaker 2"),))


def test_two_calls_as_firm_as_each_other_are_both_kept():
    said = turns((1, "你好。"), (2, "妈，我回来了。"), (3, "嗯。"), (2, "妈，吃什么？"))
    both = [_call("2", "Speaker 1", 0.42), _call("4", "Speaker 3", 0.42)]
    assert one_parent_each(both, said) == both


def test_a_mother_spoken_of_is_no_call():
    said = turns((1, "你好。"), (2, "我妈让我来的。"), (3, "嗯。"), (2, "妈，吃什么？"))
    both = [_call("2", "Speaker 1", 0.72), _call("4", "Speaker 3", 0.42)]
    assert one_parent_each(both, said) == both  # 我妈让我来的 calls nobody: the one call stands alone
