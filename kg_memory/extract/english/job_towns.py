"""A town the gazetteer does not know, said after a job: "I'm a teacher in Tucson", "a nurse in Boise, Idaho".

A known place after a job is where one works (:func:`~.places.add_job_place`). An unknown name there is a town only
when nothing says it is something else: it ends the clause (or its state or a time follows: "in Tucson, Arizona",
"in Tucson now"), it is no field, ward, class, firm, school or unit ("a professor in Economics", "a nurse in
Pediatrics", "a teacher in Year 6", "a clerk in Lincoln High School", "a manager in Human Resources"), no time ("a
teacher in May") and no organisation the gazetteer knows ("an engineer in Google"), and the job plays in no show, film,
band or team ("an actor in Friends", "a drummer in Nirvana").

>>> town_after_job(" in Tucson", 10, "Tucson", "teacher"), town_after_job(" in Friends", 11, "Friends", "actor")
(True, False)
>>> town_after_job(" in Pediatrics", 14, "Pediatrics", "nurse"), town_after_job(" in Tucson schools", 10, "Tucson", "teacher")
(False, False)
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ..framework import lazy
from ..timeexpr import find_time

__all__ = ["known_employer_after_job", "town_after_job"]

#: What a job's "in" names that is no town: a field, a ward or a class, or a firm, a school or a unit by its kind.
_NOT_TOWN = lazy(r"\b(?:economics|biology|physics|chemistry|maths?|mathematics|history|english|literature|philosophy|"
                 r"psychology|sociology|science|law|medicine|pediatrics|paediatrics|oncology|cardiology|radiology|"
                 r"neurology|surgery|icu|er|emergency|maternity|year|grade|class|training|charge|school|college|"
                 r"university|academy|hospital|clinic|company|inc|corp|bank|group|district|department|center|centre|"
                 r"office|store|shop|army|navy|force|resources|relations|affairs|services?|development|sales)\b", re.I)
#: Jobs whose "in" names a show, a film, a band or a team.
_PERFORMERS = frozenset("actor actress star character singer drummer guitarist bassist player dancer extra member "
                        "musician lead role cast".split())
#: Where a town said after a job ends: the clause, its state ("Tucson, Arizona"), or a time or a clause ("in Tucson now").
_TOWN_END = lazy(r"\s*(?:[.,!?;]|$|\s(?:and|but|now|rn|atm|currently|lol|haha|tbh|btw|since|for|at|where)\b)", re.I)


def town_after_job(after: str, end: int, name: str, title: str) -> bool:
    """Whether ``name``, said in ``after`` (the words after the job ``title``) up to ``end``, is a town (see the module
    docstring)."""
    words = title.lower().split()
    return bool(words) and words[-1] not in _PERFORMERS and _TOWN_END.match(after, end) is not None \
        and not _NOT_TOWN.search(name) and find_time(name, None, "en") is None \
        and gazetteer_id(name, "Organization") is None


def known_employer_after_job(after: str, end: int, name: str) -> bool:
    """Whether ``name``, said in ``after`` (the words after a job) up to ``end``, is an employer the gazetteer knows that
    ends the clause: "(a cashier) in Walmart", "(an engineer) in Google now" (not "in Target practice").

    >>> known_employer_after_job(" in Walmart", 11, "Walmart"), known_employer_after_job(" in Tucson", 10, "Tucson")
    (True, False)
    """
    return gazetteer_id(name, "Organization") is not None and _TOWN_END.match(after, end) is not None
