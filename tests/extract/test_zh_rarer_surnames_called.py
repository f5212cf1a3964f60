"""Chinese speakers called by a rarer surname with a title or 老/小 (耿老师, 老臧, 瞿经理) are named as those with a
common one (王老师, 老张); a word that only looks so (老师, 小时, 班主任) names no one.
"""

from __future__ import annotations

from kg_memory.extract.chinese.segment import is_familiar_name, is_titled_name
from tests.extract.dialogue_facts import facts


def test_a_rarer_surname_with_a_title_names_the_one_who_answers() -> None:
    got = facts((1, "耿老师，我儿子这次考得怎么样？"), (2, "进步不小，就是粗心。"), (3, "我家的也粗心。"))
    assert ("Speaker 2", "alternateName", "耿老师") in got, got
    assert ("Speaker 2", "jobTitle", "老师") in got, got


def test_rarer_surnames_called_familiarly() -> None:
    assert is_familiar_name("老臧") and is_familiar_name("小瞿") and is_titled_name("瞿经理") and is_titled_name("臧师傅")


def test_words_that_look_like_a_surname_called_are_no_names() -> None:
    assert not any(is_familiar_name(w) for w in ("小时", "老师", "老路", "小康", "老来", "老成"))
    assert not any(is_titled_name(w) for w in ("班主任", "连长", "主席"))
