"""A pet's name set between commas after it, before a clause about the pet (issue 13): "We've got a corgi, Pip, and
she's old." names the corgi, and Pip is said to nobody (no speaker's name). A name set off before a question still
calls someone ("I have a dog, Tom, did you know?"). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, pet", [
    ("We've got a corgi, Pip, and she's older than my kids.", "Pip"),
    ("I have a cat, Marzipan, who sleeps on the radiator.", "Marzipan"),
    ("We adopted a beagle, Toffee, but he's terrified of rain.", "Toffee"),
])
def test_a_pet_named_before_a_clause_about_it(line, pet):
    found = facts((1, "Any pets at your place?"), (2, line), (1, "Aw, I love that."))
    assert ("Speaker 2", "hasPet", pet) in found
    assert ("Speaker 1", "alternateName", pet) not in found
