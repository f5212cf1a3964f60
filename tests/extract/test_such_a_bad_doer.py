""""I'm such a lousy driver" is a weakness, as "I'm a lousy driver" is; "such a" before anything else changes nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("line", "activity"), [("I'm such a lousy driver.", "driving"),
                                                ("I am such a terrible swimmer, honestly.", "swimming")])
def test_such_a_bad_doer_is_a_weakness(line: str, activity: str) -> None:
    assert ("Ann", "weakness", activity, False) in told(line)


@pytest.mark.parametrize("line", ["I'm such a goofball.", "I'm such a terrible nurse."])
def test_no_weakness_otherwise(line: str) -> None:
    assert not any(p == "weakness" for _, p, _, _ in told(line))
