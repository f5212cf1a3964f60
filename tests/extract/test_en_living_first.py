"""Where the speaker lives, said first as a participle before a clause about the speaker: "living in tucson , i wear
shorts all year", "living on a boat we learn to pack light", "living by the lake helps me sleep" (``livesIn``). Not a
general remark ("living in Oslo is pricey"), not a wish ("living in Rome is my dream"), not a question, not another
person's home."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("living in tucson , i wear shorts all year", "tucson"),
    ("living on a houseboat we learn to pack light", "houseboat"),
    ("living by the lake helps me sleep better", "lake"),
    ("well living in a tiny village i know everyone", "tiny village"),
])
def test_a_home_said_first_as_living_in(said: str, place: str) -> None:
    assert ("Ann", "livesIn", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "living in oslo is pricey",
    "living in rome is my dream , i hope to go",
    "living in a yurt , could you do that ?",
    "living in the city must be hard for my aunt",
])
def test_no_home_of_the_speaker(said: str) -> None:
    assert not any(p == "livesIn" and s == "Ann" for s, p, _, _ in told(said)), told(said)
