"""A thing the speaker calls the best of its kind, held as a favourite: "blue is the best color", "tom and jerry is the
best show ever", "the best band around is rancid", and "my best color is yellow" (said for "my favorite color").

It reads one part of a sentence that states something (:func:`.clefts.scan_favorite_after` calls it; questions,
wishes and denials do not reach it, and a "not" in the part gives nothing) and gives the things named. Only kinds of
thing one has a taste in count (colours, bands, shows, books, foods, seasons...: not "the best teacher", "the best
city"), only when the part opens on the claim or on "i think" (not "my mom says blue is the best color"), and never a
word that points at the thing at hand ("this is the best pizza ever").

>>> best_of_kind("green is just the best color"), best_of_kind("the best band around is rancid")
(['green'], ['rancid'])
>>> best_of_kind("i think the best season is winter"), best_of_kind("my best color is yellow")
(['winter'], ['yellow'])
>>> best_of_kind("this is the best pizza ever"), best_of_kind("mom is the best cook"), best_of_kind("my mom says blue is the best color")
([], [], [])
"""

from __future__ import annotations

import re

from ..framework import lazy
from .objects import clean_object, object_list

__all__ = ["best_of_kind"]

_KINDS = (r"(?:colou?r|band|singer|artist|rapper|group|show|series|sitcom|movie|film|book|novel|song|album|food|drink|"
          r"snack|dessert|season|sport|team|game|holiday|animal|genre|flower|fruit|candy|beer|wine)s?")
_WHERE = r"(?:\s+(?:ever|of\s+all\s+time|in\s+the\s+(?:whole\s+)?world|around|on\s+earth|out\s+there|there\s+is))?"
_ADV = r"(?:(?:just|definitely|really|simply|still|by\s+far|easily|honestly|even|totally|clearly|obviously)\s+)*"
#: what the part may open on before the claim: chat's fillers and the speaker's own "i think"
_OPEN = r"^(?:(?:i\s+think|i\s+feel\s+like|imo|honestly|well|oh|and|but|yeah|yes|lol|haha|ok|okay)[\s,]+)*"
#: "blue is the best color", "tom and jerry is the best show ever", "grey is my best color": the thing first
_THING_FIRST = lazy(rf"{_OPEN}(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){{0,3}}?)\s+(?P<v>is|are)\s+{_ADV}(?:the|my)\s+best\s+{_KINDS}{_WHERE}"
                    r"\s*(?:[.!,;]|$)", re.I)
#: "the best band around is rancid", "my best color is yellow": the thing last
_THING_LAST = lazy(rf"{_OPEN}(?:the|my)\s+best\s+{_KINDS}{_WHERE}\s+(?:is|are|has\s+to\s+be|would\s+be)\s+{_ADV}"
                   r"(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s*(?:[.!,;]|$)", re.I)
#: words that open no thing of a taste: one at hand, a person, a question word, someone's
_NOT_A_THING = frozenset("this that these those it they he she you we i there here what which who mine yours his hers "
                         "ours theirs everything nothing something anything one whatever my your our their her".split())
#: words that show the claim is someone else's or no claim ("my mom says blue ...")
_SAYS = frozenset("think thinks says said say believe believes feel feels know knows agree agrees told tells".split())


def best_of_kind(part: str) -> list[str]:
    """The things ``part`` calls the best of their kind (see the module), none when it is a question or says "not"."""
    if "best" not in part.lower() or "?" in part or re.search(r"\b(?:not|never|no)\b", part, re.I):
        return []
    m = _THING_FIRST.match(part) or _THING_LAST.match(part)
    if m is None:
        return []
    words = m.group("o").lower().split()
    if words[0] in _NOT_A_THING or _SAYS & set(words):
        return []
    if " and " in m.group("o") and (m.groupdict().get("v") or "").lower() == "is":  # "tom and jerry is ...": one thing
        return [m.group("o").lower()]
    if (m.groupdict().get("v") or "").lower() == "are":  # "blue and red are the best colors": each
        return object_list(m.group("o"), "np")
    thing = clean_object(m.group("o"))
    return [thing] if thing else []
