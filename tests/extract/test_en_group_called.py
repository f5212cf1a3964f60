""""Ladies, the hall closes at four." and "Okay, people, phones away." speak to a group: "Ladies" and "People" are no
speaker's name; "Okay, Gladys, phones away." still calls Gladys."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "word"), [("Ladies, the hall closes at four, not five.", "Ladies"),
                                            ("Gentlemen, the table by the window is ready.", "Gentlemen"),
                                            ("Okay, people, phones away.", "People")])
def test_a_group_called_is_no_name(line: str, word: str) -> None:
    found = names((1, line), (2, "Four? Then I'm not starting anything."), (1, "Sorry."))
    assert not any(n == word for _, n in found), found


def test_a_name_called_the_same_way_still_names() -> None:
    found = names((1, "Okay, Gladys, phones away."), (2, "Fine. It's off."), (1, "Thank you, Gladys."))
    assert ("Speaker 2", "Gladys") in found, found
