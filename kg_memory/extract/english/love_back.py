"""Love said back: "I love you." - "I love you too." tells that both love each other, whoever else is in the room.

In a dialogue of many speakers "you" is uncertain, but an answer "I love you too" (", Chandler", "as well") settles it:
the speaker of the turn just before said "I love you" to the one answering, and the answer is said to them. A turn
before that only asks ("Do you love me?"), quotes someone ("He said 'I love you'") or loves "you guys" gives nothing.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> ts = [Turn("c", "1", "Ann", "Bye, I love you."), Turn("c", "2", "Bob", "Bye."), Turn("c", "3", "Cy", "Love you too!")]
>>> state = TurnState()
>>> scan_love_back("Love you too!", ts[2], Discourse(ts), state)
>>> state.facts
[]
>>> ts = [Turn("c", "1", "Ann", "See you."), Turn("c", "2", "Bob", "Bye, I love you."), Turn("c", "3", "Cy", "I love you too.")]
>>> scan_love_back("I love you too.", ts[2], Discourse(ts), state)
>>> sorted((s.label, p, o.label) for s, p, o, _, _ in state.facts)
[('Bob', 'positiveImpression', 'Cy'), ('Cy', 'positiveImpression', 'Bob')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["scan_love_back"]

#: The answer: "I love you too", "Oh, I love you too, Chandler.", "I love you as well".
_BACK = lazy(r"^(?i:(?:(?:oh|ohh|aw+|and|well|yeah|yes|okay|ok|honey|sweetie|baby|bye)[\s,!.…]+)*(?:i\s+)?love\s+you\s*,?\s*"
             r"(?:too|as\s+well))\b(?:\s*,?\s*[A-Z][a-z]+)?\s*[.!…]*$")
#: What it answers: "I love you" said as a statement, not "you guys", not asked, not quoted.
_SAID = lazy(r"(?i)(?<![\w'’\"“‘])i\s+(?:really\s+|just\s+|do\s+)?love\s+you(?![\w'’])(?!\s*(?:guys|all|two|both|so\s+much\s+guys)\b)"
             r"(?![^.!?]*\?)")


def scan_love_back(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record that the speaker of ``turn`` and the one before love each other when ``sentence`` answers
    "I love you" with "I love you too" (see the module)."""
    if "love you" not in sentence.lower() or not _BACK.match(sentence.strip()):
        return
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if not at:
        return
    before = turns[at - 1]
    m = _SAID.search(before.text)
    if before.speaker == turn.speaker or m is None or before.text[:m.start()].count('"') % 2 == 1:
        return
    lover, answer = Entity(before.speaker, "Person"), discourse.speaker(turn)
    state.collect([(lover, "positiveImpression", answer, 0.7, None), (answer, "positiveImpression", lover, 0.7, None)])
