""""Her sister" said again in the next sentence is the same sister, not the sister's sister: "His dad is sick. His
dad lives in Cairo." gives one father; a relative of another kind ("Her brother ... His wife ...") is still
that relative's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_same_sister_twice() -> None:
    got = facts((1, "My neighbor is moving. She's upset."), (2, "Her sister says she can stay. Her sister's a dentist."))
    assert ("Speaker 1's neighbor's sister", "jobTitle", "dentist") in got, got
    assert not any("sister's sister" in s or "sister's sister" in o for s, _, o in got), got


def test_same_father_twice() -> None:
    got = facts((1, "Omar is late. His dad is sick. His dad lives in Cairo."), (2, "Oh no."))
    assert ("Omar's dad", "livesIn", "Cairo") in got, got
    assert not any("dad's dad" in s or "dad's dad" in o for s, _, o in got), got


def test_other_kin_of_the_relative() -> None:
    got = facts((1, "My aunt called. Her son is sick. His wife is a nurse."), (2, "Oh no."))
    assert ("Speaker 1's aunt's son's wife", "jobTitle", "nurse") in got, got
