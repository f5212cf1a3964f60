"""Who a relative called answers, for :func:`.people.scan_vocative_kin`: whom "Mom, where do you want it?" calls Mom.

A question calling a relative is answered by the one called, the next speaker, in a talk of more than two; otherwise
the one the turn is said to (:func:`..called_back.addressed`). Nobody where the call speaks of someone else by name and
the next speaker answers in the first person ("Dad, can we go see the lake? Adaeze wants to swim." - "I do not want to
swim."): the one named may be answering for themself, and the one called has not spoken. A call that bids the relative
come ("Mum, come and meet Tomos!", "Dad, come here a second.") is answered by one who has not spoken yet where the next
speaker is such a one: the relative comes in, and the one just spoken to is someone else.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "A", "The lake is cold."), Turn("c", "2", "B", "Dad, can we swim?"), Turn("c", "3", "C", "Sure.")]
>>> kin_answerer("Dad, can we swim?", ts[1], Discourse(ts))[0].label
'C'
>>> ts[1:] = [Turn("c", "2", "B", "Dad, can we swim? Oona wants to."), Turn("c", "3", "C", "I don't want to.")]
>>> kin_answerer("Dad, can we swim?", ts[1], Discourse(ts)) is None
True
>>> ts[1:] = [Turn("c", "2", "B", "Mum, come and meet Tomos!"), Turn("c", "3", "C", "Hello, love.")]
>>> kin_answerer("Mum, come and meet Tomos!", ts[1], Discourse(ts))[0].label
'C'
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..called_back import addressed, named_may_answer
from ..framework import lazy
from ..pronouns import Discourse

__all__ = ["kin_answerer"]

#: A bidding to come: "come and meet", "come here", "come over", "come see", "come look", "come quick".
_COME = lazy(r"\bcome\s+(?:and\s+\w+|here|over|in|quick|quickly|see|look|meet)\b", re.I)


def kin_answerer(sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The one ``turn`` calls by a relative's word in ``sentence``, with a confidence (see the module docstring)."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    after = turns[at + 1] if at is not None and at + 1 < len(turns) else None
    if after is not None and after.speaker != turn.speaker and named_may_answer(turn.text, after.text):
        return None
    if after is not None and at is not None and after.speaker != turn.speaker and _COME.search(sentence) \
            and all(t.speaker != after.speaker for t in turns[:at]):
        return Entity(after.speaker, "Person"), 0.6  # "Mum, come and meet Tomos!" - "Hello, love.": she comes in
    return _answerer(sentence, turn, discourse) or addressed(turn, discourse)


def _answerer(sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The speaker of the next turn when ``sentence`` asks something, or the turn ends asking ("Mom, where do you want
    it?"), in a talk of more than two: the one who answers."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if "?" not in sentence and not turn.text.rstrip().endswith("?") or discourse.addressee(turn) is not None \
            or at is None or at + 1 >= len(turns) or turns[at + 1].speaker == turn.speaker:
        return None
    return Entity(turns[at + 1].speaker, "Person"), 0.6
