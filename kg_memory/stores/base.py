"""The contract every storage backend implements.

A store keeps facts (with their provenance and validity), the turns they came from, and the entities
they connect, separately for each *namespace* (one user's or agent's memory). The contract:

=======================  ===============================================================
``Store(..., vocabulary=)``  constructors store configuration only; every backend takes ``vocabulary``
``open()/close()``       connect and release; ``with store:`` does both
``add()``                write facts and turns and close facts, atomically (one transaction);
                         the rules are :mod:`kg_memory.stores.write_plan`'s
``facts()``              match facts by subject, predicate and object (current, or all history)
``fact()``               one fact by its IRI (current or closed)
``turns()``              read stored turns, in conversation and natural turn order
``entities()``           list entities with their labels, types and aliases
``forget()``             remove facts (one, an entity's, a conversation's, a speaker's, all); an
                         entity with everything about it (:mod:`kg_memory.stores._forget`)
``purge()``              rewrite the store's files so that forgotten data is gone from them too
                         (only where ``purgeable``)
``optimize()``           compact the store's files for reads (after large loads); a no-op where the
                         backend tends its own files
``count()``              number of current facts
``stats()``              counts with the keys :data:`STATS_KEYS` (plus ``triples`` where ``rdf_native``)
``namespaces()``         the namespaces holding data
``data_dir``             the local directory of the store, or ``None`` (in memory, remote)
``query()/update()``     the backend's own query language (optional, see the flags)
``stream()``             a read query whose rows come one by one (optional)
``load()/dump()``        RDF files in and out (only where ``rdf_native``)
``remove_alias()``       drop one alias of an entity
``replace()``            remove facts, add facts and drop aliases in one transaction
``pin()/pinned()``       set, clear and list the pin flag of facts and turns
``strip_turns()``        drop turns, keeping a text-less stub where a fact cites one
=======================  ===============================================================

Capability flags (class attributes) tell what a backend can do beyond that:

``query_language``
    ``"sparql"``, ``"cypher"`` or ``None``; ``query()``/``update()`` raise
    :class:`~kg_memory.errors.UnsupportedOperation` when ``None``.
``rdf_native``
    the backend stores RDF and can bulk-load and dump RDF serialisations (``load()``/``dump()``).
``persistent``
    data outlives the process.
``purgeable``
    :meth:`Store.purge` can rewrite the store's files (``forget(..., purge=True)``).

Subclasses implement every ``@abstractmethod`` (``forget``'s hooks ``_forget_*`` included) and set
the flags; optional methods raise :class:`~kg_memory.errors.UnsupportedOperation` by default, and
callers fall back or report it.
"""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, ClassVar

from ..errors import UnsupportedOperation
from ..results import QueryResult
from ..types import Entity, Fact, Turn
from ..vocab import Vocabulary

if TYPE_CHECKING:
    from ._forget import Erasure

__all__ = ["DEFAULT_NAMESPACE", "STATS_KEYS", "QueryStream", "Store", "check_forget_selector", "natural_key",
           "turn_order"]

#: The namespace used when none is given.
DEFAULT_NAMESPACE = "default"

#: The keys of :meth:`Store.stats` on every backend (``rdf_native`` ones add ``triples``).
STATS_KEYS = ("facts", "closed_facts", "entities", "turns", "conversations")


@dataclass
class QueryStream:
    """A query answer whose rows come one by one (see :meth:`Store.stream`).

    ``kind`` is ``"select"`` (``items`` are rows, tuples in the order of ``variables``), ``"graph"``
    (``items`` are ``(s, p, o)`` triples) or ``"ask"`` (``boolean``); terms are rdflib terms, as in
    :class:`~kg_memory.results.QueryResult`. ``items`` must be consumed by the thread that made it.
    """

    kind: str
    items: Iterator[tuple[Any, ...]] = field(default_factory=lambda: iter(()))
    variables: list[str] = field(default_factory=list)
    boolean: bool | None = None


def natural_key(text: str) -> tuple[Any, ...]:
    """Text with its digit runs compared as numbers: ``D1:2`` before ``D1:10``.

    >>> sorted(["D1:10", "D1:2", "D2:1"], key=natural_key)
    ['D1:2', 'D1:10', 'D2:1']
    """
    return tuple(int(part) if i % 2 else part for i, part in enumerate(re.split(r"(\d+)", text)))


def turn_order(turn: Turn) -> tuple[Any, ...]:
    """The order of :meth:`Store.turns`: conversation, then turn id in natural order."""
    return (turn.conversation, natural_key(str(turn.turn)))


def check_forget_selector(*selectors: object) -> None:
    """Raise ValueError unless exactly one of ``Store.forget``'s selectors is given."""
    if sum(1 for x in selectors if x is not None and x is not False) != 1:
        raise ValueError("forget takes exactly one of fact, entity, conversation, speaker, everything")


class Store(ABC):
    """Base class of the storage backends (see the module docstring for the contract)."""

    query_language: ClassVar[str | None] = None
    rdf_native: ClassVar[bool] = False
    persistent: ClassVar[bool] = False
    purgeable: ClassVar[bool] = False

    def __init__(self, *, vocabulary: Vocabulary | None = None) -> None:
        #: The vocabulary that maps predicate and class names to IRIs.
        self.vocabulary = vocabulary or Vocabulary.load()

    @property
    def data_dir(self) -> Path | None:
        """The directory of a store kept on this machine, where side files (indexes, caches, logs) go;
        ``None`` for in-memory and remote stores."""
        return None

    def __enter__(self) -> Store:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def open(self) -> None:
        """Connect or open files; calling it twice is harmless."""

    @abstractmethod
    def close(self) -> None:
        """Release connections and files; calling it twice is harmless."""

    @abstractmethod
    def add(
        self,
        facts: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        turns: Iterable[Turn] = (),
        functional: Iterable[str] = (),
    ) -> list[Fact] | None:
        """Apply one batch atomically, in order: either all of it is stored, or nothing. Returns the
        facts as stored, in order, each with its IRI (:func:`~.write_plan.stored_facts`).

        ``facts`` must have subject (and entity object) IRIs set. A fact equal in (subject, predicate,
        object) to a current one adds its sources as new observations and keeps the higher
        confidence. A fact with ``valid_to`` set is stored as history. For a fact whose predicate IRI
        is in ``functional``, current facts with the same subject and predicate but another object
        are closed (their ``valid_to`` becomes the new fact's ``valid_from``, or its source's time).
        ``turns`` are stored for provenance and recall.
        """

    @abstractmethod
    def facts(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | Any | None = None,
        history: bool = False,
    ) -> Iterator[Fact]:
        """Facts matching the pattern (IRIs; a literal object as a Python value).

        Only current facts unless ``history`` is true, in which case closed facts come too.
        """

    def fact(self, iri: str, *, namespace: str = DEFAULT_NAMESPACE) -> Fact | None:
        """The fact (current or closed) whose IRI is ``iri``, or None. This default reads every fact;
        backends look it up in place."""
        return next((f for f in self.facts(namespace=namespace, history=True) if f.iri == iri), None)

    @abstractmethod
    def turns(
        self, *, namespace: str = DEFAULT_NAMESPACE, conversation: str | None = None
    ) -> Iterator[Turn]:
        """Stored turns, in conversation and turn order."""

    @abstractmethod
    def entities(self, *, namespace: str = DEFAULT_NAMESPACE) -> Iterator[Entity]:
        """Entities with their IRI, label, type and aliases."""

    def forget(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        fact: str | None = None,
        entity: str | None = None,
        conversation: str | None = None,
        speaker: str | None = None,
        everything: bool = False,
        purge: bool = False,
    ) -> int:
        """Remove memories and return how many facts went (current and historical).

        Exactly one selector: a ``fact`` IRI; an ``entity`` IRI (everything about it: its facts and
        names, the entities named after it, facts whose value names it, orphaned entities; turns that
        mention it lose their text, kept as stubs only where another entity's fact cites them, see
        :mod:`kg_memory.stores._forget`); a ``conversation`` or a ``speaker`` (their turns, and the facts
        no other turn supports); or ``everything`` in the namespace. Each is one transaction.
        ``purge``: then :meth:`purge` the files (refused before anything is forgotten unless
        ``purgeable``).
        """
        check_forget_selector(fact, entity, conversation, speaker, everything)
        if purge and not self.purgeable:
            raise UnsupportedOperation(f"{type(self).__name__} cannot purge its files; forget without purge")
        if everything:
            n = self._forget_everything(namespace)
        elif fact is not None:
            n = self._forget_fact(namespace, fact)
        elif entity is not None:
            from ._forget import plan_entity_erasure

            n = self._forget_entity(namespace, plan_entity_erasure(self, namespace, entity))
        else:
            n = self._forget_turns(namespace, conversation=conversation, speaker=speaker)
        if purge:
            self.purge()
        return n

    def purge(self) -> None:
        """Rewrite the store's files from its current content, so that nothing deleted before is
        left in them (only where ``purgeable``)."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot purge its files")

    def optimize(self) -> None:
        """Compact the store's files so that reads after large loads need no compaction running
        beside them; nothing to do where the backend tends its own files (the default)."""
        return None

    @abstractmethod
    def _forget_everything(self, namespace: str) -> int:
        """Hook of :meth:`forget`: empty the namespace."""

    @abstractmethod
    def _forget_fact(self, namespace: str, fact: str) -> int:
        """Hook of :meth:`forget`: remove one fact (current or closed) by IRI."""

    @abstractmethod
    def _forget_entity(self, namespace: str, erasure: Erasure) -> int:
        """Hook of :meth:`forget`: apply ``erasure`` in one transaction; return ``len(erasure.facts)``."""

    @abstractmethod
    def _forget_turns(self, namespace: str, *, conversation: str | None, speaker: str | None) -> int:
        """Hook of :meth:`forget`: remove a conversation's or a speaker's turns (one of them is given)
        and the facts no other turn supports."""

    @abstractmethod
    def count(self, *, namespace: str = DEFAULT_NAMESPACE) -> int:
        """The number of current facts in the namespace."""

    def stats(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Counts of the namespace, under the keys :data:`STATS_KEYS` (``rdf_native`` stores add
        ``triples``). This default reads everything; backends count in place."""
        facts = list(self.facts(namespace=namespace, history=True))
        turns = list(self.turns(namespace=namespace))
        return {
            "facts": sum(1 for f in facts if f.valid_to is None),
            "closed_facts": sum(1 for f in facts if f.valid_to is not None),
            "entities": sum(1 for _ in self.entities(namespace=namespace)),
            "turns": len(turns),
            "conversations": len({t.conversation for t in turns}),
        }

    def recount(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Count the namespace again from its data, keep those counts and return them (as :meth:`stats`):
        after writes that went around the store (another client of the same server). Reads all of the
        namespace. This default is :meth:`stats`, which counts in place."""
        return self.stats(namespace=namespace)

    @abstractmethod
    def namespaces(self) -> list[str]:
        """The namespaces that hold data."""

    def replace(
        self,
        remove: Iterable[str],
        add: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        drop_aliases: Iterable[tuple[str, str]] = (),
        entities: Iterable[Entity] = (),
    ) -> None:
        """In one transaction: remove facts by IRI, add facts, drop ``(entity IRI, alias)`` aliases
        and store ``entities`` (with IRIs) even where no fact names them (how
        :func:`kg_memory.split.split_merge` moves facts to a new entity)."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot replace facts atomically")

    def remove_alias(self, entity: str, alias: str, *, namespace: str = DEFAULT_NAMESPACE) -> None:
        """Drop ``alias`` from the names of the entity ``entity`` (an IRI)."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot remove aliases")

    def pin(self, items: Iterable[str], *, pinned: bool = True, namespace: str = DEFAULT_NAMESPACE) -> int:
        """Set (``pinned=False``: clear) the pin flag of facts and turns given by fact or turn IRI
        (:func:`kg_memory.ids.turn_iri`), in one transaction; returns how many of them exist. A
        pin survives the fact's rewrites (a new observation, its closing)."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot pin memories")

    def pinned(self, *, namespace: str = DEFAULT_NAMESPACE) -> set[str]:
        """The IRIs of the pinned facts and turns of the namespace."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot pin memories")

    def strip_turns(self, turns: Iterable[str], *, namespace: str = DEFAULT_NAMESPACE) -> int:
        """Drop turns (by IRI) in one transaction, leaving every fact as it is: a turn some fact was
        observed in stays as a stub without text (conversation, turn id, speaker and time: the fact's
        provenance), any other goes whole. Returns how many of the turns existed."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot strip turns")

    def query(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> QueryResult:
        """Run a read query in the backend's own language (see ``query_language``)."""
        raise UnsupportedOperation(f"{type(self).__name__} has no query language")

    def stream(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, isolated: bool = False) -> QueryStream:
        """Evaluate a read query lazily: its rows come one by one as the caller reads them (stop
        reading to stop the evaluation). ``isolated``: no other namespace is visible (``GRAPH``,
        ``FROM`` and ``FROM NAMED`` see the namespace's graph only). Only where the backend can;
        others raise."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot stream query results")

    def update(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> None:
        """Run an update in the backend's own language, atomically, in ``namespace`` (SPARQL: the
        namespace's graph is the default graph; Cypher: ``$namespace``), ``params`` bound by name.
        Raises rather than ignore either."""
        raise UnsupportedOperation(f"{type(self).__name__} has no update language")

    def load(
        self, source: str | os.PathLike[str] | IO[bytes], *, format: str, namespace: str = DEFAULT_NAMESPACE,
        name: str | None = None, progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Bulk-load an RDF serialisation, all or nothing; only where ``rdf_native``. Returns the
        triples read; ``progress(done, total)`` reports bytes."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot load RDF files")

    def dump(self, output: IO[bytes], *, format: str, namespace: str | None = None) -> None:
        """Write the store (or one namespace) as RDF; only where ``rdf_native``."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot dump RDF")
