"""A speaker who says who they are by the familiar form of their surname: 我是老周, 大家好，我是小周, 我是管理员老周;
or by their job and full name: 我是班主任李秀梅, 我是三班的班主任李秀梅.

Chinese speakers among colleagues and neighbours often give no full name but the form others call them by: 老 or 小 and
the surname (老周, 小马), after a job or a place of theirs at times (我是管理员老周, 我是社区的小马). That form is how
the speaker is called, an ``alternateName`` (their full name stays unknown); a job said before it (管理员) is their
``jobTitle``. Words that look like it are no names: 老板, 老乡, 老师, 小学生 (no surname follows 老 or 小:
:func:`~.segment.is_familiar_name`), nor 小白 ("a beginner"), nor a form said of someone else (我是老周的同事: the clause
goes on) or counted (我是个小白).

A job then a full name (我是班主任李秀梅, 我是销售部的经理王强: the way one greets a room of parents or clients) gives
the name (``name``, as 我是李秀梅 does; a pet name after the job, 我是店长阿芳, is an ``alternateName``) and the job;
the name must read as one (:func:`~.segment.is_name`), so 我是班主任老师 (a job of two words) names nobody.

>>> from kg_memory.extract.chinese.familiar_intro import familiar_form, job_and_name
>>> familiar_form("老周"), familiar_form("管理员老周"), familiar_form("社区的小马"), familiar_form("老板"), familiar_form("小白")
('老周', '老周', '小马', None, None)
>>> job_and_name("三班的班主任李秀梅"), job_and_name("经理王强"), job_and_name("班主任老师"), job_and_name("李秀梅")
(('班主任', '李秀梅'), ('经理', '王强'), None, None)
"""

from __future__ import annotations

from ..framework import Clause, lazy
from .lexicon import is_job
from .segment import is_familiar_name, is_name

__all__ = ["beginner_said", "familiar_form", "familiar_intro", "job_and_name"]

#: 老周, 管理员老周 (a job before it), 社区的小马 (a place or a group of the speaker's, then 的).
_FORM = lazy(r"^(?:(?P<job>(?:(?!的)[\u4e00-\u9fff]){2,5}?)|[\u4e00-\u9fff]{1,6}?的)?(?P<n>[老小阿][\u4e00-\u9fff])$")
#: 班主任李秀梅, 三班的班主任李秀梅 (whose or where first, then 的): a job of two to five characters, then a full name.
_JOB_NAME = lazy(r"^(?:[\u4e00-\u9fff]{1,6}?的)?(?P<rest>(?:(?!的)[\u4e00-\u9fff]){4,8})$")
#: What opens a familiar form, no full name (小高, 老周, 阿梨, 大刘): how the speaker is called, an ``alternateName``.
_FAMILIAR_HEADS = frozenset("小老阿大")
#: Familiar-looking words with another sense: 小白 is "a beginner" (我是小白，什么都不懂).
_WORDS = frozenset({"小白"})
#: What a beginner says right after 我是小白: that they know little or have just begun (不太懂, 什么都不会, 刚入门).
_BEGINNER_THEN = lazy(r"[，,、]?\s*(?:不|没|什么|啥|刚|完全|一窍不通|请多|求带|第一次)")


def beginner_said(raw: str, text: str) -> bool:
    """Whether ``raw`` said after 我是 in ``text`` is 小白 meaning "a beginner": what follows says they know little
    (我是小白，不太懂; 我是小白，刚学); 我是小白，小黑的哥哥 stays a name.

    >>> beginner_said("小白", "没有，我是小白，不太懂规则。"), beginner_said("小白", "我是小白，小黑的哥哥。")
    (True, False)
    """
    at = text.find("我是" + raw)
    return raw in _WORDS and at >= 0 and _BEGINNER_THEN.match(text, at + 2 + len(raw)) is not None


def familiar_form(raw: str) -> str | None:
    """The familiar form of a surname ``raw`` (what follows 我是) is, or ends with after a job or a place: 老周 of
    管理员老周, 小马 of 社区的小马; ``None`` otherwise."""
    found = _familiar(raw)
    return found[0] if found else None


def _familiar(raw: str) -> tuple[str, str] | None:
    """The familiar form ``raw`` ends with and the job said before it (``""`` if none)."""
    m = _FORM.match(raw)
    if m is None or m.group("n") in _WORDS or not is_familiar_name(m.group("n")):
        return None
    if m.group("job") and not is_job(m.group("job")):
        return None  # 我是老周: the whole; 我是大老周: no job before it
    return m.group("n"), m.group("job") or ""


def job_and_name(raw: str) -> tuple[str, str] | None:
    """The job and the full name ``raw`` (what follows 我是) gives, in that order (班主任李秀梅); ``None`` otherwise."""
    m = _JOB_NAME.match(raw)
    rest = m.group("rest") if m else ""
    for cut in (3, 2):  # 李秀梅, then 王强
        job, name = rest[:-cut], rest[-cut:]
        if 2 <= len(job) <= 5 and is_job(job) and not is_job(name) and is_name(name):
            return job, name
    return None


def familiar_intro(raw: str, c: Clause) -> bool:
    """Where the speaker says 我是 ``raw`` and ``raw`` is a familiar form (:func:`familiar_form`), they are called so;
    where ``raw`` is a job and a full name (:func:`job_and_name`), that is their name and their job."""
    if c.negated or c.subject != c.discourse.speaker(c.turn):
        return False
    if (found := _familiar(raw)) is None:
        if (named := job_and_name(raw)) is None:
            return False
        c.add("alternateName" if named[1][0] in _FAMILIAR_HEADS else "name", named[1], 0.8)  # 我是店长阿梨
        c.add("jobTitle", named[0], 0.8)
        return True
    c.add("alternateName", found[0], 0.8)
    if found[1]:
        c.add("jobTitle", found[1], 0.8)  # 我是管理员老周: a caretaker too
    return True
