""""你们叫我老钱就行" and "大家叫我小付就好" after a surname told ("我姓钱，……") name the speaker, as "叫我老钱就行" said to
one does; "有事你们叫我就行" names nobody."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def _names(got: set[tuple[str, str, str]], speaker: str) -> set[str]:
    return {o for s, p, o in got if s == speaker and p in ("name", "alternateName")}


def test_told_to_a_group_after_the_surname() -> None:
    got = facts((1, "各位好，新来的吧？"), (2, "我姓钱，你们叫我老钱就行。"), (3, "钱哥好。"))
    assert "老钱" in _names(got, "Speaker 2"), got


def test_told_to_everyone() -> None:
    got = facts((1, "来，介绍一下自己。"), (2, "我是销售部的，大家叫我小付就好。"), (3, "欢迎欢迎。"))
    assert "小付" in _names(got, "Speaker 2"), got


def test_no_name_asked_for() -> None:
    got = facts((1, "我先走了。"), (2, "行，有事你们叫我就行。"), (3, "好。"))
    assert not _names(got, "Speaker 2"), got


def test_asked_to_come() -> None:
    got = facts((1, "我先走了。"), (2, "你们叫我去我就去。"), (3, "好。"))
    assert not _names(got, "Speaker 2"), got
