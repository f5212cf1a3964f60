"""The SPARQL 1.1 endpoint (``kgmem serve``), queried over real HTTP with SPARQLWrapper and urllib."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

from kg_memory import Memory, Turn, ids
from kg_memory.serve import ServeOptions, SparqlEndpoint
from tests.test_serve_security import _serving

TOKEN = "s3cret-token"
CITIES = "SELECT ?person ?city WHERE { ?p rdfs:label ?person ; :livesIn/rdfs:label ?city } ORDER BY ?person"
BIG = 250  # triples in namespace "big"
# Three-way cartesian products over them: 15.6 million solutions, seconds of work. The COUNT computes everything before its one row; SELECT * streams its rows.
COUNT_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
STREAM_PRODUCT = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


def _fill(memory: Memory) -> None:
    memory.remember([
        Turn("c1", "1", "Alice", "I live in Paris."),
        Turn("c1", "2", "Bob", "I was born in Lyon and I work for Airbus."),
    ])
    nt = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(BIG))
    memory.ingest(io.BytesIO(nt.encode()), format="nt", namespace="big")


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    """An endpoint over a memory with facts, updates allowed with TOKEN, results cut at 50 rows."""
    with Memory() as memory:
        _fill(memory)
        options = ServeOptions(timeout=20, max_rows=50, allow_update=True, token=TOKEN, cors_origins=("*",),
                               all_namespaces=True)
        with _serving(memory, options) as server:
            yield server.url


@pytest.fixture(scope="module")
def limited_url() -> Iterator[str]:
    """A read-only endpoint with a 0.5 s time limit and one query at a time."""
    with Memory() as memory:
        _fill(memory)
        with _serving(memory, ServeOptions(timeout=0.5, max_rows=10**9, max_concurrent=1, all_namespaces=True)) as server:
            yield server.url


def _request(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
             method: str | None = None, **params: str) -> tuple[int, dict[str, str], bytes]:
    if params:
        url += "?" + urllib.parse.urlencode(params)
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers.items()), e.read()


def _wrapper(url: str, query: str, fmt: str) -> Any:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client.query()


# -- queries with a real client ---------------------------------------------------------------------


def test_select_as_sparql_json(url: str) -> None:
    result = _wrapper(url, CITIES, JSON)
    assert result.info()["content-type"].startswith("application/sparql-results+json")
    rows = [{k: v["value"] for k, v in b.items()} for b in result.convert()["results"]["bindings"]]
    assert rows == [{"person": "Alice", "city": "Paris"}]


def test_select_as_xml(url: str) -> None:
    document = _wrapper(url, CITIES, XML).convert()
    literals = [n.firstChild.data for n in document.getElementsByTagName("literal")]
    assert literals == ["Alice", "Paris"]


def test_select_as_csv_and_tsv(url: str) -> None:
    csv_text = _wrapper(url, CITIES, CSV).convert().decode()
    assert csv_text.splitlines() == ["person,city", "Alice,Paris"]
    tsv_text = _wrapper(url, CITIES, TSV).convert().decode()
    assert tsv_text.splitlines() == ["?person\t?city", '"Alice"\t"Paris"']


def test_construct_as_turtle(url: str) -> None:
    query = "CONSTRUCT { ?p :livesIn ?place } WHERE { ?p :livesIn ?place }"
    result = _wrapper(url, query, TURTLE)
    assert result.info()["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=result.convert(), format="turtle")
    assert set(graph) == {(rdflib.URIRef(ids.BASE + "id/person.alice"),
                           rdflib.URIRef("https://w3id.org/kg-memory/ns#livesIn"),
                           rdflib.URIRef(ids.BASE + "id/place.paris"))}


def test_construct_as_ntriples_and_jsonld(url: str) -> None:
    query = "CONSTRUCT { ?p :livesIn ?place } WHERE { ?p :livesIn ?place }"
    status, headers, body = _request(url, query=query, headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=body, format="nt")) == 1
    status, headers, body = _request(url, query=query, format="json-ld")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=body, format="json-ld")) == 1


def test_ask(url: str) -> None:
    assert _wrapper(url, "ASK { ?p :livesIn ?place }", JSON).convert()["boolean"] is True
    assert _wrapper(url, "ASK { ?p :livesIn :nowhere }", JSON).convert()["boolean"] is False
    assert _wrapper(url, "ASK { ?p :livesIn ?place }", CSV).convert().decode().split() == ["_askResult", "true"]


def test_post_form_and_sparql_query_body(url: str) -> None:
    form = urllib.parse.urlencode({"query": CITIES}).encode()
    status, _, body = _request(url, data=form, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                          "Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["city"]["value"] == "Paris"
    status, headers, body = _request(url, data=CITIES.encode(), headers={"Content-Type": "application/sparql-query",
                                                                           "Accept": "text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and b"Paris" in body


def test_namespace_and_default_graph_uri(url: str) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/p> ?o }"

    def n(**params: str) -> int:
        status, _, body = _request(url, query=count, **params)
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    assert n() == 0
    assert n(namespace="big") == BIG
    assert n(**{"default-graph-uri": ids.graph_iri("big")}) == BIG


def test_long_results_are_truncated_with_headers(url: str) -> None:
    status, headers, body = _request(url, query="SELECT * WHERE { ?s ?p ?o }", namespace="big")
    assert status == 200
    assert headers["X-KGMem-Truncated"] == "true" and headers["X-SPARQL-MaxRows"] == "50"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    _, headers, _ = _request(url, query=CITIES)
    assert "X-KGMem-Truncated" not in headers


# -- bad input ----------------------------------------------------------------------------------------


def test_malformed_query_is_400_with_the_parser_message(url: str) -> None:
    with pytest.raises(QueryBadFormed):
        _wrapper(url, "SELECT ?x WHERE { ?x ?y }", JSON)
    status, headers, body = _request(url, query="SELECT ?x WHERE { ?x ?y ")
    assert status == 400 and headers["Content-Type"].startswith("application/json")
    error = json.loads(body)
    assert error["error"] == "malformed-query" and "invalid SPARQL query" in error["message"]
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert _request(url, query=CITIES)[0] == 200


def test_other_bad_requests(url: str) -> None:
    assert _request(url, query=CITIES, headers={"Accept": "image/png"})[0] == 406
    assert _request(url, query="CONSTRUCT WHERE { ?s ?p ?o }", format="csv")[0] == 406
    assert _request(url, data=CITIES.encode(), headers={"Content-Type": "text/plain"})[0] == 415
    assert _request(url.replace("/sparql", "/nothing"), query=CITIES)[0] == 404
    assert _request(url, data=b"", headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
    assert _request(url, update="CLEAR ALL")[0] == 400  # updates must be POSTed
    assert _request(url, query=CITIES, method="PUT")[0] == 405


def test_query_form_page_and_service_description(url: str) -> None:
    status, headers, body = _request(url.replace("/sparql", "/"))
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<form" in page and "<script src" not in page and "cdn" not in page.lower()
    status, headers, body = _request(url, headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=body, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.endpoint, rdflib.URIRef(url)) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) in graph


def test_cors_headers_and_preflight(url: str) -> None:
    _, headers, _ = _request(url, query=CITIES, headers={"Origin": "http://notebook.example"})
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "X-KGMem-Truncated" in headers["Access-Control-Expose-Headers"]
    status, headers, _ = _request(url, method="OPTIONS", headers={
        "Origin": "http://notebook.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert status == 204
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert {"authorization", "content-type"} <= {h.strip().lower() for h in headers["Access-Control-Allow-Headers"].split(",")}


# -- updates --------------------------------------------------------------------------------------------


def _update(url: str, text: str, token: str | None) -> None:
    client = SPARQLWrapper(url)
    client.setMethod(POST)
    client.setQuery(text)
    if token is not None:
        client.addCustomHttpHeader("Authorization", f"Bearer {token}")
    client.query()


def test_updates_need_the_token(url: str) -> None:
    insert = 'INSERT DATA { <http://example.org/carol> rdfs:label "Carol" ; :livesIn <http://example.org/rome> }'
    ask = "ASK { <http://example.org/carol> :livesIn <http://example.org/rome> }"
    with pytest.raises(Unauthorized):
        _update(url, insert, None)
    with pytest.raises(urllib.error.HTTPError) as wrong:
        _update(url, insert, "not-the-token")
    assert wrong.value.code == 403
    assert _wrapper(url, ask, JSON).convert()["boolean"] is False
    _update(url, insert, TOKEN)
    assert _wrapper(url, ask, JSON).convert()["boolean"] is True
    delete = "DELETE WHERE { <http://example.org/carol> ?p ?o }"
    status, _, _ = _request(url, data=delete.encode(), headers={"Content-Type": "application/sparql-update",
                                                                 "Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    assert _wrapper(url, ask, JSON).convert()["boolean"] is False


def test_updates_write_other_namespaces_with_graph(url: str) -> None:
    graph = ids.graph_iri("notes")
    insert = f'INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/x> rdfs:label "X" }} }}'
    form = {"update": insert, "namespace": "notes"}
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"}
    status, _, body = _request(url, data=urllib.parse.urlencode(form).encode(), headers=headers)
    assert status == 400 and "GRAPH" in json.loads(body)["message"]
    del form["namespace"]
    assert _request(url, data=urllib.parse.urlencode(form).encode(), headers=headers)[0] == 204
    status, _, body = _request(url, query='ASK { ?x rdfs:label "X" }', namespace="notes")
    assert json.loads(body)["boolean"] is True
    assert json.loads(_request(url, query='ASK { ?x rdfs:label "X" }')[2])["boolean"] is False


def test_malformed_update_is_400(url: str) -> None:
    status, _, body = _request(url, data=urllib.parse.urlencode({"update": "INSERT NONSENSE"}).encode(),
                               headers={"Content-Type": "application/x-www-form-urlencoded",
                                        "Authorization": f"Bearer {TOKEN}"})
    assert status == 400 and json.loads(body)["error"] == "malformed-query"


def test_read_only_server_refuses_updates(limited_url: str) -> None:
    form = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    status, _, body = _request(limited_url, data=form, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                                "Authorization": f"Bearer {TOKEN}"})
    assert status == 403 and "disabled" in json.loads(body)["message"]
    assert _request(limited_url, query="ASK { ?s :livesIn ?o }")[0] == 200


# -- limits ---------------------------------------------------------------------------------------------


def _wait_until_answered(url: str, seconds: float = 60) -> tuple[int, bytes]:
    deadline = time.monotonic() + seconds
    while True:
        status, _, body = _request(url, query=CITIES)
        if status == 200 or time.monotonic() > deadline:
            return status, body
        time.sleep(0.5)


@pytest.mark.slow
def test_slow_query_hits_the_time_limit_and_the_server_keeps_serving(limited_url: str) -> None:
    status, headers, body = _request(limited_url, query=COUNT_PRODUCT, namespace="big")
    assert status == 503 and json.loads(body)["error"] == "timeout"
    assert "Access-Control-Allow-Origin" not in headers  # no CORS unless asked for (issue 15)
    # The runaway COUNT's worker was killed, freeing the only evaluation slot: the next query is answered
    # at once (the old server answered 503 busy until the COUNT had run to its end).
    status, headers, body = _request(limited_url, query=CITIES)
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["city"]["value"] == "Paris"


@pytest.mark.slow
def test_streaming_runaway_query_is_stopped(limited_url: str) -> None:
    _wait_until_answered(limited_url)
    status, _, body = _request(limited_url, query=STREAM_PRODUCT, namespace="big")
    assert status == 503 and json.loads(body)["error"] == "timeout"
    # The worker stops at its next row, freeing the only slot: the next query is answered right away.
    status, _, body = _request(limited_url, query=CITIES)
    assert status == 200 and b"Paris" in body


# -- the command --------------------------------------------------------------------------------------------


def test_kgmem_serve_command(tmp_path: Path, runner: Any) -> None:
    from kg_memory.cli import cli

    store = tmp_path / "store"
    result = runner.invoke(cli, ["serve", "--store", str(store), "--allow-update"], env={"KGMEM_SERVE_TOKEN": ""})
    assert result.exit_code == 2 and "token" in result.output
    env = {**os.environ, "KGMEM_SERVE_TOKEN": TOKEN}
    command = [sys.executable, "-m", "kg_memory.cli", "serve", "--store", str(store), "--port", "0", "--allow-update"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("SPARQL endpoint at http://127.0.0.1:"), process.stderr.read()  # type: ignore[union-attr]
        endpoint = line.split()[-1]
        _update(endpoint, 'INSERT DATA { <http://example.org/dan> rdfs:label "Dan" }', TOKEN)
        assert _wrapper(endpoint, 'ASK { ?d rdfs:label "Dan" }', JSON).convert()["boolean"] is True
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    with Memory(store) as memory:
        assert memory.query('ASK { ?d rdfs:label "Dan" }').boolean is True


def test_served_memory_is_a_remote_store(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``Memory("sparql+http://...")`` reads and writes through the endpoint (updates with the token)."""
    monkeypatch.setenv("KGMEM_SPARQL_TOKEN", TOKEN)
    with Memory("sparql+" + url.replace("/sparql", "/query"), namespace="remote") as remote:
        remote.remember([Turn("r1", "1", "Erin", "I live in Oslo.")])
        assert [(f.subject.label, f.object.label) for f in remote.facts("Erin", "livesIn")] == [("Erin", "Oslo")]
    status, _, body = _request(url, query=CITIES, namespace="remote")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["city"]["value"] == "Oslo"


def test_served_updates_invalidate_the_namespace_they_write() -> None:
    """An update that writes a namespace with GRAPH refreshes that namespace's caches (issue 12)."""
    with Memory() as memory:
        memory.add("Alice", "livesIn", "Paris", namespace="notes")
        assert memory.lookup("Zed Zedson", 1, namespace="notes")[0][0].label != "Zed Zedson"
        before = memory.version(namespace="notes")
        graph = ids.graph_iri("notes")
        insert = (f"INSERT DATA {{ GRAPH <{graph}> {{ <{ids.entity_iri('Zed Zedson', 'Person')}> a :Person ; "
                  f'rdfs:label "Zed Zedson" }} }}')
        endpoint = SparqlEndpoint(memory, ServeOptions(allow_update=True, token=TOKEN, all_namespaces=True))
        response = endpoint.handle("POST", "/sparql", {"Content-Type": "application/sparql-update",
                                                       "Authorization": f"Bearer {TOKEN}"}, insert.encode())
        assert response.status == 204
        assert memory.version(namespace="notes") > before
        assert memory.lookup("Zed Zedson", 1, namespace="notes")[0][0].label == "Zed Zedson"
