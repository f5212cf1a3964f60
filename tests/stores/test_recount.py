"""``kgmem stats --recount``: counts taken again from the data after writes that went around the store,
on the embedded store, a SPARQL endpoint and Neo4j (``Store.recount``)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg_memory import Memory
from kg_memory.cli import cli
from kg_memory.stores.rdf import RdfStore
from kg_memory.stores.sparql_endpoint import SparqlEndpointStore

# another client's data: an entity with a label and one fact about it
OTHER = """<https://ex.org/zoe> <http://www.w3.org/2000/01/rdf-schema#label> "Zoe" .
<https://ex.org/zoe> <https://w3id.org/kg-memory/ns#livesIn> <https://ex.org/oslo> .
<https://ex.org/oslo> <http://www.w3.org/2000/01/rdf-schema#label> "Oslo" .
"""


def stats(runner: CliRunner, store: str, *extra: str) -> dict[str, int]:
    result = runner.invoke(cli, ["stats", "--store", store, "-f", "json", *extra])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    return {k: v for k, v in row.items() if k != "namespace"}


def test_recount_counts_what_was_written_around_the_embedded_store(runner: CliRunner, tmp_path: Path):
    path = tmp_path / "mem"
    with Memory(path) as memory:
        memory.add("Alice", "livesIn", "Paris")
    before = stats(runner, str(path))
    assert before["facts"] == 1 and before["entities"] == 2
    with RdfStore(path) as store:  # through pyoxigraph itself, not the store's writes
        store.db.load(OTHER.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    assert stats(runner, str(path)) == before  # kept counts: the write went around them
    after = stats(runner, str(path), "--recount")
    assert after["facts"] == 2 and after["entities"] == 4 and after["triples"] == before["triples"] + 3
    assert stats(runner, str(path)) == after  # kept from then on
    with RdfStore(path) as store:
        assert store._scan_stats("default") == after


@pytest.mark.oxigraph
def test_recount_on_a_sparql_endpoint(runner: CliRunner, sparql_endpoint_store_factory):
    with sparql_endpoint_store_factory() as store:
        Memory(store).add("Alice", "livesIn", "Paris")
        url = "sparql+" + store.query_url
        before = stats(runner, url)
        httpx.post(store.query_url.replace("/query", "/store") + "?default", content=OTHER.encode(),
                   headers={"Content-Type": "application/n-triples"}, timeout=30).raise_for_status()
        assert stats(runner, url) == before
        after = stats(runner, url, "--recount")
        assert after["facts"] == before["facts"] + 1 and after["entities"] == before["entities"] + 2
        assert stats(runner, url) == after == SparqlEndpointStore(url)._scan_stats("default")


@pytest.mark.neo4j
def test_recount_on_neo4j_gives_the_counts_the_writes_kept(runner: CliRunner, neo4j_store_factory, neo4j_uri: str):
    with neo4j_store_factory() as store, Memory(RdfStore()) as rdf:
        for memory in (Memory(store), rdf):
            memory.add("Alice", "livesIn", "Paris")
            memory.add("Alice", "livesIn", "Rome")
        kept = stats(runner, neo4j_uri)
        assert stats(runner, neo4j_uri, "--recount") == kept == {k: rdf.stats()[k] for k in kept}
        assert kept["facts"] == 1 and kept["closed_facts"] == 1
