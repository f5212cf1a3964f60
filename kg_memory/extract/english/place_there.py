""""There" and "here" after a verb of living, working or moving, when the same turn has just named the place: "I grew up
in Boston and my parents still live there" (they live in Boston), "My sister lives in Denver. I'm moving there next
month." (a move to Denver), "What are some fun things to do in Austin? We just moved here from Ohio." (home is
Austin). The place is the last one named before it: a name after "in" or "to" (not a month, a day or a language),
or one the gazetteer knows as a place ("I visited Rome and want to go back there"); with none, "there" stays unread
("I live here" in a sitcom's apartment names nothing), and "here" after a contrast is elsewhere ("I was born in Ohio
but I live here now"). In a lowercase chat a region it names (a state, a country, a large city: "i am from peru . my
parents still live there") is the place "there" means ("here" keeps to names said with capitals).

>>> place_for_there("I grew up in Boston and my parents still live there.")
'I grew up in Boston and my parents still live in Boston.'
>>> place_for_there("What are some fun things to do in Austin? We just moved here from Ohio.")
'What are some fun things to do in Austin? We just moved to Austin from Ohio.'
>>> place_for_there("I love my apartment, I have lived here for years.")
'I love my apartment, I have lived here for years.'

A move told by a gerund after "since", with no subject of its own ("since moving to utah i ski more", "ever since
living in ohio i love snow"), is the speaker's: :func:`since_moving_said` says it so ("since i moved to utah"), and
the rules of homes read the place. "since moving out of ohio" names where one lives no more, and stays as it is.

>>> since_moving_said("since moving to utah i ski more"), since_moving_said("ever since living in ohio , i love snow")
('since i moved to utah , i ski more', 'ever since i started living in ohio , i love snow')
>>> since_moving_said("since moving out of ohio i relax")
'since moving out of ohio i relax'
>>> place_for_there("i am from peru . my parents still live there")
'i am from peru . my parents still live in peru'
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ..framework import lazy
from ..timeexpr import MONTHS, WEEKDAYS
from .lexicon import LANGUAGES, REGIONS

__all__ = ["place_for_there", "since_moving_said"]

#: A verb of where one lives, works or goes, then "there" / "here": the preposition the place takes after it.
_THERE = lazy(r"\b(?P<v>(?:live|lives|living|lived|work|works|working|worked|grew\s+up|stay|stays|staying|settled)"
              r"(?:\s+(?:still|now))?|(?:move|moves|moving|moved|relocated|relocating|go|going|went)(?:\s+back)?)\s+"
              r"(?P<w>there|here)\b(?!\s+(?:is|are|was|were)\b)", re.I)
#: A name after "in" or "to" ("in Austin", "to New Mexico"), or any the gazetteer knows as a place ("visited Rome").
_NAMED = lazy(r"(?P<pre>\b(?:in|to)\s+)?\b(?P<p>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b(?!['’])")
#: A region said in lowercase ("peru", "new mexico"), not one that is also a common word ("turkey", "la")
_REGION = lazy(r"\b(?P<p>" + "|".join(sorted((r.replace(" ", r"\s+") for r in REGIONS - {"turkey", "la"}), key=len, reverse=True))
               + r")\b(?!['’])")
_CONTRAST = lazy(r"\b(?:but|though|although|while|whereas|instead)\b", re.I)
_GOING = ("move", "moves", "moving", "moved", "relocated", "relocating", "go", "going", "went")


def _place(m: re.Match[str]) -> str | None:
    name = m.group("p")
    first = name.split()[0].lower()
    if first in MONTHS or first in WEEKDAYS or first in ("christmas", "easter", "i") or name.lower() in LANGUAGES:
        return None
    return name if gazetteer_id(name, "Place") is not None or m.group("pre") else None


def place_for_there(text: str) -> str:
    """``text`` with "live there", "moved here" ... naming the place the turn named before it (module docstring)."""
    if "there" not in text and "here" not in text:
        return text
    out, last = [], 0
    for m in _THERE.finditer(text):
        # "here" is where the speaker is: a place said with "in" or "to" ("Australia, I just moved here": from there)
        here = m.group("w").lower() == "here"
        named = [(n.end(), _place(n)) for n in _NAMED.finditer(text, 0, m.start()) if n.group("pre") or not here]
        if not here:  # "i am from peru . my parents still live there"
            named = sorted(named + [(r.end(), r.group("p")) for r in _REGION.finditer(text, 0, m.start())], key=lambda n: n[0])
        end, place = next(((e, p) for e, p in reversed(named) if p), (0, None))
        if place is None or here and _CONTRAST.search(text, end, m.start()):
            continue  # "I was born in Ohio but I live here": here is not Ohio
        going = m.group("v").split()[0].lower() in _GOING
        out.append(text[last:m.start("w")] + f"{'to' if going else 'in'} {place}")
        last = m.end("w")
    return "".join(out) + text[last:]


#: "since moving (back) to utah", "since living in ohio": a move or a home after "since", with no subject
_SINCE_MOVING = lazy(r"\b(?P<since>since)\s+(?:(?:moving|relocating)(?P<back>\s+back)?\s+to|(?P<living>living)\s+in)"
                     r"(?P<place>\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)(?P<then>\s+(?:i|we)\b)?", re.I)


def since_moving_said(text: str) -> str:
    """``text`` with the speaker said as the subject of a move told after "since" (module docstring)."""
    if "since" not in text.lower():
        return text
    def said(m: re.Match[str]) -> str:  # "since moving to utah i ski": "since i moved to utah , i ski", two clauses
        move = "i started living in" if m.group("living") else f"i moved{m.group('back') or ''} to"
        return f"{m.group('since')} {move}{m.group('place')}{' ,' + m.group('then') if m.group('then') else ''}"

    return _SINCE_MOVING.sub(said, text)
