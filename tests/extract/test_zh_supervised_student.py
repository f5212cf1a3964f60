"""A student of a teacher who supervises them (我是周老师带的研究生) studies at no school named 周老师带: the words
before 的学生 name the teacher, not a school; 我是北大的学生 still names the school.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_teachers_student_studies_at_no_school_of_the_teacher() -> None:
    for said in ("我是周教授带的研究生。", "我是孙老师指导的学生。"):
        got = facts((1, said), (2, "欢迎。"))
        assert not any(p == "studiesAt" for _, p, _ in got), got
        assert ("Speaker 1", "jobTitle", "学生") in got, got


def test_a_school_before_student_is_still_studied_at() -> None:
    got = facts((1, "我是北大的学生。"), (2, "欢迎。"))
    assert ("Speaker 1", "studiesAt", "北大") in got, got
