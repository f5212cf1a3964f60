"""One who calls an elder student 学姐 and asks which school she is at is of another school: no classmate; one who
calls 学姐 without asking stays a schoolmate.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_asking_the_school_of_the_one_called_makes_no_classmate() -> None:
    got = facts((1, "我也是考了两年才上岸的，别灰心。"), (2, "谢谢学姐！你们学校是哪个？"), (1, "南湖师范。"))
    assert not any(p == "classmate" for _, p, _ in got), got


def test_a_schoolmate_called_without_asking_stays_one() -> None:
    got = facts((1, "你就是新来的那个学弟吧？"), (2, "对，谢谢学姐。"))
    assert ("Speaker 2", "classmate", "Speaker 1") in got, got
