"""kg-memory: long-term memory for LLM applications, as a knowledge graph.

>>> import kg_memory
>>> memory = kg_memory.Memory()
>>> _ = memory.add("Alice", "birthPlace", "Lyon")
>>> memory.query('SELECT ?place WHERE { ?p rdfs:label "Alice" . ?p :birthPlace/rdfs:label ?place }').values()
[{'place': 'Lyon'}]
"""

from __future__ import annotations

import typing

from .errors import (
    CapacityExceeded,
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
from .recall import RecallConfig, Recalled
from .resolve import EntityResolver, Merge
from .results import QueryResult
from .stores import Store, open_store
from .types import Entity, Fact, Provenance, Turn
from .vocab import Vocabulary

if typing.TYPE_CHECKING:
    from IPython.core.interactiveshell import InteractiveShell

    from .compact import Capacity, CompactReport
    from .documents import DocumentReport, Summary
    from .export.view import GraphView
    from .extract import Extractor, RuleExtractor
    from .importance import Importance
    from .recall import Profile

__version__ = "0.1.0"

__all__ = [
    "Capacity",
    "CapacityExceeded",
    "CompactReport",
    "ConnectionFailed",
    "DocumentReport",
    "Entity",
    "EntityResolver",
    "ExtractionError",
    "Extractor",
    "Fact",
    "FuzzyError",
    "GraphView",
    "Importance",
    "InputError",
    "KGMemoryError",
    "Memory",
    "Merge",
    "NotAStoreError",
    "ParseError",
    "Profile",
    "Provenance",
    "QueryError",
    "QueryResult",
    "RecallConfig",
    "Recalled",
    "RememberReport",
    "RuleExtractor",
    "Store",
    "StoreError",
    "StoreLockedError",
    "Summary",
    "Turn",
    "UnknownBackend",
    "UnsupportedOperation",
    "VocabularyError",
    "Vocabulary",
    "open_store",
]

#: Names imported on first use: extraction loads its rule tables, the graph view networkx.
_LAZY = {
    "Extractor": ".extract",
    "RuleExtractor": ".extract",
    "GraphView": ".export.view",
    "Profile": ".recall",
    "Capacity": ".compact",
    "CompactReport": ".compact",
    "DocumentReport": ".documents",
    "Summary": ".documents",
    "Importance": ".importance",
}


def __getattr__(name: str) -> typing.Any:
    """Import the names of :data:`_LAZY` on first use, so that ``import kg_memory`` stays fast."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def load_ipython_extension(ipython: InteractiveShell) -> None:
    """``%load_ext kg_memory``: register the ``%%sparql``, ``%%cypher`` and ``%kgmem`` magics."""
    from .notebook import load_ipython_extension as load

    load(ipython)


def unload_ipython_extension(ipython: InteractiveShell) -> None:
    """``%unload_ext kg_memory``: close the stores the magics opened."""
    from .notebook import unload_ipython_extension as unload

    unload(ipython)
