"""Children counted, then told one by one by name and age in the sentences after: "I have 2 kids. Emma is 8 and Jack
is 5.", "we've got three kids!" ... "Mia is 12, Leo is 9 and Sam is 4" (the speaker's next turn): each one named with
an age is the speaker's child, as "I have two kids, Emma (8) and Jack (5)" says in one clause. Only names with an age
of a child, no more of them than were counted, none tied to someone otherwise ("My neighbor Tom is 8 and his sister
Liz is 6"); when all are named, the count's placeholder ("Ann's 2 kids") gives way to them
(:mod:`kg_memory.extract.counted_named`, for this turn and later ones alike).

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "I have 2 kids. Emma is 8 and Jack is 5.")
>>> state = TurnState()
>>> ann, kids = Entity("Ann", "Person"), Entity("Ann's 2 kids", "Person")
>>> state.facts = [(ann, "child", kids, 0.85, None), (Entity("Emma", "Person"), "age", 8, 0.8, None),
...                (Entity("Jack", "Person"), "age", 5, 0.8, None)]
>>> children_told(turn, Discourse([turn]), state)
>>> sorted((s.label, p, getattr(o, "label", o)) for s, p, o, _, _ in state.facts if p == "child")
[('Ann', 'child', "Ann's 2 kids"), ('Ann', 'child', 'Emma'), ('Ann', 'child', 'Jack')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState
from .objects import to_int

__all__ = ["children_told"]

#: "I have 2 kids", "we've got three children", "i have two boys": how many, and of what kind
_COUNTED = lazy(r"\b(?:i|we)(?:\s+have|\s+got|\s+have\s+got|'ve\s+got|\s+ve\s+got)\s+(?P<n>two|three|four|five|[2-5])\s+"
                r"(?:(?:little|young|grown|wonderful|amazing|crazy|beautiful)\s+)?(?:kids|children|sons|daughters|boys|girls)\b",
                re.I)


def children_told(turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Tie to the speaker the children ``turn`` names with their ages after a count said in it or in the speaker's
    turn before (module docstring)."""
    speaker = discourse.speaker(turn)
    counted = _COUNTED.search(turn.text) or _COUNTED.search(_before(turn, discourse))
    if counted is None:
        return
    many = to_int(counted.group("n")) or 0
    tied = {who for s, _, o, _, _ in state.facts if isinstance(o, Entity) and o.type == "Person" for who in (s, o)}
    named = [s for s, p, o, _, _ in state.facts if p == "age" and isinstance(o, int) and 0 <= o < 30
             and s.type == "Person" and s != speaker and s not in tied and not s.label.startswith(f"{speaker.label}'s ")]
    named = list(dict.fromkeys(named))
    if not named or len(named) > many:
        return
    state.facts.extend((speaker, "child", child, 0.75, None) for child in named)


def _before(turn: Turn, discourse: Discourse) -> str:
    """The text of the speaker's turn before ``turn`` in its conversation ("" when none)."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None:
        return ""
    return next((t.text for t in reversed(turns[:at]) if t.speaker == turn.speaker), "")
