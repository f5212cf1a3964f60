"""A relative's favourite: "my brother's favorite color is green", "my son's favourite food is pizza", "my moms
favorite band is abba" (chat drops the apostrophe) give the relative (``sibling``, ``child``, ``parent``...) and the
relative's ``favorite`` - not the speaker's.

It reads a whole part of a sentence that states something (:func:`.clefts.scan_favorite_after` calls it; questions,
wishes and denials do not reach it). Only the speaker's own relatives count ("my"; not "your sister's favorite
color"), and only kin words (not "my dog's favorite toy": a pet's toy is no taste).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "x")
>>> [(s.label, p, o.label) for s, p, o, _, _ in kin_favorites("my brother's favorite color is green", turn, Discourse([turn]))]
[('Ann', 'sibling', "Ann's brother"), ("Ann's brother", 'favorite', 'green')]
>>> kin_favorites("my dog's favorite toy is a ball", turn, Discourse([turn]))
[]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse, gender_of_noun
from .lexicon import KIN, KIN_PREDICATE
from .objects import object_list, owned_entity

__all__ = ["kin_favorites"]

_KIN_FAVORITE = lazy(
    rf"\bmy\s+(?:(?:little|big|older|younger|baby|oldest|youngest|twin|best)\s+)?(?P<k>{KIN})(?:'s|s|\s+s)\s+"
    r"(?:all\s+time\s+|absolute\s+)?(?:favou?rite|fave|fav)\s+(?P<cat>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?:is|are|was|has\s+to\s+be|would\s+be)\s+(?:(?:definitely|probably|still|also)\s+)?(?P<o>.+)",
    re.I,
)


def kin_favorites(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The relative and the relative's favourite ``sentence`` states (see the module docstring)."""
    m = _KIN_FAVORITE.search(sentence)
    predicate = KIN_PREDICATE.get(m.group("k").lower()) if m else None
    if m is None or predicate is None:
        return []
    things = object_list(m.group("o"))
    if not things:
        return []
    speaker = discourse.speaker(turn)
    noun = m.group("k").lower()
    person = owned_entity(speaker, noun, "Person", None)
    discourse.mention(turn, person, gender_of_noun(noun))
    return [(speaker, predicate, person, 0.8, None), *((person, "favorite", Entity(t, "Thing"), 0.7, None) for t in things)]
