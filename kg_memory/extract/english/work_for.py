"""Whom one works for when it is a person, the boss: "I work for Mr. Geller", "I work for you", "Dana works for me",
"you work for me now", "I work for a guy named Tom" (a company worked for is :func:`.places.r_work_at`'s)."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from ..pronouns import FEMALE, MALE

__all__ = ["worked_for_person"]

#: "(I work for) Mr. Geller", "Dr. Lee": a person by title.
_TITLED = lazy(r"^(?:mr|mrs|ms|dr|prof)\.?\s+[a-z]", re.I)
#: "(I work for) you", "(Dana works for) me", "(I used to work for) her": a person pointed at, said last.
_PERSON = lazy(r"^(?P<p>you|him|her|me)(?=\s*(?:[.!?,;…]|$|(?:now|too|again|though|anymore|and|but|so|for|at)\b))", re.I)
#: "(I work for) a guy named Tom", "this older lady called Marge", "(she works for) some woman": a person by kind, the
#: name after it (when said) the boss's.
_A_PERSON = lazy(r"^(?:a|an|this|some|one)\s+(?:[a-z]+\s+){0,2}?(?:guy|man|woman|lady|dude|gal|fella|fellow|person|"
                 r"couple|family|gentleman)(?:\s*,?\s+(?:named|called)\s+(?P<n>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))?"
                 r"(?![\w'-])", re.I)


def worked_for_person(raw: str, org: str | None, c: Clause) -> bool:
    """Record the boss when the one worked for (``raw``, cleaned ``org``) is a person; whether it is one.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> ts = [Turn("c", "1", "Ann", "You work for me now."), Turn("c", "2", "Bob", "Fine.")]
    >>> c = Clause(turn=ts[0], subject=Entity("Bob", "Person"), discourse=Discourse(ts), sentence=ts[0].text)
    >>> worked_for_person("me now.", None, c), [(s.label, p, o.label) for s, p, o, _, _ in c.out]
    (True, [('Bob', 'boss', 'Ann')])
    >>> c = Clause(turn=ts[0], subject=Entity("Ann", "Person"), discourse=Discourse(ts), sentence="")
    >>> worked_for_person("a guy named Tom who owns two gyms", None, c), [(p, o.label) for _, p, o, _, _ in c.out]
    (True, [('boss', 'Tom')])
    """
    if org and _TITLED.match(org):
        c.add("boss", Entity(org, "Person"), 0.75)  # "I work for Mr. Geller"
        return True
    kind = _A_PERSON.match(raw.strip())
    if kind is not None:  # "I work for a guy named Tom": Tom, the boss; "for some lady": nobody named, no employer
        if kind.group("n") and kind.group("n")[0].isupper():
            c.add("boss", Entity(kind.group("n"), "Person"), 0.75)
        return True
    m = _PERSON.match(raw.strip())
    if m is None:
        return False
    word = m.group("p").lower()
    if word == "me":
        boss: tuple[Entity, float] | None = (c.discourse.speaker(c.turn), 1.0)
    elif word == "you":
        boss = c.discourse.addressed(c.turn)
    else:
        boss = c.discourse.third_person_named(c.turn, MALE if word == "him" else FEMALE)
    if boss is not None and boss[0] != c.subject:
        c.add("boss", boss[0], 0.75 * boss[1])
    return True
