"""Whom "we" parted from, when the turn before asked after that one by name: "What happened with Dana?" - "We broke
up." ends the speaker's tie with Dana, not every partner the speaker has ("we broke up" said alone names nobody, and
:mod:`.endings` then ends whoever it was).

The question is a sentence of the turn just before, by another speaker, asking after one person named once: "what
happened with/to Dana", "what happened between you and Dana", "how's Dana", "how are things with Dana", "where's
Dana", "what about Dana", "are you still seeing/dating/with Dana". The name must be nobody who speaks in the
conversation ("What happened, Dana?" calls the listener), the name closes the question ("... with Dana and Theo?" names
two), and a turn asking after two people names no one.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Bo", "What happened with Dana?"), Turn("c", "2", "Ann", "We broke up.")]
>>> partner_asked_after(ts[1], Discourse(ts)).label
'Dana'
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .lexicon import NOT_NAMES, STOP

__all__ = ["partner_asked_after"]

_PERSON = r"(?-i:[A-Z][a-z][\w-]*)"
#: A question after one person: "what happened with Dana?", "how are you and Dana?", "are you still seeing Dana?".
_ASKED = lazy(rf"\b(?:what\s+happened\s+(?:with|to|between\s+you\s+and)|what['’]s\s+(?:up|going\s+on)\s+with|"
              rf"how(?:['’]s|\s+is|\s+are\s+(?:things\s+with|you\s+and))|where(?:['’]s|\s+is)|what\s+about|"
              rf"are\s+you\s+(?:still\s+)?(?:seeing|dating|with|going\s+out\s+with))\s+(?P<a>{_PERSON})"
              r"(?:\s+(?:doing|going|now|these\s+days))?\s*\?", re.I)


def partner_asked_after(turn: Turn, discourse: Discourse) -> Entity | None:
    """The one person the turn before ``turn`` asked after by name (module docstring), or ``None``."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None or at == 0 or turns[at - 1].speaker == turn.speaker:
        return None
    text = turns[at - 1].text
    found = {m.group("a") for m in _ASKED.finditer(text)}
    if len(found) != 1:
        return None
    name = found.pop()
    low = name.lower()
    if low in STOP or low in NOT_NAMES or name in {t.speaker for t in turns} or low in ("you", "your", "things"):
        return None
    return Entity(name, "Person")
