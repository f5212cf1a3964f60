"""An exam prepared for is a goal, and a school one got into is where one will study: "I'm studying for the bar exam",
"she's preparing for the MCAT", "I'm taking the GRE in July" (the goal: "pass the bar exam"); "my brother got into
MIT", "I got accepted to Stanford" (``studiesAt``, weakly: a known university, or a name ending in University or
College). Not "I got into trouble", "got into Star Wars" (no school), nor a denied or supposed clause (the clause
reader drops those before).

>>> import re
>>> bool(re.match(EXAM_PREPARED[0], "studying for the bar exam", re.I)), bool(re.match(SCHOOL_GOT_INTO[0], "got into MIT", re.I))
(True, True)
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule
from .schools import known_university

__all__ = ["EXAM_PREPARED", "SCHOOL_GOT_INTO"]

#: The exams people prepare for: one ending in exam, test or boards, or one known by its letters.
_EXAM = (r"(?:(?:[\w-]+\s+){0,2}?(?:exams?|test|boards|finals|midterms)|(?-i:GRE|GMAT|MCAT|LSAT|SAT|ACT|CPA|CFA|PMP|TOEFL|"
         r"IELTS|USMLE|NCLEX|DAT|PCAT|GED)|bar|step\s+[123])")


def _r_exam(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    exam = " ".join(m.group("x").split())
    c.add("goal", Entity(f"pass the {exam}" if exam.lower() != "bar" else "pass the bar", "Thing"), 0.6)
    return True


#: The entry of the verb tables: "(i'm) studying for the bar exam", "(she is) prepping for her boards".
EXAM_PREPARED: tuple[str, Rule] = (
    rf"^(?:(?:also|still|currently|now)\s+)?(?:studying|preparing|prepping|cramming|revising|getting\s+ready)\s+for\s+"
    rf"(?:the|my|his|her|their|our)\s+(?P<x>{_EXAM})\b",
    _r_exam,
)


def _r_got_into(m: re.Match[str], c: Clause) -> bool:
    school = m.group("s")
    if c.negated or not (known_university(school) or re.search(r"\b(?:University|College)\b", school)):
        return False
    c.add("studiesAt", Entity(school, "Organization"), 0.6)
    return True


#: "(my brother) got into MIT", "(i) got accepted to Stanford", "(she) was admitted to Yale University".
SCHOOL_GOT_INTO: tuple[str, Rule] = (
    r"^(?:(?:just|finally|also)\s+)?(?:got\s+into|got\s+accepted\s+(?:to|at|into)|was\s+accepted\s+(?:to|at|into)|"
    r"was\s+admitted\s+to|got\s+admitted\s+to|got\s+in\s+at)\s+"
    r"(?P<s>(?-i:[A-Z])[\w.&'-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.&'-]*){0,3})",
    _r_got_into,
)
