"""A first name that opens the name of a place ("Lincoln High", "the Marlowe Hotel", "Jackson Street") is no person.

Schools, streets, hotels and hospitals are named after people, so their first word is often a first name; said
with the word that makes it a place, it names the place, and the same word alone in that talk ("Marlowe, no
problem.") echoes the place, nobody called. The place words are those that are seldom surnames (not "Hall",
"Park", "Lane": "Jenny Hall", "Lois Lane").

>>> sorted(place_first_words(["Take us to the Marlowe Hotel.", "He teaches at Lincoln High.", "Mary Hall is here."]))
['Lincoln', 'Marlowe']
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


def opens_place(text: str, end: int) -> bool:
    """Whether the word of ``text`` ending at ``end`` is followed by a place word ("Lincoln| High")."""
    return _AFTER.match(text, end) is not None


def place_first_words(texts: Iterable[str]) -> set[str]:
    """The capitalised words that open a place's name in ``texts`` ("the Marlowe Hotel": Marlowe), not "The"."""
    return {m.group("w") for text in texts for m in _OPENING.finditer(text) if m.group("w") != "The"}
