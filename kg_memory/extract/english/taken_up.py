"""Whom "your" means in a group, from the answer: "I'm head of design, so technically I'm your boss." - "I'm used to
scary bosses." The one who takes up the word in the next turn is the one it was said to, though another spoke just
before (whom :meth:`~..pronouns.Discourse.addressed` would take).

Only in a conversation of more than two speakers (of two, "you" is the other one), only the next turn, by someone who
is neither the speaker nor the speaker of the turn before, and only when that turn says the same noun ("boss",
"bosses", "boss's").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Ann", "Welcome!"), Turn("c", "2", "Bo", "Technically I'm your boss."),
...       Turn("c", "3", "Cy", "Noted. I'm used to strict bosses.")]
>>> taken_up("boss", ts[1], Discourse(ts))
(Entity(label='Cy', type='Person', iri=None, aliases=(), labels=()), 0.7)
>>> taken_up("brother", ts[1], Discourse(ts)) is None
True
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..pronouns import Discourse

__all__ = ["taken_up"]


def taken_up(noun: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The speaker of the turn after ``turn`` who says ``noun`` again, as the one "your ``noun``" was said to (module
    docstring); ``None`` when nobody does."""
    if discourse.addressee(turn) is not None:
        return None
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None or at + 1 >= len(turns):
        return None
    after = turns[at + 1]
    before = turns[at - 1].speaker if at > 0 else None
    if after.speaker in (turn.speaker, before):
        return None
    word = re.escape(noun.lower())
    if re.search(rf"\b{word}(?:e?s|['’]s)?\b", after.text, re.I) is None:
        return None
    return Entity(after.speaker, "Person"), 0.7
