"""Turns that ask rather than tell: recall lowers them after the learned ranker.

A turn whose every sentence is a question or a short interjection ("Wow, Ann! How did the kids like
it?") tells no fact: what it asks about is told in the answer, which recall finds by itself. Such a
turn shares the question's words ("What do Ann's kids like?") and so ranks high, but it is rarely
what a question needs. A turn that tells something and then asks ("We went camping at the lake. Have you been?")
is lowered less. Sentences end at ``. ! ? 。 ！ ？``; a sentence of at most ``cfg.ask_short`` words
(Latin words, Han characters) is an interjection; an attachment described in brackets
("[shares a photo of a bowl]") is a sentence that tells (it does not end with a question mark).

>>> asking("Sounds fun! How was it?"), asking("We went camping at the lake. Have you been?"), asking("We went camping at the lake.")
(2, 1, 0)
>>> asking("真的吗？你去哪儿了？"), asking("我昨天去了北京的长城。你呢？")
(2, 1)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .config import RecallConfig

if TYPE_CHECKING:
    from .index import RecallIndex

__all__ = ["ASKS", "ASKS_LAST", "TELLS", "answer_scores", "asking", "asking_factors"]

#: What :func:`asking` says of a turn: it tells, it tells and then asks, it only asks.
TELLS, ASKS_LAST, ASKS = 0, 1, 2

#: How many of the best turns :func:`asking_factors` reads (the others cannot enter the top ``k``).
ASKING_TOP = 50

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_WORD = re.compile(r"[A-Za-z0-9']+|[\u3400-\u4dbf\u4e00-\u9fff]")
_QUESTION_MARKS = ("?", "？")


def asking(text: str, short: int = 2) -> int:
    """:data:`TELLS`, :data:`ASKS_LAST` (its last sentence is a question) or :data:`ASKS` (all its
    sentences are questions or have at most ``short`` words, and one is a question) for a turn's text."""
    if not text.rstrip().endswith(_QUESTION_MARKS):
        return TELLS
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    if all(s.endswith(_QUESTION_MARKS) or len(_WORD.findall(s)) <= short for s in sentences):
        return ASKS
    return ASKS_LAST


def asking_factors(score: np.ndarray, index: RecallIndex, candidate: np.ndarray, cfg: RecallConfig) -> np.ndarray:
    """What each turn's score is multiplied by: ``cfg.ask_only`` for the turns that only ask among
    the best :data:`ASKING_TOP` candidates, ``cfg.ask_last`` for those that end asking, else 1 (see
    the module doc).

    >>> from kg_memory.types import Turn
    >>> from kg_memory.recall.index import RecallIndex
    >>> texts = ["How did the kids like it?", "The kids loved the museum.", "We went to the lake. Did you?"]
    >>> index = RecallIndex([Turn("c", str(i), "AB"[i % 2], t) for i, t in enumerate(texts)], [])
    >>> cfg = RecallConfig(ask_only=0.1, ask_last=0.5)
    >>> asking_factors(np.array([1.0, 0.8, 0.6]), index, np.ones(3, bool), cfg).tolist()
    [0.1, 1.0, 0.5]
    """
    out = np.ones(len(score))
    order = np.flatnonzero(candidate & (score > 0))
    if not len(order):
        return out
    factor = {TELLS: 1.0, ASKS_LAST: cfg.ask_last, ASKS: cfg.ask_only}
    for i in order[np.argsort(-score[order], kind="stable")][:ASKING_TOP].tolist():
        out[i] = factor[asking(index.turns[i].text, cfg.ask_short)]
    return out


def answer_scores(score: np.ndarray, index: RecallIndex, candidate: np.ndarray, cfg: RecallConfig) -> np.ndarray:
    """The score each turn takes as the answer to a turn that asks: the next turn of the session, said
    by another person, after one of the best :data:`ASKING_TOP` candidates that only asks (that ends
    asking too, when ``cfg.answer_last``), gets ``cfg.answered`` times that turn's score (0 elsewhere).
    A question in a chat is answered by the turn after it ("What dance were you doing?" "A contemporary
    piece called Finding Freedom."), which may share none of its words.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.recall.index import RecallIndex
    >>> texts = ["What do the kids like?", "The zoo, mostly.", "I fixed my bike. Have you ever?", "No."]
    >>> index = RecallIndex([Turn("c", str(i), "AB"[i % 2], t) for i, t in enumerate(texts)], [])
    >>> cfg = RecallConfig(answered=0.5, answer_last=0.0)
    >>> answer_scores(np.array([1.0, 0.1, 0.8, 0.2]), index, np.ones(4, bool), cfg).tolist()
    [0.0, 0.5, 0.0, 0.0]
    """
    out = np.zeros(len(score))
    order = np.flatnonzero(candidate & (score > 0))
    if not cfg.answered or not len(order):
        return out
    asks = (ASKS, ASKS_LAST) if cfg.answer_last else (ASKS,)
    for i in order[np.argsort(-score[order], kind="stable")][:ASKING_TOP].tolist():
        j = int(index.next[i])
        if (j >= 0 and candidate[j] and index.turns[j].speaker != index.turns[i].speaker
                and asking(index.turns[i].text, cfg.ask_short) in asks):
            out[j] = max(out[j], cfg.answered * float(score[i]))
    return out
