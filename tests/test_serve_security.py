"""``kgmem serve`` under attack and abuse (issue 15), against the real server on 127.0.0.1.

Each test failed on the standard-library server this one replaced: runaway queries ran on after their
503 and held every slot, SERVICE sent requests anywhere, every response allowed any origin, any Host
was answered, ``namespace=`` and ``GRAPH ?g`` reached every namespace, slow clients were never
dropped, and keep-alive requests waited ~40 ms for Nagle's algorithm.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from kg_memory import Memory, ids
from kg_memory.serve import ServeOptions, SparqlServer

# billions of rows to count in constant memory: only the time limit stops it
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# tens of millions of rows to sort: the memory cap stops it before any time limit
GREEDY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a"
CHEAP = "SELECT ?o WHERE { <http://example.org/s1> ?p ?o }"
TRIPLES = 300


def _fill(memory: Memory, namespace: str = "default", label: str = "") -> None:
    nt = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{label}{i}" .\n' for i in range(TRIPLES))
    memory.ingest(io.BytesIO(nt.encode()), format="nt", namespace=namespace)


@contextlib.contextmanager
def _serving(memory: Memory, options: ServeOptions) -> Iterator[SparqlServer]:
    server = SparqlServer(memory, ("127.0.0.1", 0), options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _get(url: str, query: str | None = None, *, headers: dict[str, str] | None = None, timeout: float = 30,
         params: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    params = dict(params or {})
    if query is not None:
        params["query"] = query
    if params:
        url += "?" + urllib.parse.urlencode(params)
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers.items()), e.read()


def _workers() -> list[int]:
    """The living (not zombie) children of this process: the query workers."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError):
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rpartition(")")[2].split()
                if int(fields[1]) == os.getpid() and fields[0] != "Z":
                    found.append(int(entry))
    return found


def _rss() -> int:
    """Resident memory of this process and its query workers, in bytes."""
    total = 0
    for pid in [os.getpid(), *_workers()]:
        with contextlib.suppress(OSError):
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return total


# -- runaway queries ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_runaway_query_is_killed_at_the_time_limit_while_others_are_served() -> None:
    with Memory() as memory:
        _fill(memory)
        with _serving(memory, ServeOptions(timeout=3, max_concurrent=2)) as server:
            assert _get(server.url, CHEAP)[0] == 200
            baseline = _rss()
            outcome: dict[str, object] = {}

            def runaway() -> None:
                started = time.monotonic()
                outcome["status"], _, outcome["body"] = _get(server.url, RUNAWAY)
                outcome["seconds"] = time.monotonic() - started

            thread = threading.Thread(target=runaway)
            thread.start()
            served = []
            for _ in range(40):  # bounded: at most ~40 x 0.1 s plus the answers
                if not thread.is_alive():
                    break
                started = time.monotonic()
                status, _, body = _get(server.url, CHEAP, timeout=5)
                served.append((status, time.monotonic() - started))
                time.sleep(0.1)
            thread.join(30)
            assert outcome["status"] == 503 and json.loads(outcome["body"])["error"] == "timeout"  # type: ignore[arg-type]
            assert outcome["seconds"] < 3 + 3  # type: ignore[operator]
            assert len(served) >= 5 and all(status == 200 and seconds < 2 for status, seconds in served), served
            deadline = time.monotonic() + 3
            while _rss() > baseline + (300 << 20) and time.monotonic() < deadline:
                time.sleep(0.1)
            # the runaway's memory is gone with its worker (the old server's query thread ran on, to GBs)
            assert _rss() < baseline + (300 << 20)
            assert _get(server.url, CHEAP)[0] == 200


def test_a_query_over_the_memory_cap_is_stopped_early() -> None:
    with Memory() as memory:
        _fill(memory)
        with _serving(memory, ServeOptions(timeout=60, max_memory=128 << 20)) as server:
            started = time.monotonic()
            status, _, body = _get(server.url, GREEDY)
            assert status == 503 and json.loads(body)["error"] == "memory"
            assert time.monotonic() - started < 30
            assert _get(server.url, CHEAP)[0] == 200


# -- SERVICE ----------------------------------------------------------------------------------------------


class _Listener:
    """A TCP port on 127.0.0.1 that counts the connections it gets (a SERVICE target)."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                connection, _ = self.socket.accept()
                self.connections += 1
                connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.socket.close()


def test_service_calls_never_leave_the_server() -> None:
    listener = _Listener()
    try:
        with Memory() as memory, _serving(memory, ServeOptions(timeout=5)) as server:
            target = f"http://127.0.0.1:{listener.port}/sparql"
            for query in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                          f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
                          f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
                          f"SELECT * WHERE {{ BIND(<{target}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
                          f"SELECT * WHERE {{ <http://x#a> ?p ?o . SERVICE <{target}> {{ ?s ?p ?o }} }}",
                          "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"):
                status, _, body = _get(server.url, query)
                error = json.loads(body)
                assert status == 403 and error["error"] == "service-refused", query
                assert str(listener.port) not in error["message"] and "port" not in error["message"].lower()
            form = urllib.parse.urlencode({"query": f"SELECT * {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"}).encode()
            request = urllib.request.Request(server.url, data=form)
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=10)
            assert refused.value.code == 403
            assert _get(server.url, 'SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }')[0] == 200
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()


# -- browsers: CORS and DNS rebinding -------------------------------------------------------------------


def test_no_cors_header_unless_an_origin_is_allowed() -> None:
    with Memory() as memory:
        with _serving(memory, ServeOptions()) as server:
            status, headers, _ = _get(server.url, CHEAP, headers={"Origin": "http://evil.example"})
            assert status == 200 and "Access-Control-Allow-Origin" not in headers
            status, headers, _ = _get(server.url, "SELECT ?x {", headers={"Origin": "http://evil.example"})
            assert status == 400 and "Access-Control-Allow-Origin" not in headers
        with _serving(memory, ServeOptions(cors_origins=("http://notebook.example",))) as server:
            _, headers, _ = _get(server.url, CHEAP, headers={"Origin": "http://notebook.example"})
            assert headers["Access-Control-Allow-Origin"] == "http://notebook.example"
            _, headers, _ = _get(server.url, CHEAP, headers={"Origin": "http://evil.example"})
            assert "Access-Control-Allow-Origin" not in headers


def _raw(port: int, request: bytes, timeout: float = 10) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as client:
        client.sendall(request)
        data = b""
        while chunk := client.recv(65536):
            data += chunk
        return data


def test_host_header_must_name_the_server() -> None:
    with Memory() as memory:
        with _serving(memory, ServeOptions(allow_hosts=("memory.lan",))) as server:
            port = server.server_address[1]
            path = "/sparql?" + urllib.parse.urlencode({"query": CHEAP})

            def status(host: str) -> int:
                answer = _raw(port, f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
                return int(answer.split()[1])

            assert status(f"rebound.attacker.example:{port}") == 403
            assert status("attacker.example") == 403
            assert status(f"127.0.0.1:{port}") == 200
            assert status(f"localhost:{port}") == 200
            assert status("memory.lan") == 200


# -- namespaces -------------------------------------------------------------------------------------------


def test_served_namespace_is_the_only_one_visible() -> None:
    with Memory(namespace="alice") as memory:
        _fill(memory, "alice", "alice-")
        _fill(memory, "bob", "bob-")
        _fill(memory, "default", "default-")
        with _serving(memory, ServeOptions()) as server:
            def values(query: str) -> set[str]:
                status, _, body = _get(server.url, query)
                assert status == 200, body
                return {b["o"]["value"] for b in json.loads(body)["results"]["bindings"]}

            def owners(found: set[str]) -> set[str]:
                return {value.split("-")[0] for value in found}

            bob = ids.graph_iri("bob")
            assert owners(values("SELECT ?o WHERE { ?s ?p ?o }")) == {"alice"}
            assert owners(values("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }")) == {"alice"}
            assert values(f"SELECT ?o WHERE {{ GRAPH <{bob}> {{ ?s ?p ?o }} }}") == set()
            assert owners(values(f"SELECT ?o FROM <{bob}> WHERE {{ ?s ?p ?o }}")) == {"alice"}
            assert values(f"SELECT ?o FROM NAMED <{bob}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") <= {
                f"alice-{i}" for i in range(TRIPLES)}
            assert _get(server.url, "SELECT ?o WHERE { ?s ?p ?o }", params={"namespace": "bob"})[0] == 403
            assert _get(server.url, "SELECT ?o WHERE { ?s ?p ?o }", params={"default-graph-uri": bob})[0] == 403
            assert _get(server.url, "SELECT ?o WHERE { ?s ?p ?o }", params={"namespace": "default"})[0] == 403


def test_updates_stay_in_the_served_namespace() -> None:
    token = "t0ken"
    with Memory(namespace="alice") as memory:
        _fill(memory, "bob", "bob-")
        with _serving(memory, ServeOptions(allow_update=True, token=token)) as server:
            def update(text: str) -> int:
                request = urllib.request.Request(server.url, data=text.encode(), headers={
                    "Content-Type": "application/sparql-update", "Authorization": f"Bearer {token}"})
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:
                        return int(response.status)
                except urllib.error.HTTPError as e:
                    return e.code

            alice, bob = ids.graph_iri("alice"), ids.graph_iri("bob")
            assert update("CLEAR ALL") == 403
            assert update(f"DROP GRAPH <{bob}>") == 403
            assert update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{bob}> {{ ?s ?p ?o }} }}") == 403
            assert update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }") == 403
            assert update(f"COPY <{bob}> TO <{alice}>") == 403
            assert update('INSERT DATA { <http://example.org/x> <http://example.org/p> "alice-new" }') == 204
            assert update(f'INSERT DATA {{ GRAPH <{alice}> {{ <http://example.org/y> <http://example.org/p> "a" }} }}') == 204
        assert memory.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", namespace="bob").rows[0][0].toPython() == TRIPLES
        assert memory.query('ASK { ?s ?p "alice-new" }', namespace="alice").boolean is True


# -- slow clients and latency ---------------------------------------------------------------------------


def test_slow_and_idle_clients_are_dropped() -> None:
    with Memory() as memory:
        with _serving(memory, ServeOptions(header_timeout=1, idle_timeout=1)) as server:
            port = server.server_address[1]
            with socket.create_connection(("127.0.0.1", port), timeout=5) as idle:
                started = time.monotonic()
                assert idle.recv(1) == b""  # closed by the server, not by our 5 s timeout
                assert time.monotonic() - started < 4
            with socket.create_connection(("127.0.0.1", port), timeout=5) as slow:
                started = time.monotonic()
                slow.sendall(b"GET /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                dropped = False
                for _ in range(30):  # one header byte every 0.2 s: never a whole request
                    try:
                        slow.sendall(b"X")
                        slow.settimeout(0.2)
                        if slow.recv(1) == b"":
                            dropped = True
                            break
                    except TimeoutError:
                        continue
                    except OSError:
                        dropped = True
                        break
                assert dropped and time.monotonic() - started < 4
            with socket.create_connection(("127.0.0.1", port), timeout=5) as slow_body:
                started = time.monotonic()
                slow_body.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
                                  b"Content-Type: application/sparql-query\r\n\r\nSELECT")
                assert slow_body.recv(4096).split()[1] == b"408"
                assert time.monotonic() - started < 4


def test_keep_alive_requests_are_not_delayed() -> None:
    import http.client

    with Memory() as memory:
        _fill(memory)
        with _serving(memory, ServeOptions()) as server:
            connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
            path = "/sparql?" + urllib.parse.urlencode({"query": CHEAP})
            times = []
            for _ in range(30):
                started = time.monotonic()
                connection.request("GET", path)
                response = connection.getresponse()
                assert response.status == 200 and b"bindings" in response.read()
                times.append(time.monotonic() - started)
            connection.close()
            # the old server's two writes without TCP_NODELAY cost ~40 ms on every kept-alive request
            assert statistics.median(times[5:]) < 0.03, times


def test_workers_do_not_outlive_the_server() -> None:
    others = set(_workers())  # children of servers other tests keep running (Neo4j, module fixtures)
    with Memory() as memory:
        _fill(memory)
        with _serving(memory, ServeOptions(timeout=20)) as server:
            assert _get(server.url, CHEAP)[0] == 200
            workers = set(_workers()) - others
            assert workers
        deadline = time.monotonic() + 5
        while workers & set(_workers()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not workers & set(_workers())


def test_serve_help_documents_every_option(runner: object) -> None:
    import click
    from click.testing import CliRunner

    from kg_memory.cli import cli

    assert isinstance(runner, CliRunner) and isinstance(cli, click.Group)
    result = runner.invoke(cli, ["serve", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for option in cli.commands["serve"].params:
        assert isinstance(option, click.Option) and option.help, option.name
        assert max(option.opts, key=len) in result.output


def test_service_to_an_allowed_host_is_answered() -> None:
    """``allow_service`` lets SERVICE reach the named host (here a fake endpoint on 127.0.0.1)."""
    import http.server

    answer = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
        {"x": {"type": "literal", "value": "from the remote endpoint"}}]}}).encode()

    class Remote(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    remote = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Remote)
    threading.Thread(target=remote.serve_forever, daemon=True).start()
    try:
        with Memory() as memory, _serving(memory, ServeOptions(timeout=10, allow_service=("127.0.0.1",))) as server:
            query = f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{remote.server_address[1]}/sparql> {{ ?s ?p ?x }} }}"
            status, _, body = _get(server.url, query)
            assert status == 200, body
            assert json.loads(body)["results"]["bindings"][0]["x"]["value"] == "from the remote endpoint"
            status, _, _ = _get(server.url, "SELECT * WHERE { SERVICE <http://localhost:1/x> { ?s ?p ?o } }")
            assert status == 403  # localhost is another name: only the hosts given are allowed
    finally:
        remote.shutdown()
        remote.server_close()


def test_connections_over_the_cap_are_refused() -> None:
    with Memory() as memory:
        with _serving(memory, ServeOptions(max_connections=3, header_timeout=5)) as server:
            port = server.server_address[1]
            held = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(3)]
            try:
                time.sleep(0.2)
                status, _, _ = _get(server.url, CHEAP, timeout=10)
                assert status == 503
            finally:
                for connection in held:
                    connection.close()
            time.sleep(0.2)
            assert _get(server.url, CHEAP)[0] == 200
