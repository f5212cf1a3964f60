""""Babe, that's your sister's car.", "Darling, you're late.", "Hon, grab the keys.": a term of endearment called to the
one spoken to is how they are addressed (addressedAs), never a name of theirs; a real name called the same way still
is one ("Darla, you're late.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "word"), [
    ("Babe, that's your sister's car outside.", "Babe"),
    ("Darling, you're late again. The soup's cold.", "Darling"),
    ("Hon, grab the keys off the counter, would you?", "Hon"),
])
def test_an_endearment_is_no_name(line: str, word: str) -> None:
    got = facts((1, line), (2, "Sorry, sorry. Traffic."), (3, "Hi, everyone."))
    assert not any(p in ("alternateName", "name") and o == word for _, p, o in got), got


@pytest.mark.parametrize(("line", "name"), [
    ("Darla, you're late again. The soup's cold.", "Darla"),
    ("Honor, grab the keys off the counter, would you?", "Honor"),
])
def test_a_name_called_the_same_way_is_kept(line: str, name: str) -> None:
    got = facts((1, line), (2, "Sorry, sorry. Traffic."), (3, "Hi, everyone."))
    assert ("Speaker 2", "alternateName", name) in got, got
