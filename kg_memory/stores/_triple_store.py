"""The write side both RDF stores share: every write is one :class:`~._rdf_batch.TripleBatch`.

A subclass says how to start a batch over its data (:meth:`TripleStore._batch`) and how to send it in
one transaction (:meth:`TripleStore._commit`); a remote store may also read ahead what a batch will
touch (:meth:`TripleStore._prefetch`) and describe the turns it forgets (:meth:`TripleStore._turn_nodes`).
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from .. import ids
from ..types import Fact, Turn
from ._rdf_batch import TripleBatch
from ._rdf_layout import ALT, IN_CONV, SPEAKER
from .base import DEFAULT_NAMESPACE, Store

__all__ = ["TripleStore"]


class TripleStore(Store):
    """A :class:`~.base.Store` in the RDF layout whose writes go through :class:`TripleBatch`."""

    @abstractmethod
    def _batch(self, namespace: str) -> TripleBatch:
        """A new batch over the namespace's graph."""

    @abstractmethod
    def _commit(self, batch: TripleBatch) -> None:
        """Apply the batch's removals and additions in one transaction."""

    def _prefetch(self, batch: TripleBatch, facts: list[Fact], turns: list[Turn]) -> None:
        """Read ahead what writing ``facts`` and ``turns`` will look at (nothing to do locally)."""

    def _turn_nodes(self, batch: TripleBatch, predicate: Any, value: Any) -> set[Any]:
        """The turn nodes with ``predicate value`` (their conversation or speaker)."""
        return {q.subject for q in batch.db.quads_for_pattern(None, predicate, value, batch.graph)}

    def add(
        self,
        facts: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        turns: Iterable[Turn] = (),
        functional: Iterable[str] = (),
    ) -> None:
        fact_list, turn_list = list(facts), list(turns)
        batch = self._batch(namespace)
        self._prefetch(batch, fact_list, turn_list)
        for turn in turn_list:
            batch.add_turn(turn)
        batch.add_facts(fact_list, set(functional))
        self._commit(batch)

    def replace(
        self,
        remove: Iterable[str],
        add: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        drop_aliases: Iterable[tuple[str, str]] = (),
    ) -> None:
        fact_list = list(add)
        batch = self._batch(namespace)
        self._prefetch(batch, fact_list, [])
        for iri in remove:
            batch.remove_fact(ox.NamedNode(iri))
        batch.add_facts(fact_list, set())
        for entity, alias in drop_aliases:
            batch.delete(ox.NamedNode(entity), ALT, ox.Literal(alias))
        self._commit(batch)

    def _forget_fact(self, namespace: str, fact: str) -> int:
        batch = self._batch(namespace)
        n = batch.remove_fact(ox.NamedNode(fact))
        self._commit(batch)
        return n

    def _forget_entity(self, namespace: str, entity: str) -> int:
        batch = self._batch(namespace)
        n = batch.remove_entity(ox.NamedNode(entity))
        self._commit(batch)
        return n

    def _forget_turns(self, namespace: str, *, conversation: str | None, speaker: str | None) -> int:
        batch = self._batch(namespace)
        conv = ox.NamedNode(ids.conversation_iri(conversation)) if conversation is not None else None
        if conv is not None:
            turns = self._turn_nodes(batch, IN_CONV, conv)
        else:
            turns = self._turn_nodes(batch, SPEAKER, ox.Literal(speaker or ""))
        n = batch.remove_turns(turns)
        if conv is not None:
            batch.delete_all(conv)
        self._commit(batch)
        return n
