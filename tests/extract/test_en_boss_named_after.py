""""My boss is in Tulsa. Renata Fry. She runs the branch.", "I'm bringing Gwen. My boss.": a boss named in a sentence of
its own before or after, as a brother or a wife is; "boss" ends in "s" but is no plural ("My brothers are loud. Omar."
still names no brother)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "name"), [
    ("My boss is in Tulsa. Renata Fry. She runs the branch.", "Renata Fry"),
    ("My boss signed it off. Desmond.", "Desmond"),
    ("I'm bringing Gwen. My boss.", "Gwen"),
])
def test_a_boss_named_in_a_sentence_of_its_own(text: str, name: str) -> None:
    assert ("Ann", "boss", name, False) in told(text), told(text)


def test_a_plural_relative_is_still_named_by_nobody() -> None:
    found = told("My brothers are loud. Omar.")
    assert not any(o == "Omar" for _, _, o, _ in found), found
