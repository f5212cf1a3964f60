"""A child named by their place among the speaker's children, as parents talk of them: "my youngest, Maya, started
kindergarten", "my oldest Ben is in third grade", "my little one Maya loves it", "our middle one, Theo, ...".

The words alone ("my youngest", "my little one") name a child of the speaker only when a name follows at once; "my
oldest friend Ben" is a friend (the noun after the word is read by the kin rules), and "my youngest is Maya" or "my
youngest just turned five" name nobody here.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "My youngest, Maya, started kindergarten.")
>>> state = TurnState()
>>> scan_children_by_order("My youngest, Maya, started kindergarten.", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'child', 'Maya')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .lexicon import NAME
from .mentions import TurnState
from .objects import plausible_name

__all__ = ["scan_children_by_order"]

#: "my youngest, Maya,", "our oldest Ben", "my little one Maya" ("my eldest son ..." is read by the kin rules).
_BY_ORDER = lazy(
    r"(?<![\w'’])(?i:my|our)\s+(?i:youngest|oldest|eldest|middle\s+one|little\s+one|older\s+one|younger\s+one|"
    r"firstborn|first-born)\s*,?\s*(?P<name>" + NAME + r")(?![\w'’-])")


def scan_children_by_order(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's child ``clause`` names by their place among the children (see the module)."""
    if "one" not in clause and "est" not in clause and "born" not in clause:
        return
    for m in _BY_ORDER.finditer(clause):
        name = m.group("name")
        if not plausible_name(name):
            continue
        child = Entity(name, "Person")
        state.collect([(discourse.speaker(turn), "child", child, 0.75, None)])
        discourse.mention(turn, child)
