"""Words of a turn that are places, not calls: those that open a place's name (:mod:`.place_names`: "the Marlowe
Hotel") and the known cities, regions and countries that are no first names, of a turn that tells where someone is
from or goes ("I'm from Quebec. Well, Montreal.": Montreal is a place there, nobody called). Kept apart from
:mod:`.place_names`, which :mod:`.pronouns` reads, since the known places need the English lexicon.

>>> sorted(place_words(["I'm Ines. From Quebec. Well, Montreal.", "Montreal, hi."]))
['Montreal', 'Quebec']
>>> sorted(place_words(["Take us to the Marlowe Hotel.", "Mary Hall is here."]))
['Marlowe']
"""

from __future__ import annotations

from collections.abc import Iterable

from ..gazetteer import gazetteer_id
from .patterns import lazy
from .place_names import place_first_words
from .pronouns import gender_of_name

__all__ = ["place_words"]

#: Where someone is from or goes, a capitalised word after the word that tells it ("from Quebec", "in Tulsa").
_PLACE_TOLD = lazy(r"\b(?i:from|in|to|near|outside)\s+(?P<w>[A-Z][a-z]+)\b")
_CAPITALISED = lazy(r"(?<![\w'-])[A-Z][a-z]+(?![\w'-])")


def place_words(texts: Iterable[str]) -> set[str]:
    """The capitalised words of ``texts`` that name places (module docstring)."""
    texts = list(texts)
    return place_first_words(texts) | {word for text in texts for word in _known_places_told(text)}


def _known_places_told(text: str) -> set[str]:
    """The known places, no first names, of ``text`` where it tells where someone is from or goes with one of them
    ("From Quebec. Well, Montreal.": both); none where it does not."""
    if not any(_known_place(m.group("w")) for m in _PLACE_TOLD.finditer(text)):
        return set()
    return {m.group() for m in _CAPITALISED.finditer(text) if _known_place(m.group())}


def _known_place(word: str) -> bool:
    from .english.lexicon import REGIONS  # loads the English rules: only where a turn says "from" or "in" before a name

    return (word.lower() in REGIONS or gazetteer_id(word, "Place") is not None) and gender_of_name(word) is None
