"""A pet word that modifies another noun is no pet ("my lab partner"), and a place in the building is no home town ("I'm
from downstairs")."""

from tests.extract.dialogue_facts import told


def test_a_lab_partner_is_no_dog():
    said = told("Oh my God, Priscilla! Priscilla was my lab partner in grad school.")
    assert not any(p == "hasPet" for _, p, _, _ in said)
    assert not any(p == "hasPet" for _, p, _, _ in told("I left my lab coat and my lab results at work."))
    assert ("Ann", "hasPet", "Rex", False) in told("I have a lab named Rex.")


def test_from_downstairs_or_next_door_is_no_home_town():
    for text in ("Hi, I'm Omar, I'm from downstairs.", "Hey, I'm Bea, from next door.", "I'm from across the hall."):
        assert not any(p == "hometown" for _, p, _, _ in told(text)), text
    assert ("Ann", "hometown", "Leeds", False) in told("Hi, I'm Ann, I'm from Leeds.")
