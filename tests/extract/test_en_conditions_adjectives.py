"""A condition said with its adjective is kept like "diabetic": "my wife is coeliac", "my son is asthmatic", "I'm
anaemic" (stored nothing); "a celiac menu" or "we're celiac friendly" say nothing of anyone."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "fact"), [
    ("Find me a bread recipe, my wife is coeliac so no wheat.", ("Ann's wife", "trait", "coeliac", False)),
    ("What sports are okay for kids? My son is asthmatic.", ("Ann's son", "trait", "asthmatic", False)),
    ("I'm anaemic, what should I eat more of?", ("Ann", "trait", "anaemic", False)),
    ("Plan a week of dinners. My partner is celiac and I'm vegetarian.", ("Ann's partner", "trait", "celiac", False)),
])
def test_a_condition_by_its_adjective(said: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(said), told(said)


@pytest.mark.parametrize("said", [
    "Does the cafe have a celiac menu?",
    "We're celiac friendly at our bakery.",
])
def test_no_condition_of_anyone(said: str) -> None:
    assert not any(p == "trait" for _, p, _, _ in told(said)), told(said)
