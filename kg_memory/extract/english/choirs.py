"""Singing in a choir is a choir one belongs to and singing as a pastime: "I sing alto in the community choir" (the
community choir, singing), "we sing in the choir at St. Mark's", "I'm in a gospel choir"; not a wish or a question
("I'd love to sing in a choir", "do you sing in a choir?"), nor a choir heard ("we went to hear the choir")."""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["scan_choirs"]

_CHOIR = r"(?:choir|chorus|glee\s+club|choral\s+society|a\s+cappella\s+group|barbershop\s+quartet)"
#: "I sing alto in the community choir", "we sing with a chorus", "I'm in a gospel choir", "I joined the church choir"
_IN_CHOIR = lazy(rf"\b(?:i|we)\s+(?:(?:also|still|now|both)\s+)*(?:sing|am|'m|are|'re|joined)\s+"
                 rf"(?:(?:alto|soprano|tenor|bass|baritone|second\s+alto|first\s+soprano)\s+)?(?:in|with|)\s*"
                 rf"(?P<d>a|an|the|our|my)\s+(?P<g>(?:[\w'-]+\s+){{0,2}}?{_CHOIR})\b", re.I)
_NOT_TOLD = lazy(r"\?|\b(?:would|'d|wish|want|wanna|if|never|not|don't|didn't|hope|thinking\s+about)\b", re.I)


def scan_choirs(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the choir ``sentence`` tells the speaker sings in, and singing (see the module).

    >>> from kg_memory.extract.english.mentions import TurnState
    >>> turn, state = Turn("c", "1", "Ann", "I sing alto in the community choir."), TurnState()
    >>> scan_choirs(turn.text, turn, Discourse([turn]), state)
    >>> [(p, o.label) for _, p, o, _, _ in state.facts]
    [('memberOf', 'community choir'), ('hobby', 'singing')]
    """
    m = _IN_CHOIR.search(sentence)
    if m is None or _NOT_TOLD.search(sentence):
        return
    speaker = discourse.speaker(turn)
    group = re.sub(r"\s+", " ", m.group("g")).lower()
    found: list[Found] = [(speaker, "memberOf", Entity(group, "Organization"), 0.75, None),
                          (speaker, "hobby", Entity("singing", "Thing"), 0.65, None)]
    state.collect(found)
