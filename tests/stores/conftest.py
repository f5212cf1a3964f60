"""Factories of server-backed stores for the contract suite (``<kind>_store_factory``) and their own tests, and
``store``: one empty store of each backend in turn, for tests that every backend must pass.

Each factory call gives a store over an empty database: the Neo4j factory deletes kg-memory's nodes
(``:Entity``, ``:Value``, ``:Turn``), the SPARQL endpoint factory drops every graph of the Oxigraph server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kg_memory.stores import Store
from kg_memory.stores.neo4j import Neo4jStore
from kg_memory.stores.sparql_endpoint import SparqlEndpointStore
from tests.servers import OxigraphServer
from tests.stores.backends import BACKENDS, make_store


def wipe_neo4j(uri: str, auth: tuple[str, str] | None) -> None:
    """Delete every node kg-memory writes (and only those) from the Neo4j database at ``uri``."""
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        driver.execute_query("MATCH (n) WHERE n:Entity OR n:Value OR n:Turn OR n:KgmCounts DETACH DELETE n")


def wipe_oxigraph(server: OxigraphServer) -> None:
    """Drop every graph of the Oxigraph server."""
    httpx.post(server.update_url, data={"update": "DROP ALL"}, timeout=30).raise_for_status()


@pytest.fixture
def neo4j_store_factory(neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> Callable[[], Neo4jStore]:
    """Make a Neo4jStore over an empty kg-memory graph."""

    def make() -> Neo4jStore:
        wipe_neo4j(neo4j_uri, neo4j_auth)
        return Neo4jStore(neo4j_uri, auth=neo4j_auth)

    return make


@pytest.fixture
def sparql_endpoint_store_factory(oxigraph_server: OxigraphServer) -> Callable[[], SparqlEndpointStore]:
    """Make a SparqlEndpointStore over an empty Oxigraph server."""

    def make() -> SparqlEndpointStore:
        wipe_oxigraph(oxigraph_server)
        return SparqlEndpointStore("sparql+" + oxigraph_server.query_url)

    return make


class CuttingProxy:
    """A TCP proxy on 127.0.0.1 that, once ``cut_after`` bytes went upstream, calls ``on_cut`` and drops
    every connection: a real network fault in the middle of a request, with no mock involved."""

    def __init__(
        self, upstream_port: int, cut_after: int | None = None, on_cut: Callable[[], None] | None = None,
        marker: bytes | None = None,
    ) -> None:
        """Count upstream bytes from the first chunk holding ``marker`` on (from the start without one)."""
        import socket
        import threading

        self.upstream_port, self.cut_after, self.on_cut = upstream_port, cut_after, on_cut
        self.marker, self._armed = marker, marker is None
        self.sent = 0
        self.cut = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.cut.is_set():
                client.close()
                continue
            server = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._sockets += [client, server]
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, src: Any, dst: Any, upstream: bool) -> None:
        try:
            while data := src.recv(65536):
                if upstream and self.marker is not None and self.marker in data:
                    self._armed = True
                if upstream and self.cut_after is not None and self._armed:
                    with self._lock:
                        self.sent += len(data)
                        over = self.sent > self.cut_after and not self.cut.is_set()
                    if over:
                        self.drop()
                        return
                dst.sendall(data)
        except OSError:
            pass

    def drop(self) -> None:
        """Cut now: run ``on_cut``, then close every connection and refuse new ones."""
        import socket

        self.cut.set()
        if self.on_cut is not None:
            self.on_cut()
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self._listener.close()
        for s in self._sockets:
            s.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend in turn (:data:`tests.stores.backends.BACKENDS`)."""
    with make_store(request.param, request, tmp_path) as made:
        yield made
