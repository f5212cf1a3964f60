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
from ..types import Entity, Fact, Turn
from ..vocab import KGM
from ._forget import Erasure
from ._rdf_batch import TripleBatch
from ._rdf_layout import FACT, IN_CONV, OBSERVATION, SPEAKER, TEXT, TURN, A, Reader, alias_terms, term
from .base import DEFAULT_NAMESPACE, Store
from .write_plan import stored_facts

__all__ = ["TripleStore"]

#: The pin flag of a fact's statement node or a turn node (``true``).
PINNED = ox.NamedNode(KGM + "pinned")
_TRUE = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))


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
    ) -> list[Fact]:
        fact_list, turn_list = list(facts), list(turns)
        batch = self._batch(namespace)
        self._prefetch(batch, fact_list, turn_list)
        for turn in turn_list:
            batch.add_turn(turn)
        records = batch.add_facts(fact_list, set(functional))
        self._commit(batch)
        return stored_facts(fact_list, records)

    def replace(
        self,
        remove: Iterable[str],
        add: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        drop_aliases: Iterable[tuple[str, str]] = (),
        entities: Iterable[Entity] = (),
    ) -> None:
        fact_list = list(add)
        batch = self._batch(namespace)
        self._prefetch(batch, fact_list, [])
        for iri in remove:
            batch.remove_fact(ox.NamedNode(iri))
        for kept in entities:
            batch.add_entity(kept)
        batch.add_facts(fact_list, set())
        for entity, alias in drop_aliases:
            for p, o in alias_terms(alias):
                batch.delete(ox.NamedNode(entity), p, o)
        self._commit(batch)

    def pin(self, items: Iterable[str], *, pinned: bool = True, namespace: str = DEFAULT_NAMESPACE) -> int:
        batch = self._batch(namespace)
        nodes = [ox.NamedNode(i) for i in dict.fromkeys(items)]
        batch.prefetch(nodes)
        found = 0
        for node in nodes:
            if not (batch.exists(node, A, FACT) or batch.exists(node, A, TURN)):
                continue
            found += 1
            if pinned:
                batch.insert(node, PINNED, _TRUE)
            else:
                batch.delete(node, PINNED, _TRUE)
        self._commit(batch)
        return found

    def pinned(self, *, namespace: str = DEFAULT_NAMESPACE) -> set[str]:
        return {s.value for s, _, _ in self._batch(namespace).match(None, PINNED, _TRUE)}

    def strip_turns(self, turns: Iterable[str], *, namespace: str = DEFAULT_NAMESPACE) -> int:
        batch = self._batch(namespace)
        nodes = [ox.NamedNode(t) for t in dict.fromkeys(turns)]
        if not nodes:
            return 0
        batch.prefetch(nodes)
        cited = {o for _, _, o in batch.match(None, OBSERVATION, None)}
        found = 0
        for node in nodes:
            if not batch.exists(node, A, TURN):
                continue
            found += 1
            if node in cited:
                for triple in batch.match(node, TEXT, None):
                    batch.delete(*triple)
            else:
                batch.delete_all(node)
        self._commit(batch)
        return found

    def fact(self, iri: str, *, namespace: str = DEFAULT_NAMESPACE) -> Fact | None:
        batch = self._batch(namespace)
        return Reader(batch.db, batch.graph).statement(ox.NamedNode(iri))

    def _forget_fact(self, namespace: str, fact: str) -> int:
        batch = self._batch(namespace)
        n = batch.remove_fact(ox.NamedNode(fact))
        self._commit(batch)
        return n

    def _forget_entity(self, namespace: str, erasure: Erasure) -> int:
        batch = self._batch(namespace)
        self._prefetch(batch, erasure.facts, [])
        for fact in erasure.facts:
            if fact.iri is not None and batch.remove_fact(ox.NamedNode(fact.iri)):
                continue
            if fact.valid_to is None and fact.subject.iri is not None:  # a plain triple (loaded RDF)
                batch.delete(ox.NamedNode(fact.subject.iri),
                             ox.NamedNode(self.vocabulary.predicate_iri(fact.predicate)), term(fact.object))
        for iri in erasure.entities:
            node = ox.NamedNode(iri)
            for triple in batch.match(node, None, None) + batch.match(None, None, node):
                batch.delete(*triple)
        conversations = set()
        for conversation, turn in erasure.turns:
            node = ox.NamedNode(ids.turn_iri(conversation, turn))
            if batch.match(None, OBSERVATION, node):  # another entity's fact cites it: a stub stays
                cut = [TEXT, SPEAKER] if (conversation, turn) in erasure.unspeak else [TEXT]
                for triple in [t for p in cut for t in batch.match(node, p, None)]:
                    batch.delete(*triple)
            else:
                batch.delete_all(node)
                conversations.add(ox.NamedNode(ids.conversation_iri(conversation)))
        for conv in conversations:
            if not batch.match(None, IN_CONV, conv):
                batch.delete_all(conv)
        self._commit(batch)
        return len(erasure.facts)

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
