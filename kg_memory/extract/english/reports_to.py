"""One who reports to a person, or works under one, has that person for a boss: "I report to Dana", "Kim reports to
me", "he works under me", "I've been working under Dr. Lee"; not a report to an office or a thing ("report to HR",
"report to the front desk", "work under pressure"), denied or supposed."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from ..names import plausible_name
from ..pronouns import FEMALE, MALE

__all__ = ["REPORTS_TO"]

#: "(I report to) Dana", "Dr. Lee", "Mr. Ferris", "Dana Kim": a person by name, one or two capitalised words
_NAMED = lazy(r"^(?:(?:mr|mrs|ms|dr|prof)\.?\s+)?(?-i:[A-Z][a-z][\w'-]*)(?:\s+(?-i:[A-Z][a-z][\w'-]*))?$", re.I)
#: a title before the name: "Dr. Lee" is a person as "Lee" is
_TITLE = lazy(r"^(?:mr|mrs|ms|dr|prof)\.?\s+", re.I)
#: offices and groups one reports to, written with capitals: no person
_NOT_PEOPLE = frozenset("hr it security reception admin headquarters hq management command base finance legal".split())


def _r_reports_to(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    word = m.group("p").lower() if m.group("p") else ""
    if word == "me":
        boss: tuple[Entity, float] | None = (c.discourse.speaker(c.turn), 1.0)
    elif word == "you":
        boss = c.discourse.addressed(c.turn)
    elif word in ("him", "her"):
        boss = c.discourse.third_person_named(c.turn, MALE if word == "him" else FEMALE)
    else:
        name = m.group("n")
        if name is None or not _NAMED.match(name) or name.lower() in _NOT_PEOPLE or not plausible_name(_TITLE.sub("", name), frozenset()):
            return False
        boss = Entity(name, "Person"), 1.0
    if boss is None or boss[0] == c.subject:
        return False
    c.add("boss", boss[0], round(0.75 * boss[1], 3))
    return True


#: The entry of the verb table: "(I) report directly to Dana", "(he) works under me", "(I'm) working under Dr. Lee"
REPORTS_TO: tuple[str, Rule] = (
    r"^(?:(?:report|reports|reporting|reported)\s+(?:directly\s+)?to|(?:work|works|working|worked)\s+(?:directly\s+)?under)\s+"
    r"(?:(?P<p>me|you|him|her)|(?P<n>(?:(?:mr|mrs|ms|dr|prof)\.?\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?))"
    r"(?=\s*(?:[.!?,;…]|$|(?:now|too|again|though|anymore|and|but|so|at|in|on|for|since|these|this)\b))",
    _r_reports_to,
)
