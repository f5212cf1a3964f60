"""A child presented by a parent just after calling them, for :mod:`.speakers`: "Mum, the timer's going!" - "That's my son
Ilan. He's home for the summer." (Ilan is the one who called "Mum").

A new voice that calls the speaker "Mum" or "Dad" (or "Grandma", "Auntie") and is then presented by that speaker as
"my son Ilan", "my daughter, Noa", "this is my grandson Tal" is the one presented: the parent turns to the others to
say who just spoke. It counts when:

* the turn before, by another speaker, calls a parent word as its own word (set off by a comma or the end of a
  sentence: "Mum, ...", "..., Dad!"), of the kin the child word answers (a son or daughter calls "Mum" or "Dad", a
  grandson "Grandma" or "Grandpa", a nephew "Auntie" or "Uncle");
* the presenting turn opens with "my son Ilan", "That's my son Ilan", "this is my daughter, Noa" (a sentence of its
  own, the name closing the phrase), and names one child only;
* the one who called does not say that name (one does not say one's own name in the same breath).

English only; it gives a vote for the name, as :mod:`.introductions` does.

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "Speaker 1", "Two loaves, please."), Turn("c", "2", "Speaker 2", "Mum, the timer's going."),
...      Turn("c", "3", "Speaker 3", "That's my son Ilan. Home from uni.")]
>>> [(speaker, name) for speaker, name, _ in presented_children(t)]
[('Speaker 2', 'Ilan')]
>>> t[1] = Turn("c", "2", "Speaker 2", "The timer's going.")
>>> presented_children(t)
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy

__all__ = ["presented_children"]

#: The words a child of each kind calls the one presenting them by.
_CALLED_BY = {
    "son": "mum|mom|mummy|mommy|mam|mama|ma|dad|daddy|papa|pa",
    "grandson": "gran|granny|grandma|nana|nan|grandpa|grandad|granddad",
    "nephew": "auntie|aunty|aunt|uncle",
}
_KIND = {"son": "son", "daughter": "son", "boy": "son", "girl": "son", "kid": "son", "lad": "son",
         "grandson": "grandson", "granddaughter": "grandson", "nephew": "nephew", "niece": "nephew"}
#: "That's my son Ilan.", "My daughter, Noa.", "this is my eldest, Tal" (a sentence of its own, the name closing it).
_PRESENTED = lazy(r"(?:^|[.!?]\s+)(?:(?:oh|ah|sorry|well|yes)[,!.]*\s+)?(?:(?:that's|that\s+is|this\s+is|this's)\s+)?"
                  r"my\s+(?:(?:eldest|youngest|oldest|middle|little|big|baby)\s+)?"
                  r"(?P<k>son|daughter|boy|girl|kid|lad|grandson|granddaughter|nephew|niece)\s*,?\s+"
                  r"(?P<n>(?-i:[A-Z][a-z]+))\s*(?:[.!;]|$)", re.I)


def _calls(text: str, words: str) -> bool:
    """Whether ``text`` calls someone by one of ``words`` set off as a word of its own ("Mum, ...", "..., Dad!")."""
    return re.search(rf"(?:^|[.!?,]\s*)(?:{words})\s*(?:[,.!?]|$)", text, re.I) is not None


def presented_children(turns: Sequence[Turn]) -> list[tuple[str, str, Turn]]:
    """``(speaker, name, turn)`` for each speaker presented by name as a child just after calling the presenter (see the
    module docstring): one conversation's turns, in order."""
    out = []
    for i in range(1, len(turns)):
        turn, before = turns[i], turns[i - 1]
        if before.speaker == turn.speaker or "my" not in turn.text.lower():
            continue
        shown = list(_PRESENTED.finditer(turn.text))
        if len({m.group("n") for m in shown}) != 1:
            continue
        m = shown[0]
        name = m.group("n")
        if _calls(before.text, _CALLED_BY[_KIND[m.group("k").lower()]]) and name not in before.text:
            out.append((before.speaker, name, turn))
    return out
