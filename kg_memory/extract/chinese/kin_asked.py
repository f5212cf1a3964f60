"""Whom a relative called at the head of a turn is, in a group: the one who answers a question asked after the call,
or the one who answers a parent's call as the parent.

"爸，我饿了，我们什么时候吃饭？" said among three or more asks the one it calls, and the one who answers next (not the
one who spoke before, talking with someone else) is that parent: "小宝乖，前面服务区就停。" A turn that answers a
question of the one before ("你饿不饿？" - "妈，我饿了，什么时候吃饭？") speaks to them, as does one in a talk of two.

A call of 爸 or 妈 that asks nothing is answered by the parent too, where the next speaker calls the caller back as
their child ("妈，门口的灯又不亮了。" - "真是的。儿子，你去买个灯泡。") or speaks of them so ("爸，票我取好了。" - "好，这
是我儿子，……"): that one is the parent, not the one who spoke before the call.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "你开了四个小时了。"), Turn("c", "2", "B", "不用，我不累。"),
...       Turn("c", "3", "C", "爸，我饿了，我们什么时候吃饭？"), Turn("c", "4", "A", "前面服务区就停。")]
>>> asked_kin(ts[2], Discourse(ts))
(Entity(label='A', type='Person', iri=None, aliases=(), labels=()), 0.6)
>>> ts = [Turn("c", "1", "A", "这车几点发？"), Turn("c", "2", "B", "八点。"),
...       Turn("c", "3", "C", "妈，票我取好了。"), Turn("c", "4", "D", "行，这是我闺女，刚放寒假。")]
>>> asked_kin(ts[2], Discourse(ts))
(Entity(label='D', type='Person', iri=None, aliases=(), labels=()), 0.8)
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse

__all__ = ["asked_kin"]

_ASKS = lazy(r"[？?]")
#: A turn that opens calling a parent: 爸，……; 妈！……; 老爸，…….
_PARENT_CALLED = lazy(r"^\W*(?:老)?(?:爸爸?|妈妈?|爹|娘)[，,！!]")
#: The next turn calls the caller back as a child (……。儿子，你去买个灯泡) or speaks of them so (这是我闺女).
_AS_CHILD = lazy(r"(?:^|[，,。！!？?…])\s*(?:儿子|闺女|女儿|丫头)[，,！!]\s*(?=\S)"
                 r"|这(?:就)?是我(?:的)?(?:大|小|二)?(?:儿子|闺女|女儿)(?:[，,。！!]|$)")


def asked_kin(turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The one who answers ``turn`` (which calls a relative at its head and asks something) in a group of three or
    more, where they did not speak just before and the turn answers no question of the one before; the next speaker
    where they answer a call of 爸 or 妈 as the parent; else ``None``."""
    turns = discourse.conversation(turn)
    if len({t.speaker for t in turns}) < 3:
        return None
    at = discourse.place(turn)
    if at is None or at + 1 >= len(turns) or turns[at + 1].speaker == turn.speaker:
        return None
    if _PARENT_CALLED.match(turn.text) and _AS_CHILD.search(turns[at + 1].text):
        return Entity(turns[at + 1].speaker, "Person"), 0.8  # 妈，…… - ……儿子，你……: the parent answers
    if not _ASKS.search(turn.text):
        return None
    before = turns[at - 1] if at > 0 else None
    if before is not None and (before.speaker == turns[at + 1].speaker or _ASKS.search(before.text)):
        return None  # the same one on both sides, or a question of the one before answered
    return Entity(turns[at + 1].speaker, "Person"), 0.6
