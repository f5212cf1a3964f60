"""Storage backends behind one contract (:class:`Store`), chosen by URL.

==============================  =========================================
``memory://``                   :class:`RdfStore` in memory
``path/to/dir``, ``file://..``  :class:`RdfStore` persistent in a directory
``bolt://``, ``neo4j://`` ...   ``Neo4jStore``
``sparql+http(s)://host/path``  ``SparqlEndpointStore`` (SPARQL 1.1 Protocol)
==============================  =========================================

Backends load lazily, so an unused driver costs nothing.

>>> store = open_store("memory://")
>>> type(store).__name__
'RdfStore'
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import Any

from ..errors import UnknownBackend
from .base import DEFAULT_NAMESPACE, Store

__all__ = ["BACKENDS", "DEFAULT_NAMESPACE", "Store", "open_store", "resolve_backend"]

#: URL scheme -> "module:Class" of the backend (imported on first use).
BACKENDS: dict[str, str] = {
    "memory": "kg_memory.stores.rdf:RdfStore",
    "file": "kg_memory.stores.rdf:RdfStore",
    "bolt": "kg_memory.stores.neo4j:Neo4jStore",
    "bolt+s": "kg_memory.stores.neo4j:Neo4jStore",
    "bolt+ssc": "kg_memory.stores.neo4j:Neo4jStore",
    "neo4j": "kg_memory.stores.neo4j:Neo4jStore",
    "neo4j+s": "kg_memory.stores.neo4j:Neo4jStore",
    "neo4j+ssc": "kg_memory.stores.neo4j:Neo4jStore",
    "sparql+http": "kg_memory.stores.sparql_endpoint:SparqlEndpointStore",
    "sparql+https": "kg_memory.stores.sparql_endpoint:SparqlEndpointStore",
}


def resolve_backend(scheme: str) -> Callable[..., Store]:
    """Return the Store class registered for a URL scheme; unknown schemes raise UnknownBackend.

    Every backend is made as ``Backend(location, *, vocabulary=None, **options)`` (the in-memory RDF
    store without a location).
    """
    try:
        module, _, name = BACKENDS[scheme].partition(":")
    except KeyError:
        raise UnknownBackend(
            f"no store backend for {scheme!r}:// (known: {', '.join(sorted(BACKENDS))}, or a directory path)"
        ) from None
    backend: Callable[..., Store] = getattr(importlib.import_module(module), name)
    return backend


def open_store(location: str | os.PathLike[str] | Store | None = None, **options: Any) -> Store:
    """Make the store for ``location`` (not yet connected: ``open()`` or ``with`` connects).

    ``None`` or ``"memory://"`` is an in-memory RDF store; a path (or ``file://`` URL) a persistent RDF
    store; ``bolt://``/``neo4j://`` URLs Neo4j; ``sparql+http(s)://`` a remote SPARQL endpoint.
    A :class:`Store` instance is returned as it is.
    """
    if isinstance(location, Store):
        return location
    if location is None or str(location) == "memory://":
        return resolve_backend("memory")(**options)
    text = os.fspath(location)
    scheme, sep, rest = text.partition("://")
    if not sep or (len(scheme) == 1 and os.name == "nt"):
        return resolve_backend("file")(text, **options)
    if scheme == "file":
        return resolve_backend("file")(rest, **options)
    return resolve_backend(scheme)(text, **options)
