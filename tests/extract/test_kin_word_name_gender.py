"""A relative named by a kin word ("Nana is my mother", "Papa is my dad") is not the relative of the other gender said
next ("my father passed in May"): "my father" was bound to Nana, and Nana was said to have died."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def _told(text: str) -> set[tuple[str, str, str]]:
    return facts((1, "Who's the lady in the photo?"), (2, text), (3, "I'm so sorry."))


def test_a_kin_word_name_is_not_the_relative_of_the_other_gender() -> None:
    got = _told("Nana? Grandma is my mother. She came to live with us after my father died in May.")
    assert ("Grandma", "trait", "deceased") not in got, got
    assert ("Speaker 2", "parent", "Grandma") in got, got
    assert ("Speaker 2's father", "trait", "deceased") in got, got


def test_the_other_way_round() -> None:
    got = _told("Papa is my dad. My mom passed when I was nine.")
    assert ("Papa", "trait", "deceased") not in got, got
    assert ("Speaker 2's mom", "trait", "deceased") in got, got


def test_a_kin_word_name_still_binds_a_relative_of_its_gender() -> None:
    got = _told("Grandma is my mother. My mother passed in May.")
    assert ("Grandma", "trait", "deceased") in got, got
