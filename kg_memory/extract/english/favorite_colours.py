"""Which colour a "favorite color" said of a thing is: "my scooter is yellow , which is my favorite color" names the
colour yellow, not the scooter; "blue and red pens ? those are my favorite colors" names both colours; "my bike , it
is my favorite color" names none (the bike is no colour).

>>> colour_kind("my favorite color", len("my favorite"))
True
>>> colours_before("my scooter is yellow , which is my favorite color"), colours_before("i love my bike , my favorite color")
(['yellow'], [])
"""

from __future__ import annotations

import re

from ..framework import lazy
from .lexicon import COLORS

__all__ = ["colour_kind", "colours_before"]

#: "(it is my favorite) color": the favourite is a colour, whatever thing the colour was said of
_COLOR_KIND = lazy(r"\s+colou?rs?\b", re.I)
_FAVORITE_COLOR_SAID = lazy(r"\b(?:favou?rite|fave?)\s+colou?rs?\b", re.I)
_WORDS = lazy(r"[\w']+")


def colour_kind(clause: str, end: int) -> bool:
    """Whether "color" (or "colours") follows at ``end`` of ``clause``, after a favourite's "my favorite"."""
    return _COLOR_KIND.match(clause, end) is not None


def colours_before(text: str) -> list[str]:
    """The colours ``text`` names before its "favorite color": the last one ("my bike is green , which is my favorite
    color" -> green; "i wear red and black a lot , black is ..."), all of them before "colors" ("blue and red pens ?
    those are my favorite colors"); none where no colour is said (the bike is no colour)."""
    said = _FAVORITE_COLOR_SAID.search(text)
    words = [w.lower() for w in _WORDS.findall(text[:said.start()] if said else "")]
    colours = [w if w in COLORS else w[:-1] for w in words if w in COLORS or w.endswith("s") and w[:-1] in COLORS]
    if said is None or not colours:
        return []
    return list(dict.fromkeys(colours)) if said.group(0).lower().endswith("s") else colours[-1:]
