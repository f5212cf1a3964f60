"""A message recorded for someone to see later, for :mod:`.speakers`: a name called in it is the one it is for.

One taping a video or a message for a child's birthday ("Hi Lily! It's the year 2031 and you're two weeks old."), or
for anyone to see later ("Hey Dan, if you're watching this, ..."), speaks to one who is not there: the next
speaker, or the one before, is no bearer of the name called. The turn tells it by itself (the year or the age told
to the one spoken to, "when you watch this") or a turn just before says whom the message is for ("tape your message
to Lily", "record a video for Dan").

A message on an answering machine turns to the room after it ("Ann, call me when you get this. Oh! Mr. Dale, hi."):
what the turn says after the sentence that tells of the recording is said to those present.

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "A", "Record your message for Lily now."), Turn("c", "2", "B", "Hi Lily! We love you.")]
>>> recorded_for(t, 1), recorded_for([Turn("c", "1", "A", "Hi Lily! It's the year 2031. Bye, Ed.")], 0)
(21, 28)
>>> recorded_for([Turn("c", "1", "A", "Hi Lily! It's late, come in.")], 0)
0
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy

__all__ = ["recorded_for"]

#: Said to one who sees it later: the year or their age told them, "when you watch this", "if you're reading this".
_LATER = lazy(r"\bit(?:'s|\s+is)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b(?!\s*[-–]\d)|"
              r"\byou(?:'re|\s+are)\s+(?:just\s+|only\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?)\s+old\b|"
              r"\b(?:when|by\s+the\s+time|if|once)\s+you(?:'re)?\s+(?:watch(?:ing)?|see(?:ing)?|hear(?:ing)?|read(?:ing)?|"
              r"open(?:ing)?|get|find|play)\s+this\b", re.I)
#: Whom a message is for, said just before: "tape your message to Emma", "record a video for Dan".
_SENTENCE_END = lazy(r"[.!?…]+")
_FOR = r"\b(?:message|messages|video|tape|recording|letter|greeting)\s+(?:to|for)\s+"


def recorded_for(turns: Sequence[Turn], i: int) -> int:
    """How much of turn ``i`` is a message recorded for someone who sees it later (see the module docstring): the end
    of the sentence telling so, the whole turn when a turn before says whom it is for, or 0."""
    text = turns[i].text
    if m := _LATER.search(text):
        stop = _SENTENCE_END.search(text, m.end())
        return stop.end() if stop else len(text)
    before = " ".join(t.text for t in turns[max(0, i - 2):i] if t.speaker != turns[i].speaker)
    return len(text) if any(re.search(rf"\b{re.escape(m.group(1))}\b", text)
                            for m in re.finditer(_FOR + r"([A-Z][a-z][\w'-]*)", before)) else 0
