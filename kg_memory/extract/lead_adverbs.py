"""A sentence's first word is no part of the name after it: "Actually Dina is my sister", "Sadly Carl is my uncle"
name Dina and Carl. The English patterns take two capitalised words as one name, and a sentence adverb is capitalised
at a sentence's start; the adverb is dropped from every person it begins. A guess ("Maybe Ross is my brother",
"Perhaps Gus is her son") states nothing of the one guessed: its facts are dropped.

>>> from kg_memory.types import Entity, Fact
>>> f = Fact(Entity("Ann", "Person"), "sibling", Entity("Actually Ross", "Person"))
>>> without_lead_adverbs([f])[0].object.label
'Ross'
>>> without_lead_adverbs([Fact(Entity("Ann", "Person"), "sibling", Entity("Maybe Ross", "Person"))])
[]
"""

from __future__ import annotations

import dataclasses

from ..types import Entity, Fact
from .framework import lazy

__all__ = ["without_lead_adverbs"]

#: A sentence adverb, a filler or a conjunction, capitalised, before a capitalised name ("Will", "Hope", "Grace" are
#: names themselves and are not listed)
_LEAD = lazy(
    r"^(?:Maybe|Perhaps|Probably|Possibly|Actually|Apparently|Obviously|Clearly|Surely|Certainly|Definitely|Honestly|"
    r"Basically|Luckily|Unfortunately|Fortunately|Sadly|Hopefully|Anyway|Anyways|Well|Now|Then|So|Yes|Yeah|Oh|Okay|"
    r"Also|Still|Even|Only|Just|Plus|Besides|Seriously|Frankly|Personally|Technically|Literally|Thankfully|Naturally|"
    r"Supposedly|Allegedly|Because|And|But|Unless|Although|Though|Besides|Finally|Suddenly|Eventually|Meanwhile)"
    r"\s+(?=[A-Z][a-z])"
)
#: A guess: what follows is not said to hold
_GUESS = lazy(r"^(?:Maybe|Perhaps|Probably|Possibly)\s+(?=[A-Z][a-z])")


def _named(entity: Entity) -> Entity:
    """``entity`` without a sentence adverb before its name."""
    if entity.type != "Person" or not _LEAD.match(entity.label):
        return entity
    return dataclasses.replace(entity, label=_LEAD.sub("", entity.label, count=1))


def without_lead_adverbs(facts: list[Fact]) -> list[Fact]:
    """``facts`` with each person whose name begins with a sentence adverb ("Actually Ross") named without it, and
    none of a person guessed at ("Maybe Ross")."""
    out = []
    for fact in facts:
        if any(isinstance(e, Entity) and e.type == "Person" and _GUESS.match(e.label) for e in (fact.subject, fact.object)):
            continue
        subject = _named(fact.subject)
        obj = _named(fact.object) if isinstance(fact.object, Entity) else fact.object
        out.append(fact if subject is fact.subject and obj is fact.object
                   else dataclasses.replace(fact, subject=subject, object=obj))
    return out
