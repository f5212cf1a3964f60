""""Tonight, we start with the chorus." opens on a time, not a call: "Tonight" is no speaker's name; "Tonya, we start
with the chorus." still calls Tonya."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("line", ["Tonight, we start with the chorus.", "Okay. Tonight, the soup is on me.",
                                  "Tonight, nobody touches the thermostat."])
def test_tonight_opening_a_sentence_is_no_name(line: str) -> None:
    found = names((1, line), (2, "Fine by me."), (1, "Good."))
    assert not any(n == "Tonight" for _, n in found), found


def test_a_name_in_the_same_place_still_calls() -> None:
    found = names((1, "Tonya, we start with the chorus."), (2, "Fine by me."), (1, "Thanks, Tonya."))
    assert ("Speaker 2", "Tonya") in found, found
