"""Every backend of the store contract, for tests that each backend must pass (see ``conftest.store``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg_memory.stores import Store, open_store

#: The backends in turn: in memory, on disk, Neo4j and a SPARQL endpoint (an Oxigraph server).
BACKENDS = ["memory", "disk", pytest.param("neo4j", marks=pytest.mark.neo4j),
            pytest.param("sparql_endpoint", marks=pytest.mark.oxigraph)]


def make_store(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """An empty store of the backend ``kind`` (one of :data:`BACKENDS`)."""
    if kind == "memory":
        return open_store("memory://")
    if kind == "disk":
        return open_store(tmp_path / "store")
    return request.getfixturevalue(f"{kind}_store_factory")()
