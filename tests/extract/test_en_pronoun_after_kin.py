"""A "he" or "she" after an unnamed relative of that gender was spoken of is not the person named before him:
"Teddy's family flies in from Dublin." - "... your father cried anyway." - "Dad cries at car commercials, Mom." -
"He's a sensitive man. That's why I married him." gave the speaker a spouse Teddy; now no spouse named. With no
relative between, "he" is still the man named before."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_he_after_an_unnamed_father_is_not_the_man_named_before() -> None:
    found = facts((1, "The florist can do peonies in June."),
                  (2, "We're not moving the date. Rupert's whole family already booked flights."),
                  (3, "Sweetheart, I carried carnations at my wedding and your father cried anyway."),
                  (2, "Dad cries at car commercials, Mom."),
                  (3, "He's a sensitive man. That's why I married him."))
    assert not any(p == "spouse" and o == "Rupert" for _, p, o in found)


def test_he_with_no_relative_between_is_the_man_named_before() -> None:
    found = facts((1, "Did you see Rupert at the party?"), (2, "I did. He's my boss now."))
    assert ("Speaker 2", "boss", "Rupert") in found
