"""Where the speaker lives, said first as a participle before what it means to them: "living in Tucson, i wear
shorts all year", "living on a boat we learn to pack light", "living by the lake helps me relax" (``livesIn``).

It reads one stated sentence of the speaker's (see :func:`.places.home_before`, which calls it) and gives the place
or ``None``. The rest of the sentence must speak of the speaker (i, me, my, we, us, our): "living in Paris is
expensive" alone says nothing of where the speaker lives, nor does "living in Paris is a dream for me", and a
question says nothing at all.

>>> living_first("living in tucson , i wear shorts all year"), living_first("living by the lake helps me relax")
('tucson', 'lake')
>>> living_first("living in paris is a dream for me"), living_first("living in a van , would you do it ?")
(None, None)
"""

from __future__ import annotations

import re

from ..framework import lazy
from .objects import clean_object

__all__ = ["living_first"]

#: a word of the place: no verb ("living in paris is a dream for me" says nothing of where one lives)
_WORD = r"(?!(?:is|was|would|will|could|can|sounds|seems|looks|must|might|be|sucks|and|or|but|so)\b)[\w'-]+"
_LIVING_FIRST = lazy(
    r"^(?:(?:well|so|and|but|yeah|yes|honestly|also|ha|haha|lol)[\s,]+)?living\s+(?:(?:out|here|alone|way|up|down|over)\s+)?"
    rf"(?:in|on|by|near|beside)\s+(?P<o>{_WORD}(?:\s+{_WORD}){{0,4}}?)"
    r"(?:\s*,\s*|\s+(?=(?:i|we|it|there)\b)|\s+(?=(?:helps|allows|makes|keeps|gives|lets|means|has\s+taught)\s+(?:me|us)\b))"
    r"(?P<rest>.+)$",
    re.I)
_MINE = lazy(r"\b(?:i|me|my|we|us|our)\b", re.I)


def living_first(sentence: str) -> str | None:
    """The place ``sentence`` begins with "living in", when the rest of it speaks of the speaker (module docstring)."""
    text = sentence.strip()
    if "living" not in text[:24].lower() or text.endswith("?"):
        return None
    m = _LIVING_FIRST.match(text.lstrip("., "))
    if m is None or not _MINE.search(m.group("rest")):
        return None
    return clean_object(m.group("o"), "place")
