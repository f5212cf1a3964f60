"""The surname told in a clause of its own after others of the speaker's ("我是财务部的，姓袁，袁晓梅。") then the whole name
that begins with it: the speaker's name, as "我姓齐，齐建民" was; not said after 他 ("他姓袁，袁家的老三。")."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def _names(got: set[tuple[str, str, str]], speaker: str) -> set[str]:
    return {o for s, p, o in got if s == speaker and p in ("name", "alternateName")}


def test_surname_after_where_one_works() -> None:
    got = facts((1, "请问哪位负责报销？"), (2, "我是财务部的，姓袁，袁晓梅。"), (3, "袁老师好。"))
    assert "袁晓梅" in _names(got, "Speaker 2"), got


def test_surname_after_a_greeting() -> None:
    got = facts((1, "您好，预约的吗？"), (2, "对，昨天打的电话，姓穆，穆春林。"), (1, "好的，请坐。"))
    assert "穆春林" in _names(got, "Speaker 2"), got


def test_someone_elses_surname() -> None:
    got = facts((1, "那个人是谁？"), (2, "他姓袁，袁晓梅的哥哥。"), (3, "哦。"))
    assert not any(s.startswith("Speaker") and p in ("name", "alternateName") and o.startswith("袁") for s, p, o in got), got


def test_a_place_after_the_surname() -> None:
    got = facts((1, "你哪儿人？"), (2, "我姓张，张家口的。"), (3, "哦。"))
    assert not any(s == "Speaker 2" and o.startswith("张家") for s, p, o in got), got
