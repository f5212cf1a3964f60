""""We are Hendersons!", "Come on, we're Falcons.": a family or a team the speaker counts themself in is no name of the
speaker's; "I'm Tess.", "I am Rory from Dublin" still name the one who says it."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "We are Hendersons! Hendersons don't beg.",
    "Come on, we're Falcons. We don't lose to these guys.",
    "We were Ostranders, before the divorce.",
])
def test_we_are_a_family_is_no_name(line: str) -> None:
    got = facts((1, "Should we just ask your uncle for the money?"), (2, line), (3, "Okay, okay."))
    assert not any(s == "Speaker 2" and p in ("name", "alternateName") for s, p, _ in got), got


@pytest.mark.parametrize(("line", "name"), [
    ("I'm Tess. I'll be your server tonight.", "Tess"),
    ("I am Rory from Dublin.", "Rory"),
])
def test_i_am_still_names_the_speaker(line: str, name: str) -> None:
    got = facts((1, "Welcome, everybody."), (2, line), (3, "Hi there."))
    assert any(s == "Speaker 2" and p in ("name", "alternateName") and o == name for s, p, o in got), got
