""""Cremation. My grandfather. Last week." names no relative "Cremation", nor does "Slowly. My son." (a word said as a
sentence of its own, then the relative): only a known first name said alone so ("Pete. My boyfriend.") or a name
closing a sentence ("I'm bringing Pete. My boyfriend.") is the relative's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("said", ["Cremation. My grandfather. Last week.", "Slowly. My son. He's learning the press.",
                                  "Carefully. My daughter. She does the invoices."])
def test_a_word_alone_is_no_relative(said: str) -> None:
    found = facts((1, "What do you need?"), (2, said))
    assert not any(o in ("Cremation", "Slowly", "Carefully") for _, _, o in found), found


@pytest.mark.parametrize("said", ["Pete. My boyfriend.", "I'm bringing Pete. My boyfriend."])
def test_a_name_then_the_relative_still_names_the_relative(said: str) -> None:
    found = facts((1, "Who's coming?"), (2, said))
    assert any(o == "Pete" and p in ("partner", "sibling") for _, p, o in found), found
