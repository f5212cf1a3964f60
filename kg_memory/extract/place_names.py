"""A first name that opens the name of a place ("Lincoln High", "the Marlowe Hotel", "Jackson Street") is no person.

Schools, streets, hotels and hospitals are named after people, so their first word is often a first name; said
with the word that makes it a place, it names the place, and the same word alone in that talk ("Marlowe, no
problem.") echoes the place, nobody called. The place words are those that are seldom surnames (not "Hall",
"Park", "Lane": "Jenny Hall", "Lois Lane"). A known city, region or country that is no first name, said in a turn
that tells where someone is from or goes ("I'm from Quebec. Well, Montreal."), is a place too, nobody called.

>>> sorted(place_first_words(["Take us to the Marlowe Hotel.", "He teaches at Lincoln High.", "Mary Hall is here."]))
['Lincoln', 'Marlowe']
>>> sorted(place_first_words(["I'm Ines. From Quebec. Well, Montreal.", "Montreal, hi."]))
['Montreal', 'Quebec']
>>> opens_place("Yeah, at Lincoln High.", 16), opens_place("Yeah, Lincoln is here.", 13)
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable

from .patterns import lazy

__all__ = ["PLACE_WORD", "opens_place", "place_first_words"]

#: Words that make the name before them a place's ("Lincoln High", "Marlowe Hotel"), capitalised as part of it.
PLACE_WORD = (r"(?:High|Elementary|Middle|Street|Avenue|Boulevard|Hotel|Motel|Hospital|Square|Mall|College|University|"
              r"Academy|Library|Station|Airport|Stadium|Theater|Theatre|Diner|Tower|Towers|Heights|Plaza|County)")
_AFTER = lazy(rf"\s+{PLACE_WORD}\b")
_OPENING = lazy(rf"(?<![\w'-])(?P<w>[A-Z][a-z]+)\s+{PLACE_WORD}\b")
#: Where someone is from or goes, a capitalised word after the word that tells it ("from Quebec", "in Tulsa").
_PLACE_TOLD = lazy(r"\b(?i:from|in|to|near|outside)\s+(?P<w>[A-Z][a-z]+)\b")
_CAPITALISED = lazy(r"(?<![\w'-])[A-Z][a-z]+(?![\w'-])")


def opens_place(text: str, end: int) -> bool:
    """Whether the word of ``text`` ending at ``end`` is followed by a place word ("Lincoln| High")."""
    return _AFTER.match(text, end) is not None


def place_first_words(texts: Iterable[str]) -> set[str]:
    """The capitalised words that open a place's name in ``texts`` ("the Marlowe Hotel": Marlowe), not "The", and the
    known places, no first names, of a turn that tells where someone is from or goes (:func:`_known_places_told`)."""
    texts = list(texts)
    found = {m.group("w") for text in texts for m in _OPENING.finditer(text) if m.group("w") != "The"}
    return found | {word for text in texts for word in _known_places_told(text)}


def _known_places_told(text: str) -> set[str]:
    """The known cities, regions and countries, no first names, of ``text`` where it tells where someone is from or goes
    with one of them ("From Quebec. Well, Montreal.": both); none where it does not."""
    if not any(_known_place(m.group("w")) for m in _PLACE_TOLD.finditer(text)):
        return set()
    return {m.group() for m in _CAPITALISED.finditer(text) if _known_place(m.group())}


def _known_place(word: str) -> bool:
    from ..gazetteer import gazetteer_id
    from .english.lexicon import REGIONS  # Latin words only: loaded where a turn says "from" or "in" before one
    from .pronouns import gender_of_name

    return (word.lower() in REGIONS or gazetteer_id(word, "Place") is not None) and gender_of_name(word) is None
