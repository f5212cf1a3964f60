"""Whom one visited where: "I visited Tom in Boston", "we visited Priya and Dev in Austin" name the place visited
(Boston, Austin), not the people there, whom a first name tells (``data/first_names.tsv``).

>>> place_of_people_visited("Tom in Boston last week"), place_of_people_visited("Priya and Dev out in Austin")
('Boston', 'Austin')
>>> place_of_people_visited("Paris in June"), place_of_people_visited("the Louvre in Paris")
(None, None)
"""

from __future__ import annotations

import re

from ..framework import lazy
from ..pronouns import gender_of_name
from ..timeexpr import MONTHS, WEEKDAYS

__all__ = ["place_of_people_visited"]

_NAME = r"[A-Z][a-z][\w'-]*"
#: People named, then where they are: "Tom in Boston", "Priya and Dev out in Austin", "Grandma Rose up in Maine".
_PEOPLE_IN = lazy(rf"^(?P<who>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)\s+(?:(?:out|up|down|over|back)\s+)?(?:in|at)\s+"
                  rf"(?P<p>{_NAME}(?:\s+{_NAME})*)")


def place_of_people_visited(raw: str) -> str | None:
    """The place after the people visited in ``raw`` (what follows "visited"), when they are named by first names."""
    m = _PEOPLE_IN.match(raw)
    if m is None or m.group("p").split()[0].lower() in MONTHS.keys() | WEEKDAYS.keys():
        return None
    people = re.split(r"\s+(?:and|&)\s+", m.group("who"))
    return m.group("p") if all(gender_of_name(one) is not None for one in people) else None
