"""Singing in a choir is a choir one belongs to and singing as a pastime: "I sing second alto in the Unitarian choir",
"we sing in the choir at St. Bride's", "I'm in a barbershop quartet"; not a wish, a question or a choir heard."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "group"), [
    ("I sing second alto in the Unitarian choir on Wednesdays.", "unitarian choir"),
    ("We sing in the choir at St. Bride's most Sundays.", "choir"),
    ("I'm in a barbershop quartet with three retired dentists.", "barbershop quartet"),
])
def test_a_choir_sung_in(said: str, group: str) -> None:
    found = told(said)
    assert {("Ann", "memberOf", group, False), ("Ann", "hobby", "singing", False)} <= found, found


@pytest.mark.parametrize("said", ["I'd love to sing in a choir someday.", "Do you sing in a choir?",
                                  "I never sang in the school chorus."])
def test_no_choir(said: str) -> None:
    assert not any(p == "memberOf" for _, p, _, _ in told(said))
