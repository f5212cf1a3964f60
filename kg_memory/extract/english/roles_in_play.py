"""Roles handed out among people in one turn, for a trip, a game or a chore ("She's the birder. I'm the driver.",
"Priya's the navigator, I'm the treasurer."): "the" and a bare noun said of two or more people side by side is who
does what here, not a job each holds.

Reads the whole turn of the sentence that gives the role: a role in play is a "the <noun>" ending its sentence or
clause ("I'm the driver.", "I'm just the cook,"), said of at least two different people in that turn. A single one
("I'm the manager."), one told where ("I'm the manager here."), or one with a word between ("She's the new cashier.")
is still a job.

>>> role_in_play("the driver", "She's the birder. I'm the driver.")
True
>>> role_in_play("the manager", "I'm the manager. Can I help?")
False
>>> role_in_play("the manager", "I'm the manager here. She's the new cashier.")
False
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["role_in_play"]

#: Who is given a role: I, you, he, she, we, or a capitalised name ("Priya's", "Marcus is")
_WHO = r"(?:\b(?:[Ii]|[Yy]ou|[Hh]e|[Ss]he|[Ww]e)(?:\s+am|\s+are|\s+is|'m|'re|'s)|\b[A-Z][a-z]+(?:\s+is|'s))"
#: "<who> (just) the <noun>" closing its sentence or clause
_ROLE = lazy(_WHO + r"\s+(?:just\s+|only\s+|always\s+)?the\s+(?P<role>[a-z]+)(?:\s+(?:tonight|today|this\s+time|again|now))?"
             r"(?=\s*(?:[.!,;…]|\band\b|$))")
#: What a role phrase holds up to its clause's end: "just the dishwasher", "the auctioneer, and ..."
_PHRASE = lazy(r"^\s*(?:just\s+|only\s+|always\s+)?(?P<p>the\s+[\w'-]+)(?:\s+(?:tonight|today|this\s+time|again|now))?"
               r"\s*(?:[.!,;…]|\band\b|$)", re.I)


def role_in_play(phrase: str, text: str) -> bool:
    """Whether ``phrase`` ("the driver"), a role said in the turn ``text``, is one of two or more handed out there
    to different people, not a job."""
    said = _PHRASE.match(phrase)
    if said is None:
        return False
    words = said.group("p").lower().split()
    given = [(m.group(0).split()[0].split("'")[0].lower(), m.group("role")) for m in _ROLE.finditer(text)]
    if not any(role == words[1] for _, role in given):
        return False
    return len({who for who, _ in given}) >= 2
