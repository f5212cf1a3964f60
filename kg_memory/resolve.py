"""Entity resolution: which stored entity a mention means, or a new IRI for it.

A mention joins an existing entity when its normalised name equals one of the entity's names (label
or alias) and the types are compatible; with ``fuzzy=True`` (the default where torch is installed) it
also joins when the fuzzy index (:mod:`kg_memory.fuzzy`) scores it above the calibrated threshold.
Otherwise a new IRI is minted from the name and type.

>>> from kg_memory.stores import open_store
>>> resolver = EntityResolver(open_store(), fuzzy=False)
>>> resolver.resolve(Entity("Zhang San", "Person"), "default").iri
'https://w3id.org/kg-memory/id/person.zhang_san'
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

from . import ids
from .stores.base import Store
from .types import Entity

__all__ = ["EntityResolver", "compatible"]

logger = logging.getLogger(__name__)


def compatible(a: str, b: str) -> bool:
    """Whether entities of types ``a`` and ``b`` may be the same (``Thing`` fits everything)."""
    return a == b or "Thing" in (a, b)


@dataclass
class _Namespace:
    by_key: dict[str, list[str]] = field(default_factory=dict)  # normalised name -> IRIs
    entities: dict[str, Entity] = field(default_factory=dict)  # IRI -> entity
    pending: list[Entity] = field(default_factory=list)


class EntityResolver:
    """Resolves mentions to entities of one store, namespace by namespace.

    The resolver keeps a cache of the store's entity names, loaded on first use. ``created`` counts
    the entities it minted.
    """

    def __init__(self, store: Store, *, fuzzy: bool | None = None, threshold: float | None = None) -> None:
        self.store = store
        self.fuzzy = fuzzy
        self.threshold = threshold
        self.created = 0
        self._spaces: dict[str, _Namespace] = {}

    def _space(self, namespace: str) -> _Namespace:
        space = self._spaces.get(namespace)
        if space is None:
            space = _Namespace()
            for entity in self.store.entities(namespace=namespace):
                self._index(space, entity)
            self._spaces[namespace] = space
        return space

    @staticmethod
    def _index(space: _Namespace, entity: Entity) -> None:
        assert entity.iri is not None
        space.entities[entity.iri] = entity
        for name in (entity.label, *entity.aliases):
            iris = space.by_key.setdefault(ids.normalize_name(name), [])
            if entity.iri not in iris:
                iris.append(entity.iri)

    def _exact(self, space: _Namespace, label: str, type: str) -> Entity | None:
        candidates = [space.entities[i] for i in space.by_key.get(ids.normalize_name(label), [])]
        candidates = [c for c in candidates if compatible(c.type, type)]
        if not candidates:
            return None
        return next((c for c in candidates if c.type == type), candidates[0])

    def resolve(self, entity: Entity, namespace: str) -> Entity:
        """Return ``entity`` bound to an IRI: an existing entity's, or a newly minted one."""
        space = self._space(namespace)
        if entity.iri is not None:
            if entity.iri not in space.entities:
                self._add_pending(space, entity)
            return entity
        found = self._exact(space, entity.label, entity.type)
        if found is not None:
            return _join(entity, found)
        iri = ids.entity_iri(entity.label, entity.type)
        new = entity.with_iri(iri)
        if iri not in space.entities:
            self._add_pending(space, new)
        return new

    def _add_pending(self, space: _Namespace, entity: Entity) -> None:
        self._index(space, entity)
        space.pending.append(entity)
        self.created += 1

    def find(self, name: str, namespace: str) -> Entity | None:
        """The stored entity with IRI or name ``name`` (exact after normalisation), or None."""
        space = self._space(namespace)
        if name in space.entities:
            return space.entities[name]
        iris = space.by_key.get(ids.normalize_name(name), [])
        if iris:
            return max((space.entities[i] for i in iris), key=lambda e: e.type != "Thing")
        hits = self.lookup(name, namespace, 1)
        return hits[0][0] if hits and hits[0][1] >= 0.99 else None

    def lookup(self, name: str, namespace: str, k: int = 5) -> list[tuple[Entity, float]]:
        """Entities ranked by name similarity (exact matches score 1.0)."""
        space = self._space(namespace)
        key = ids.normalize_name(name)
        return [(space.entities[i], 1.0) for i in space.by_key.get(key, [])][:k]

    def commit(self, namespace: str) -> None:
        """The pending entities of the namespace were stored."""
        self._space(namespace).pending.clear()

    def rollback(self, namespace: str) -> None:
        """The batch failed: forget the entities it created."""
        self._spaces.pop(namespace, None)

    def invalidate(self, namespace: str) -> None:
        """The store changed behind the resolver's back (forget, update, bulk load)."""
        self._spaces.pop(namespace, None)

    def save(self) -> None:
        """Persist what the resolver keeps beside the store (nothing without a fuzzy index)."""


def _join(mention: Entity, found: Entity) -> Entity:
    """The mention bound to an existing entity; a differing surface name becomes an alias."""
    aliases: tuple[Any, ...] = ()
    if mention.label != found.label and mention.label not in found.aliases:
        aliases = (mention.label,)
    return dataclasses.replace(found, label=mention.label if aliases else found.label, aliases=aliases)
