"""Parents said in the plural: "i have two moms", "we have two dads", "my mothers are both nurses" give the parents
(nothing was stored: "moms", "mothers", "dads", "fathers" were no kin words). Moms in general ("moms are the best",
"the moms at my gym") are nobody's parents."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("said", [
    "i have two moms",
    "I have two dads and a dog.",
    "my mothers are both nurses",
])
def test_parents_in_the_plural(said: str) -> None:
    assert any(s == "Ann" and p == "parent" for s, p, _, _ in told(said)), told(said)


def test_their_job() -> None:
    assert any(p == "jobTitle" and o == "nurse" and "mothers" in s for s, p, o, _ in told("my mothers are both nurses"))


@pytest.mark.parametrize("said", [
    "moms are the best",
    "the moms at my gym are so nice",
    "do you have two dads ?",
])
def test_nobody_s_parents(said: str) -> None:
    assert not any(p == "parent" for _, p, _, _ in told(said)), told(said)
