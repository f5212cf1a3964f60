"""Moving in together with someone named makes them the speaker's roommate, as "I moved in with ..." does: "Dev and I
moved in together in May", "me and Rosa finally moved in together"; a move thought of, or never made, tells nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "other"), [
    ("Dev and I moved in together in May.", "Dev"), ("me and Rosa finally moved in together lol", "Rosa"),
    ("Big news: Tom and I have been living together since spring.", "Tom"),
])
def test_moved_in_together(said: str, other: str) -> None:
    assert ("Ann", "roommate", other) in kept(said), kept(said)


@pytest.mark.parametrize("said", ["Dev and I are thinking about moving in together.", "Rosa and I never moved in together.",
                                  "Should Dev and I move in together?"])
def test_no_roommate(said: str) -> None:
    assert not any(p == "roommate" for _, p, _ in kept(said)), kept(said)
