"""A trip planned to a named place is a goal to go there, as "I'm going to Japan next month" is: "we're planning a trip
to Portugal", "I booked a vacation to Cancun", "we're taking a trip to Iceland in May", "I have a trip to Denver coming
up" (taken or had: only with a time to come); not "I took a trip to Rome" (a visit, read elsewhere), nor denied.

>>> import re
>>> bool(re.match(TRIP_PLANNED[0], "planning a trip to Portugal in October", re.I))
True
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .objects import clean_object

__all__ = ["TIME_TO_COME", "TRIP_PLANNED"]

#: A time to come: "next month", "in October", "this summer", "on Thursday", "until Friday", "tonight", "coming up",
#: "soon".
TIME_TO_COME = lazy(r"\b(?:next\s+\w+|tomorrow|tonight|this\s+(?:weekend|summer|winter|spring|fall|autumn|year)|soon|"
                r"coming\s+up|(?:on|until|till|through)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                r"in\s+(?:a\s+(?:few\s+|couple\s+of\s+)?|\d+\s+|two\s+|three\s+)(?:days?|weeks?|months?)|"
                r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b", re.I)


def _r_trip_planned(m: re.Match[str], c: Clause) -> bool:
    verb = m.group("v").lower()
    if c.negated or not verb.startswith(("plan", "book")) and not TIME_TO_COME.search(c.sentence):
        return False
    place = clean_object(m.group("p"), "place")
    if not place:
        return False
    c.add("goal", Entity(f"go to {place}", "Thing"), 0.6)
    return True


#: The entry of the verb tables: "(we're) planning a trip to Portugal", "(i) booked a week-long vacation to Maui".
TRIP_PLANNED: tuple[str, Rule] = (
    r"^(?:(?:also|just|finally|already|currently)\s+)?(?P<v>planning|plan|plans|booked|book|booking|have\s+booked|"
    r"taking|take|going\s+on|go\s+on|have|has|got)\s+(?:a|an|our|my|the|this|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trip|vacation|holiday|getaway|honeymoon|cruise|visit)\s+(?:to|in)\s+"
    r"(?P<p>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3})",
    _r_trip_planned,
)
