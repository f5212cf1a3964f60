"""Where one's home is, said of the home: "my apartment is in uptown Charlotte", "our house is located in Akron",
"my home is in seattle" (livesIn the town), as "my office is in Denver" gives where one works. Not another's home, a
former one, or a home in no named place ("my parents' house is in Tulsa", "my old house is in Akron", "my house is in
the woods")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("My apartment is in uptown Charlotte, right by the stadium.", "Charlotte"),
    ("our house is located in Akron", "Akron"),
    ("my home is in seattle , it is lovely in the fall", "seattle"),
    ("Our new condo is in Kailua and we love it.", "Kailua"),
])
def test_the_home_is_in_a_town(said: str, place: str) -> None:
    assert ("Ann", "livesIn", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "my parents' house is in Tulsa",
    "My old house is in Akron, we sold it last year.",
    "my house is in the woods so the wifi is terrible",
    "Is my apartment in Charlotte big enough for a piano?",
])
def test_no_home_of_the_speaker_in_a_town(said: str) -> None:
    assert not any(p == "livesIn" and who == "Ann" for who, p, _, _ in told(said)), told(said)
