"""A course of study started, or to start, at a school named: "starting my master's at Michigan in the fall", "I start
my MBA at Wharton next month", "I just started nursing school at Temple" make the school one the speaker studies at
(from the time to come said, when it is one :func:`~kg_memory.extract.starts.start_ahead` reads); a wish or a
question ("I'd love to start my PhD at Yale", "are you starting college at Tulane?") tells nothing, as the caller
reads statements only.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "starting my master's at Michigan in the fall")
>>> state = TurnState()
>>> scan_study_ahead(t.text, t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'studiesAt', 'Michigan')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from ..starts import start_ahead
from .mentions import TurnState

__all__ = ["scan_study_ahead"]

#: "(I'm) starting my master's (in data science) at Michigan", "start my MBA at Wharton", "started nursing school at
#: Temple": the speaker's own start (no other subject before the verb), then the school by its name.
_STARTING = lazy(
    r"(?:^|(?<=[.!?,;]\s)|\b(?i:i'm|i\s+am|i|just|finally|officially|so)\s+)(?i:start(?:ing|s|ed)?|beginning|begin)\s+"
    r"(?i:my\s+)?(?i:master'?s|masters|ph\.?d\.?|mba|doctorate|bachelor'?s|grad(?:uate)?\s+school|law\s+school|"
    r"med(?:ical)?\s+school|nursing\s+school|college|residency)(?:\s+(?i:degree|program))?(?:\s+(?i:in)\s+[a-z][\w\s-]*?)?"
    r"\s+(?i:at)\s+(?P<o>[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]*){0,3})")


def scan_study_ahead(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the school a start of study names in ``sentence`` (see the module docstring)."""
    if "start" not in sentence.lower() and "begin" not in sentence.lower():
        return
    for m in _STARTING.finditer(sentence):
        school = m.group("o").rstrip(".")
        state.facts.append((discourse.speaker(turn), "studiesAt", Entity(school, "Organization"), 0.75,
                            start_ahead(sentence, turn.time)))
