""""I can" + a skill verb + where or whom is an offer of the moment, no skill (issue 13): "I can drive back, it's only
an hour", "I can drive you home", "I can cook for you tonight" give no ``skill``; "I can drive stick", "I can cook Thai
food", "I can swim" still do. Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "No poles? I can drive back, it's only an hour.",
    "I can drive you home after the party.",
    "I can cook for you tonight if you want.",
    "Give me the guitar, I can play it later.",
    "I can run over and grab the keys.",
])
def test_an_offer_is_no_skill(text):
    assert not [f for f in told(text) if f[1] == "skill"]


@pytest.mark.parametrize("text, skill", [
    ("I can drive stick, actually.", "drive stick"),
    ("I can cook Thai food really well.", "cook Thai food"),
    ("I can swim.", "swim"),
])
def test_a_skill_is_still_one(text, skill):
    assert ("Ann", "skill", skill, False) in told(text)
