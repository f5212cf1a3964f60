"""A home bought or rented in a town is where one lives: "We just bought a house in Denver", "i bought a condo in
portland", "we bought our first home in Austin last year" give livesIn the town, besides the home owned (the vocabulary
has no home owned in a place; as Chinese 我们刚在苏州买了房子); "I rent an apartment in Queens", "we're renting a 2
bedroom in queens rn" give livesIn alone (a home rented now: not "rented a house in Tahoe for the weekend", "we rent
out a flat in Leeds"). Not a second home ("a vacation home in Maine", "a rental
in Tampa", "a beach house in Malibu"), a home bought for others ("a house in Denver for my parents"), a price or a
time ("a house in cash", "a house in March"), or the kind of place ("a house in the suburbs")."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from ..timeexpr import find_time
from .objects import with_region

__all__ = ["RENTING", "add_bought_home_town"]

_HOME_IN = lazy(
    r"^(?:(?:an?|our|my|the|a\s+new|our\s+new|my\s+new|our\s+first|my\s+first|a\s+little|a\s+small|a\s+big|"
    r"an?\s+old)\s+)?(?:[\w'-]+\s+)?(?P<h>house|home|condo|apartment|flat|townhouse|townhome|place|bungalow|cottage|"
    r"loft|(?:\d|one|two|three|four|five)[\s-]?(?:bedroom|bed|br|bdr))\s+in\s+(?P<o>[A-Za-z][\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2})"
    r"(?P<end>\s*(?:[.,!?;]|$|\s(?:and|but|so|now|last|this|a|two|three|in|since|finally|lol|rn|atm|tbh|btw|haha|lmao)\b))", re.I)
#: A home that is not the one lived in: a second home, one rented out.
_SECOND_HOME = lazy(r"\b(?:vacation|holiday|beach|summer|winter|lake|weekend|rental|investment|second|ski|country)\b",
                    re.I)
#: Lower-case words after "in" that name no town.
_NO_TOWN = frozenset("cash full bulk advance person total time town city the my our a an his her their this that "
                     "order fact part progress general january february march april may june july august september "
                     "october november december spring summer fall autumn winter".split())


def add_bought_home_town(raw: str, c: Clause) -> None:
    """Where the home bought in ``raw`` (the words after "bought") is, as where ``c``'s subject lives.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> turn = Turn("c", "1", "Ann", "We bought a house in Denver")
    >>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
    >>> add_bought_home_town("a house in Denver", c); add_bought_home_town("a beach house in Malibu", c)
    >>> [(p, o.label) for _, p, o, _, _ in c.out]
    [('livesIn', 'Denver')]
    """
    m = _HOME_IN.match(raw)
    if m is None or _SECOND_HOME.search(raw, 0, m.start("h")) or re.match(r"\s*for\b", raw[m.end("o"):], re.I):
        return
    place = m.group("o")
    if place[0].islower() and (any(ch.isupper() for ch in c.turn.text.replace("I ", "")) or place.lower() in _NO_TOWN
                               or " " in place):
        return  # a lower-case town only in a line typed without capitals ("we bought a condo in portland")
    if find_time(place, None, "en") is not None or place.lower().split()[0] in _NO_TOWN:
        return
    c.add("livesIn", Entity(with_region(raw[m.start("o"):], place), "Place"), 0.7)


def _r_renting(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    before = len(c.out)
    add_bought_home_town(m.group("o"), c)
    return len(c.out) > before


#: The entry of the verb and copula tables: "(i) rent an apartment in Queens", "(we're) renting a 2 bedroom in queens".
RENTING: tuple[str, Rule] = (r"^(?:(?:am|is|are)\s+)?(?:(?:currently|now|still|just)\s+)?(?:rent|rents|renting|lease|leases|leasing)"
                             r"\s+(?!out\b)(?P<o>.+)", _r_renting)
