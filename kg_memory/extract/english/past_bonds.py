"""Bonds between people told in the past tense: "Tom was my roommate in college", "Tom and I were coworkers at
Intel", "she was my boss back then", "we were neighbors for years", "I lived with Tom in college", "we shared an
apartment with Kev".

The rules read such a sentence as they read "Tom is my roommate"; a bond that can end (a partner, a spouse, a
roommate, a boss, an employee, a colleague, a neighbour, a client) said with "was" or "were" held before, as "I used to
live in Paris" does: this module turns the facts of those predicates that the sentence gave into endings, which close
the current fact or are kept as closed ones (history). A relative, a friend or a classmate stays as read ("he was my
brother", "she was my best friend in school": no bond that the past tense ends). A sentence that says the bond holds
still ("Tom was my roommate and still is") keeps it; a clause that says another holds now ("we were coworkers and now
we're neighbors") keeps that one.

>>> from kg_memory.types import Entity
>>> from kg_memory.extract.english.mentions import TurnState
>>> ann, tom = Entity("Ann", "Person"), Entity("Tom", "Person")
>>> state = TurnState(facts=[(ann, "roommate", tom, 0.85, None)])
>>> past_bonds("Tom was my roommate in college.", state, 0)
>>> state.facts, [(s.label, p, o.label) for s, p, o, _, _ in state.endings]
([], [('Ann', 'roommate', 'Tom')])
"""

from __future__ import annotations

import re

from ..framework import lazy
from .lexicon import KIN_PREDICATE
from .mentions import TurnState

__all__ = ["past_bonds"]

#: The bonds that stop: a partner, a spouse, someone lived or worked with or next to, a client.
_ENDS = frozenset("partner spouse roommate boss employee colleague neighbor client".split())
_NOUNS = "|".join(sorted((re.escape(w) for w, p in KIN_PREDICATE.items() if p in _ENDS), key=len, reverse=True))
#: "was my roommate", "were coworkers", "was my old boss", "were next-door neighbors", "was Tom's and my roommate"
_WAS_NOUN = lazy(
    r"\b(?:was|were|used\s+to\s+be)\s+(?:(?:my|our|his|her|their|your|the|a|an|both|all|once|also|just|actually|"
    r"really|old|former|first|only|favorite|favourite|best|college|school|high\s+school|dorm|work|next[-\s]door)\s+)*"
    rf"(?P<noun>{_NOUNS})\b", re.I)
#: "I lived with Tom", "we shared a room with Kev": a roommate before
_LIVED_WITH = lazy(r"\b(?:lived|stayed|roomed)\s+(?:together\s+)?with\b|\bshared\s+(?:a|an|the|my|our)\s+"
                   r"(?:room|apartment|flat|house|dorm(?:\s+room)?|place)\s+with\b", re.I)
#: A word that says the bond holds now, or is told of a time to come
_STILL = lazy(r"\b(?:still|now|currently|again|anymore|any\s+more|going\s+to|gonna|will)\b", re.I)
#: "... and still is", "and we still are": the bond told holds now
_HOLDS_STILL = lazy(r"\b(?:still\s+(?:is|are)|(?:is|are)\s+still)\s*(?:[.!,;]|$)", re.I)
_CLAUSES = lazy(r",|;|\s(?:and|but|so)\s", re.I)


def past_bonds(sentence: str, state: TurnState, told: int) -> None:
    """Turn the bonds that ``sentence`` told in the past tense (the facts of ``state`` from index ``told`` on)
    into endings (see the module docstring)."""
    if _HOLDS_STILL.search(sentence):
        return
    ended: set[str] = set()
    for clause in _CLAUSES.split(sentence):
        if not _STILL.search(clause):
            ended.update(KIN_PREDICATE[m.group("noun").lower()] for m in _WAS_NOUN.finditer(clause))
            if _LIVED_WITH.search(clause):
                ended.add("roommate")
    if not ended:
        return
    new = state.facts[told:]
    gone = [f for f in new if f[1] in ended and f[2] != f[0]]
    if gone:
        state.facts[told:] = [f for f in new if f not in gone]
        state.endings.extend(gone)
