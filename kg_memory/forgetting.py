"""Forgetting across a memory: the store, and everything kept beside it.

:meth:`Memory.forget <kg_memory.memory.Memory.forget>` delegates here. The store forgets in one
transaction (for an entity, by the rules of :mod:`kg_memory.stores._forget`); then the side files
follow at once: the merge log loses the merges into entities that are gone (or of the entity's
names), the fuzzy index loses their rows, and the recall embedding cache keeps only the vectors of
texts still in memory. With ``purge=True`` a store that can (the embedded Oxigraph store on disk)
rewrites its files, so the forgotten text is not left in them either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .types import Entity

if TYPE_CHECKING:
    from .memory import Memory

__all__ = ["forget"]


def forget(
    memory: Memory,
    namespace: str,
    *,
    fact: str | None = None,
    entity: str | Entity | None = None,
    conversation: str | None = None,
    speaker: str | None = None,
    everything: bool = False,
    purge: bool = False,
) -> int:
    """Forget in the store and in the side files; returns how many facts went."""
    iri: str | None = None
    names: tuple[str, ...] = ()
    if entity is not None:
        found = memory.entity(entity, namespace=namespace)
        iri, names = found.iri, (found.label, *found.aliases)
    n = memory.store.forget(namespace=namespace, fact=fact, entity=iri, conversation=conversation,
                            speaker=speaker, everything=everything, purge=purge)
    memory.resolver.forget_entities(namespace, names)
    _prune_recall_cache(memory, namespace)
    return n


def _prune_recall_cache(memory: Memory, namespace: str) -> None:
    """Keep in the namespace's embedding cache only the vectors of what the memory still holds."""
    from .recall.recaller import _cache_dir

    folder = _cache_dir(memory.store, namespace)
    if folder is None or not any(folder.glob("embeddings-*.npz")):
        return
    from .recall.embeddings import prune_cached_embeddings
    from .recall.index import RecallIndex

    store = memory.store
    index = RecallIndex(list(store.turns(namespace=namespace)), list(store.facts(namespace=namespace, history=True)),
                        list(store.entities(namespace=namespace)))
    prune_cached_embeddings(folder, [*index.turn_docs, *index.dialogue_docs, *index.fact_docs])
