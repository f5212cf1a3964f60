"""A home closed on is a home bought: "We closed on our house in Decatur last week!" (the house owned, Decatur where
they live, as "we bought a house in Decatur" says); "Did you end up getting the house?" - "yes!! closed on Friday, a
little bungalow in Oak Park" (the reply tells it without the "we": the bungalow, Oak Park). Not a question, a
closing to come or not made ("we close on the condo next month", "didn't close"), nor a deal, a store or a road closed
("closed on the deal", "the store is closed on Sundays")."""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["homes_closed"]

_HOME = (r"(?P<h>house|home|condo|apartment|flat|townhouse|townhome|bungalow|cottage|loft|duplex|farmhouse|"
         r"ranch\s+house|place)")
_MODS = r"(?:(?:new|first|dream|little|small|tiny|big|old|cute|lovely)\s+)*"
#: "(we) closed on our house (in Decatur)", "just closed on a little condo in Tempe"
_CLOSED_ON = lazy(rf"\b(?:we|i)\s+(?:(?:just|finally|officially|literally)\s+)*closed\s+on\s+(?:(?:our|my|the|a|an)\s+)?"
                  rf"{_MODS}{_HOME}\b(?:\s+in\s+(?P<o>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){{0,2}}))?", re.I)
#: A reply that opens on the closing, the "we" left out: "yes!! closed on Friday", "Yep, closed yesterday!"
_CLOSED_REPLY = lazy(r"^(?:(?:yes+|yep|yeah|yup|yay|we\s+did|finally|omg|it's\s+official|officially)\W+)*"
                     r"(?:(?:we\s+)?(?:just\s+|finally\s+|officially\s+)?closed)\b(?!\s+(?:down|up|out|off))", re.I)
#: The home the question asks after: "(did you end up) getting the house?", "(how's) the house hunt", "buy that condo"
_ASKED_HOME = lazy(rf"\b(?:get|getting|got|buy|buying|bought|close|closing|offer)\b.*\b(?:the|that|your)\s+{_MODS}{_HOME}\b",
                   re.I)
#: The home said after the closing in the reply: ", a little bungalow in Oak Park"
_HOME_SAID = lazy(rf"\b(?:a|an|our|my)\s+{_MODS}(?:[\w'-]+\s+)?{_HOME}\b(?:\s+in\s+(?P<o>(?-i:[A-Z])[\w'-]*"
                  r"(?:\s+(?-i:[A-Z])[\w'-]*){0,2}))?", re.I)
_NOT_DONE = lazy(r"\?|\b(?:not|didn't|haven't|hasn't|won't|will|gonna|going\s+to|next|hope|hopefully|if|tomorrow)\b", re.I)


def homes_closed(turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the home ``turn`` tells was closed on, and its town (see the module).

    >>> from kg_memory.extract.english.mentions import TurnState
    >>> asked = Turn("c", "1", "Bo", "Did you end up getting the house?")
    >>> said = Turn("c", "2", "Ann", "yes!! closed on Friday, a little bungalow in Oak Park")
    >>> state = TurnState()
    >>> homes_closed(said, Discourse([asked, said]), state)
    >>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
    [('Ann', 'owns', 'bungalow'), ('Ann', 'livesIn', 'Oak Park')]
    """
    text = turn.text
    if _NOT_DONE.search(text):
        return
    home = _CLOSED_ON.search(text)
    if home is None and _CLOSED_REPLY.match(text.strip()):
        before = _before(turn, discourse)
        asked = _ASKED_HOME.search(before.text) if before is not None and "?" in before.text else None
        if asked is None:
            return
        home = _HOME_SAID.search(text) or asked
    if home is None:
        return
    speaker = discourse.speaker(turn)
    found: list[Found] = [(speaker, "owns", Entity(" ".join(home.group("h").lower().split()), "Thing"), 0.7, None)]
    if "o" in home.re.groupindex and home.group("o"):
        found.append((speaker, "livesIn", Entity(home.group("o"), "Place"), 0.7, None))
    state.collect(found)


def _before(turn: Turn, discourse: Discourse) -> Turn | None:
    """The turn just before ``turn``, said by someone else, or None."""
    turns, at = discourse.conversation(turn), discourse.place(turn) or 0
    return turns[at - 1] if at > 0 and turns[at - 1].speaker != turn.speaker else None
