"""A relative of a relative, in Chinese: told with 他/她 after the first (我哥哥住在南京。他老婆是医生。), the second is
a placeholder named after the first (安娜的哥哥的老婆) whose facts are kept, with the link from the first (they were
dropped: a label with two 的 read as a piece of a sentence). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*said: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(n), "安娜", text) for n, text in enumerate(said)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("said", "link", "fact"), [
    (("我弟弟住在天津。", "他老婆在一家医院上班。"), ("安娜的弟弟", "spouse", "安娜的弟弟的老婆"),
     ("安娜的弟弟的老婆", "worksFor", "医院")),
    (("我姑姑在广州开店。", "她儿子是飞行员。"), ("安娜的姑姑", "child", "安娜的姑姑的儿子"),
     ("安娜的姑姑的儿子", "jobTitle", "飞行员")),
    (("我姐姐嫁到了杭州，她老公是杭州人。",), ("安娜的姐姐", "spouse", "安娜的姐姐的老公"),
     ("安娜的姐姐的老公", "hometown", "杭州")),
])
def test_relative_of_relative_said_with_a_pronoun(said: tuple[str, ...], link: tuple[str, str, str],
                                                  fact: tuple[str, str, str]) -> None:
    found = facts(*said)
    assert link in found and fact in found, found


@pytest.mark.parametrize("said", [
    ("他老婆是医生。",),  # no one before whom 他 names
    ("我哥哥住在南京。", "他的车是新买的。"),  # a thing of his, no relative
])
def test_no_relative_of_relative_unsaid(said: tuple[str, ...]) -> None:
    assert not any("的老婆" in s or "的车" in o for s, _, o in facts(*said)), facts(*said)

