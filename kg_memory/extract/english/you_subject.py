"""Who "you" opening a clause is in a talk of more than two: the one the sentence calls by name ("Omar, you work for
me.", "You work for me, Omar."), else the one who just answered the speaker's question ("How was Lisbon?" -
"Amazing." - "Well, you work for me.": the speaker goes on talking with the one who answered).

In a talk of two, "you" is the other speaker (:meth:`.Discourse.addressee`); with more, it was left unread, and so
was every clause whose subject it is.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "A", "Morning."), Turn("c", "2", "B", "How was Lisbon?"), Turn("c", "3", "C", "Amazing."),
...       Turn("c", "4", "B", "Well, you work for me.")]
>>> who = you_in_group("Well, you work for me.", ts[3], Discourse(ts))
>>> who[0].label, who[1]
('C', 0.7)
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..names import plausible_name
from ..pronouns import Discourse
from .people import called_name

__all__ = ["you_in_group"]

#: "you" in a case supposed, not told: "when you're old", "if you get the job", "imagine you ...".
_SUPPOSED = lazy(r"\b(?:when|if|once|unless|imagine|suppose|pretend|maybe)\s+(?:\w+\s+)?you\b", re.I)


def you_in_group(sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom "you" as the subject of a clause of ``sentence`` (in ``turn``) means where more than two speak, with a
    confidence: a name the sentence calls (0.7), or the speaker of the turn before when it answered a question the
    speaker asked in the turn before that (0.7); else nobody."""
    if sentence.rstrip().endswith("!") or _SUPPOSED.search(sentence):
        return None  # "Oh my God! You're pregnant!", "when you're old, Cappy": a guess, a picture painted
    named = called_name(sentence, turn)
    if named is not None:
        return (named, 0.7) if plausible_name(named.label, frozenset()) else None  # not "Umm, you're too young"
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None or at < 2:
        return None
    asked, answer = turns[at - 2], turns[at - 1]
    if asked.speaker == turn.speaker and answer.speaker != turn.speaker and asked.text.rstrip().endswith("?") \
            and not answer.text.rstrip().endswith("?"):
        return Entity(answer.speaker, "Person"), 0.7
    return None
