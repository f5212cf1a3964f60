"""An "I'm <name>" said as someone else: in costume, or mimicking a friend who is there.

"I'm Marco." is the speaker's own name, unless another speaker takes it as about themself in the turns just after
("Is that supposed to be me?", "I don't talk like that!") or a third tells the one mimicked "That's exactly you.": then
the speaker played Marco, and the name the turn gives its speaker is not theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Fact, Turn
from .framework import lazy

__all__ = ["played_as", "without_played_names"]

#: How the one mimicked, or a friend of theirs, takes it: about the one spoken to ("is that supposed to be me?", "that's exactly you").
_TAKEN_AS_ME = lazy(r"\b(?:(?:how|why)\s+is\s+(?:that|this)\s+(?:supposed\s+to\s+be\s+)?me|is\s+(?:that|this)\s+"
                    r"supposed\s+to\s+be\s+me|(?:that|this)\s+(?:is|['’]s)\s+(?:so|totally|exactly)\s+you|"
                    r"i\s+(?:don['’]t|do\s+not|never)\s+(?:talk|sound|walk|act|dress)\s+like\s+that)\b", re.I)
#: How many turns after the "I'm <name>" are read for such a reply.
_AFTER = 3


def played_as(turns: Sequence[Turn], i: int) -> bool:
    """Whether what ``turns[i]`` says is said as someone else: another speaker answers it, within the few turns
    after, as about the one mimicked.

    >>> ts = [Turn("c", "1", "A", "Ahem. I'm Marco."), Turn("c", "2", "B", "Is that supposed to be me?")]
    >>> played_as(ts, 0), played_as([ts[0], Turn("c", "2", "B", "Nice to meet you.")], 0)
    (True, False)
    """
    turn = turns[i]
    for after in turns[i + 1:i + 1 + _AFTER]:
        if after.conversation != turn.conversation:
            return False
        if after.speaker != turn.speaker and _TAKEN_AS_ME.search(after.text):
            return True
    return False


def without_played_names(facts: list[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` less the names a speaker gives themself in a turn said as someone else ("I'm Marco." - "Is that
    supposed to be me?": the speaker is not Marco)."""
    played = {(t.conversation, t.turn, t.speaker) for i, t in enumerate(turns) if played_as(turns, i)}
    if not played:
        return facts
    return [f for f in facts if not (f.predicate in ("name", "alternateName") and f.source is not None
                                     and (f.source.conversation, f.source.turn, f.subject.label) in played)]
