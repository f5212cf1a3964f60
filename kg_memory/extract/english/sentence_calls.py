"""The name that opens the sentence a clause stands in: "Yes ma'am. Rosie, come on, you're my assistant." - the "you" of
"you're my assistant" is Rosie, called at the head of its sentence, not the one the turn first answers.

A turn is read clause by clause, so a clause after a comma no longer sees the name its sentence opened with; this finds
that sentence in the turn again (both read as :func:`.segment.normalize` writes them).

>>> sentence_opening("you are my assistant", "Yes ma'am. Rosie, come on, you're my assistant.")
'Rosie, come on, you are my assistant.'
>>> sentence_opening("you are late", "Rosie, come on. You're late.")
"""

from __future__ import annotations

import re

from ..framework import lazy
from .segment import normalize

__all__ = ["sentence_opening"]

_SENTENCES = lazy(r"[^.!?…]+[.!?…]*")


def sentence_opening(clause: str, text: str) -> str | None:
    """The sentence of the turn ``text`` that holds ``clause`` after other words of its own (a clause said after a
    call or a bidding), if there is one."""
    clause = clause.strip(" ,.!?")
    if not clause:
        return None
    for m in _SENTENCES.finditer(normalize(text)):
        sentence = m.group().strip()
        at = sentence.lower().find(clause.lower())
        if at > 0 and re.search(r",\s*$", sentence[:at]):
            return sentence
    return None
