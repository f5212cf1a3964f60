"""A speaker saying they are the relative someone has just spoken of: "My flatmate still hasn't forgiven you." - "I'm
the flatmate."; "My boyfriend got a job there." - "Kwame. Hi. I'm the boyfriend."

Reads a turn with a sentence of its own "I'm the X" (or "I am the X"; X a relative, partner, friend or roommate word of
:data:`.lexicon.KIN_PREDICATE`, not a plural) and the three turns before it: where another speaker said "my X", the one
now speaking is that speaker's X (``KIN_PREDICATE[X]``). Not a question ("I'm the brother?"), not "I'm the brother of
the bride" (the sentence ends at X), not "I'm not the brother", and nothing when two others spoke of their X.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turns = [Turn("c", "1", "Ann", "My flatmate still hasn't forgiven you."), Turn("c", "2", "Bo", "I'm the flatmate.")]
>>> state = TurnState()
>>> scan_the_one_meant(turns[1].text, turns[1], Discourse(turns), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'roommate', 'Bo')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .lexicon import KIN_PREDICATE
from .mentions import TurnState

__all__ = ["scan_the_one_meant"]

#: "I'm the brother." as a sentence of its own (after "Oh," "Hi," "Yeah," or a name: "Kwame. Hi. I'm the boyfriend.").
_I_AM_THE = lazy(r"(?:^|[.!?]\s+|^(?:oh|yeah|yes|well|hi|um|uh)\W+)(?i:i'?m|i\s+am)\s+the\s+(?P<x>[a-z]+)\s*[.!]", re.I)


def scan_the_one_meant(text: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Collect "Ann roommate Bo" where Bo says "I'm the flatmate." after Ann spoke of "my flatmate"."""
    m = _I_AM_THE.search(text) if "the" in text else None
    noun = m.group("x").lower() if m else ""
    if m is None or noun not in KIN_PREDICATE or noun.endswith("s") and KIN_PREDICATE.get(noun[:-1]):
        return
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None:
        return
    owners = {t.speaker for t in turns[max(0, at - 3):at]
              if t.speaker != turn.speaker and re.search(rf"\bmy\s+(?:\w+\s+)?{noun}\b(?!s)", t.text, re.I)}
    if len(owners) == 1:
        owner = owners.pop()
        state.collect([(Entity(owner, "Person"), KIN_PREDICATE[noun], discourse.speaker(turn), 0.7, None)])
