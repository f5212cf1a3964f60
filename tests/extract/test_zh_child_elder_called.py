"""琪琪奶奶，您别急: a grandmother (a mother, a grandfather) called by the child's pet name and her kin term is called
so there: the one who answers bears the name, as with any name called."""

from __future__ import annotations

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity
from tests.extract.dialogue_facts import facts
from tests.extract.dialogue_facts import turns as dialogue


def test_the_grandmother_called_by_the_child() -> None:
    got = facts((1, "琪琪，今天的字写了没有？"), (2, "写了一半。"), (3, "钱老师，她哪写了，一直在看电视。"),
                (1, "琪琪奶奶，您别急，孩子都这样。"), (3, "唉，她爸妈都在外地，我管不住。"))
    assert ("Speaker 3", "alternateName", "琪琪奶奶") in got, got


def test_the_mother_called_by_the_child() -> None:
    got = facts((1, "周老师，我来接豆豆。"), (2, "豆豆妈妈，豆豆今天午觉睡得很好。"), (1, "那就好，谢谢您。"))
    assert ("Speaker 1", "alternateName", "豆豆妈妈") in got, got


def test_a_surname_grandmother_is_no_childs_name() -> None:
    got = facts((1, "李奶奶，您慢点儿。"), (2, "没事没事。"))
    assert not any(p == "alternateName" and o.endswith("奶奶") and len(o) == 4 for _, p, o in got), got


def test_the_one_called_is_the_childs_grandmother() -> None:
    got = facts((1, "琪琪，今天的字写了没有？"), (2, "写了一半。"), (3, "钱老师，她哪写了，一直在看电视。"),
                (1, "琪琪奶奶，您别急，孩子都这样。"), (3, "唉，她爸妈都在外地，我管不住。"))
    assert ("Speaker 2", "relative", "Speaker 3") in got, got



def test_a_mother_who_says_so_is_told_once() -> None:
    turns_ = dialogue((1, "周老师，我是豆豆妈妈。"), (2, "豆豆妈妈，豆豆今天午觉睡得很好。"), (1, "那就好，谢谢您。"))
    said = [(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else "") for f in RuleExtractor().extract(turns_)]
    assert said.count(("豆豆", "parent", "Speaker 1")) <= 1, said
