""""Breathe, Olivia." and "Ask Dolores, Brandon." call Olivia and Brandon: the word opening the sentence before the comma
(a bidding) is no name, nor is "Ask Dolores" a full name told with where one comes from. "Marcus, sit." and
"Ross, Rachel!" (two names) still read the head as a name."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "word"), [("Okay. Breathe, Olivia. You're fine.", "Breathe"),
                                            ("Ask Dolores, Brandon. I only rent the hall.", "Ask Dolores"),
                                            ("Smile, Caroline!", "Smile")])
def test_a_bidding_before_a_first_name_is_no_name(line: str, word: str) -> None:
    found = names((1, "What do I do now?"), (2, line), (1, "Fine, fine."))
    assert not any(n == word for _, n in found), found


@pytest.mark.parametrize(("line", "name"), [("Marcus, sit. You're making me nervous.", "Marcus")])
def test_a_name_at_the_head_still_calls(line: str, name: str) -> None:
    found = names((1, "What do I do now?"), (2, line), (1, "Okay, okay."), (2, f"Thank you, {name}."))
    assert ("Speaker 1", name) in found, found
