"""Plain words that are terms of address too ("love", "bud", "mate") when said as a call: "Ta, love.", "Cheers, mate",
"Night, bud"; not "I love it", "my mate Dave", "a Bud Light", a list ("Coffee, sleep, love."), nor an answer of one
word ("Love.")."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn


def called(*lines: str) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i), *line.split(": ", 1)) for i, line in enumerate(lines, 1)]
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract(turns) if f.predicate == "addressedAs"}


@pytest.mark.parametrize(("lines", "expected"), [
    (("Ann: Here's your tea.", "Ruth: Ta, love."), {("Ann", "love")}),
    (("Ann: I'll drive you to the airport.", "Ruth: You're a star, love."), {("Ann", "love")}),
    (("Ann: Got you a pint.", "Gus: Cheers mate, next one's on me."), {("Ann", "mate")}),
    (("Gus: Mate, you have to try this curry.", "Ann: Go on then."), {("Ann", "mate")}),
    (("Ann: Off to bed, Dad.", "Dale: Sleep tight, bud."), {("Ann", "bud")}),
    (("Dale: You okay, bud?", "Ann: Just tired."), {("Ann", "bud")}),
])
def test_a_plain_word_said_as_a_call(lines: tuple[str, ...], expected: set[tuple[str, str]]) -> None:
    assert called(*lines) == expected


@pytest.mark.parametrize("lines", [
    ("Ann: How's the new flat?", "Ruth: I love it, honestly."),
    ("Ann: Who's coming?", "Gus: My mate Ollie and his sister."),
    ("Ann: What can I get you?", "Gus: A bud light, please."),
    ("Ann: What beer?", "Gus: Bud."),
    ("Ann: What keeps you going?", "Ruth: Coffee, sleep, love."),
    ("Ann: Describe the wedding in a word.", "Ruth: Love."),
    ("Ann: The new album?", "Ruth: Love, love, love it!"),
    ("Ann: Who's that?", "Gus: My flatmate."),
])
def test_no_call(lines: tuple[str, ...]) -> None:
    assert not any(t in ("love", "bud", "mate") for _, t in called(*lines)), called(*lines)


@pytest.mark.parametrize(("lines", "expected"), [
    (("Ann: You all right, bud?", "Ruth: Just tired."), {("Ruth", "bud")}),
    (("Ann: Are you all right, honey?", "Ruth: I'm fine."), {("Ruth", "honey")}),
    (("Ann: You all ready, honey?", "Ruth: Almost."), set()),  # "you all": said to a group
])
def test_you_all_right_asks_one_person(lines: tuple[str, ...], expected: set[tuple[str, str]]) -> None:
    """"You all right, bud?" asks one person how they are (helper 213 found it read as words to a group)."""
    assert called(*lines) == expected
