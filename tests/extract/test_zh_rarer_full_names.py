"""A full Chinese name of a rarer surname and a two-character given name (庹秋菊, 阚小军, 宓红梅), which jieba cuts
after the surname, is one name: the speaker's name, a relative's whole name (not its first two characters: 阚小);
a preposition before a given name (向小军) is no surname.
"""

from __future__ import annotations

from kg_memory.extract.chinese.segment import is_name, surnamed_given
from kg_memory.extract.model.features import names
from kg_memory.extract.names import is_chinese_name
from tests.extract.dialogue_facts import facts


def test_a_rarer_surname_and_given_name_is_the_speakers_name() -> None:
    got = facts((1, "各位好，我是宓红梅，管仓库的。"), (2, "欢迎欢迎。"))
    assert ("Speaker 1", "name", "宓红梅") in got, got


def test_a_relatives_full_name_is_not_cut_after_the_surname() -> None:
    got = facts((1, "我表弟阚小军明天从老家过来。"), (2, "住几天？"))
    assert ("Speaker 1", "relative", "阚小军") in got, got
    assert not any(str(o) == "阚小" for _, _, o in got), got


def test_the_surname_and_title_stay_beside_the_full_name() -> None:
    got = facts((1, "请问您是宓老师吧？"), (2, "对，我是宓红梅，教数学的。"), (1, "宓老师好，我是新来的。"))
    assert ("Speaker 2", "name", "宓红梅") in got, got
    assert ("Speaker 2", "alternateName", "宓老师") in got, got


def test_rarer_full_names_and_words_that_only_look_so() -> None:
    assert is_name("宓红梅") and is_name("阚小军") and is_chinese_name("宓红梅")
    assert not any(surnamed_given(w) for w in ("关心他", "包子铺", "管理员"))
    assert [e.label for e in names("我向小川借了钱，宓红梅也借了。")] == ["小川", "宓红梅"]
