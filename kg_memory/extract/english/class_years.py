"""A year of school said as what one is: "she's a junior at Duke" (a student there), "I'm a sophomore in high school"
(a student, at high school); "I'm a junior" or "I'm a senior" alone tells no job (a senior may be an old person)."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Found, lazy

__all__ = ["school_years"]

_YEARS = frozenset({"freshman", "sophomore", "junior", "senior"})
#: Years said alone that name a student only with a school beside them.
_UNSURE_ALONE = frozenset({"junior", "senior"})
#: "(a student) in high school", "(a senior) in college": the kind of school attended, named by no name.
_IN_SCHOOL = lazy(r"\b(?:student|freshman|sophomore|junior|senior)\s+(?:in|at)\s+(?P<s>(?:high|middle|grad|law|med|"
                  r"medical|nursing|art)\s+school|college|university|uni)\b", re.I)


def school_years(found: list[Found], said: str) -> list[Found]:
    """``found`` (read from ``said``) with a school year as the job read as a student, and the school said.

    >>> from kg_memory.types import Entity
    >>> ann = Entity("Ann", "Person")
    >>> [(p, getattr(o, "label", o)) for _, p, o, _, _ in school_years([(ann, "jobTitle", "junior", 0.85, None)], "a junior")]
    []
    >>> out = school_years([(ann, "jobTitle", "sophomore", 0.85, None)], "a sophomore in high school")
    >>> [(p, getattr(o, "label", o)) for _, p, o, _, _ in out]
    [('jobTitle', 'student'), ('studiesAt', 'high school')]
    """
    school = _IN_SCHOOL.search(said)
    studies = any(predicate == "studiesAt" for _, predicate, _, _, _ in found)
    out: list[Found] = []
    for subject, predicate, obj, confidence, when in found:
        if predicate != "jobTitle" or obj not in _YEARS and obj != "student":
            out.append((subject, predicate, obj, confidence, when))
            continue
        if obj in _UNSURE_ALONE and not studies and school is None:
            continue  # "I'm a junior": no job; "I'm a senior": maybe no student either
        out.append((subject, predicate, "student", confidence, when))
        if school is not None and not studies:  # "a senior in high school": where, by kind
            out.append((subject, "studiesAt", Entity(school.group("s").lower(), "Organization"), confidence * 0.9, when))
            studies = True
    return out
