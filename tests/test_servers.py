"""Smoke tests of the real test servers: each one answers as the project's tests expect.

The fixtures come from ``tests/servers.py`` (made visible by ``tests/conftest.py``).
"""

from __future__ import annotations

import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.servers import OxigraphServer, chromium_dump_dom


@pytest.mark.neo4j
def test_neo4j_answers_cypher(neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> None:
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        versions, _, _ = driver.execute_query("CALL dbms.components() YIELD name, versions RETURN *")

    assert records[0]["one"] == 1
    assert versions[0]["versions"][0].startswith("5.")


@pytest.mark.neo4j
def test_neo4j_reads_back_what_it_wrote(neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> None:
    import neo4j

    key = f"smoke-{uuid.uuid4()}"
    with neo4j.GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
        driver.execute_query(
            "CREATE (:SmokeTest {key: $key})-[:KNOWS {since: 2020}]->(:SmokeTest {key: $key, name: '北京'})",
            key=key,
        )
        try:
            records, _, _ = driver.execute_query(
                "MATCH (a:SmokeTest {key: $key})-[r:KNOWS]->(b) RETURN r.since AS since, b.name AS name",
                key=key,
                routing_=neo4j.RoutingControl.READ,
            )
        finally:
            driver.execute_query("MATCH (n:SmokeTest {key: $key}) DETACH DELETE n", key=key)

    assert [(record["since"], record["name"]) for record in records] == [(2020, "北京")]


@pytest.mark.oxigraph
def test_oxigraph_server_updates_and_queries(oxigraph_server: OxigraphServer) -> None:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    subject = f"http://example.org/smoke/{uuid.uuid4()}"
    update = SPARQLWrapper(oxigraph_server.query_url, updateEndpoint=oxigraph_server.update_url)
    update.setMethod(POST)
    update.setQuery(f'INSERT DATA {{ <{subject}> <http://example.org/name> "Ada Lovelace"@en }}')
    update.query()

    select = SPARQLWrapper(oxigraph_server.query_url)
    select.setReturnFormat(JSON)
    select.setQuery(f"SELECT ?name WHERE {{ <{subject}> <http://example.org/name> ?name }}")
    results = select.queryAndConvert()
    assert isinstance(results, dict)

    assert results["results"]["bindings"] == [{"name": {"type": "literal", "value": "Ada Lovelace", "xml:lang": "en"}}]


@pytest.mark.oxigraph
def test_oxigraph_server_graph_store_round_trips_a_graph(oxigraph_server: OxigraphServer) -> None:
    subject = f"http://example.org/smoke/{uuid.uuid4()}"
    body = f"<{subject}> <http://example.org/p> <http://example.org/o> .".encode()
    put = urllib.request.Request(
        f"{oxigraph_server.store_url}?graph=http://example.org/g1",
        data=body,
        method="PUT",
        headers={"Content-Type": "application/n-triples"},
    )
    with urllib.request.urlopen(put, timeout=10):
        pass

    get = urllib.request.Request(
        f"{oxigraph_server.store_url}?graph=http://example.org/g1", headers={"Accept": "application/n-triples"}
    )
    with urllib.request.urlopen(get, timeout=10) as response:
        text = response.read().decode()

    assert f"<{subject}> <http://example.org/p> <http://example.org/o> ." in text


@pytest.mark.browser
def test_chromium_runs_the_page_scripts(chromium_path: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'></head><body><ul id='facts'></ul>"
        "<script>document.getElementById('facts').innerHTML ="
        " ['Ada', '北京'].map(n => '<li>' + n + '</li>').join('');</script></body></html>",
        encoding="utf-8",
    )

    dom = chromium_dump_dom(chromium_path, page.as_uri())

    assert '<ul id="facts"><li>Ada</li><li>北京</li></ul>' in dom
