"""A child named at its birth: "When Carol was pregnant with Ben, ..." and "Carol gave birth to Ben" (Ben is Carol's
child), "I was pregnant with Emma" (the speaker's).

The mother is "I", "she" (the last woman mentioned) or a name; the child a name ("pregnant with Ross's baby" names the
father, not the child, and tells nothing here). A supposition or a negation ("if I were pregnant with Ben", "she was
never pregnant with Ben") tells nothing; the caller passes no questions.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "When Carol was pregnant with Ben, she craved pickles.")
>>> state = TurnState()
>>> scan_births(t.text, t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Carol', 'child', 'Ben')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import PLAIN_NAME
from .mentions import TurnState
from .seeing import lover_of

__all__ = ["scan_births"]

#: "Carol was pregnant with Ben", "I am pregnant with Emma", "she gave birth to Ben".
_BIRTH = lazy(
    rf"(?<![\w'’])(?P<m>(?i:i|she)|{PLAIN_NAME})\s+(?:(?i:am|is|was|were|['’]m|['’]s)\s+(?:(?i:still|already)\s+)?(?i:pregnant\s+with)|"
    rf"(?:(?i:just|finally)\s+)?(?i:gave\s+birth\s+to))\s+(?P<c>{PLAIN_NAME})(?!\s*['’]s)(?![\w'’-])")
_UNSURE = lazy(r"\b(?:if|unless|whether|wish|would|could|should|might|pretend|suppose|never|not)\b|n['’]t\b", re.I)
#: Words that open a sentence and are no mother ("When Carol ..." is read from "Carol").
_LEAD = frozenset("when after before since once while and but so oh well yeah".split())


def _mother(word: str, sentence: str, turn: Turn, discourse: Discourse) -> Entity | None:
    if " " in word and word.split()[0].lower() in _LEAD:
        word = word.split(None, 1)[1]
    who = lover_of(word, sentence, turn, discourse)
    return who[0] if who is not None else None


def scan_births(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the child a mother is said to be pregnant with or to have given birth to (see the module)."""
    low = sentence.lower()
    if not ("pregnant with" in low or "birth to" in low) or _UNSURE.search(sentence):
        return
    out: list[Found] = []
    for m in _BIRTH.finditer(sentence):
        mother, child = _mother(m.group("m"), sentence, turn, discourse), lover_of(m.group("c"), sentence, turn, discourse)
        if mother is not None and child is not None and mother != child[0] and child[0].label != turn.speaker:
            out.append((mother, "child", child[0], 0.75, None))
    state.collect(out)
