"""Having told by liking or minding it: "i love having a dog", "we enjoy having two cats", "i hate having a car in the
city" say that the speaker has the dog, the cats, the car (the liking itself is the clause reader's: "having a dog").

Only pets and things owned are kept ("i love having sisters" is read by the relatives' rules elsewhere, "i like having
friends over" names no one had). Said of the speaker in the present only: not a wish or a supposition (the clause
reader sends those as ``modal``: "i would love having a dog"), not a past liking ("i loved having a dog", "i used to
love having a cat"), not a negation ("i do not like having a car": perhaps none is had) and not another's ("my sister
loves having a dog").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "i love having a dog")
>>> state = TurnState()
>>> scan_having_liked("i love having a dog", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'hasPet', "Ann's dog")]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...types import Turn
from ..framework import Clause, lazy
from ..pronouns import Discourse
from .possessions import r_have

if TYPE_CHECKING:
    from .mentions import TurnState

__all__ = ["scan_having_liked"]

#: "i love having a dog", "we really enjoy having two cats", "i hate having a car": the speaker, a present liking
_HAVING = lazy(r"^(?:(?:oh|well|yes|yeah|and|but|so|also|honestly)[\s,]+)*(?P<s>i|we)\s+"
               r"(?:(?:really|just|also|absolutely|truly|sure|do|totally)\s+)*(?P<v>love|like|enjoy|adore|hate|dislike)\s+"
               r"having\s+(?P<o>(?:an?|one|two|three|four|five|\d+|my|our)\s+.+)", re.I)


def scan_having_liked(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the pets and things that ``clause`` says the speaker likes or minds having (see the module)."""
    if "having" not in clause or (m := _HAVING.match(clause.strip())) is None:
        return
    speaker = discourse.speaker(turn)
    c = Clause(turn=turn, subject=speaker, weight=0.9 if m.group("s").lower() == "we" else 1.0, sentence=clause,
               discourse=discourse)
    if r_have(m, c):
        state.collect([found for found in c.out if found[1] in ("hasPet", "owns")])
