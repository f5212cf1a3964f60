"""Children counted, then told by name and age ("I have 2 kids. Emma is 8 and Jack is 5.", "I have two kids, Emma (8)
and Jack (5)", the names in the speaker's next turn after a question): each is the speaker's child, with the age; not
more people than were counted, nor someone tied to the speaker otherwise ("My neighbor Tom is 8")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), ("Ann", "Bot")[i % 2], text) for i, text in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns) if not f.ended}


@pytest.mark.parametrize("texts", [
    ("I have 2 kids. Nora is 9 and Felix is 6.",),
    ("I have two kids, Nora (9) and Felix (6), and they never stop",),
    ("we've got two kids lol", "aww how old are they?", "Nora is 9 and Felix is 6"),
])
def test_each_child_named_with_the_age(texts: tuple[str, ...]) -> None:
    found = _facts(*texts)
    assert {("Ann", "child", "Nora"), ("Ann", "child", "Felix"), ("Nora", "age", "9"), ("Felix", "age", "6")} <= found, found


def test_the_count_gives_way_to_the_names() -> None:
    found = _facts("I have 2 kids. Nora is 9 and Felix is 6.")
    assert not any(o.startswith("Ann's") for s, p, o in found if p == "child"), found


@pytest.mark.parametrize("text", ["I have two kids. My neighbor Tom is 8 and his sister Liz is 6.",
                                  "I have 2 kids. Nora is 9, Felix is 6 and Ada is 3.",
                                  "I have two cats. Nora is 9 and Felix is 6."])
def test_no_child_beyond_the_count_or_another_tie(text: str) -> None:
    found = _facts(text)
    assert not {o for s, p, o in found if s == "Ann" and p == "child" and not o.startswith("Ann's")}, found


def test_a_count_in_one_turn_gives_way_to_the_names_in_a_later_one() -> None:
    found = _facts("I have two daughters.", "aww", "Lily is 10 and Rose is 7.")
    assert {("Ann", "child", "Lily"), ("Ann", "child", "Rose")} <= found, found
    assert not any(o.startswith("Ann's") for s, p, o in found if p == "child"), found


def test_a_count_stays_while_not_all_are_named() -> None:
    assert ("Ann", "child", "Ann's two daughters") in _facts("I have two daughters.", "aww", "Lily is 10.")
