"""A relative named with a family title ("Uncle Frank sent me a skateboard", "How's Aunt Deb?") is the speaker's
relative; called with one ("Sure thing, Uncle Sal.") the one called is; one owned by another ("your Uncle Nathan",
"Bonnie's Aunt Deb") or the speaker's own title ("It's me, Aunt Phoebe.") gives the speaker no relative, and a titled
person who passed away is no pet."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn
from tests.extract.dialogue_facts import facts, round_robin


@pytest.mark.parametrize(("line", "name"), [
    ("Uncle Otto mailed me a harmonica for my birthday!", "Uncle Otto"),
    ("How's Aunt Philippa doing after the surgery?", "Aunt Philippa"),
    ("Grandpa Ezra still mows his own lawn at ninety.", "Grandpa Ezra"),
    ("Please, can we not talk about Great-Aunt Hildy at dinner?", "Great-Aunt Hildy"),
    ("I'm driving to the airport to pick up Cousin Marguerite.", "Cousin Marguerite"),
])
def test_a_titled_relative_said_of_is_the_speakers_relative(line: str, name: str) -> None:
    found = round_robin("Anything new this week?", line, "Oh, nice.")
    assert ("Speaker 2", "relative", name) in found


@pytest.mark.parametrize("line", [
    "Does your Uncle Otto still play the banjo?",
    "Bonnie's Aunt Philippa runs the bakery now.",
    "It's me, Aunt Philippa! Open the door!",
    "We're Aunt Philippa and Uncle Otto, remember us?",
    "He's dressed as Uncle Otto for the school play.",
])
def test_a_title_owned_by_another_or_the_speakers_own_gives_no_relative(line: str) -> None:
    found = round_robin("Who's at the door?", line, "Oh, hi.")
    assert not any(s == "Speaker 2" and p == "relative" for s, p, _ in found)


@pytest.mark.parametrize("reply", ["Sure thing, Uncle Bertram.", "Nice try, Aunt Odile.", "Thanks Grandma Ines!"])
def test_a_relative_called_by_title_is_the_one_called(reply: str) -> None:
    found = round_robin("Can somebody carry these boxes to the van?", "I've got my hands full.", reply)
    called = reply.split(", ")[-1].removeprefix("Thanks ").rstrip(".!")
    # thanks name the one who spoke before ("Thanks Grandma Ines!" after Speaker 2): the relative under that name
    assert ("Speaker 3", "relative", called) in found \
        or {("Speaker 3", "relative", "Speaker 2"), ("Speaker 2", "alternateName", called)} <= found


def test_a_titled_relative_who_passed_away_is_no_pet() -> None:
    found = facts((1, "Why is Dad so quiet?"), (2, "Aunt Clementine passed away on Sunday."))
    assert ("Speaker 2", "relative", "Aunt Clementine") in found
    assert not any(p == "hasPet" for _, p, _ in found)
    found = facts((1, "Why are you so quiet?"), (2, "Sadly Muffin passed away last week."))
    assert ("Speaker 2", "hasPet", "Muffin") in found


def test_the_relative_called_is_known_by_the_first_name_too() -> None:
    """"Traffic, Aunt Philippa." - the aunt the others call "Philippa" is the same person."""
    said = [Turn("c", "1", "Speaker 1", "You're late again, Otis."), Turn("c", "2", "Speaker 2", "Traffic, Aunt Philippa."),
            Turn("c", "3", "Speaker 3", "Leave him alone, Philippa.")]
    kin = [f.object for f in RuleExtractor().extract(said) if f.predicate == "relative" and f.subject.label == "Speaker 2"]
    assert [(k.label, k.aliases) for k in kin if isinstance(k, Entity)] == [("Aunt Philippa", ("Philippa",))]
