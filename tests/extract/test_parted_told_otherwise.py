""""Dana and I decided to split up", "... called it quits", "... are breaking up" end the speaker's tie with the one
named, as "Dana and I split up" does; a divorce or a separation ends a spouse; a negation or a question ends nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("line", [
    "Dana and I decided to split up.",
    "So Dana and I have decided to break up.",
    "Dana and I called it quits in March.",
    "Dana and I are breaking up.",
])
def test_the_partner_named_ends(line: str) -> None:
    got = told(line)
    assert ("Ann", "partner", "Dana", True) in got
    assert ("Ann", "partner", "Ann", True) not in got


@pytest.mark.parametrize("line", ["Dana and I have decided to separate.", "Dana and I are separating."])
def test_a_separation_told_so_ends_the_spouse(line: str) -> None:
    assert ("Ann", "spouse", "Dana", True) in told(line)


def test_two_others_breaking_up() -> None:
    assert ("Tom", "partner", "Emma", True) in told("Tom and Emma are breaking up.")


def test_a_couple_getting_divorced_is_married_still() -> None:
    assert ("Ann", "spouse", "Dana", True) not in told("Dana and I are getting divorced.")


@pytest.mark.parametrize("line", ["Dana and I are not breaking up.", "If Dana and I decided to split up, then what?",
                                  "Dana and I were breaking up when you called."])
def test_nothing_ends(line: str) -> None:
    assert not [f for f in told(line) if f[1] in ("partner", "spouse")]
