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

A daughter- or son-in-law calls the spouse's parents 爸 and 妈 too: where the one called speaks, just before the call
or answering it, of their own 儿媳妇 or 女婿, of their child marrying the caller (刚子娶你是他的福气) or of taking the caller as their
own (我把你当亲闺女), :func:`in_law_called` says so, and the call tells no parent.

>>> ts = [Turn("c", "1", "A", "爸，您少喝点。"), Turn("c", "2", "B", "好好，听儿媳妇的。")]
>>> in_law_called(Entity("B", "Person"), ts[0], Discourse(ts)), in_law_called(Entity("A", "Person"), ts[0], Discourse(ts))
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .taken_up import taken_up

__all__ = ["asked_kin", "in_law_called"]

_ASKS = lazy(r"[？?]")
#: A turn that opens calling a parent: 爸，……; 妈！……; 老爸，…….
_PARENT_CALLED = lazy(r"^\W*(?:老)?(?:爸爸?|妈妈?|爹|娘)[，,！!]")
#: The next turn calls the caller back as a child (……。儿子，你去买个灯泡) or speaks of them so (这是我闺女).
_AS_CHILD = lazy(r"(?:^|[，,。！!？?…])\s*(?:儿子|闺女|女儿|丫头)[，,！!]\s*(?=\S)"
                 r"|这(?:就)?是我(?:的)?(?:大|小|二)?(?:儿子|闺女|女儿)(?:[，,。！!]|$)")

#: A later sentence of the turn that calls another by name and asks them (妈，我爸说就来。蔚蔚，你男朋友呢？): the question is
#: that one's, and the one who answers it is no relative called at the turn's head.
_ASKS_ANOTHER = lazy(r"[。！!？?…]\s*(?!对了|那|好|行|哎|唉|嗯|哦|喂)[\u4e00-\u9fff]{1,4}[，,！!]\s*(?:你|您)[^。！!？?]*[？?]")

#: A child called as a stranger calls one (小朋友，……, 小姑娘，……): the one who calls so is no parent of the child.
_STRANGERS_CALL = lazy(r"(?:^|[，,。！!？?…])\s*(?:小朋友|小同学|小伙子|小姑娘|小妹妹|小弟弟)[，,！!]")
#: The next turn speaks to the caller (让你……, 你……): an answer to them.
_TO_CALLER = lazy(r"[你您]")


#: A parent speaking of themselves as 妈 or 爸 to their child (……，妈走了。 妈给你带了饭。 爸跟你说): at a clause's head, then a verb.
_SELF_PARENT = lazy(r"(?:^|[，,。！!？?…])\s*(?P<k>妈|爸)(?P=k)?(?=走了|先走|给你|跟你|这就|去|回|也|就|不|没|知道|在这)")


def _self_named_parent(turn: Turn, turns: Sequence[Turn]) -> Entity | None:
    """The one other speaker who spoke of themselves as the parent ``turn`` calls (妈 or 爸) before it, if only one did."""
    call = _PARENT_CALLED.match(turn.text)
    if call is None:
        return None
    kin = "妈" if "妈" in call.group(0) or "娘" in call.group(0) else "爸"
    before = turns[:turns.index(turn)] if turn in turns else []
    selves = {t.speaker for t in before if t.speaker != turn.speaker
              and any(m.group("k") == kin for m in _SELF_PARENT.finditer(t.text))}
    return Entity(selves.pop(), "Person") if len(selves) == 1 else None


def asked_kin(turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The one who answers ``turn`` (which calls a relative at its head and asks something) in a group of three or
    more, where they did not speak just before and the turn answers no question of the one before; the next speaker
    where they answer a call of 爸 or 妈 as the parent; the one before where the turn takes up their words; the one
    speaker before who spoke of themselves as that parent ("晨阳，被子铺好，妈走了。" … "妈，你快走吧。"); else ``None``."""
    turns = discourse.conversation(turn)
    if len({t.speaker for t in turns}) < 3:
        return None
    if (up := taken_up(turn, discourse)) is not None:
        return up  # 妈，您这话我爱听: the one whose words it takes up (:mod:`.taken_up`)
    at = discourse.place(turn)
    if (parent := _self_named_parent(turn, turns)) is not None:
        return parent, 0.7  # "晨阳，……，妈走了。" … "妈，你快走吧。": the one who spoke of herself as 妈
    if at is None or at + 1 >= len(turns) or turns[at + 1].speaker == turn.speaker:
        return None
    if _PARENT_CALLED.match(turn.text) and _AS_CHILD.search(turns[at + 1].text):
        return Entity(turns[at + 1].speaker, "Person"), 0.8  # 妈，…… - ……儿子，你……: the parent answers
    if _PARENT_CALLED.match(turn.text) and at > 0 and _STRANGERS_CALL.search(turns[at - 1].text) \
            and turns[at - 1].speaker != turns[at + 1].speaker and _TO_CALLER.search(turns[at + 1].text):
        return Entity(turns[at + 1].speaker, "Person"), 0.6  # 小朋友，看这儿。 - 爸，我看不清。 - 让你……: the parent answers
    if not _ASKS.search(turn.text) or _ASKS_ANOTHER.search(turn.text):
        return None
    before = turns[at - 1] if at > 0 else None
    if before is not None and (before.speaker == turns[at + 1].speaker or _ASKS.search(before.text)):
        return None  # the same one on both sides, or a question of the one before answered
    return Entity(turns[at + 1].speaker, "Person"), 0.6


#: A son's or daughter's spouse spoken of by their parent (听儿媳妇的, 我女婿, 刚子娶你, 我把你当亲闺女).
_IN_LAW = lazy(r"(?:^|[，,。！？!?…\s]|我|我们?家的?|咱家|听|这是|是我的?)(?:儿媳|女婿|姑爷)|娶(?:了)?你|嫁给我儿子|"
               r"把你当(?:成)?(?:亲|自己)?(?:闺女|女儿|儿子)")  # not 汝姐女婿 (another's)


def in_law_called(called: Entity, turn: Turn, discourse: Discourse) -> bool:
    """Whether ``called``, whom ``turn`` calls 爸 or 妈, speaks of their own child-in-law in the three turns before it
    or answers it so (爸，您少喝点。 - 好好，听儿媳妇的。): the caller may be the in-law, no child of theirs."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None:
        return False
    near = [*turns[max(0, at - 3):at], *turns[at + 1:at + 2]]
    return any(t.speaker == called.label and _IN_LAW.search(t.text) for t in near)
