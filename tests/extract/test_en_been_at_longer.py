"""How long one has been somewhere ("I've been at the bakery longer than you") tells a stay, not a visit, and no place
named "bakery longer" (:mod:`kg_memory.extract.english.tables`). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("line", [
    "I've been at Brightwater Logistics longer than this forklift.",
    "She has been at Carver Dental the longest of all of us.",
    "I've been at the depot so long they named a bench after me.",
])
def test_a_stay_told_by_its_length_is_no_visit(line):
    assert not any(p == "visited" for _, p, _, _ in told(line))


@pytest.mark.parametrize("line, place", [
    ("I have been at the Prado twice.", "Prado"),
    ("I've been to Lisbon more than you.", "Lisbon"),
])
def test_visits_are_still_visits(line, place):
    assert any(p == "visited" and o == place for _, p, o, _ in told(line))
