"""An age turned to is the age kept, as "she's turning five" already is: "turning five next week", "he turns thirty in
May", "Omar just turned thirty"; not an age had or to be had at some time ("when he turns thirty, ...")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("line", "who", "age"), [
    ("My daughter Lily is turning five next week.", "Lily", "5"),
    ("Lily turns five in May.", "Lily", "5"),
    ("Omar just turned thirty.", "Omar", "30"),
    ("Omar will turn 30 next week.", "Omar", "30"),
    ("I'm turning thirty next week.", "Ann", "30"),
])
def test_the_age_turned_to(line: str, who: str, age: str) -> None:
    assert (who, "age", age, False) in told(line)


def test_a_name_s_turning_with_when() -> None:
    assert ("Omar", "age", "30") in facts((1, "Tell me about Omar."), (2, "Omar's turning thirty next month."))


@pytest.mark.parametrize("line", [
    "When Omar turns thirty, he'll be rich.",
    "Omar's 12 in this photo.",
    "Omar turned the corner.",
])
def test_no_age_had_some_other_time(line: str) -> None:
    assert not any(p == "age" for _, p, _, _ in told(line))
