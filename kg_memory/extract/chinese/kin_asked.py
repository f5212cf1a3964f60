"""Whom a relative called at the head of a turn is, in a group: the one who answers a question asked after the call.

"爸，我饿了，我们什么时候吃饭？" said among three or more asks the one it calls, and the one who answers next (not the
one who spoke before, talking with someone else) is that parent: "小宝乖，前面服务区就停。" A turn that answers a
question of the one before ("你饿不饿？" - "妈，我饿了，什么时候吃饭？") speaks to them, as does one in a talk of two.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "你开了四个小时了。"), Turn("c", "2", "B", "不用，我不累。"),
...       Turn("c", "3", "C", "爸，我饿了，我们什么时候吃饭？"), Turn("c", "4", "A", "前面服务区就停。")]
>>> asked_kin(ts[2], Discourse(ts))
(Entity(label='A', type='Person', iri=None, aliases=(), labels=()), 0.6)
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse

__all__ = ["asked_kin"]

_ASKS = lazy(r"[？?]")


def asked_kin(turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The one who answers ``turn`` (which calls a relative at its head and asks something) in a group of three or
    more, where they did not speak just before and the turn answers no question of the one before; else ``None``."""
    turns = discourse.conversation(turn)
    if len({t.speaker for t in turns}) < 3 or not _ASKS.search(turn.text):
        return None
    at = discourse.place(turn)
    if at is None or at + 1 >= len(turns) or turns[at + 1].speaker == turn.speaker:
        return None
    before = turns[at - 1] if at > 0 else None
    if before is not None and (before.speaker == turns[at + 1].speaker or _ASKS.search(before.text)):
        return None  # the same one on both sides, or a question of the one before answered
    return Entity(turns[at + 1].speaker, "Person"), 0.6
