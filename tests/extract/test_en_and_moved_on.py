"""English: a move, a marriage or an ending told after "and" / "but" without its subject is the speaker's ("I used to
live in Boston but moved to Denver last year", "I divorced Greg in 2019 and married Paul", "I moved to Tulsa and
divorced my husband"): the new home or spouse is kept, the old one closed; not a liking ("I love hiking and moved to
Denver" likes no "moved", "... and left my job" no "left my job")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(*texts: str) -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, still holds) of what Ann says in ``texts``, one turn each."""
    turns = [Turn("c", str(i), "Ann", text) for i, text in enumerate(texts, 1)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object),
             f.valid_to is None and not f.ended)
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "new", "old"), [
    ("I used to live in Boston but moved to Denver last year.", ("Ann", "livesIn", "Denver"), ("Ann", "livesIn", "Boston")),
    ("I lived in Lyon for years and moved to Marseille.", ("Ann", "livesIn", "Marseille"), ("Ann", "livesIn", "Lyon")),
    ("My sister lived in Paris but moved to Rome.", ("Ann's sister", "livesIn", "Rome"), ("Ann's sister", "livesIn", "Paris")),
    ("I divorced Greg in 2019 and married Paul last year.", ("Ann", "spouse", "Paul"), ("Ann", "spouse", "Greg")),
])
def test_the_new_value_after_and_holds_and_the_old_one_is_closed(text: str, new: tuple[str, str, str],
                                                                 old: tuple[str, str, str]) -> None:
    facts = _facts(text)
    assert (*new, True) in facts and (*old, False) in facts


@pytest.mark.parametrize(("text", "fact"), [
    ("I love hiking and moved to Denver last year.", ("Ann", "livesIn", "Denver")),
    ("I have two kids and moved to Ohio in 2020.", ("Ann", "livesIn", "Ohio")),
    ("I quit my job at Walmart and joined Target.", ("Ann", "worksFor", "Target")),
])
def test_the_second_verb_is_read_as_its_own(text: str, fact: tuple[str, str, str]) -> None:
    facts = _facts(text)
    assert (*fact, True) in facts
    assert not {f for f in facts if f[1] == "likes" and f[2].startswith(("moved", "married"))}


def test_another_subject_after_and_is_not_the_speaker() -> None:
    assert not {f for f in _facts("We broke up and she moved to Texas.") if f[0] == "Ann" and f[1] == "livesIn"}


@pytest.mark.parametrize(("text", "predicate"), [
    ("I moved to Tulsa and divorced my husband in 2021.", "spouse"),
    ("I live in Austin and quit my job at Dell last month.", "worksFor"),
    ("I love gardening and left my job in March.", "worksFor"),
    ("I turned 65 and retired last spring.", "worksFor"),
    ("We dated for a year and broke up in June.", "partner"),
])
def test_an_ending_after_and_ends_and_keeps_nothing_current(text: str, predicate: str) -> None:
    facts = _facts(text)
    assert any(f[0] == "Ann" and f[1] == predicate and not f[3] for f in facts), facts
    assert not any(f[0] == "Ann" and f[1] == predicate and f[3] for f in facts), facts
    assert not any(f[1] == "likes" and f[2].startswith(("left", "quit")) for f in facts), facts
