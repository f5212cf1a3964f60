"""A job the speaker left for something they mean to do: "I quit my job to go back to school", "I left my job at the bank
to start my own bakery" give the goal (go back to school, start my own bakery), beside the job's ending, which the
clause is read for (:mod:`.endings`); not what is no goal ("I quit my job to the surprise of everyone"), nor a denial
("I didn't quit my job to travel").

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "I quit my job to go back to school.")
>>> state = TurnState()
>>> scan_quit_for("I quit my job to go back to school", turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'goal', 'go back to school')]
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import Clause, lazy
from ..pronouns import Discourse
from .activities import goal
from .mentions import TurnState

__all__ = ["scan_quit_for"]

#: "I quit my job to ...", "I left my corporate job at Dell to ...", "I gave up my teaching job in order to ..."
_QUIT_FOR = lazy(
    r"^(?:so\s+|and\s+|but\s+)?i\s+(?:(?:just|finally|recently|actually)\s+)*(?:quit|left|resigned\s+from|gave\s+up)\s+my\s+"
    r"(?:[\w-]+\s+){0,2}?(?:job|career|position)\s+(?:(?:at|with|in)\s+[^,;]+?\s+)?(?:(?:last|this)\s+\w+\s+)?"
    r"(?:in\s+order\s+)?to\s+(?P<o>(?!the\b|a\b|an\b|my\b|his\b|her\b)[a-z].*)", re.I)


def scan_quit_for(body: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Add the goal a clause of the speaker's ending gives as its purpose (module docstring)."""
    m = _QUIT_FOR.match(body.strip())
    if m is None:
        return
    c = Clause(turn=turn, subject=discourse.speaker(turn), discourse=discourse, sentence=body)
    if goal(m.group("o"), c):
        state.collect(c.out)
