"""是 + a school and the year or department one is in (kg_memory.extract.chinese.school_year): 我是师大大三的 studies at
师大 (not at "师大大三"), 我是农业大学植物系的 studies at 农业大学 and studies 植物; not 我是杭州的, 我是物理系的."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("text, school", [
    ("我是师大大三的。", "师大"),
    ("我是理工大学研一的学生，来面试助教。", "理工大学"),
    ("我是实验中学高二的。", "实验中学"),
])
def test_a_school_and_the_year_one_is_in(text, school):
    found = kept(text)
    assert ("安娜", "studiesAt", school) in found
    assert not any(p == "studiesAt" and o != school for _, p, o in found)


def test_a_school_and_a_department():
    found = kept("我是农业大学植物系的。")
    assert ("安娜", "studiesAt", "农业大学") in found
    assert ("安娜", "fieldOfStudy", "植物") in found


def test_a_school_with_the_word_student_is_still_read():
    assert {("安娜", "studiesAt", "南开"), ("安娜", "jobTitle", "学生")} <= kept("我是南开的学生。")


@pytest.mark.parametrize("text", ["我是杭州的。", "我是物理系的。", "我是二班的班长。"])
def test_no_school_without_one_named_with_a_year_or_department(text):
    assert not any(p in ("studiesAt", "fieldOfStudy") for _, p, _ in kept(text))
