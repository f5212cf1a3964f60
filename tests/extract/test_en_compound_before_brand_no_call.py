""""I could live on chocolate-covered Pretzels.": a capitalised word after a hyphenated compound ("chocolate-covered",
"home-made") closing a sentence is the thing the compound describes, not a name called to the next speaker; a name
closing a sentence after a plain word still is one ("What's up Joe?"), and after "bye-bye" too."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("line", [
    "Honestly I could live on chocolate-covered Pretzels.",
    "My grandma only ever served home-made Pierogies.",
    "Nothing beats the double-fudge Brownies.",
])
def test_a_thing_after_a_compound_is_no_call(line: str) -> None:
    got = names((1, "What should we bring to the party?"), (2, line), (1, "Noted."))
    assert not got, got


@pytest.mark.parametrize(("line", "name"), [
    ("You're late again Dottie.", "Dottie"),
    ("Okay, bye-bye Dottie.", "Dottie"),
])
def test_a_name_after_a_plain_word_is_still_called(line: str, name: str) -> None:
    got = names((1, "Sorry, sorry, the bus was late."), (2, line), (1, "I know, I know."), (2, f"Sit down, {name}."))
    assert ("Speaker 1", name) in got, got
