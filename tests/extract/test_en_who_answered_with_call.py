""""Who's Marguerite?" answered "My aunt, Leo." (Leo having asked) makes Marguerite the speaker's aunt, and Leo
nobody's relative: a name after the relative in an answer calls the one who asked when it is not the name asked
about. "Who's Jim?" - "My boss, Jim Hale." and "Who's that?" - "My brother, Ben." still name the relative."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_name_closing_the_answer_calls_the_asker() -> None:
    found = facts((1, "Marguerite is coming on Sunday, by the way."), (2, "Who's Marguerite?"),
                  (1, "My aunt, Leo. She taught me to sail."), (2, "Oh, right."))
    assert ("Speaker 1", "relative", "Marguerite") in found, found
    assert not any(o == "Leo" for _, p, o in found if p != "alternateName"), found
    assert ("Speaker 1", "spouse", "Speaker 2") not in found


def test_the_wife_asked_about_is_the_wife() -> None:
    found = facts((1, "Greta picked the tiles, not me."), (2, "Who's Greta?"), (1, "My wife, Omar. She has opinions."))
    assert ("Speaker 1", "spouse", "Greta") in found, found
    assert not any(p == "spouse" and o in ("Omar", "Speaker 2") for _, p, o in found), found


def test_the_name_asked_about_or_no_name_asked_keeps_the_apposition() -> None:
    assert ("Speaker 2", "boss", "Jim Hale") in facts((1, "Who's Jim?"), (2, "My boss, Jim Hale."))
    assert ("Speaker 2", "sibling", "Ben") in facts((1, "Who's that?"), (2, "My brother, Ben."))
