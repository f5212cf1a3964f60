"""Turns that name a specific thing: recall raises them a little after the learned ranker.

A turn that names something (a place, a person other than the two who talk, a title in quotes:
"I was in Chicago", "I loved \"Becoming Nicole\" by Amy Ellis Nutt") is more often the answer to a
question than small talk that shares the question's words ("Exploring new cities is always fun!"):
the thing it names is what a question asks for ("Which cities has John been to?"). A name is a
capitalised word that does not start a sentence, is not "I" nor a day or a month, and is not (the start of) the name of
someone who talks in the memory ("Thanks, Mel!"); a title is a phrase of at least two characters
in double quotes. An attachment described in brackets ("[shares a photo of ...]") is not read.
Scripts without capitals (Chinese) name nothing by this test, so their turns are left alone.

>>> names_thing("I was in Chicago last week, it was awesome!", {"ann"})
True
>>> names_thing("Thanks, Ann! Exploring new cities is always fun. I love it.", {"ann"})
False
>>> names_thing('I loved "Becoming Nicole", a true story.', set())
True
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from .config import RecallConfig

if TYPE_CHECKING:
    from .index import RecallIndex

__all__ = ["SPECIFIC_TOP", "names_thing", "specific_factors"]

#: How many of the best turns :func:`specific_factors` reads (the others cannot enter the top ``k``).
SPECIFIC_TOP = 50

_ATTACHMENT = re.compile(r"\[[^\]]*\]")
_TITLE = re.compile(r"\"[^\"]{2,}\"|\u201c[^\u201d]{2,}\u201d")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_SENTENCE_END = (".", "!", "?", ":", ";", "-", "\u2014", '"', "(")
#: Capitalised words that name a time, not a thing ("last Friday", "in May").
_TIMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"})


def names_thing(text: str, speakers: Collection[str]) -> bool:
    """Whether ``text`` names a specific thing (see the module doc); ``speakers`` are the lowercase
    first names of the people who talk."""
    text = _ATTACHMENT.sub(" ", text)
    if _TITLE.search(text):
        return True
    for m in _CAPITALISED.finditer(text):
        before = text[:m.start()].rstrip()
        if not before or before.endswith(_SENTENCE_END):
            continue
        word = m.group().lower()
        if word in _TIMES:
            continue
        if any(name.startswith(word) for name in speakers if len(word) >= 3) or word in speakers:
            continue
        return True
    return False


def specific_factors(score: np.ndarray, index: RecallIndex, candidate: np.ndarray, cfg: RecallConfig) -> np.ndarray:
    """What each turn's score is multiplied by: ``1 + cfg.specific`` for the turns that name a thing
    among the best :data:`SPECIFIC_TOP` candidates, else 1.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.recall.index import RecallIndex
    >>> texts = ["Exploring new cities is fun, Bob.", "I was in Chicago in May."]
    >>> index = RecallIndex([Turn("c", str(i), ("Ann", "Bob")[i % 2], t) for i, t in enumerate(texts)], [])
    >>> specific_factors(np.array([1.0, 0.8]), index, np.ones(2, bool), RecallConfig(specific=1.0)).tolist()
    [1.0, 2.0]
    """
    out = np.ones(len(score))
    order = np.flatnonzero(candidate & (score > 0))
    if not cfg.specific or not len(order):
        return out
    speakers = {key.split()[0] for key in index.speakers if key}
    for i in order[np.argsort(-score[order], kind="stable")][:SPECIFIC_TOP].tolist():
        if names_thing(index.turns[i].text, speakers):
            out[i] = 1.0 + cfg.specific
    return out
