"""The contract every storage backend implements.

A store keeps facts (with their provenance and validity), the turns they came from, and the entities
they connect, separately for each *namespace* (one user's or agent's memory). The contract is small:

====================  ==================================================================
``open()/close()``    connect and release; ``with store:`` does both
``add()``             write facts and turns and close facts, atomically (one transaction)
``facts()``           match facts by subject, predicate and object (current, or all history)
``turns()``           read stored turns
``entities()``        list entities with their labels, types and aliases
``forget()``          remove facts (one, an entity's, a conversation's, a speaker's, all)
``count()``           number of current facts
``namespaces()``      the namespaces holding data
``query()/update()``  the backend's own query language (optional, see the flags)
====================  ==================================================================

Capability flags (class attributes) tell what a backend can do beyond that:

``query_language``
    ``"sparql"``, ``"cypher"`` or ``None``; ``query()``/``update()`` raise
    :class:`~kg_memory.errors.UnsupportedOperation` when ``None``.
``rdf_native``
    the backend stores RDF and can bulk-load and dump RDF serialisations (``load()``/``dump()``).
``persistent``
    data outlives the process.

Subclasses implement every ``@abstractmethod`` and set the flags; optional methods raise
:class:`~kg_memory.errors.UnsupportedOperation` by default, and callers fall back or report it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import IO, Any, ClassVar

from ..errors import UnsupportedOperation
from ..results import QueryResult
from ..types import Entity, Fact, Turn

__all__ = ["DEFAULT_NAMESPACE", "Store", "check_forget_selector"]

#: The namespace used when none is given.
DEFAULT_NAMESPACE = "default"


def check_forget_selector(*selectors: object) -> None:
    """Raise ValueError unless exactly one of ``Store.forget``'s selectors is given."""
    if sum(1 for x in selectors if x is not None and x is not False) != 1:
        raise ValueError("forget takes exactly one of fact, entity, conversation, speaker, everything")


class Store(ABC):
    """Base class of the storage backends (see the module docstring for the contract)."""

    query_language: ClassVar[str | None] = None
    rdf_native: ClassVar[bool] = False
    persistent: ClassVar[bool] = False

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
    ) -> None:
        """Apply one batch atomically, in order: either all of it is stored, or nothing.

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

    @abstractmethod
    def turns(
        self, *, namespace: str = DEFAULT_NAMESPACE, conversation: str | None = None
    ) -> Iterator[Turn]:
        """Stored turns, in conversation and turn order."""

    @abstractmethod
    def entities(self, *, namespace: str = DEFAULT_NAMESPACE) -> Iterator[Entity]:
        """Entities with their IRI, label, type and aliases."""

    @abstractmethod
    def forget(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        fact: str | None = None,
        entity: str | None = None,
        conversation: str | None = None,
        speaker: str | None = None,
        everything: bool = False,
    ) -> int:
        """Remove memories and return how many facts went (current and historical).

        Exactly one selector: a ``fact`` IRI; an ``entity`` IRI (its facts, labels and the turns they
        came from); a ``conversation`` or a ``speaker`` (their turns, and the facts no other turn
        supports); or ``everything`` in the namespace.
        """

    @abstractmethod
    def count(self, *, namespace: str = DEFAULT_NAMESPACE) -> int:
        """The number of current facts in the namespace."""

    @abstractmethod
    def namespaces(self) -> list[str]:
        """The namespaces that hold data."""

    def remove_alias(self, entity: str, alias: str, *, namespace: str = DEFAULT_NAMESPACE) -> None:
        """Drop ``alias`` from the names of the entity ``entity`` (an IRI)."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot remove aliases")

    def query(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> QueryResult:
        """Run a read query in the backend's own language (see ``query_language``)."""
        raise UnsupportedOperation(f"{type(self).__name__} has no query language")

    def update(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> None:
        """Run an update in the backend's own language, atomically."""
        raise UnsupportedOperation(f"{type(self).__name__} has no update language")

    def load(
        self, source: str | IO[bytes], *, format: str, namespace: str = DEFAULT_NAMESPACE,
        name: str | None = None,
    ) -> int:
        """Bulk-load an RDF serialisation; only where ``rdf_native``. Returns the triples read."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot load RDF files")

    def dump(self, output: IO[bytes], *, format: str, namespace: str | None = None) -> None:
        """Write the store (or one namespace) as RDF; only where ``rdf_native``."""
        raise UnsupportedOperation(f"{type(self).__name__} cannot dump RDF")
