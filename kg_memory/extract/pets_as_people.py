"""A pet taken for a person: "my gf, Toby, and I went to the park" where Toby is the speaker's dog.

A name set off by commas after "my gf" or "my friend" reads as that person's name; when the same conversation says
the subject has a pet of that name ("this is Toby, my new pup"), the name is the pet's, and the person relations given
to it (partner, friend, ...) are dropped. The pet and what is said of it stay. The cost: a partner who shares a name
with the subject's pet is lost too (rare: a pet is seldom named after one's partner).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Entity, Fact

__all__ = ["pets_as_people"]

#: Relations that only a person holds to the subject
_PERSON_RELATIONS = frozenset("acquaintance boss child classmate client colleague dated employee friend neighbor parent "
                              "partner relative roommate sibling spouse".split())


def pets_as_people(facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` without a person relation of a subject to a name that is the same subject's pet.

    >>> ann, toby = Entity("Ann", "Person"), Entity("Toby", "Person")
    >>> facts = [Fact(ann, "hasPet", Entity("Toby", "Animal")), Fact(ann, "partner", toby), Fact(ann, "friend", Entity("Kim", "Person"))]
    >>> [(f.predicate, f.object.label) for f in pets_as_people(facts) if isinstance(f.object, Entity)]
    [('hasPet', 'Toby'), ('friend', 'Kim')]
    """
    pets = {(f.subject.label, f.object.label.lower()) for f in facts
            if f.predicate == "hasPet" and isinstance(f.object, Entity) and not f.ended}
    if not pets:
        return list(facts)
    return [f for f in facts if not (f.predicate in _PERSON_RELATIONS and isinstance(f.object, Entity)
                                     and (f.subject.label, f.object.label.lower()) in pets)]
