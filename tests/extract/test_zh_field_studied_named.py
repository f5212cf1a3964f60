"""A Chinese field of study said after 学的是 is kept when it is a known subject or a word in 学 (我学的是会计,
我学的是环境工程学), even where jieba reads no noun of the whole; a skill (我学的是做饭的手艺) stays unread.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import told


def test_a_known_subject_after_studied_is_a_field_of_study() -> None:
    assert ("安娜", "fieldOfStudy", "会计", False) in told("我学的是会计。")
    assert ("安娜", "fieldOfStudy", "环境工程学", False) in told("我学的是环境工程学。")


def test_a_skill_learnt_is_no_field_of_study() -> None:
    assert not any(p == "fieldOfStudy" for _, p, _, _ in told("我学的是做饭的手艺。"))


def test_a_pet_name_after_what_one_studies_is_no_field() -> None:
    got = told("刚认识的，考法学的岚岚。")
    assert not any(p == "fieldOfStudy" for _, p, _, _ in got), got
