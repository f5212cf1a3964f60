"""A bond put right at once: "Dana is Kim's friend." - "Partner." (or "Girlfriend, actually.", "这是我同事小王。" -
"男朋友啦。") makes the two partners, not friends; the word alone in the next turn names the bond the turn before told,
and is no bond of the one who says it ("Speaker 2's partner").

Only a turn that tells one bond between two people is put right, and only by a word for another bond of the same kind
that people have with each other (a partner, a spouse, a friend, a colleague, a roommate, a neighbour, a classmate).

>>> bond_word("Partner."), bond_word("Girlfriend, actually."), bond_word("No, her husband!"), bond_word("男朋友啦。")
('partner', 'partner', 'spouse', 'partner')
>>> bond_word("Life partner."), bond_word("生活伴侣."), bond_word("是伴侣。"), bond_word("其实是她老公。")
('partner', 'partner', 'partner', 'spouse')
>>> bond_word("Partner in crime."), bond_word("Friends forever")
(None, None)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .framework import lazy
from .placeholders import placeholder_of

__all__ = ["bond_word", "bonds_corrected"]

#: Words for a bond between two people, in both languages -> the predicate.
_BONDS = {
    **dict.fromkeys("partner boyfriend girlfriend fiance fiancee fiancé fiancée 女朋友 男朋友 对象 伴侣 未婚妻 未婚夫 生活伴侣".split(),
                    "partner"),
    **dict.fromkeys("wife husband spouse 老婆 老公 妻子 丈夫 太太 先生 爱人".split(), "spouse"),
    **dict.fromkeys("friend buddy pal bestie 朋友 好朋友 闺蜜 哥们".split(), "friend"),
    **dict.fromkeys("coworker co-worker colleague 同事".split(), "colleague"),
    **dict.fromkeys("roommate flatmate housemate roomie 室友 舍友".split(), "roommate"),
    **dict.fromkeys("neighbor neighbour 邻居".split(), "neighbor"),
    **dict.fromkeys("classmate 同学".split(), "classmate"),
}
_PREDICATES = frozenset(_BONDS.values())
#: The word alone, after a "no" or "well" and "his", "her", "their" ("life partner", "是伴侣", "其实是她老公"), and an
#: "actually" or "now" after it.
_ALONE = lazy(r"^\W*(?i:(?:no|nope|nah|well|um+|uh+|oh|actually|technically)\W+)*(?i:(?:his|her|their|my)\s+)?(?i:life\s+)?"
              r"(?:其实)?(?:是|算)?(?:[她他]的?)?(?P<w>[A-Za-z-]+[é]?e?|[\u4e00-\u9fff]{2,4}?)(?i:\W+(?:actually|now|technically|though))?"
              r"(?:[啦啊吧呢了]|才对)?\W*$")


def bond_word(text: str) -> str | None:
    """The bond ``text`` names alone, as its predicate."""
    m = _ALONE.match(text)
    return _BONDS.get(m.group("w").lower()) if m else None


def bonds_corrected(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` with a bond put right by the next turn (see the module docstring)."""
    at: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}
    told: dict[int, list[int]] = {}
    for n, fact in enumerate(facts):
        i = at.get((fact.source.conversation, fact.source.turn)) if fact.source else None
        if i is not None and fact.predicate in _PREDICATES and isinstance(fact.object, Entity) \
                and fact.object.type == "Person" and not fact.ended:
            told.setdefault(i, []).append(n)
    out = list(facts)
    dropped: set[int] = set()
    for i, ns in told.items():
        pairs = {frozenset((facts[n].subject, facts[n].object)) for n in ns}
        if len(pairs) != 1 or i + 1 >= len(turns) or turns[i + 1].conversation != turns[i].conversation:
            continue
        reply = turns[i + 1]
        bond = bond_word(reply.text)
        if bond is None or any(facts[n].predicate == bond for n in ns):
            continue
        for n in ns:
            out[n] = dataclasses.replace(facts[n], predicate=bond)
        dropped.update(n for n, f in enumerate(facts) if f.source and (f.source.conversation, f.source.turn)
                       == (reply.conversation, reply.turn) and f.subject.label == reply.speaker
                       and isinstance(f.object, Entity) and placeholder_of(f.subject, f.object))
    return [f for n, f in enumerate(out) if n not in dropped]
