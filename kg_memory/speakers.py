"""Unnamed speakers ("Speaker 1", "说话人2") are people of one conversation, not of every one.

Transcripts of different dialogues number their speakers alike; "Speaker 1" of one is not "Speaker 1"
of the next. :func:`scope_speakers` binds such a speaker, in a fact learned in a conversation, to an IRI
of that conversation (``ent:person.speaker_1.<conversation>``), so that the names a dialogue gives its
speakers ("Speaker 2" is "Joey") stay on that dialogue's speaker. The label stays "Speaker 1". A
speaker named by a role or a name ("User", "Alice") is the same person in every conversation.

>>> from kg_memory.types import Entity, Fact, Provenance
>>> fact = Fact(Entity("Speaker 1", "Person"), "livesIn", Entity("Paris", "Place"), sources=(Provenance("c7", "1"),))
>>> scope_speakers([fact])[0].subject.iri
'https://w3id.org/kg-memory/id/person.speaker_1.c7'
>>> speaker_iri("Alice", "c7") is None
True
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from . import ids
from .types import Entity, Fact

__all__ = ["NUMBERED_SPEAKER", "scope_speakers", "speaker_iri"]

#: Speaker labels that only number the speakers of one dialogue.
NUMBERED_SPEAKER = re.compile(r"^\s*(?:speaker|spk|说话人|发言人)\s*[_-]?\s*\d+\s*$", re.I)


def speaker_iri(label: str, conversation: str | None) -> str | None:
    """The IRI of the numbered speaker ``label`` of ``conversation``; None for any other name."""
    if not conversation or not NUMBERED_SPEAKER.match(label):
        return None
    return f"{ids.entity_iri(label, 'Person')}.{ids.name_key(conversation)}"


def _scoped(entity: Entity, conversation: str | None) -> Entity:
    if entity.iri is not None or entity.type not in ("Person", "Thing"):
        return entity
    iri = speaker_iri(entity.label, conversation)
    return entity if iri is None else dataclasses.replace(entity, type="Person", iri=iri)


def scope_speakers(facts: Iterable[Fact]) -> list[Fact]:
    """``facts`` with each numbered speaker bound to its conversation's IRI (see the module docstring)."""
    out = []
    for fact in facts:
        conversation = fact.source.conversation if fact.source else None
        subject = _scoped(fact.subject, conversation)
        obj = _scoped(fact.object, conversation) if isinstance(fact.object, Entity) else fact.object
        if subject is not fact.subject or obj is not fact.object:
            fact = dataclasses.replace(fact, subject=subject, object=obj)
        out.append(fact)
    return out
