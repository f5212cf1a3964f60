"""Two relatives side by side or joined by 和/与 at the head of a clause, read as two clauses (one for each).

我岳父岳母住在青岛 and 我爷爷和奶奶住在乡下 say where each lives: the clause is read as 我岳父住在青岛，我岳母住在青岛,
so both are the speaker's relatives and what is said holds for both (as 我爸妈住在杭州, one word for the two, does).
The second noun is no name of the first (not 岳父 named 岳母). 跟 is left alone (我爷爷跟奶奶住: lives with her), and so
is a pair owned by a third (我爷爷奶奶的房子: the house, not the two).

>>> paired_kin("我岳父岳母住在青岛。"), paired_kin("我爷爷和我奶奶都住在乡下")
('我岳父住在青岛，我岳母住在青岛。', '我爷爷住在乡下，我奶奶住在乡下')
>>> paired_kin("我爷爷跟奶奶住在乡下"), paired_kin("我爷爷奶奶的房子很大"), paired_kin("我爸妈住在海南")
('我爷爷跟奶奶住在乡下', '我爷爷奶奶的房子很大', '我爸妈住在海南')
"""

from __future__ import annotations

import re

from ..framework import lazy
from .lexicon import KIN, KIN_PREDICATE

__all__ = ["paired_kin"]

_PAIR = lazy(rf"(?:^|(?<=[，,；;。！!]))(?P<o>我|你|他|她)(?P<de>的)?(?P<a>{KIN})(?:和|与|及)?(?:(?P=o)的?)?(?P<b>{KIN})"
             rf"(?:都|也都|俩|两个|两人)?(?P<rest>(?![的和与跟、])[^，,；;。！!？?]+)")


def _split(m: re.Match[str]) -> str:
    if m.group("a") == m.group("b") or m.end("a") == m.start("b") and m.group("a") + m.group("b") in KIN_PREDICATE:
        return m.group(0)  # 爸妈 (not 爸和妈), 妈妈: one word
    owner = m.group("o") + (m.group("de") or "")
    return f"{owner}{m.group('a')}{m.group('rest')}，{owner}{m.group('b')}{m.group('rest')}"


def paired_kin(sentence: str) -> str:
    """``sentence`` with each clause that opens on two relatives read as one clause for each (see the module)."""
    return _PAIR.sub(_split, sentence)
