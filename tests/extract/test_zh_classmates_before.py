"""Classmates said with 以前 are classmates still (以前 says when they were at school together): 我跟我媳妇以前是同学 makes
the wife a classmate, and no one named 媳妇; 我和小周以前是同学 a classmate not ended; a colleague before (以前是同事) ends."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "0", "小雨", text)])}


def test_the_spouse_is_a_classmate() -> None:
    for text in ("我跟我媳妇以前是同学", "我和老婆以前是高中同学"):
        found = facts(text)
        wife = "小雨的媳妇" if "媳妇" in text else "小雨的老婆"
        assert ("小雨", "classmate", wife, False) in found, (text, found)
        assert not any(o in ("媳妇", "老婆") for _, _, o, _ in found), (text, found)


def test_a_classmate_before_is_not_ended() -> None:
    found = facts("我和小周以前是同学")
    assert ("小雨", "classmate", "小周", False) in found and ("小雨", "classmate", "小周", True) not in found, found


def test_a_colleague_before_ends() -> None:
    assert ("小雨", "colleague", "小周", True) in facts("我和小周以前是同事")
