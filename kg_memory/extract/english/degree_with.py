"""The degree said with a school finished: "I graduated from UCLA with a degree in film", "she graduated from Rutgers
with a BA in history" give the degree and its field (as "I have a degree in film" does), besides the school. A grade
finished ("I graduated fourth grade") names no school."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .identity import DEGREE, degree_facts
from .objects import clean_object
from .places import r_school_go

__all__ = ["GRADUATED"]

#: "(UCLA) with a degree in film", "(Rutgers) with a BA in history": the degree after "with"
_WITH_DEGREE = lazy(r"\bwith\s+(?:honou?rs\s+(?:and\s+|in\s+)?)?" + DEGREE, re.I)


#: a standing said before the school: "(graduated) top of my class at Rutgers", "valedictorian", "summa cum laude from
#: Yale" (the school after it, if any)
_STANDING = lazy(r"^(?:(?:near\s+the\s+)?(?:top|first|second|third|bottom)\s+of\s+(?:my|his|her|their|the)\s+class|"
                 r"(?:the\s+)?(?:valedictorian|salutatorian)|(?:summa\s+|magna\s+)?cum\s+laude|"
                 r"with\s+(?:high\s+|highest\s+)?honou?rs)(?:\s+of\s+(?:my|his|her|their|the)\s+class)?[\s,]*(?:(?:at|from)\s+)?",
                 re.I)


#: a grade finished, no school: "(graduated) fourth grade", "the 8th grade", "grade eight"
_GRADE = lazy(r"^(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
              r"\d{1,2}(?:st|nd|rd|th))\s+grade|grade\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))\b",
              re.I)


def _r_graduated(m: re.Match[str], c: Clause) -> bool:
    if _GRADE.match(m.group("o")):
        return True  # "I graduated fourth grade": a grade, no school attended (and no standing: .school_status)
    if standing := _STANDING.match(m.group("o")):  # "i graduated valedictorian of my class": no school named
        after = re.match(GRADUATED[0], m.string[:m.start("o")] + m.group("o")[standing.end():], re.I)
        return after is not None and _r_graduated(after, c)
    raw = m.group("o")
    degree = _WITH_DEGREE.search(raw)
    if degree is None or c.negated:
        return r_school_go(m, c)
    before = m.string[:m.start("o")] + raw[:degree.start()].rstrip(" ,")  # "graduated from UCLA"
    school = re.match(GRADUATED[0], before, re.I)
    if school is not None:
        r_school_go(school, c)
    elif degree.group("at") and (at := clean_object(degree.group("at"), "place")):  # "with a BA in history from Yale"
        c.add("educatedAt", Entity(at, "Organization"), 0.75)
    for predicate, obj, confidence in degree_facts(degree):
        c.add(predicate, obj, confidence * 0.95)
    return True


#: The entry of the verb table: "(i) graduated from UCLA with a degree in film" ("graduated from Yale" alone: the school)
GRADUATED: tuple[str, Rule] = (r"^(?P<v>graduated|graduate|graduates)\s+(?:from\s+)?(?P<o>.+)", _r_graduated)
