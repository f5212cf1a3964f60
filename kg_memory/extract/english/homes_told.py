"""English rules about where the subject lives, said without "live in": a place never left ("i have never been
outside of ohio", "she has never left texas"), a home moved into ("we just moved into a new condo") or rented ("i am
renting a flat right now", "i have an apartment that i rent": lived in, not owned); and those lived with, counted then named ("i share an apartment with two roommates, kev and sarah": each a roommate, as "i have two
roommates, kev and sarah" gives).

:data:`HOME_RULES` reads the verb phrase after a subject and is spliced into the verb table of :mod:`.tables`. A place
never left is read from a negated clause, so the rule asks for the "never" itself: "i have not been outside today" or
"i have not left ohio yet" say nothing of a home. Places that are no home ("i have never left the house", "never been
out of the country") give nothing, and neither does a move into what is no dwelling ("i moved into management").

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause, compile_rules
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "x")
>>> table = compile_rules(HOME_RULES, re.I)
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence="i have never been outside of ohio .",
...            negated=True, discourse=Discourse([turn]))
>>> table.apply("been outside of ohio .", c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('livesIn', 'ohio')])
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence="x", discourse=Discourse([turn]))
>>> table.apply("just moved into a new condo", c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('livesIn', 'condo')])
>>> c.out.clear()
>>> table.apply("have an apartment that i rent", c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('livesIn', 'apartment')])
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .lexicon import GENERIC_PLACES
from .objects import clean_object
from .places import r_live
from .possessions import r_have

__all__ = ["HOME_RULES", "r_lived_with", "r_moved_into", "r_never_left", "r_rented_home"]

#: "(i have never) been outside of ohio", "(never) been out of new york", "(she has never) left texas": the place, a
#: name of at most three words ending the clause
NEVER_LEFT = (r"^(?:been\s+(?:outside|out)(?:\s+of)?|left|lived\s+(?:outside|out)(?:\s+of)?|lived\s+anywhere\s+(?:but|except|other\s+than))\s+"
              r"(?P<o>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})\s*(?:[.!,;]|$|(?:myself|in\s+my\s+(?:life|whole\s+life)|"
              r"before|yet|ever|and|but|so)\b)")
#: "(we just) moved into a new condo", "(i have) moved into my first apartment": a dwelling named (not "am moving into":
#: a move ahead)
MOVED_INTO = (r"^(?:(?:just|recently|finally|have|has)\s+)*moved\s+in(?:to|\s+to)\s+"
              r"(?P<o>(?:a|an|my|our|the|this|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:apartment|house|home|condo|flat|mansion|"
              r"cabin|trailer|studio|townhouse|town\s+house|loft|dorm|farmhouse|cottage|duplex|bungalow|penthouse|"
              r"rv|camper|houseboat))\b")
#: Dwellings one rents to live in (not a cabin or a villa, rented for a holiday)
_DWELLING = r"(?:apartment|flat|house|condo|studio|townhouse|town\s+house|loft|duplex|basement|room)"
#: "(i am) renting an apartment right now", "(i) rent a small flat in town", "(i) have an apartment that i rent": a
#: home rented (not one let out: "i rent out my condo", "rent my house to students")
RENTED_HOME = (r"^(?:(?:am|is|are|have\s+been|has\s+been)\s+)?(?:(?:still|currently|now|just|also|only)\s+)*"
               rf"(?:(?:rent|rents|renting)\s+(?P<o>(?:a|an|my|our|this)\s+(?:[\w'-]+\s+){{0,2}}?{_DWELLING})(?![\w-])"
               rf"|(?:have|has)\s+(?P<h>(?:a|an)\s+(?:[\w'-]+\s+){{0,2}}?{_DWELLING})\s+(?:that\s+|which\s+)?(?:i|we|he|she|they)\s+"
               r"(?:(?:am|are|is)\s+)?(?:rent|rents|renting)\b)(?P<rest>.*)")
#: What says a rent is no home: let out, or for a holiday ("rent my flat to tourists", "renting a room for the weekend")
_NOT_LIVED = lazy(r"^\s*(?:out\b|to\b|for\s+(?:the|a|an|two|three|our|my|\d+)\b)|\b(?:out\s+to|vacation|holiday|trip|airbnb|"
                  r"tourists|weekend)\b", re.I)
_WHERE_AFTER = lazy(r"^\s+(?:in|on|near|outside|by)\s", re.I)
#: "(i) share an apartment with two roommates, kev and sarah", "(we) live with three flatmates, ...": those lived with,
#: counted, then named
LIVED_WITH = (r"^(?:(?:still|also|currently|now|just)\s+)*(?:live|lived|living|share|shared|sharing)\s+"
              r"(?:(?:an?|the|my|our|this)\s+(?:[\w'-]+\s+)?(?:apartment|flat|house|place|room|dorm|condo|loft)\s+)?with\s+"
              r"(?P<o>(?:two|three|four|five|[2-5])\s+(?:roommates|flatmates|housemates)\s*,?\s+(?:named\s+|called\s+)?[a-z].*)")
#: What "never left" says nothing of a home by: the house, the country, one's comfort zone
_NO_HOME = frozenset(("country", "state", "area", "house", "home", "bed", "room", "hometown", "comfort zone", "bubble",
                      "city", "town", "neighborhood", "neighbourhood", "door", "car", "world", "planet", "continent"))
_NEVER = lazy(r"\bnever\s+(?:(?:really|ever|once|even)\s+)?(?:been|left|lived)\b", re.I)


def r_never_left(m: re.Match[str], c: Clause) -> bool:
    """"i have never been outside of ohio": the subject lives in Ohio (a plain "not" says nothing: "not left ohio yet")."""
    if not c.negated or c.subject.type != "Person" or not _NEVER.search(c.sentence):
        return False
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in _NO_HOME or place.lower() in GENERIC_PLACES:
        return False
    c.add("livesIn", Entity(place, "Place"), 0.6)
    return True


def r_moved_into(m: re.Match[str], c: Clause) -> bool:
    """"we just moved into a new condo": the subject lives in a condo."""
    if c.negated or c.subject.type != "Person":
        return False
    home = clean_object(m.group("o"), "place")
    if not home:
        return False
    c.add("livesIn", Entity(home, "Place"), 0.7, event=True)
    return True


def r_rented_home(m: re.Match[str], c: Clause) -> bool:
    """"i am renting an apartment right now", "i have an apartment that i rent": the subject lives in it."""
    if c.negated or c.subject.type != "Person" or _NOT_LIVED.search(m.group("rest")):
        return False
    lived = re.match(r"(?P<o>.+)", f"{m.group('o') or m.group('h')}{m.group('rest')}", re.S)
    if lived is not None and _WHERE_AFTER.match(m.group("rest")):  # "i rent a flat in leeds": as "i live in a flat in leeds"
        return r_live(lived, c)
    home = clean_object(m.group("o") or m.group("h"), "place")
    if not home:
        return False
    c.add("livesIn", Entity(home, "Place"), 0.6)
    return True


def r_lived_with(m: re.Match[str], c: Clause) -> bool:
    """"i share an apartment with two roommates, kev and sarah": each one named is a roommate (read as "i have ...")."""
    had = re.match(r"(?P<v>have)\s+(?P<o>.+)", f"have {m.group('o')}", re.S)
    return had is not None and r_have(had, c)


HOME_RULES: list[tuple[str, Rule]] = [(NEVER_LEFT, r_never_left), (MOVED_INTO, r_moved_into), (LIVED_WITH, r_lived_with),
                                      (RENTED_HOME, r_rented_home)]
