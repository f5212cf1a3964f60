"""The children a couple has, told after a clause about the speaker's spouse: 我老公是公务员，有个6岁的女儿.

The clause 有个女儿 has no subject and takes the one of the clause before, the husband, so the rules gave the
child of "安娜的老公的女儿", a person of a person that no one would keep (and :func:`.plausible.implausible` drops). Said of
a spouse in a clause of its own, the child is the couple's: :func:`couple_children` makes it the speaker's,
``(安娜, child, 安娜的女儿)``. Not a child of a friend or a boyfriend (我男朋友在北京，有个儿子), nor one the spouse is said
to have (我老公有个女儿 tells of his daughter, perhaps of an earlier marriage).

>>> from kg_memory.types import Entity, Fact
>>> husband = Entity("安娜的老公", "Person")
>>> facts = [Fact(husband, "child", Entity("安娜的老公的女儿", "Person"), 0.8)]
>>> [(f.subject.label, f.predicate, f.object.label) for f in couple_children(facts, "我老公是公务员，有个女儿")]
[('安娜', 'child', '安娜的女儿')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ...types import Entity, Fact
from .lexicon import KIN_PREDICATE

__all__ = ["couple_children"]

def couple_children(facts: Sequence[Fact], text: str) -> list[Fact]:
    """``facts`` of the turn ``text`` with a child of the owner's spouse, known by them, made the owner's (see the
    module)."""
    out = []
    for fact in facts:
        owner, mark, word = fact.subject.label.rpartition("的")
        if fact.predicate == "child" and mark and owner and KIN_PREDICATE.get(word) == "spouse" \
                and not re.search(rf"{re.escape(word)}(?:也|还|就|都|只)?有", text) \
                and isinstance(fact.object, Entity) and fact.object.label.startswith(fact.subject.label + "的"):
            child = Entity(f"{owner}的{fact.object.label[len(fact.subject.label) + 1:]}", "Person")
            fact = dataclasses.replace(fact, subject=Entity(owner, "Person"), object=child)
        out.append(fact)
    return out
