"""Where a place lies from the speaker, said before it (对面的, 隔壁的), is no place worked at: 在对面的X上班 names X,
and 在对面上班 or 在对面银行上班 (no bank named) names none.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_place_after_where_it_lies_is_the_employer() -> None:
    got = facts((1, "我在马路对面的气象研究所上班。"), (2, "那挺近的。"))
    assert ("Speaker 1", "worksFor", "气象研究所") in got, got
    assert not any(str(o).startswith(("对面", "马路对面")) for _, _, o in got), got


def test_where_it_lies_alone_names_no_employer() -> None:
    for said in ("我就在对面上班。", "我在隔壁银行上班。"):
        got = facts((1, said), (2, "那挺近的。"))
        assert not any(p == "worksFor" for _, p, _ in got), got
