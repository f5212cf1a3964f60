""""Payroll, Aunt Dora. I switched." and "Sit, Coach Ruiz." call someone by a title and a name: the word opening the
sentence before them ("Payroll", "Sit") is nobody's name; "Marcus, sit." still calls Marcus."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "word"), [("Payroll, Aunt Dora. I switched.", "Payroll"),
                                            ("Sit, Coach Ruiz. We're about to start.", "Sit"),
                                            ("Tuesdays, Mrs. Abernathy. Only Tuesdays.", "Tuesdays")])
def test_a_word_before_a_titled_call_is_no_name(line: str, word: str) -> None:
    found = names((1, "Is it sales?"), (2, line), (1, "Oh."))
    assert not any(n == word for _, n in found), found


def test_a_name_before_a_bidding_still_calls() -> None:
    assert ("Speaker 2", "Marcus") in names((1, "Marcus, sit."), (2, "I'm sitting."), (1, "Thank you, Marcus."))
