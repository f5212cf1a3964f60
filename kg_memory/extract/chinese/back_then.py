"""A clause set back then by the one before it in the sentence: what it says held at that time, not now.

"我刚开店那会儿，阿凯还在上小学呢" and "我跟赵总一块儿创业的时候，你还在上大学呢" tell where 阿凯 and the one spoken to were at
school then (years ago), as 以前 before the clause itself does (:data:`.endings.FORMERLY`): the rules keep such facts
as ended. The frame is a clause closing on 那会儿, 那时候, 那阵子, 那年, 当年 (back then), or on 的时候 / 时 when the
clause it sets says 还在 (was still: 我回来的时候，他还在睡觉).

Not read: 我不在的时候，你住我家吧 (no 还在: a plan), a frame in another sentence.

>>> back_then("我刚开店那会儿，阿凯还在上小学呢", "阿凯还在上小学呢")
True
>>> back_then("我跟赵总创业的时候，你还在上大学呢", "你还在上大学呢"), back_then("我不在的时候，你住我家吧", "你住我家吧")
(True, False)
"""

from __future__ import annotations

from ..framework import lazy

__all__ = ["back_then"]

_BACK_THEN = lazy(r"(?:那会儿?|那时候?|那阵子|那几年|那年|当年)[，,]\s*$")
_AT_THE_TIME = lazy(r"(?:的时候|时)[，,]\s*$")
_STILL = lazy(r"^[^，,]{0,4}还在")


def back_then(sentence: str, clause: str) -> bool:
    """Whether a clause before ``clause`` in ``sentence`` sets it back then (see the module docstring)."""
    at = sentence.find(clause)
    if at <= 0:
        return False
    before = sentence[:at]
    return _BACK_THEN.search(before) is not None or _AT_THE_TIME.search(before) is not None and _STILL.search(clause) is not None
