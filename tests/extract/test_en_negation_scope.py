"""A negation, a condition or a wish in English governs its own clause and what that clause says after it, not a
clause joined to it: "Joey is your friend, and you don't even call him" still says Joey is the listener's friend,
while "I don't think she's my sister", "It's not like Ross is my boyfriend" and "I never said I love you" state
nothing.

Invented dialogues of two speakers: the fact of the clause said plainly is kept, nothing comes of the clause denied,
supposed or wished.
"""

from __future__ import annotations

import pytest

from kg_memory.extract.english.scope import stated_parts
from tests.extract.dialogue_facts import ended_by, said_by

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("line", "fact"), [
    ("Well, Nadia is your friend, and you don't even call her.", (A, "friend", "Nadia")),
    ("Gus and I are friends, but we don't talk much.", (B, "friend", "Gus")),
    ("Petra and I have been friends for years, but she never calls.", (B, "friend", "Petra")),
    ("We're not married, but Hal and I live together.", (B, "roommate", "Hal")),
    ("Lionel and I are roommates and we never fight.", (B, "roommate", "Lionel")),
    ("I didn't go, but Oskar and Vera got married.", ("Oskar", "spouse", "Vera")),
    ("Oskar and Vera got married, but I wasn't invited.", ("Oskar", "spouse", "Vera")),
    ("I love you too, and I'm never letting you go.", (B, "positiveImpression", A)),
    ("I don't want you to get hurt, 'cause I kinda like you.", (B, "positiveImpression", A)),
    ("You're beautiful and smart \u2014 none of this is about tonight.", (B, "positiveImpression", A)),
    ("Gus and I are friends, but if he calls, tell him I'm out.", (B, "friend", "Gus")),
    ("When Oskar and Vera got engaged I kept a list, just in case.", ("Oskar", "partner", "Vera")),
])
def test_the_plain_clause_beside_a_negated_or_supposed_one_is_read(line: str, fact: tuple) -> None:
    assert fact in said_by((A, "Hey."), (B, line))


def test_a_breakup_said_before_otherwise_is_read() -> None:
    lines = ((A, "Hey."), (B, "You know Dana and I split up, otherwise you wouldn't ask."))
    assert (B, "partner", "Dana") in ended_by(*lines)


@pytest.mark.parametrize("line", [
    "I don't think she's my sister.",
    "It's not like Gus is my boyfriend.",
    "Gus isn't my brother and Petra isn't my sister.",
    "I never said Gus was my brother.",
    "I wouldn't say Gus is my friend.",
    "If Gus is your brother and Petra is your sister, you should know them.",
    "Unless Gus is my brother, I can't help.",
    "I wish Gus and I were friends.",
    "Gus and I aren't friends, and we never were.",
    "Oskar and Vera didn't get married, and they never will.",
])
def test_a_bond_denied_supposed_or_wished_gives_no_relation(line: str) -> None:
    facts = said_by((A, "Hey."), (B, line))
    assert not {f for f in facts if f[1] in ("friend", "sibling", "partner", "spouse", "roommate")}


def test_a_relative_set_against_another_is_only_the_first() -> None:
    facts = said_by((A, "Hey."), (B, "She's my sister, not my girlfriend."))
    assert (B, "sibling", "Speaker 2's sister") in facts
    assert not {f for f in facts if f[1] == "partner"}


def test_a_denied_bond_beside_a_plain_one_keeps_only_the_plain_one() -> None:
    facts = said_by((A, "Hey."), (B, "I wouldn't say Gus is my friend, but Lionel is my roommate."))
    assert (B, "roommate", "Lionel") in facts
    assert (B, "friend", "Gus") not in facts


@pytest.mark.parametrize(("sentence", "parts"), [
    ("joey is your friend, and you do not even call him", ["joey is your friend"]),
    ("i do not think she is my sister", []),
    ("it is not like Ross is my boyfriend, he is my brother", ["he is my brother"]),
    ("i love her, and if she leaves i will die", ["i love her"]),
    ("i will marry you if you stay", []),
    ("you know Barbara and I split up, otherwise you would not ask", ["you know Barbara and I split up"]),
    ("Monica and I have a dog, but she never walks it", ["Monica and I have a dog"]),
    ("not really, i love her", ["i love her"]),
    ("i love you and i have a dog", ["i love you and i have a dog"]),
])
def test_the_parts_a_sentence_states(sentence: str, parts: list[str]) -> None:
    assert stated_parts(sentence) == parts


@pytest.mark.parametrize(("sentence", "parts"), [
    ("IF he calls, tell him I'm out", []),  # in capitals
    ("Gus is my friend, and he NEVER calls", ["Gus is my friend"]),
    ("Gus is my friend \u2014 he never calls", ["Gus is my friend"]),  # beside a character outside ASCII
    ("Caf\u00e9 Gus is my friend, and he never calls", ["Caf\u00e9 Gus is my friend"]),
    ("Gus is my friend", ["Gus is my friend"]),  # nothing denied: the sentence whole
])
def test_a_negation_or_condition_is_found_in_capitals_and_beside_other_characters(sentence: str, parts: list) -> None:
    assert stated_parts(sentence) == parts
