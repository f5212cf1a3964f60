"""Undoing an entity merge: the mention gets its own entity back, with the facts it brought."""

from __future__ import annotations

import dataclasses

from . import ids
from .errors import InputError
from .resolve import Merge
from .stores.base import Store
from .types import Entity, Fact, Turn

__all__ = ["split_merge"]


def _from_mention(fact: Fact, mention: str, own: str, turns: dict[tuple[str, str], Turn]) -> bool:
    """Whether ``fact`` came from the mention: a source turn said by it (its "I") or naming it, and
    no source turn naming the entity it was merged into."""
    said = named = named_own = False
    for p in fact.sources:
        turn = turns.get((p.conversation or "", str(p.turn)))
        text = ids.normalize_name(turn.text if turn is not None else "")
        said = said or ids.normalize_name(p.speaker or (turn.speaker if turn is not None else "")) == mention
        named = named or mention in text
        named_own = named_own or own in text
    return (said or named) and not named_own


def split_merge(store: Store, merge: Merge, namespace: str) -> Entity:
    """Give ``merge.mention`` an entity of its own in ``store``.

    The new entity is stored even when no fact moves to it. The facts of the merged entity that came
    from the mention move to it: those whose source turns the mention said (as a speaker) or that
    name it, and none that names the entity's own name. The mention stops being an alias. All of it
    is one :meth:`~kg_memory.stores.Store.replace` (one transaction): a store that cannot do it raises
    :class:`~kg_memory.errors.UnsupportedOperation` before anything changes. Returns the new entity.
    """
    target = next((e for e in store.entities(namespace=namespace) if e.iri == merge.into), None)
    if target is None:
        raise InputError(f"{merge.mention!r} was merged into {merge.into}, which is no longer stored")
    new = Entity(merge.mention, merge.type, ids.entity_iri(merge.mention, merge.type))
    turns = {(t.conversation, str(t.turn)): t for t in store.turns(namespace=namespace)}
    mention_key, own_key = ids.normalize_name(merge.mention), ids.normalize_name(target.label)
    related = list(store.facts(namespace=namespace, subject=target.iri, history=True))
    related += store.facts(namespace=namespace, object=target.iri, history=True)
    moved, removed = [], []
    for fact in related:
        if not _from_mention(fact, mention_key, own_key, turns):
            continue
        moved.append(dataclasses.replace(
            fact,
            subject=new if fact.subject.iri == target.iri else fact.subject,
            object=new if isinstance(fact.object, Entity) and fact.object.iri == target.iri else fact.object,
        ))
        if fact.iri is not None:
            removed.append(fact.iri)
    store.replace(removed, moved, namespace=namespace, drop_aliases=[(merge.into, merge.mention)], entities=[new])
    return new
