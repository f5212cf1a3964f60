"""A relative asked for and answered "Right here!" by another voice: the one answering is that relative.

In a group, "Where's your husband?" asked of the one who has just spoken and answered at once by a third speaker
("Right here.", "Here!", "I'm right here.", "Here I am.") tells who the husband is: the one answering, spouse of the
one asked. Only the very next turn counts, and only when its speaker is neither the asker nor the one asked (who
would answer for someone else: "Where's your sister?" - "Right here, in the car."), and the question asks for one
relative ("your husband", not "your parents").

>>> ts = [Turn("c", "1", "Speaker 1", "Hi, Gran!"), Turn("c", "2", "Speaker 2", "Hello, love. Where's your husband?"),
...       Turn("c", "3", "Speaker 3", "Right here. Good to see you.")]
>>> [(f.subject.label, f.predicate, f.object.label) for f in here_answers(ts)]
[('Speaker 1', 'spouse', 'Speaker 3')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .base import make_fact
from .english.lexicon import KIN_PREDICATE
from .framework import lazy

__all__ = ["here_answers"]

#: The relatives asked for (one person each; not "your parents", "your kids").
_ONE_KIN = ("husband|wife|boyfriend|girlfriend|fianc[eé]e?|son|daughter|mom|mother|mum|dad|father|sister|brother|"
            "grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|niece|nephew")
#: "Where's your husband?", "where is your little sister?" asked in the turn.
_WHERE_YOUR = lazy(rf"\bwhere(?:'s|’s|\s+is)\s+your\s+(?:(?:little|big|older|younger|baby|twin|new)\s+)?(?P<k>{_ONE_KIN})"
                   r"\s*\?", re.I)
#: The answer opening the next turn: "Right here.", "Here!", "I'm right here.", "Here I am!".
_HERE = lazy(r"^\W*(?:(?:oh|um|uh|hi|hey)\W+)?(?:(?:i'm|i\s+am)\s+)?(?:right\s+)?here(?:\s+i\s+am)?\s*(?:[.!,]|$)", re.I)


def here_answers(turns: Sequence[Turn]) -> list[Fact]:
    """Facts of the relatives asked for and answered "Right here" by a third speaker (see the module)."""
    out: list[Fact] = []
    for i in range(1, len(turns) - 1):
        asked, answer, asker = turns[i - 1], turns[i + 1], turns[i]
        if "here" not in answer.text.lower() or "your" not in asker.text.lower():
            continue
        if len({asked.speaker, asker.speaker, answer.speaker}) != 3 \
                or not asked.conversation == asker.conversation == answer.conversation:
            continue  # three voices of one conversation (a batch may hold several)
        m = _WHERE_YOUR.search(asker.text)
        if m is None or not _HERE.match(answer.text):
            continue
        predicate = KIN_PREDICATE.get(m.group("k").lower())
        if predicate is not None:
            out.append(make_fact(Entity(asked.speaker, "Person"), predicate, Entity(answer.speaker, "Person"), 0.7, answer))
    return out
