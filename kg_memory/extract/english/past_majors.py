"""A field once majored in, and where: "I was an English major at Smith", "she was a nursing major at Regis in
Denver" give the field (``fieldOfStudy``) and the school, finished (``educatedAt``), written as said; a town after "at"
("a history major at Boston") is no school.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.types import Entity
>>> turn = Turn("c", "1", "Ann", "I was an English major at Smith")
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> r_was_major(WAS_MAJOR.match("was an English major at Smith"), c)
True
>>> [(p, getattr(o, "label", o)) for _, p, o, _, _ in c.out]
[('fieldOfStudy', 'English'), ('educatedAt', 'Smith')]
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, lazy
from .identity import add_field
from .objects import clean_object

__all__ = ["WAS_MAJOR", "r_was_major"]

#: "(I) was an English major", "(we) were both history majors"
WAS_MAJOR = lazy(r"^(?:was|were)\s+an?\s+(?P<o>[a-z][\w\s-]*?)\s+major\b", re.I)
#: The school after the major, by its name: "at Smith", "at Notre Dame", "at UC Davis"
_AT_SCHOOL = lazy(r"\s+at\s+(?P<o>(?-i:[A-Z])[\w.'&-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.'&-]*){0,3})")


def r_was_major(m: re.Match[str], c: Clause) -> bool:
    """The field of "was a(n) X major", and the school said after it (module doc)."""
    if c.negated:
        return False
    added = add_field(m.group("o"), c, 0.75)
    at = _AT_SCHOOL.match(m.string, m.end())
    school = clean_object(at.group("o"), "place") if at else None
    if school and gazetteer_id(school, "Place") is None:
        c.add("educatedAt", Entity(school, "Organization"), 0.75)
    return added
