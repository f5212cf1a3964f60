""""Priya and Tomas aren't together anymore" ends the couple of two others; "I'm not seeing Lena anymore", "I'm no longer
dating Lena", "I stopped seeing Lena" end the speaker's partner Lena. Nothing ends where nothing was a couple: today
only ("I'm not seeing Lena tonight"), a doctor ("I'm not seeing Dr. Okoro anymore"), a question."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


def test_two_others_no_longer_together() -> None:
    assert ("Priya", "partner", "Tomas", True) in told("Priya and Tomas aren't together anymore.")


@pytest.mark.parametrize("text", ["I'm not seeing Lena anymore.", "I stopped seeing Lena in May.",
                                  "Honestly, I'm no longer seeing Lena."])
def test_the_speaker_stopped_seeing_someone(text: str) -> None:
    assert ("Ann", "partner", "Lena", True) in told(text), told(text)


@pytest.mark.parametrize("text", ["I'm not seeing Lena tonight.", "I'm not seeing Dr. Okoro anymore.",
                                  "Are Priya and Tomas not together anymore?", "I'm seeing Lena."])
def test_no_ending_said(text: str) -> None:
    assert not any(ended for _, _, _, ended in told(text)), told(text)
