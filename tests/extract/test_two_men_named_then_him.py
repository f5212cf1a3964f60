"""A "him" or "her" turns later, after one turn named two people of that gender, may be either: "This is my little
brother Lou. Lou, my roommates, Marcus and Priya." - ... - "I like him already." gives no liking of Marcus (the one
named last); with one man named, "him" is still him."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), speaker, text) for i, (speaker, text) in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


def test_him_after_two_men_named_together_is_unsure() -> None:
    facts = _facts(("Speaker 1", "Everybody, this is my cousin Wendell. Wendell, these are my roommates, Tobias and Ines."),
                   ("Speaker 4", "Hey. So who finished the cereal?"),
                   ("Speaker 2", "Don't look at me."),
                   ("Speaker 3", "I like him already."))
    assert not any(s == "Speaker 3" and p == "positiveImpression" for s, p, _ in facts)


def test_him_after_one_man_named_is_him() -> None:
    facts = _facts(("Speaker 1", "Everybody, this is my cousin Wendell."),
                   ("Speaker 4", "Hey. So who finished the cereal?"),
                   ("Speaker 2", "Don't look at me."),
                   ("Speaker 3", "I like him already."))
    assert ("Speaker 3", "positiveImpression", "Wendell") in facts
