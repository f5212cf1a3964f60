"""Chinese: how long one has been married to one's spouse says both: 我和老婆结婚十年了, 我跟我老公结婚三年多了, 我姐和她老公
结婚五年了 give married and the spouse (as 我结婚十年了); not 我和老公没结婚十年."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "who", "spouse"), [
    ("我和老婆结婚八年了，有一个女儿", "安娜", "安娜的老婆"),
    ("我跟我老公结婚三年多了", "安娜", "安娜的老公"),
    ("我和爱人结婚好几年了", "安娜", "安娜的爱人"),
])
def test_married_for_years_to_a_spouse(line: str, who: str, spouse: str) -> None:
    got = kept(line)
    assert (who, "spouse", spouse) in got
    assert (who, "maritalStatus", "married") in got


def test_a_relative_married_for_years_is_married() -> None:
    assert ("安娜的姐", "maritalStatus", "married") in kept("我姐和她老公结婚五年了")


def test_not_married() -> None:
    assert not any(p == "maritalStatus" for _, p, _ in kept("我和老公没结婚十年"))
