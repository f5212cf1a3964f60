"""A name's "'s" that stands for "is" or "has" before what only follows a verb ("Zoe's in love with Caleb", "Jake's
dating Lisa", "Mia's been seeing Ben", "our granddaughter Amber's about your age"): the name is the subject of what is
said of them (it was "Zoe's", or nothing); a possessive before a noun ("Tom's living room", "Mia's married sister")
stays one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import round_robin


@pytest.mark.parametrize(("text", "fact"), [
    ("Oh please. Nadia's in love with Hugo, everybody knows it.", ("Nadia", "positiveImpression", "Hugo")),
    ("Honestly? Ravi's crazy about Elena.", ("Ravi", "positiveImpression", "Elena")),
    ("Yeah, Marco's dating Tess now.", ("Marco", "partner", "Tess")),
    ("Didn't you hear? Greta's married to Olaf.", ("Greta", "spouse", "Olaf")),
    ("Relax. Priya's been seeing Dev for months.", ("Priya", "partner", "Dev")),
    ("Lena's living in Tucson now.", ("Lena", "livesIn", "Tucson")),
    ("Actually Bruno's working at Costco these days.", ("Bruno", "worksFor", "Costco")),
    ("And Hattie's got a new boyfriend, Clive.", ("Hattie", "partner", "Clive")),
    ("My cousin Anouk's dating a drummer named Bas.", ("Anouk", "partner", "Bas")),
    ("Our grandson Milo's about your age.", ("Speaker 2", "relative", "Milo")),
])
def test_a_name_s_is_the_subject(text: str, fact: tuple[str, str, str]) -> None:
    facts = round_robin("So what's new?", text, "No way.")
    assert fact in facts
    assert not any(s.endswith("'s") for s, _, _ in facts)


@pytest.mark.parametrize("text", [
    "Marco's living room is a disaster.",
    "Greta's married sister called me.",
    "I deleted Marco's dating app.",
    "Bruno's working hours are insane.",
])
def test_a_possessive_before_a_noun_stays_one(text: str) -> None:
    facts = round_robin("So what's new?", text, "No way.")
    assert not any(p in ("partner", "spouse", "livesIn", "worksFor", "maritalStatus") and s in ("Marco", "Greta", "Bruno")
                   for s, p, _ in facts)
