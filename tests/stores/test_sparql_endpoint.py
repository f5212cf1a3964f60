"""The remote SPARQL endpoint store beyond the contract suite: the protocol, errors, faults, interchange."""

from __future__ import annotations

import io
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kg_memory import ConnectionFailed, Memory, QueryError, StoreError
from kg_memory.cli import cli
from kg_memory.ids import entity_iri
from kg_memory.stores.rdf import RdfStore
from kg_memory.stores.sparql_endpoint import SparqlEndpointStore, parse_endpoint_url
from kg_memory.types import Entity, Fact
from tests.servers import OxigraphServer, find_oxigraph, free_port, port_is_open
from tests.stores.conftest import CuttingProxy


def person(name: str) -> Entity:
    return Entity(name, "Person", entity_iri(name, "Person"))


@pytest.fixture
def store(sparql_endpoint_store_factory) -> SparqlEndpointStore:
    with sparql_endpoint_store_factory() as s:
        yield s


def test_update_endpoint_and_credentials_come_from_the_url():
    assert parse_endpoint_url("sparql+https://a:b%21@h:8443/ds/query?update=https://w.example/u&x=1") == (
        "https://h:8443/ds/query?x=1", "https://w.example/u", ("a", "b!"))


@pytest.mark.oxigraph
def test_memory_queries_the_namespace_graph_with_prebound_prefixes(store: SparqlEndpointStore):
    memory = Memory(store, namespace="u1")
    memory.add("Alice", "livesIn", "Paris")
    memory.add("Alice", "age", "30")
    rows = memory.query('SELECT ?city ?age WHERE { ?p rdfs:label "Alice" ; :livesIn/rdfs:label ?city ; :age ?age }')
    assert rows.values() == [{"city": "Paris", "age": 30}]
    assert memory.query("ASK { ?p :livesIn ?c }", namespace="default").boolean is False
    bound = memory.query("SELECT ?p WHERE { ?p rdfs:label ?name }", name="Alice").values()
    assert bound == [{"p": entity_iri("Alice", "Person")}]
    graph = memory.query("CONSTRUCT { ?p schema:homeLocation ?c } WHERE { ?p :livesIn ?c }")
    assert [str(t[1]) for t in graph.triples] == ["https://schema.org/homeLocation"]
    assert store.namespaces() == ["u1"]


@pytest.mark.oxigraph
def test_syntax_error_shows_the_server_message(store: SparqlEndpointStore):
    with pytest.raises(QueryError, match="rejected"):
        store.query("SELECT ?x WHERE { ?x ?p }")


@pytest.mark.oxigraph
def test_refused_connection_and_wrong_path(oxigraph_server: OxigraphServer):
    with pytest.raises(ConnectionFailed, match="cannot reach"):
        SparqlEndpointStore(f"sparql+http://127.0.0.1:{free_port()}/query").open()
    with pytest.raises(ConnectionFailed, match="HTTP 404"):
        SparqlEndpointStore(f"sparql+{oxigraph_server.base_url}/no-such-endpoint").open()


@pytest.mark.oxigraph
def test_data_is_interchangeable_with_the_embedded_store(store: SparqlEndpointStore):
    memory = Memory(store)
    memory.add("Alice", "livesIn", "Paris")
    memory.add("Alice", "livesIn", "London")
    out = io.BytesIO()
    store.dump(out, format="nq")
    with RdfStore() as local:
        local.load(io.BytesIO(out.getvalue()), format="nq")
        assert sorted(local.facts(history=True), key=str) == sorted(store.facts(history=True), key=str)


@pytest.mark.oxigraph
def test_cli_query_against_the_endpoint(store: SparqlEndpointStore, runner):
    store.add([Fact(person("Alice"), "age", 30)])
    url = "sparql+" + store.query_url
    result = runner.invoke(cli, ["query", "-s", url, "SELECT ?a WHERE { ?p :age ?a }", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["a", "30"]


def _serve(location: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([find_oxigraph(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not port_is_open("127.0.0.1", port):
        assert process.poll() is None and time.monotonic() < deadline, "oxigraph serve did not start"
        time.sleep(0.05)
    return process


@pytest.mark.oxigraph
def test_server_killed_mid_batch_leaves_nothing_half_written(tmp_path: Path):
    location, port = tmp_path / "data", free_port()
    server = _serve(location, port)
    proxy = CuttingProxy(port, cut_after=200_000, marker=b"/update", on_cut=lambda: server.send_signal(signal.SIGKILL))
    try:
        with SparqlEndpointStore(f"sparql+http://127.0.0.1:{proxy.port}/query") as remote:
            remote.add([Fact(person("Zed"), "age", 1)])
            proxy.sent = 0  # count only the big batch's update
            with pytest.raises((ConnectionFailed, StoreError)):
                remote.add([Fact(person(f"P{i}"), "age", i) for i in range(5_000)])
        assert proxy.cut.is_set()
    finally:
        proxy.close()
        server.kill()
        server.wait()
    server = _serve(location, port)  # the same data, after the crash
    try:
        with SparqlEndpointStore(f"sparql+http://127.0.0.1:{port}/query") as store:
            assert store.count() == 1
            assert [e.label for e in store.entities()] == ["Zed"]
    finally:
        server.terminate()
        server.wait()
