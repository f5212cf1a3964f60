"""你爹/我爹 (as 你爸/我爸 in the north and the countryside) is a parent: 你爹身子骨硬朗，九十一了 gives the age to the
father, not to the one spoken to; 我干爹 (a godfather) stays no parent."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_fathers_age() -> None:
    got = facts((1, "三小子，你爹身子骨硬朗，九十一了，还能下地。"), (2, "托您的福。"), (1, "好好孝顺。"))
    assert not any(s == "Speaker 2" and p == "age" for s, p, _ in got), got
    assert any(p == "age" and o == "91" and "爹" in s for s, p, o in got), got


def test_my_father_works() -> None:
    got = facts((1, "你家里人呢？"), (2, "我爹是木匠，在镇上干活。"), (1, "手艺人好。"))
    assert ("Speaker 2", "parent", "Speaker 2的爹") in got, got


def test_a_godfather_is_no_parent() -> None:
    got = facts((1, "谁带你来的？"), (2, "我干爹是开饭店的，他带我来的。"), (1, "哦。"))
    assert not any(s == "Speaker 2" and p == "parent" for s, p, _ in got), got
