"""The spouse or partner someone lives with, named after "his", "her" or "their": "My sister lives in Chicago with her
husband Mark" (the sister's spouse Mark), "my brother lives with his boyfriend Sam" (his partner Sam).

"with my husband Tom" is the speaker's spouse, which the mentions of the turn read wherever it is said. Not read here:
someone else's partner ("with her friend's husband Mark", "with her husband's brother Mark"), a pronoun that is not the
subject's ("my brother lives with her husband Mark"), a partner left unnamed ("with her husband"). Negation, questions
and hypotheticals are the clause reader's; a home left ("used to live with her husband Mark", "doesn't live with him
anymore") says nothing of the couple now.
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from ..pronouns import FEMALE, MALE, gender_of_noun
from .lexicon import KIN_PREDICATE, NAME
from .objects import owned_entity

__all__ = ["partner_with", "r_live_with", "add_partner_with"]

#: "with her husband Mark", "with his long-time partner, Sam" (not "with her husband's brother Mark")
_PARTNER_WITH = lazy(
    r"(?:^|\s)with\s+(?P<pos>his|her|their)\s+(?:(?:new|long-?time|lovely|wonderful|current)\s+)?"
    r"(?P<k>husband|wife|spouse|hubby|boyfriend|girlfriend|partner|fianc[eé]e?)(?!['’]s)\s*,?\s+"
    rf"(?P<n>(?-i:{NAME}))(?![\w'’-])(?!\s+(?i:and|&)\s)",
    re.I,
)
_PRONOUN_GENDER = {"his": MALE, "her": FEMALE}
#: "used to live with", "doesn't live with her husband anymore": a home left, not a partner who is no more
_FORMER = lazy(r"\b(?:used\s+to|no\s+longer|any\s*more)\b", re.I)


def partner_with(tail: str, subject: str, start: bool = False) -> tuple[str, str] | None:
    """The predicate and the name of the partner that ``tail`` says ``subject`` lives with, if any (``start``: only
    when ``tail`` begins with it).

    >>> partner_with("Chicago with her husband Mark.", "Ann's sister")
    ('spouse', 'Mark')
    >>> partner_with("with his boyfriend, Sam", "Jim", start=True)
    ('partner', 'Sam')
    >>> partner_with("Chicago with her husband Mark.", "Ann's brother"), partner_with("Ohio with her friend's wife Jo", "Ann")
    (None, None)
    """
    m = _PARTNER_WITH.match(tail) if start else _PARTNER_WITH.search(tail)
    if not m:
        return None
    pronoun = _PRONOUN_GENDER.get(m.group("pos").lower())
    gender = gender_of_noun(subject.split()[-1]) if "'" in subject else None  # "Ann's brother"; a name may be either
    if pronoun and gender and gender != pronoun:
        return None  # "my brother lives with her husband Mark": someone else's husband
    return KIN_PREDICATE[m.group("k").lower()], m.group("n")


def add_partner_with(tail: str, c: Clause, start: bool = False) -> bool:
    """Record the partner that ``tail`` says the clause's subject lives with (see :func:`partner_with`)."""
    if c.negated or c.subject.type != "Person" or _FORMER.search(c.sentence):
        return False
    found = partner_with(tail, c.subject.label, start)
    if not found:
        return False
    predicate, name = found
    person: Entity = owned_entity(c.subject, predicate, "Person", name)
    # not c.add: "(has lived in Chicago with her husband Mark) since 2019" dates the home, not the marriage
    c.out.append((c.subject, predicate, person, 0.75 * c.weight, None))
    return True


def r_live_with(m: re.Match[str], c: Clause) -> bool:
    """"(my brother) lives with his boyfriend Sam": the partner, named (the ``o`` group begins with "with")."""
    return add_partner_with(m.group("o"), c, start=True)
