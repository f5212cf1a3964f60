"""The speaker's trade said as the standing they speak or ask in: 作为一名护士，我经常上夜班; 作为一个在华为做硬件工程师的人，
我该怎么准备跳槽面试？ (the question is asked, the trade is told); 身为素食者，我…… The clause before the comma is read as the
speaker's own statement (我是一名护士, 我在华为做硬件工程师), keeping only what it says of work or diet: 作为朋友，我……,
作为家长，我…… or 作为过来人，我…… tell nothing of that kind.

>>> stated_as("作为一个在华为做硬件工程师的人，我该怎么准备跳槽面试？")
'我在华为做硬件工程师'
>>> stated_as("作为一名护士，我经常上夜班。"), stated_as("作为家长，我很担心。")
('我是一名护士', None)
>>> stated_as("作为一名烘焙师，做可颂用什么面粉最好？"), stated_as("作为老师，她很严格。")
('我是一名烘焙师', None)
"""

from __future__ import annotations

from ..framework import Found, lazy
from .regard import names_a_job

__all__ = ["identity_of", "stated_as"]

_AS = lazy(r"^(?:作为|身为)(?P<a>一[个名位]|[个名位])?(?P<x>[^，,。！？!?]{2,16}?)(?P<who>的人)?[，,]")
#: What follows says it is the speaker's standing: 我 in it, or a question of no one else (作为烘焙师，做可颂用什么面粉？).
_MINE_AFTER = lazy(r"[^。！？!?]*我|[^。！!他她你您]*[？?]\s*$")
#: What such a clause may tell: the speaker's work and diet (not a bond: 作为朋友 is said of the one spoken to).
IDENTITY = frozenset(("jobTitle", "worksFor", "workLocation", "diet"))


def stated_as(sentence: str) -> str | None:
    """The speaker's statement of the standing ``sentence`` opens with (作为……，我……), or None."""
    m = _AS.match(sentence)
    if m is None or not _MINE_AFTER.match(sentence, m.end()):
        return None
    if m.group("who") or m.group("x").startswith(("在", "做", "当")):
        return "我" + m.group("x")  # 作为一个在华为做工程师的人: 我在华为做工程师
    if not (names_a_job(m.group("x")) or m.group("x").startswith("素食")):
        return None  # 作为家长, 作为朋友: no trade
    return f"我是{m.group('a') or ''}{m.group('x')}"


def identity_of(found: list[Found]) -> list[Found]:
    """Of ``found``, what tells of the speaker's work or diet (:data:`IDENTITY`)."""
    return [f for f in found if f[1] in IDENTITY]
