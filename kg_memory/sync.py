"""Copy a memory between two stores (embedded <-> Neo4j <-> SPARQL endpoint) through the Store contract.

A sync streams one namespace at a time: first its turns, then its facts, current and closed, in
batches of ``batch_size``, each batch one atomic ``add``. Facts go in exactly as read (no functional
closing), so the target ends with the same facts, the same history and the same provenance; running
a sync twice changes nothing (every write merges with what is there). At the end the counts of both
sides are compared (facts including history, entities that facts mention, turns); a difference raises
:class:`SyncMismatch`.

Entities no fact mentions any longer (left behind by ``forget``) cannot travel through the contract,
which stores entities with their facts: they are counted in ``SyncReport.orphans`` and not copied.

Examples
--------
>>> from kg_memory.stores import open_store
>>> from kg_memory.types import Entity, Fact
>>> source, target = open_store("memory://"), open_store("memory://")
>>> alice = Entity("Alice", "Person", "https://w3id.org/kg-memory/id/person.alice")
>>> with source, target:
...     _ = source.add([Fact(alice, "age", 30)])
...     [(r.namespace, r.facts, r.entities) for r in sync(source, target)]
[('default', 1, 1)]
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from .errors import StoreError
from .stores.base import Store
from .types import Entity, Fact

__all__ = ["SyncMismatch", "SyncReport", "count", "sync", "sync_namespace"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


class SyncMismatch(StoreError):
    """After a sync, the target's counts differ from the source's."""


@dataclass(frozen=True)
class SyncReport:
    """What a sync of one namespace copied and found: the counts both sides agree on."""

    namespace: str
    facts: int  # current facts
    history: int  # closed facts
    entities: int  # entities that facts mention
    turns: int
    orphans: int = 0  # source entities no fact mentions (not copied)


@dataclass(frozen=True)
class Counts:
    """Current facts, closed facts, entities and turns of a namespace."""

    facts: int
    history: int
    entities: int
    turns: int


def count(store: Store, namespace: str) -> Counts:
    """Count a namespace (with :meth:`Store.stats`)."""
    s = store.stats(namespace=namespace)
    return Counts(s["facts"], s["closed_facts"], s["entities"], s["turns"])


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def sync_namespace(
    source: Store,
    target: Store,
    namespace: str,
    *,
    batch_size: int = 1000,
    progress: Callable[[int, int], None] | None = None,
) -> SyncReport:
    """Copy one namespace from ``source`` into ``target`` and verify the counts.

    ``progress(done, total)`` is called after each batch with numbers of facts and turns.
    """
    before = count(source, namespace)
    total = before.facts + before.history + before.turns
    done = 0
    for turns in _batches(source.turns(namespace=namespace), batch_size):
        target.add([], namespace=namespace, turns=turns)
        done += len(turns)
        if progress:
            progress(done, total)
    mentioned: set[str] = set()
    for facts in _batches(source.facts(namespace=namespace, history=True), batch_size):
        target.add(facts, namespace=namespace)
        mentioned.update(_entity_iris(facts))
        done += len(facts)
        if progress:
            progress(done, total)
    after = count(target, namespace)
    expected = Counts(before.facts, before.history, len(mentioned), before.turns)
    if after != expected:
        raise SyncMismatch(
            f"namespace {namespace!r}: the target holds {_describe(after)} but the source {_describe(expected)}"
            " (does the target hold other data in this namespace?)"
        )
    logger.info("synced %s: %s", namespace, _describe(after))
    return SyncReport(namespace, after.facts, after.history, after.entities, after.turns,
                      orphans=before.entities - len(mentioned))


def sync(
    source: Store,
    target: Store,
    *,
    namespace: str | None = None,
    batch_size: int = 1000,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[SyncReport]:
    """Copy ``namespace`` (every namespace of the source when None) from ``source`` into ``target``.

    Both stores must be open. ``progress(namespace, done, total)`` reports each batch.
    """
    names = [namespace] if namespace is not None else source.namespaces()
    reports = []
    for ns in names:
        report_progress = (lambda done, total, ns=ns: progress(ns, done, total)) if progress else None
        reports.append(sync_namespace(source, target, ns, batch_size=batch_size, progress=report_progress))
    return reports


def _entity_iris(facts: list[Fact]) -> Iterator[str]:
    for fact in facts:
        if fact.subject.iri:
            yield fact.subject.iri
        if isinstance(fact.object, Entity) and fact.object.iri:
            yield fact.object.iri


def _describe(c: Counts) -> str:
    return f"{c.facts} facts, {c.history} closed facts, {c.entities} entities, {c.turns} turns"
