"""kg-memory: long-term memory for LLM applications, as a knowledge graph.

>>> import kg_memory
>>> memory = kg_memory.Memory()
>>> _ = memory.add("Alice", "birthPlace", "Lyon")
>>> memory.query('SELECT ?place WHERE { ?p rdfs:label "Alice" . ?p :birthPlace/rdfs:label ?place }').values()
[{'place': 'Lyon'}]
"""

from __future__ import annotations

from .errors import (
    ConnectionFailed,
    ExtractionError,
    FuzzyError,
    InputError,
    KGMemoryError,
    NotAStoreError,
    ParseError,
    QueryError,
    StoreError,
    StoreLockedError,
    UnknownBackend,
    UnsupportedOperation,
    VocabularyError,
)
from .memory import Memory, RememberReport
from .results import QueryResult
from .stores import Store, open_store
from .types import Entity, Fact, Provenance, Turn
from .vocab import Vocabulary

__version__ = "0.1.0"

__all__ = [
    "ConnectionFailed",
    "Entity",
    "ExtractionError",
    "Fact",
    "FuzzyError",
    "InputError",
    "KGMemoryError",
    "Memory",
    "NotAStoreError",
    "ParseError",
    "Provenance",
    "QueryError",
    "QueryResult",
    "RememberReport",
    "Store",
    "StoreError",
    "StoreLockedError",
    "Turn",
    "UnknownBackend",
    "UnsupportedOperation",
    "VocabularyError",
    "Vocabulary",
    "open_store",
]


def load_ipython_extension(ipython):  # type: ignore[no-untyped-def]
    """``%load_ext kg_memory``: register the ``%%sparql``, ``%%cypher`` and ``%kgmem`` magics."""
    from .notebook import load_ipython_extension as load

    load(ipython)


def unload_ipython_extension(ipython):  # type: ignore[no-untyped-def]
    """``%unload_ext kg_memory``: close the stores the magics opened."""
    from .notebook import unload_ipython_extension as unload

    unload(ipython)
