"""A new partner told with their name in a sentence of its own: "I met someone! Her name is Priya and we're dating
now.", "I started seeing someone, his name is Leo", "I met a guy named Leo and we're together now": the one person the
turn names is the speaker's partner (as "I'm dating a guy named Leo" says in one clause). Not a denial ("we're not
dating"), a question or a supposition, nor a turn that names several people (whom the dating is with is not sure).

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "I met someone! Her name is Priya and we're dating now.")
>>> state = TurnState()
>>> dating_named(turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'partner', 'Priya')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["dating_named"]

#: "we're dating (now)", "I started seeing someone", "we're together now", "I'm seeing a guy", "we're a couple"
_DATING = lazy(r"\b(?:(?:i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been|i\s+(?:just\s+)?started|we'?re|we\s+are|we'?ve\s+been|"
               r"we\s+(?:just\s+)?started)(?P<neg>\s+not|\s+no\s+longer|n't)?\s+(?:now\s+|officially\s+|kinda\s+|kind\s+of\s+)?"
               r"(?:dating|seeing\s+(?:someone|somebody|a\s+(?:guy|girl|man|woman)|each\s+other)|going\s+out|together\s+now|"
               r"officially\s+together|a\s+couple|an\s+item))\b", re.I)
#: "her name is Priya", "a guy named Leo", "called Leo"
_NAMED = lazy(r"\b(?:(?:her|his|their)\s+name'?s?\s+(?:is\s+)?|(?:named|called)\s+)(?P<n>(?-i:[A-Z][a-z][\w'-]*))", re.I)
_NOT_TOLD = lazy(r"\?|\bif\b|\bwish\b|\bwould\b", re.I)


def dating_named(turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the partner ``turn`` names beside saying the speaker dates someone (module docstring)."""
    dating = _DATING.search(turn.text)
    if dating is None or dating.group("neg") or _NOT_TOLD.search(turn.text):
        return
    names = {m.group("n") for m in _NAMED.finditer(turn.text)}
    if len(names) != 1:
        return
    partner = Entity(names.pop(), "Person")
    discourse.mention(turn, partner)
    state.facts.append((discourse.speaker(turn), "partner", partner, 0.75, None))
