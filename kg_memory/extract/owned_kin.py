"""A relative known by their owner, told of without the tie: "How's your wife?" - "She just started at a law firm.",
"any ideas for my dad's birthday? he loves fishing", 你女朋友也在北京吧？ - 对，她在一所中学当英语老师。, "my mom is my
best friend".

The pronoun is read as the relative ("Bob's wife", "Ann's dad", "Bob的女朋友"), so a fact of theirs is stored, but no
clause of the turn says "my wife" as a statement: the tie between the owner and the relative would be missing from
the graph, and "Bob's wife" would be a person of no one. :func:`tie_owned_kin` adds it, once per relative, from the
first fact told of them: ``(Bob, spouse, "Bob's wife")``; not when the same turn ties the owner to someone named by
that relation ("Hugo is my brother. Wanda, my sister, is a chef": the sister may be Wanda).

>>> from kg_memory.types import Provenance
>>> wife = Entity("Bob's wife", "Person")
>>> facts = [Fact(wife, "worksFor", Entity("law firm", "Organization"), 0.72, (Provenance("c", "2", "Bob"),))]
>>> [(f.subject.label, f.predicate, f.object.label) for f in tie_owned_kin(facts)][1:]
[('Bob', 'spouse', "Bob's wife")]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..types import Entity, Fact
from .english.lexicon import KIN_PREDICATE as EN_KIN

__all__ = ["tie_owned_kin"]

#: How sure the tie is beside the fact it is read from.
_SHARE = 0.9


def _owner_and_tie(person: Entity) -> tuple[Entity, str] | None:
    """The owner and the relation of a relative labelled from them ("Ann's dad": Ann, parent; "安娜的妹妹": 安娜,
    sibling), if ``person`` is one."""
    if person.type != "Person":
        return None
    owner, found, word = person.label.rpartition("'s ")
    kin = EN_KIN
    if not found and "的" in person.label:
        from .chinese.lexicon import KIN_PREDICATE as kin  # only where a Chinese label is: English never loads it

        owner, found, word = person.label.rpartition("的")
    if found and owner and (predicate := kin.get(word.lower())) is not None and predicate != "dated":
        return Entity(owner, "Person"), predicate
    return None


def _turn(fact: Fact) -> tuple[str | None, str | None] | None:
    return (fact.source.conversation, fact.source.turn) if fact.source else None


def tie_owned_kin(facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` with the tie of each relative known by their owner that they tell something of but no fact ties to
    the owner (see the module docstring)."""
    tied = {(f.subject.label, f.object.label) for f in facts if isinstance(f.object, Entity)}
    held = {(_turn(f), f.subject.label, f.predicate) for f in facts}
    out = list(facts)
    for fact in facts:
        people = [e for e in (fact.subject, fact.object) if isinstance(e, Entity)]
        for person in people:  # "my mom is my best friend": (Ann, friend, "Ann's mom")
            read = _owner_and_tie(person)
            if read is None or (read[0].label, person.label) in tied or (_turn(fact), read[0].label, read[1]) in held:
                continue  # "Hugo is my brother. Wanda, my sister, is a chef.": the sister may be Wanda
            owner, predicate = read
            tied.add((owner.label, person.label))
            out.append(dataclasses.replace(fact, subject=owner, predicate=predicate, object=person, ended=False,
                                           confidence=round(fact.confidence * _SHARE, 3), valid_from=None, valid_to=None,
                                           occurred_at=None, iri=None))
    return out
