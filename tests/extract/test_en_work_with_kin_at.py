"""The workplace said after the relative one works with is the employer: "I work with my uncle at a sawmill" works for
the sawmill, "i work with my sister in a bakery" for the bakery, "my mom works with my aunt at a dental office" (nothing
was stored). With no workplace, or a chore at home ("in the garden"), no employer."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "employer"), [
    ("I work with my uncle at a sawmill.", "Ann", "sawmill"),
    ("i work with my sister in a bakery", "Ann", "bakery"),
    ("My mom works with my aunt at a dental office.", "Ann's mom", "dental office"),
    ("i work with my best friend at Costco", "Ann", "Costco"),
])
def test_the_workplace_after_the_relative(said: str, who: str, employer: str) -> None:
    found = told(said)
    assert (who, "worksFor", employer, False) in found, found


@pytest.mark.parametrize("said", [
    "i work with my dad",
    "I work with my sister in the garden.",
    "do you work with your dad at the shop?",
])
def test_no_employer(said: str) -> None:
    assert not any(p == "worksFor" for _, p, _, _ in told(said)), told(said)
