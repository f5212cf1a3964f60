"""The embedded RDF store's update and query: namespaces and parameters applied, errors not hidden (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg_memory import Memory
from kg_memory.cli import cli
from kg_memory.errors import StoreError
from kg_memory.stores.rdf import RdfStore


def test_cli_query_binds_params_in_updates_and_uses_the_namespace(tmp_path: Path):
    store = str(tmp_path / "store")
    out = CliRunner().invoke(cli, ["query", "INSERT DATA { <urn:a> <urn:p> ?o }", "-p", "o=5^^integer",
                                   "--store", store, "-n", "alice"])
    assert out.exit_code == 0, out.output
    with Memory(store, namespace="alice") as memory:
        assert memory.query("ASK { <urn:a> <urn:p> 5 }").boolean
        assert not memory.query("ASK { ?s ?p ?o }", namespace="default").boolean


class _FailingDb:
    """A pyoxigraph store whose queries fail with a RuntimeError that is not about projections."""

    def __init__(self) -> None:
        self.calls = 0

    def query(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        raise RuntimeError("the disk went away")


def test_a_runtime_error_is_reported_not_retried():
    store = RdfStore()
    failing = _FailingDb()
    store._db = failing  # type: ignore[assignment]
    with pytest.raises(StoreError, match="the disk went away"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", o=1)
    assert failing.calls == 1


def test_a_parameter_outside_the_projection_still_binds():
    memory = Memory()
    memory.add("Alice", "age", 30)
    rows = memory.query("SELECT (COUNT(*) AS ?n) WHERE { ?p rdfs:label ?name ; :age ?age }", name="Alice").values()
    assert int(rows[0]["n"]) == 1
