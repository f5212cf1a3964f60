"""是 + a school and where one is in it: 我是北大的学生, 我是外国语大学大二的, 我是浙大计算机系的 (a student there).

Said after 是, a school with 的学生 (研究生, 本科生, 博士生) makes one a student of it, as before; so does a school with the
year one is in (大二, 研一, 高三, 初二), with 的学生 or without: 我是北大大二的 studies at 北大 (not at "北大大二", what
the year glued to the name gave), and a school with the department or the subject (中文系, 计算机专业) studies there
and studies that: ``studiesAt`` 浙大, ``fieldOfStudy`` 计算机. The school before a department ends as a school's name
does (大学, 学院, 浙大's 大, 中学, 高中: 复旦中文系 is left alone, where the school ends is unknown). Not 我是北京的 (from
a place), 我是高三的 (a year of no school named), 我是计算机系的 (a department of none).

Reads the copula's object, the trailing 的 taken off (:data:`.segment.TRAILING`).

>>> student_of("外国语大学大二"), student_of("北大的学生"), student_of("浙大计算机系")
(('外国语大学', None, False), ('北大', None, True), ('浙大', '计算机', False))
>>> student_of("北京"), student_of("高三"), student_of("计算机系"), student_of("复旦中文系")
(None, None, None, None)
"""

from __future__ import annotations

from ...types import Entity
from ..framework import Clause, lazy
from .lexicon import HAN

__all__ = ["add_student", "student_of"]

_KIND = r"(?:学生|研究生|本科生|博士生)"
#: A school, then the year one is in or 的学生.
_YEAR = lazy(rf"^(?P<o>.+?)(?:(?:大[一二三四]|研[一二三]|博[一二三四五]|高[一二三]|初[一二三])(?P<s>的?{_KIND})?|(?P<t>的{_KIND}))$")
#: A school named as one (…大学, …学院, 浙大, …中学), then a department or a subject.
_DEPARTMENT = lazy(rf"^(?P<o>.+?(?:大学|学院|大(?!学)|中学|高中))(?P<d>[{HAN}]{{1,6}}?)(?:系|专业)(?P<s>的{_KIND})?$")


def student_of(raw: str) -> tuple[str, str | None, bool] | None:
    """The school, the subject (or ``None``) and whether 学生 was said, when ``raw`` (what one is said to be) is a student
    of a school (see the module)."""
    m = _DEPARTMENT.match(raw) or _YEAR.match(raw)
    if m is None:
        return None
    said = m.groupdict()
    return m.group("o"), said.get("d"), bool(said.get("s") or said.get("t"))


#: A teacher who supervises, said before 的学生 (阚老师带的研究生, 王教授指导的学生): whose student, no school.
_SUPERVISED = lazy(r"(?:带|教|指导|带过|教过|手下|门下)$")


def add_student(raw: str, c: Clause) -> bool:
    """Add to ``c`` the school (and subject) ``raw`` makes its subject a student of; whether it does (a student of a
    teacher, 我是周老师带的研究生, is a student of no school named)."""
    found = student_of(raw)
    if found is None:
        return False
    school, field_, said = found
    if _SUPERVISED.search(school):
        if said:
            c.add("jobTitle", "学生", 0.7)
        return True
    c.add("studiesAt", Entity(school, "Organization"), 0.8)
    if field_:
        c.add("fieldOfStudy", Entity(field_, "Thing"), 0.75)
    if said:
        c.add("jobTitle", "学生", 0.7)
    return True
