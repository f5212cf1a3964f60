"""Moving in together with someone named: "Marco and I moved in together", "me and Priya finally moved in together",
"Sam and I live together now" make the one named a roommate of the speaker, as "I moved in with Marco" does; a move to
come or wished ("Marco and I are thinking of moving in together") and a denial ("... never moved in together") tell
nothing.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "Marco and I finally moved in together!")
>>> state = TurnState()
>>> scan_moved_in_together(t.text, t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'roommate', 'Marco')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse, gender_of_name
from .lexicon import NAME
from .mentions import TurnState

__all__ = ["scan_moved_in_together"]

#: "Marco and I", "me and Marco", "I and Marco", then a move in together done or a home shared now.
_TOGETHER = lazy(
    rf"(?<![\w'])(?:(?P<a>{NAME})\s+(?i:and)\s+(?i:i|me)|(?i:me|i)\s+(?i:and)\s+(?P<b>{NAME}))\s+"
    r"(?i:(?:just|finally|recently|officially|have|already|both)\s+)*"
    r"(?i:moved\s+in\s+together|(?:live|are\s+living|have\s+been\s+living)\s+together)(?![\w'])")


def scan_moved_in_together(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the roommate a move in together names in ``sentence`` (see the module docstring)."""
    if "together" not in sentence.lower():
        return
    speaker = discourse.speaker(turn)
    for m in _TOGETHER.finditer(sentence):
        name = m.group("a") or m.group("b")
        if gender_of_name(name.split()[0]) is None or name == turn.speaker:
            continue  # "Paris and I ...", a place or a word, no one known by that name
        other = Entity(name, "Person")
        state.collect([(speaker, "roommate", other, 0.7, None)])
        discourse.mention(turn, other)
