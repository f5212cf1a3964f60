"""Places visited, listed: "i have been to ireland and australia", "we traveled to Peru, Chile and Argentina", "i visited
japan and korea last year" give a ``visited`` fact for each place, not the first alone; a span of time or way right after
the verb is how long or how far one went, no place ("my husband drove nine hours", "we walked two miles", "i flew all
night"). A place after the first is
taken only when it is a known one (a country, state or city of :data:`.lexicon.REGIONS` or of the gazetteer, or a
continent): "i have been to paris and loved it", "went to rome and ate too much" add nothing.

>>> more_places("ireland and australia and love both", "ireland")
['australia']
>>> more_places("Peru, Chile and Argentina last spring", "Peru"), more_places("paris and loved it", "paris")
(['Chile', 'Argentina'], [])
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule, lazy
from .lexicon import REGIONS

__all__ = ["listed_places", "more_places"]

#: continents and other wide regions, said as places visited
_CONTINENTS = frozenset(("europe", "asia", "africa", "antarctica", "australia", "south america", "north america",
                         "central america", "latin america", "the caribbean", "scandinavia", "the middle east"))
#: the joint before one more item of a list: ", ", ", and ", " and "
_JOINT = lazy(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
_WORDS = lazy(r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}")
#: How long or how far one went, said right after the verb ("drove nine hours", "ran five miles", "flew all night",
#: "walked for hours"): no place.
_SPAN = lazy(r"(?:for\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
             r"fifty|a\s+hundred|a\s+few|a\s+couple(?:\s+of)?|several|many|\d+(?:\.\d+)?|half\s+an?)\s+(?:more\s+|whole\s+)?"
             r"(?:minutes?|hours?|days?|nights?|weeks?|months?|miles?|kilometers?|kilometres?|km|blocks?|laps?)|"
             r"all\s+(?:night|day|morning|afternoon|evening|week|weekend)|hours|miles|forever)\b", re.I)


def _known_place(words: str) -> bool:
    low = " ".join(words.lower().split())
    return low in REGIONS or low in _CONTINENTS or gazetteer_id(words, "Place") is not None


def more_places(raw: str, first: str) -> list[str]:
    """The known places listed in ``raw`` after ``first`` (the place already read from it), in order."""
    at = raw.lower().find(first.lower())
    if at < 0:
        return []
    end, found = at + len(first), []
    while (joint := _JOINT.match(raw, end)) is not None and (words := _WORDS.match(raw, joint.end())) is not None:
        parts = words.group(0).split()
        place = next((" ".join(parts[:n]) for n in range(len(parts), 0, -1) if _known_place(" ".join(parts[:n]))), None)
        if place is None:
            break
        found.append(place)
        end = joint.end() + words.group(0).find(place) + len(place)
    return found


def listed_places(rule: Rule, m: re.Match[str], c: Clause) -> bool:
    """Apply ``rule`` (a visit's rule of the verb table) and add the places listed after the one it read."""
    before = len(c.out)
    if not m.group("prep") and _SPAN.match(m.group("o")) or not rule(m, c):
        return False
    visited = [obj for _, predicate, obj, *_ in c.out[before:] if predicate == "visited" and isinstance(obj, Entity)]
    if len(visited) == 1:
        confidence = c.out[before][3] / c.weight if c.weight else c.out[before][3]
        for place in more_places(m.group("o"), visited[0].label):
            c.add("visited", Entity(place, "Place"), round(confidence, 2), event=True)
    return True
