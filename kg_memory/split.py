"""Undoing an entity merge: the mention gets its own entity back, with the facts it brought."""

from __future__ import annotations

import dataclasses

from . import ids
from .resolve import Merge
from .stores.base import Store
from .types import Entity, Fact

__all__ = ["split_merge"]


def _mentions(fact: Fact, key: str, texts: dict[tuple[str, str], str]) -> bool:
    return any(key in ids.normalize_name(texts.get((p.conversation or "", str(p.turn)), "")) for p in fact.sources)


def split_merge(store: Store, merge: Merge, namespace: str) -> Entity:
    """Give ``merge.mention`` an entity of its own in ``store``.

    The facts of the merged entity whose source turns contain the mention (and not the entity's own
    name) move to the new entity; the mention stops being an alias. All of it is one
    :meth:`~kg_memory.stores.Store.replace` (one transaction): a store that cannot do it raises
    :class:`~kg_memory.errors.UnsupportedOperation` before anything changes. Returns the new entity.
    """
    target = next(e for e in store.entities(namespace=namespace) if e.iri == merge.into)
    new = Entity(merge.mention, merge.type, ids.entity_iri(merge.mention, merge.type))
    texts = {(t.conversation, str(t.turn)): t.text for t in store.turns(namespace=namespace)}
    mention_key, own_key = ids.normalize_name(merge.mention), ids.normalize_name(target.label)
    related = list(store.facts(namespace=namespace, subject=target.iri, history=True))
    related += store.facts(namespace=namespace, object=target.iri, history=True)
    moved, removed = [], []
    for fact in related:
        if not _mentions(fact, mention_key, texts) or _mentions(fact, own_key, texts):
            continue
        moved.append(dataclasses.replace(
            fact,
            subject=new if fact.subject.iri == target.iri else fact.subject,
            object=new if isinstance(fact.object, Entity) and fact.object.iri == target.iri else fact.object,
        ))
        if fact.iri is not None:
            removed.append(fact.iri)
    store.replace(removed, moved, namespace=namespace, drop_aliases=[(merge.into, merge.mention)])
    return new
