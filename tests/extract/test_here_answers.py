"""A relative asked for and answered "Right here" by a third voice (issue 13, :mod:`kg_memory.extract.here_answers`):
"Where's your wife?" asked of the one who has just spoken, answered "Right here!" by another: that one is the wife.
Not where the one asked answers, nor for several relatives. Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_answering_right_here_is_the_relative_asked_for():
    found = facts((1, "Sorry we're late, the traffic was awful."), (2, "Come in! Where's your wife? I made her soup."),
                  (3, "Right here, just behind him."), (1, "She brought wine."))
    assert ("Speaker 1", "spouse", "Speaker 3") in found


def test_the_one_asked_answering_is_no_relative_of_theirs():
    found = facts((1, "Sorry we're late."), (2, "Where's your brother?"), (1, "Right here, parking the car."),
                  (3, "Hello!"))
    assert ("Speaker 1", "sibling", "Speaker 1") not in found
    assert ("Speaker 1", "sibling", "Speaker 3") not in found


def test_several_relatives_asked_for_name_no_one():
    found = facts((1, "Sorry we're late."), (2, "Where are your parents?"), (3, "Right here!"), (1, "Hi."))
    assert not any(p == "parent" for _, p, _ in found)


def test_the_answer_of_another_conversation_names_no_one():
    from kg_memory.extract import RuleExtractor
    from kg_memory.types import Turn

    turns = [Turn("a", "1", "Speaker 1", "Sorry we're late, the traffic was awful."),
             Turn("a", "2", "Speaker 2", "Come in! Where's your wife?"),
             Turn("b", "1", "Speaker 3", "Right here, just behind him.")]
    assert not any(f.predicate == "spouse" and getattr(f.object, "label", "") == "Speaker 3"
                   for f in RuleExtractor().extract(turns))
