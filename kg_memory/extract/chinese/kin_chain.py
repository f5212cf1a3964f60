"""A relative of a relative at the head of a clause: 我哥哥的老婆是医生, 我老公的妹妹在银行上班, 我儿子的女朋友是四川人.

The clause is read of the second relative, a placeholder named after the first (安娜的哥哥的老婆), and both links are
kept (安娜 sibling 安娜的哥哥, 安娜的哥哥 spouse 安娜的哥哥的老婆), as the English rules do for "my brother's wife is a
nurse", so that 安娜哥哥的老婆是做什么的？ follows them. :data:`.lexicon.SUBJECT` reads the first relative (group ``via``,
said with 的 before the second); :func:`through_kin` turns the owner of the clause's relative into that first relative.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.chinese.segment import SUBJECT_CLAUSE
>>> turn, out = Turn("c", "1", "安娜", "我老公的妹妹是老师。"), []
>>> m = SUBJECT_CLAUSE.match("我老公的妹妹是老师")
>>> owner, weight = through_kin((Entity("安娜", "Person"), 0.9), m, turn, Discourse([turn]), out)
>>> owner.label, m.group("kin"), [(s.label, p, o.label) for s, p, o, _, _ in out]
('安娜的老公', '妹妹', [('安娜', 'spouse', '安娜的老公')])
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found
from ..pronouns import Discourse, gender_of_noun
from .lexicon import KIN_PREDICATE
from .objects import owned

__all__ = ["through_kin"]


def through_kin(owned_by: tuple[Entity | None, float], m: re.Match[str], turn: Turn, discourse: Discourse,
                out: list[Found]) -> tuple[Entity | None, float]:
    """The owner of the relative that the clause ``m`` (:data:`.segment.SUBJECT_CLAUSE`) opens with: ``owned_by`` (the
    one 我/你/他/她 names, and the weight of what is said), or the relative of theirs said before it (我哥哥的老婆:
    安娜的哥哥), its link to them added to ``out``."""
    owner, weight = owned_by
    via = m.groupdict().get("via")
    if owner is None or not via:
        return owned_by
    first = owned(owner, via, "Person", None)
    out.append((owner, KIN_PREDICATE[via], first, round(0.8 * weight, 2), None))
    discourse.mention(turn, first, gender_of_noun(via))
    return first, round(0.9 * weight, 2)
