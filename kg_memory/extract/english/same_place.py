"""Two people said to share a place: "I live in the same building as Kevin", "Kevin and I live on the same street"
(neighbours), "I went to the same school as Priya", "Priya and I were in the same class" (classmates).

"The same building" names no place of its own: the rules that read homes and schools leave it out (see
:func:`~kg_memory.extract.english.objects.clean_object`); this module reads the tie it tells instead.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "I live in the same building as Kevin.")
>>> state = TurnState()
>>> scan_same_place("I live in the same building as Kevin.", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'neighbor', 'Kevin')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .lexicon import PLAIN_NAME
from .mentions import TurnState
from .objects import plausible_name

__all__ = ["scan_same_place"]

#: The places shared by neighbours, and by classmates.
_HOME = r"building|apartment\s+building|street|block|floor|complex|neighbou?rhood"
_SCHOOL = r"school|high\s+school|middle\s+school|college|university|class|classes"
_VERB = (r"(?i:live|lived|living|grew\s+up|went|go|were|was|are|am|have\s+lived|used\s+to\s+live|used\s+to\s+go)"
         r"\s+(?i:(?:in|on|at|to)\s+)?")
_SAME = rf"(?i:the)\s+(?i:same|very\s+same)\s+(?P<k>(?i:{_HOME}|{_SCHOOL}))"
#: "I live in the same building as Kevin", "Kevin and I went to the same school".
_AS_NAMED = lazy(rf"(?<![\w'’])(?i:i|we)\s+{_VERB}{_SAME}\s+(?i:as)\s+(?P<n>{PLAIN_NAME})(?![\w'’-])")
_AND_I = lazy(rf"(?<![\w'’])(?P<n>{PLAIN_NAME})\s+(?i:and)\s+(?i:i|me)\s+{_VERB}{_SAME}(?![\w'’-])")


def scan_same_place(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the neighbour or classmate ``clause`` says the speaker shares a place with (see the module)."""
    if "same" not in clause.lower():
        return
    for pattern in (_AS_NAMED, _AND_I):
        for m in pattern.finditer(clause):
            name = m.group("n")
            if not plausible_name(name):
                continue
            kind = " ".join(m.group("k").lower().split())
            tie = "classmate" if kind in ("school", "high school", "middle school", "college", "university", "class",
                                          "classes") else "neighbor"
            person = Entity(name, "Person")
            state.collect([(discourse.speaker(turn), tie, person, 0.7, None)])
            discourse.mention(turn, person)
