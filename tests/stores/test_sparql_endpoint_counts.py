"""Issue 16: the SPARQL endpoint store's ``stats()`` reads counts the writes keep in the endpoint (the same
numbers as the embedded store and as a full count), in the same request as each write, and no data; a store
whose counts are missing is counted again once, and ``recount()`` counts one written around the store."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from kg_memory import ConnectionFailed, Memory, StoreError, Turn, ids
from kg_memory.stores.rdf import RdfStore
from kg_memory.stores.sparql_endpoint import SparqlEndpointStore
from kg_memory.types import Entity, Fact, Provenance
from kg_memory.vocab import KGM
from tests.servers import OxigraphServer
from tests.stores.conftest import CuttingProxy
from tests.stores.test_parity import CONVERSATION as PARITY_CONVERSATION
from tests.stores.test_parity import turns as parity_turns

pytestmark = pytest.mark.oxigraph

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
FUNCTIONAL = {KGM + "livesIn", KGM + "age"}
COUNTS = "https://w3id.org/kg-memory/counts"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NT = """<https://ex.org/alice> <http://www.w3.org/2000/01/rdf-schema#label> "Alice" .
<https://ex.org/alice> <https://w3id.org/kg-memory/ns#livesIn> <https://ex.org/paris> .
<https://ex.org/paris> <http://www.w3.org/2000/01/rdf-schema#label> "Paris" .
"""


def person(name: str) -> Entity:
    return Entity(name, "Person", ids.entity_iri(name, "Person"))


def place(name: str) -> Entity:
    return Entity(name, "Place", ids.entity_iri(name, "Place"))


def turns() -> list[Turn]:
    return parity_turns([*PARITY_CONVERSATION, ("c3", "Dan", "I live in Rome.")])


def requests(store: SparqlEndpointStore) -> list[str]:
    """The URLs of the requests the store sends from now on."""
    sent: list[str] = []
    store.client.event_hooks["request"].append(lambda request: sent.append(str(request.url)))
    return sent


@pytest.fixture
def pair(sparql_endpoint_store_factory):
    with Memory(RdfStore()) as rdf, Memory(sparql_endpoint_store_factory()) as remote:
        yield rdf, remote


def same(pair: tuple[Memory, Memory], step: str, namespaces: tuple[str, ...] = ("default", "other")) -> None:
    """The endpoint's kept counts equal a full count of its data and the embedded store's counts."""
    rdf, remote = pair
    store = remote.store
    assert isinstance(store, SparqlEndpointStore)
    for ns in namespaces:
        kept = store.stats(namespace=ns)
        assert kept == store._scan_stats(ns), (step, ns)
        assert kept == rdf.store.stats(namespace=ns), (step, ns)


def test_counts_equal_a_full_count_after_every_kind_of_write(pair, tmp_path: Path):
    rdf, remote = pair
    same(pair, "empty")
    for m in pair:
        m.remember(turns())
        m.store.add([Fact(person("Eve"), "livesIn", place("Oslo"), sources=(Provenance("c9", "1", "Eve", T0),))],
                    namespace="other", functional=FUNCTIONAL)
    same(pair, "remember")
    alice = person("Alice")
    for m in pair:  # closes Alice's city, an ending, a closed fact given as such, a low-confidence fact
        m.store.add([Fact(alice, "livesIn", place("Madrid"), valid_from=T0 + timedelta(days=9)),
                     Fact(alice, "knows", person("Dan"), valid_to=T0),
                     Fact(person("Dan"), "livesIn", place("Rome"), ended=True, valid_to=T0 + timedelta(days=9)),
                     Fact(person("Carol"), "livesIn", place("Berlin"), 0.2)],
                    functional=FUNCTIONAL, turns=[Turn("c4", "1", "Alice", "Madrid now.", T0 + timedelta(days=9))])
    same(pair, "closings")
    assert remote.stats()["closed_facts"] >= 2 and remote.stats()["conversations"] == 4
    for m in pair:
        m.add("San Zhang", "worksFor", "Huawei")
        m.add("Zhang San", "livesIn", "Beijing")
    same(pair, "aliases")
    for m in pair:
        m.split("Zhang San")  # a replace and alias removals
    same(pair, "split")
    target = next(f for f in rdf.facts() if f.predicate == "worksFor")
    for m in pair:
        m.pin(target)
        assert m.store.forget(fact=target.iri) == 1
    same(pair, "pin, forget fact")
    for m in pair:  # a cited turn stays as a stub, an uncited one goes
        m.store.strip_turns([ids.turn_iri("c3", "1"), ids.turn_iri("c2", "2")])
    same(pair, "strip turns")
    for m in pair:
        m.forget(speaker="Bob")
    same(pair, "forget speaker")
    for m in pair:
        m.forget(conversation="c1")
    same(pair, "forget conversation")
    for m in pair:
        m.forget(entity="Carol")
    same(pair, "forget entity")
    path = tmp_path / "a.nt"
    path.write_text(NT)
    for m in pair:
        m.ingest(path, format="nt")
    same(pair, "ingest")
    for m in pair:
        m.update("INSERT DATA { <https://ex.org/x> <https://ex.org/p> 'v' }")
    same(pair, "update")
    for m in pair:
        m.forget(everything=True)
    same(pair, "forget everything")
    assert remote.stats()["facts"] == 0 and remote.stats(namespace="other")["facts"] == 1


def test_stats_after_a_write_read_the_kept_counts_in_one_request(sparql_endpoint_store_factory):
    with Memory(sparql_endpoint_store_factory()) as m:
        store = m.store
        assert isinstance(store, SparqlEndpointStore)
        m.remember(turns())
        sent = requests(store)
        m.store.add([Fact(person("Zoe"), "age", 40)])
        assert sent[-1] == store.update_url  # counts and data: one update request
        full = store._scan_stats("default")
        sent.clear()
        assert store.stats() == full and store.count() == full["facts"]
        assert sent == [store.query_url] * 2  # one query each, nothing counted again


def test_a_failed_batch_leaves_data_and_counts_as_they_were(oxigraph_server: OxigraphServer,
                                                            sparql_endpoint_store_factory):
    sparql_endpoint_store_factory().close()  # an empty server
    port = int(oxigraph_server.base_url.rsplit(":", 1)[1])
    proxy = CuttingProxy(port, cut_after=100_000, marker=b"/update")
    try:
        with SparqlEndpointStore(f"sparql+http://127.0.0.1:{proxy.port}/query") as remote:
            remote.add([Fact(person("Zed"), "age", 1)])
            before = remote.stats()
            proxy.sent = 0  # count only the big batch's update
            with pytest.raises((ConnectionFailed, StoreError)):
                remote.add([Fact(person(f"P{i}"), "age", i) for i in range(3_000)])
        assert proxy.cut.is_set()
    finally:
        proxy.close()
    with SparqlEndpointStore("sparql+" + oxigraph_server.query_url) as store:
        assert store.stats() == before == store._scan_stats("default")
        assert before["facts"] == 1


def _post(server: OxigraphServer, update: str) -> None:
    httpx.post(server.update_url, data={"update": update}, timeout=30).raise_for_status()


def queries(store: SparqlEndpointStore) -> list[str]:
    """The SPARQL texts of the queries the store sends from now on."""
    sent: list[str] = []

    def keep(request: httpx.Request) -> None:
        if str(request.url) == store.query_url:
            sent.extend(parse_qs(request.content.decode())["query"])

    store.client.event_hooks["request"].append(keep)
    return sent


def test_stats_reads_the_counts_and_no_data(sparql_endpoint_store_factory):
    with Memory(sparql_endpoint_store_factory()) as m:
        store = m.store
        assert isinstance(store, SparqlEndpointStore)
        m.remember(turns())
        m.add("Zoe", "livesIn", "Oslo")
        m.forget(entity="Carol")
        sent = queries(store)
        stats = store.stats()
        assert len(sent) == 1 and COUNTS in sent[0]
        assert not re.search(r"COUNT\s*\(", sent[0], re.I)  # no count of the data ...
        assert "rdfs:label" not in sent[0] and RDFS_LABEL not in sent[0]  # ... nor of the labels on the index
        assert stats == store._scan_stats("default") and stats["facts"] > 0


def test_a_store_written_without_the_counts_is_counted_again(oxigraph_server: OxigraphServer, pair):
    rdf, remote = pair
    store = remote.store
    assert isinstance(store, SparqlEndpointStore)
    for m in pair:
        m.remember(turns())
    _post(oxigraph_server, f"DROP GRAPH <{COUNTS}>")  # a store from before the counts (an older kg-memory)
    sent = requests(store)
    same(pair, "no counts", ("default",))
    assert store.update_url in sent  # counted again (on the server) ...
    sent.clear()
    store.stats()
    assert sent == [store.query_url]  # ... once
    for m in pair:  # written with the counts from here on
        m.add("Alice", "age", 32)
    same(pair, "after a write", ("default",))
    before = store.stats()
    # another client adds an entity and its facts through the graph store protocol
    data = io.BytesIO()
    with RdfStore() as other:
        other.load(io.BytesIO(NT.encode()), format="nt")
        other.dump(data, format="nt")
    httpx.post(f"{oxigraph_server.store_url}?default", content=data.getvalue(),
               headers={"Content-Type": "application/n-triples"}, timeout=30).raise_for_status()
    rdf.store.load(io.BytesIO(data.getvalue()), format="nt")
    sent.clear()
    assert store.stats() == before  # not seen: stats() reads the kept counts alone ...
    assert sent == [store.query_url]
    assert store.recount() == store._scan_stats("default") == rdf.stats()  # ... until counted again
    same(pair, "written by another client, counted again", ("default",))
    assert remote.stats()["entities"] == rdf.stats()["entities"] == before["entities"] + 2


def test_counts_of_a_new_namespace_are_made_by_its_first_write(sparql_endpoint_store_factory):
    with sparql_endpoint_store_factory() as store:
        store.add([Fact(person("Ann"), "livesIn", place("Paris"))], namespace="new")
        sent = requests(store)
        assert store.stats(namespace="new")["facts"] == 1
        assert sent == [store.query_url]  # no count of the data needed


def test_a_new_statement_node_that_holds_triples_makes_the_counts_count_again(
        oxigraph_server: OxigraphServer, sparql_endpoint_store_factory):
    with sparql_endpoint_store_factory() as store:
        store.add([Fact(person("Ann"), "age", 30)])
        bob = person("Bob")
        node = ids.fact_iri(bob.iri, KGM + "age", '"40"^^<http://www.w3.org/2001/XMLSchema#integer>')
        # another client wrote a triple of the statement node the next fact gets (no label: not seen by the check)
        _post(oxigraph_server, f"INSERT DATA {{ <{node}> <{KGM}note> 'by hand' }}")
        store.add([Fact(bob, "age", 40)])
        assert store.stats() == store._scan_stats("default")


def test_counts_of_another_layout_are_counted_again(oxigraph_server: OxigraphServer, sparql_endpoint_store_factory):
    with sparql_endpoint_store_factory() as store:
        store.add([Fact(person("Ann"), "livesIn", place("Paris"))])
        # an older kg-memory kept one more number per graph (its label count): not this layout's counts
        _post(oxigraph_server, f"INSERT DATA {{ GRAPH <{COUNTS}> {{ <{ids.graph_iri('default')}> <{COUNTS}#labels> 2 }} }}")
        sent = requests(store)
        assert store.stats() == store._scan_stats("default")
        assert store.update_url in sent  # counted again, once
        sent.clear()
        assert store.stats()["facts"] == 1 and sent == [store.query_url]
