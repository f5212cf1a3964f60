"""A number word opening a reply is no name (issue 13): in "Forty-one, Marisela. Don't age me." the capitalised
"Forty-one" set off by a comma made Marisela look like one of a list of names, said of people; it is a correction,
and Marisela the one called back. Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_number_opening_a_reply_is_no_name_beside_the_one_called():
    found = names((1, "Are we nearly there?"), (2, "Lucan, you're forty-two, stop whining."),
                  (1, "Forty-one, Marisela. Don't age me."), (3, "Next exit, then."))
    assert ("Speaker 2", "Marisela") in found
    assert not any(name.startswith("Forty") for _, name in found)
