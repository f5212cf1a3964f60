""""Who does the books at the co-op?" - "Hortense, I think." - "Hortense? Everyone knows Hortense. She's my sister.": a
name answered with a hedge closing it is said of someone, not called out, so a later "she" may be that name; a name
called with a sentence going on after the hedge word ("Hortense, I think you're wrong.") is still called out."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_hedged_answer_is_whom_she_means() -> None:
    said = facts((1, "Who does the books at the co-op these days?"), (2, "Hortense, I think."),
                 (3, "Hortense? Everyone knows Hortense. She's my sister."), (2, "Oh! I had no idea."))
    assert ("Speaker 3", "sibling", "Hortense") in said, said


def test_a_hedged_answer_with_maybe() -> None:
    said = facts((1, "Who's been feeding the cat?"), (2, "Gideon, probably."),
                 (3, "Gideon? That figures. He's my husband, he spoils everything."), (1, "Ha."))
    assert ("Speaker 3", "spouse", "Gideon") in said, said


def test_a_call_is_no_answer() -> None:
    said = facts((1, "We should just sell the van."), (2, "Hortense, I think you're wrong about the van."),
                 (1, "She's my sister, she's always right."), (3, "Okay."))
    assert ("Speaker 1", "sibling", "Hortense") not in said, said
