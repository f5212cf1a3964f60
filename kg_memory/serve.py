"""The SPARQL 1.1 Protocol endpoint over a memory (``kgmem serve``).

One store is opened once and shared by the request threads of a standard-library
``http.server.ThreadingHTTPServer`` (no web framework: the protocol is a handful of parameters and
headers, and a dependency-free server starts anywhere kg-memory is installed); every query sees a
consistent snapshot.

Requests
--------
``GET /sparql?query=...``, ``POST /sparql`` with ``application/x-www-form-urlencoded`` (``query=`` or
``update=``), ``application/sparql-query`` or ``application/sparql-update`` bodies. ``/``, ``/query``
and ``/update`` (the paths of Oxigraph's server, which
:class:`~kg_memory.stores.sparql_endpoint.SparqlEndpointStore` expects) answer the same requests;
``/`` without a query returns a small HTML page with a query form (no CDN).
``GET /sparql`` without a query returns a SPARQL 1.1 Service Description (Turtle).

``namespace=NAME`` or ``default-graph-uri=IRI`` (the namespace's graph IRI, see
:func:`kg_memory.ids.graph_iri`) picks the namespace; the default is the memory's.

Results
-------
By content negotiation (``Accept``), or the ``format=`` (or ``output=``) parameter, which wins:

====================  =======================================================================
SELECT and ASK        ``json`` (application/sparql-results+json, the default), ``xml``
                      (application/sparql-results+xml), ``csv`` (text/csv), ``tsv``
                      (text/tab-separated-values)
CONSTRUCT, DESCRIBE   ``turtle`` (text/turtle, the default), ``nt`` (application/n-triples),
                      ``json-ld`` (application/ld+json), ``xml`` (application/rdf+xml)
====================  =======================================================================

Limits
------
``timeout``
    Seconds a query may take. pyoxigraph offers no way to cancel a running query, so each query runs
    in its own worker thread while the request thread waits at most ``timeout`` seconds; past it the
    client gets ``503`` with ``{"error": "timeout"}``. A query whose results stream (no ORDER BY,
    GROUP BY or aggregate over the whole input) is really stopped: the worker checks between rows.
    One that computes everything before its first row runs on in the background.
``max_concurrent``
    Queries evaluating at once, runaway ones included. A query waits for a free slot within its time
    limit, else gets ``503`` with ``{"error": "busy"}`` and a ``Retry-After`` header.
``max_rows``
    Rows (or triples) returned at most. A longer result is truncated, with the response headers
    ``X-SPARQL-MaxRows: N`` (as Virtuoso sends) and ``X-KGMem-Truncated: true``.

Updates are refused (``403``) unless the server runs with ``allow_update`` and a bearer token:
``Authorization: Bearer TOKEN``; no token -> ``401``, a wrong one -> ``403``. Updates run one at a
time, without a time limit (only token holders can send them), on the whole store: the default graph
is the ``default`` namespace, another namespace is written with ``GRAPH <graph_iri(NAME)> { ... }``
(``namespace=`` and ``default-graph-uri=`` are refused for updates). A successful update answers ``204``.

Errors are JSON ``{"error": CODE, "message": TEXT}``: ``400`` malformed query or request (the
parser's message), ``401``/``403`` update refused, ``404``, ``405``, ``406`` no acceptable format,
``411``, ``413`` body too large, ``415`` unsupported content type, ``500`` store failure, ``503``
timeout or busy. Every response carries CORS headers; ``OPTIONS`` answers preflight requests.

Examples
--------
>>> import json, threading, urllib.request
>>> from kg_memory import Memory
>>> memory = Memory()
>>> _ = memory.add("Alice", "livesIn", "Paris")
>>> server = SparqlServer(memory, ("127.0.0.1", 0))
>>> thread = threading.Thread(target=server.serve_forever, daemon=True)
>>> thread.start()
>>> url = server.url + "?query=" + urllib.parse.quote("SELECT ?city WHERE { ?p :livesIn/rdfs:label ?city }")
>>> with urllib.request.urlopen(url) as response:
...     json.load(response)["results"]["bindings"][0]["city"]["value"]
'Paris'
>>> server.shutdown(); server.server_close()
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from . import ids
from .errors import KGMemoryError, QueryError, UnsupportedOperation
from .memory import Memory
from .results import QueryResult
from .stores import DEFAULT_NAMESPACE

__all__ = ["Response", "ServeOptions", "SparqlEndpoint", "SparqlServer", "negotiate", "serve"]

logger = logging.getLogger(__name__)

#: Media types the endpoint answers with, by result kind and format name.
CONTENT_TYPES: Mapping[str, Mapping[str, str]] = {
    "rows": {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
             "csv": "text/csv", "tsv": "text/tab-separated-values"},
    "graph": {"turtle": "text/turtle", "nt": "application/n-triples", "json-ld": "application/ld+json",
              "xml": "application/rdf+xml"},
}
# Accepted media types -> format, in the server's order of preference (the first is the default).
_ACCEPTED: Mapping[str, Mapping[str, str]] = {
    "rows": {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
             "text/csv": "csv", "text/tab-separated-values": "tsv", "application/json": "json",
             "application/xml": "xml", "text/xml": "xml", "text/javascript": "json",
             "application/javascript": "json"},
    "graph": {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
              "application/rdf+xml": "xml", "application/turtle": "turtle", "application/x-turtle": "turtle",
              "text/n3": "turtle", "text/rdf+n3": "turtle", "application/n3": "turtle", "text/plain": "nt",
              "application/json": "json-ld", "application/x-json+ld": "json-ld", "application/xml": "xml",
              "text/xml": "xml"},
}
# format= values -> format, by kind (full media types are accepted too).
_FORMAT_NAMES: Mapping[str, Mapping[str, str]] = {
    "rows": {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"},
    "graph": {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "nt": "nt", "ntriples": "nt",
              "n-triples": "nt", "json-ld": "json-ld", "jsonld": "json-ld", "json": "json-ld",
              "xml": "xml", "rdf+xml": "xml", "rdfxml": "xml"},
}
# /query and /update as Oxigraph's server names them, so sparql+http://HOST:PORT/query stores find both.
_PATHS = ("/", "/sparql", "/query", "/update")
_CORS_HEADERS = "Accept, Authorization, Content-Type"
_EXPOSED_HEADERS = "X-SPARQL-MaxRows, X-KGMem-Truncated, Retry-After"


@dataclass(frozen=True)
class ServeOptions:
    """Limits and permissions of the endpoint (see the module docstring).

    >>> ServeOptions(allow_update=True)
    Traceback (most recent call last):
    ...
    ValueError: updates need a token: pass token= (kgmem serve --token or KGMEM_SERVE_TOKEN)
    """

    timeout: float = 30.0
    max_rows: int = 10_000
    max_concurrent: int = 4
    allow_update: bool = False
    token: str | None = None
    cors_origin: str = "*"
    max_body: int = 1 << 20

    def __post_init__(self) -> None:
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        if self.max_rows < 1 or self.max_concurrent < 1 or self.max_body < 1:
            raise ValueError("max_rows, max_concurrent and max_body must be 1 or more")
        if self.allow_update and not self.token:
            raise ValueError("updates need a token: pass token= (kgmem serve --token or KGMEM_SERVE_TOKEN)")


@dataclass
class Response:
    """An HTTP response: status, body, content type and extra headers."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class _HttpError(Exception):
    """A request that ends in an error response."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}

    def response(self) -> Response:
        body = json.dumps({"error": self.code, "message": self.message}, ensure_ascii=False).encode()
        return Response(self.status, body, "application/json; charset=utf-8", dict(self.headers))


def negotiate(accept: str | None, kind: str) -> str | None:
    """The result format an ``Accept`` header asks for (``kind`` is ``"rows"`` or ``"graph"``).

    ``None`` when nothing acceptable is on offer; a missing header or ``*/*`` gets the default.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "rows")
    'xml'
    >>> negotiate("text/*", "graph"), negotiate(None, "rows"), negotiate("image/png", "rows")
    ('turtle', 'json', None)
    """
    offered = _ACCEPTED[kind]
    default = next(iter(offered.values()))
    if not accept or not accept.strip():
        return default
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.lower()
        if q > 0 and media:
            specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
            ranges.append((-q, -specificity, position, media))
    for *_, media in sorted(ranges):
        if media == "*/*":
            return default
        if media.endswith("/*"):
            prefix = media[:-1]
            found = next((fmt for m, fmt in offered.items() if m.startswith(prefix)), None)
            if found:
                return found
        elif media in offered:
            return offered[media]
    return None


def _kind(result: QueryResult) -> str:
    return "graph" if result.kind == "graph" else "rows"


def _choose_format(result: QueryResult, accept: str | None, requested: list[str]) -> str:
    kind = _kind(result)
    requested = [r.strip().lower() for r in requested if r.strip()]
    if requested:
        for value in requested:
            fmt = _FORMAT_NAMES[kind].get(value) or _ACCEPTED[kind].get(value.split(";")[0])
            if fmt:
                return fmt
        raise _HttpError(406, "not-acceptable", f"format={requested[0]} does not fit a {result.kind.upper()} "
                         f"result; choose one of {', '.join(CONTENT_TYPES[kind])}")
    fmt = negotiate(accept, kind)
    if fmt is None:
        raise _HttpError(406, "not-acceptable", f"no acceptable format in Accept: {accept}; a {result.kind.upper()} "
                         f"result is served as {', '.join(CONTENT_TYPES[kind].values())}")
    return fmt


@dataclass
class _Job:
    """One query evaluated by a worker thread."""

    done: threading.Event = field(default_factory=threading.Event)
    cancel: threading.Event = field(default_factory=threading.Event)
    result: tuple[QueryResult, bool] | None = None
    error: BaseException | None = None


class _QueryRunner:
    """Runs queries in worker threads under a time limit, a row limit and a concurrency bound."""

    def __init__(self, memory: Memory, options: ServeOptions) -> None:
        self.memory = memory
        self.options = options
        self._slots = threading.BoundedSemaphore(options.max_concurrent)

    def run(self, text: str, namespace: str) -> tuple[QueryResult, bool]:
        """The result (at most ``max_rows`` long) and whether it was truncated."""
        limit = self.options.timeout
        deadline = time.monotonic() + limit
        if not self._slots.acquire(timeout=limit):
            raise _HttpError(503, "busy", f"{self.options.max_concurrent} queries are already running; "
                             "try again later", {"Retry-After": str(max(1, round(limit)))})
        job = _Job()
        worker = threading.Thread(target=self._work, args=(job, text, namespace), name="kgmem-query", daemon=True)
        worker.start()
        if not job.done.wait(max(0.0, deadline - time.monotonic())):
            job.cancel.set()
            logger.warning("query exceeded the %s s time limit: %s", limit, " ".join(text.split())[:200])
            raise _HttpError(503, "timeout", f"the query took longer than the {limit:g} s time limit")
        if job.error is not None:
            raise job.error
        assert job.result is not None
        return job.result

    def _work(self, job: _Job, text: str, namespace: str) -> None:
        try:
            try:
                job.result = self._stream(job, text, namespace)
            except UnsupportedOperation:  # a store whose rows cannot come one by one
                job.result = _truncate(self.memory.query(text, namespace=namespace), self.options.max_rows)
        except BaseException as e:  # handed to the request thread, which reports it
            job.error = e
        finally:
            self._slots.release()
            job.done.set()

    def _stream(self, job: _Job, text: str, namespace: str) -> tuple[QueryResult, bool]:
        """Evaluate with :meth:`Store.stream` row by row, stopping at the row limit or on cancel."""
        if self.memory.tracer:
            self.memory.tracer(text, {})
        answer = self.memory.store.stream(text, namespace=namespace)
        if answer.kind == "ask":
            return QueryResult("ask", boolean=bool(answer.boolean)), False
        items: list[Any] = []
        truncated = False
        for item in answer.items:  # consumed by the thread that made them
            if job.cancel.is_set():
                break
            if len(items) == self.options.max_rows:
                truncated = True
                break
            items.append(item)
        if job.cancel.is_set():  # the client has had its 503; nobody reads this result
            return QueryResult("ask", boolean=False), False
        if answer.kind == "graph":
            return QueryResult("graph", triples=items), truncated
        return QueryResult("select", answer.variables, items), truncated


def _truncate(result: QueryResult, max_rows: int) -> tuple[QueryResult, bool]:
    if len(result) <= max_rows or result.kind == "ask":
        return result, False
    if result.kind == "graph":
        return QueryResult("graph", triples=result.triples[:max_rows]), True
    return QueryResult(result.kind, result.variables, result.rows[:max_rows]), True


class SparqlEndpoint:
    """The SPARQL 1.1 Protocol over ``memory``, independent of the HTTP server: request in,
    :class:`Response` out.

    Raises :class:`~kg_memory.errors.UnsupportedOperation` when the memory's store does not speak SPARQL.
    """

    def __init__(self, memory: Memory, options: ServeOptions | None = None) -> None:
        if memory.store.query_language != "sparql":
            raise UnsupportedOperation(f"{type(memory.store).__name__} does not speak SPARQL; "
                                       "kgmem serve needs an RDF store")
        self.memory = memory
        self.options = options or ServeOptions()
        self._runner = _QueryRunner(memory, self.options)
        self._write_lock = threading.Lock()

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes = b"") -> Response:
        """Answer one request (``target`` is the path with its query string)."""
        try:
            response = self._dispatch(method.upper(), target, {k.lower(): v for k, v in headers.items()}, body)
        except _HttpError as e:
            response = e.response()
        except QueryError as e:
            response = _HttpError(400, "malformed-query", str(e)).response()
        except KGMemoryError as e:
            logger.error("store error: %s", e)
            response = _HttpError(500, "store-error", str(e)).response()
        except OSError as e:
            logger.error("store error: %s", e)
            response = _HttpError(500, "store-error", f"the store failed: {e}").response()
        except Exception as e:  # a bug: answer 500 and keep serving
            logger.exception("internal error answering %s %s", method, target)
            response = _HttpError(500, "internal-error", f"{type(e).__name__}: {e}").response()
        response.headers.update(self._cors())
        return response

    def _cors(self) -> dict[str, str]:
        headers = {"Access-Control-Allow-Origin": self.options.cors_origin,
                   "Access-Control-Expose-Headers": _EXPOSED_HEADERS}
        if self.options.cors_origin != "*":
            headers["Vary"] = "Origin"
        return headers

    def _dispatch(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Response:
        parts = urllib.parse.urlsplit(target)
        path = parts.path.rstrip("/") or "/"
        if path not in _PATHS:
            raise _HttpError(404, "not-found", f"nothing at {parts.path}; the endpoint is /sparql")
        params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        if method == "OPTIONS":
            return Response(204, headers={"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                          "Access-Control-Allow-Headers": _CORS_HEADERS,
                                          "Access-Control-Max-Age": "86400", "Allow": "GET, POST, OPTIONS"})
        if method == "GET":
            if "update" in params:
                raise _HttpError(400, "bad-request", "updates must be sent with POST")
            if "query" not in params:
                return self._describe(path, headers)
        elif method == "POST":
            params = self._post_params(params, headers, body)
        else:
            raise _HttpError(405, "method-not-allowed", f"{method} is not supported", {"Allow": "GET, POST, OPTIONS"})
        if "update" in params:
            if "query" in params:
                raise _HttpError(400, "bad-request", "send either query or update, not both")
            chosen = {"namespace", "default-graph-uri", "using-graph-uri", "using-named-graph-uri"} & set(params)
            if chosen:
                raise _HttpError(400, "bad-request", f"{', '.join(sorted(chosen))} cannot scope an update: it applies "
                                 f"to the store; write to a namespace with GRAPH <{ids.graph_iri('NAME')}> {{ ... }}")
            return self._update(_single(params, "update"), headers)
        namespace = self._namespace(params)
        if "query" not in params:
            raise _HttpError(400, "bad-request", "no query: send query= or an application/sparql-query body")
        if "named-graph-uri" in params:
            raise _HttpError(400, "bad-request", "named-graph-uri is not supported; use GRAPH in the query")
        return self._query(_single(params, "query"), namespace, headers, params)

    def _post_params(self, params: dict[str, list[str]], headers: dict[str, str], body: bytes) -> dict[str, list[str]]:
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as e:
            raise _HttpError(400, "bad-request", f"the body is not UTF-8: {e}") from None
        if media == "application/x-www-form-urlencoded":
            merged = dict(params)
            for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                merged[key] = merged.get(key, []) + values
            return merged
        if media in ("application/sparql-query", "application/sparql-update"):
            key = "query" if media.endswith("query") else "update"
            if "query" in params or "update" in params:
                raise _HttpError(400, "bad-request", f"a {media} body cannot come with query= or update= parameters")
            return {**params, key: [text]}
        raise _HttpError(415, "unsupported-media-type",
                         f"POST application/x-www-form-urlencoded, application/sparql-query or "
                         f"application/sparql-update, not {media or 'no Content-Type'}")

    def _namespace(self, params: dict[str, list[str]]) -> str:
        names = params.get("namespace", [])
        graphs = params.get("default-graph-uri", [])
        if len(names) + len(graphs) > 1:
            raise _HttpError(400, "bad-request", "give one namespace (namespace= or default-graph-uri=)")
        if names:
            return names[0]
        if not graphs:
            return self.memory.namespace
        iri = graphs[0]
        base = ids.graph_iri("")
        if iri.startswith(base) and len(iri) > len(base):
            return urllib.parse.unquote(iri[len(base):])
        if "://" not in iri and ":" not in iri:
            return iri
        raise _HttpError(400, "bad-request", f"default-graph-uri {iri} is not a kg-memory namespace graph "
                         f"({base}NAME)")

    def _query(self, text: str, namespace: str, headers: dict[str, str], params: dict[str, list[str]]) -> Response:
        started = time.monotonic()
        result, truncated = self._runner.run(text, namespace)
        fmt = _choose_format(result, headers.get("accept"), params.get("format", []) + params.get("output", []))
        body = _serialize(result, fmt).encode("utf-8")
        extra = {"X-SPARQL-MaxRows": str(self.options.max_rows), "X-KGMem-Truncated": "true"} if truncated else {}
        logger.info("query answered in %.3f s: %d result(s)%s", time.monotonic() - started, len(result),
                    " (truncated)" if truncated else "")
        return Response(200, body, f"{CONTENT_TYPES[_kind(result)][fmt]}; charset=utf-8", extra)

    def _update(self, text: str, headers: dict[str, str]) -> Response:
        if not self.options.allow_update:
            raise _HttpError(403, "forbidden", "updates are disabled on this endpoint (kgmem serve --allow-update)")
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _HttpError(401, "unauthorized", "updates need an 'Authorization: Bearer TOKEN' header",
                             {"WWW-Authenticate": 'Bearer realm="kgmem"'})
        if not hmac.compare_digest(token.strip().encode(), (self.options.token or "").encode()):
            raise _HttpError(403, "forbidden", "wrong token")
        with self._write_lock:
            self.memory.update(text, namespace=DEFAULT_NAMESPACE)
        logger.info("update applied")
        return Response(204)

    def _describe(self, path: str, headers: dict[str, str]) -> Response:
        accept = headers.get("accept", "")
        if path == "/" or "text/html" in accept:
            return Response(200, _FORM_PAGE.encode("utf-8"), "text/html; charset=utf-8")
        url = f"http://{headers.get('host', 'localhost')}{path}"
        return Response(200, _service_description(url, self.options.allow_update).encode("utf-8"),
                        "text/turtle; charset=utf-8")


def _serialize(result: QueryResult, fmt: str) -> str:
    if result.kind == "ask" and fmt == "csv":  # as Jena and Oxigraph write it; rdflib refuses
        return f"_askResult\r\n{'true' if result.boolean else 'false'}\r\n"
    return result.serialize(fmt)


def _single(params: dict[str, list[str]], key: str) -> str:
    values = params[key]
    if len(values) != 1:
        raise _HttpError(400, "bad-request", f"give {key} once, not {len(values)} times")
    return values[0]


def _service_description(url: str, updates: bool) -> str:
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in (
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
    languages = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if updates else "")
    return (f"@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\n"
            f"[] a sd:Service ;\n  sd:endpoint <{url}> ;\n  sd:supportedLanguage {languages} ;\n"
            f"  sd:resultFormat {formats} .\n")


class _Handler(BaseHTTPRequestHandler):
    """Hands every request to the server's :class:`SparqlEndpoint`."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "kgmem-sparql"

    def _answer(self) -> None:
        body = b""
        if self.command == "POST":
            length = self.headers.get("Content-Length")
            if length is None or not length.isdigit():
                self._send(_HttpError(411, "length-required", "POST needs a Content-Length").response())
                return
            if int(length) > self.server.endpoint.options.max_body:
                self.close_connection = True
                self._send(_HttpError(413, "too-large", f"the body is over "
                                      f"{self.server.endpoint.options.max_body} bytes").response())
                return
            body = self.rfile.read(int(length))
        self._send(self.server.endpoint.handle(self.command, self.path, dict(self.headers.items()), body))

    do_GET = do_POST = do_OPTIONS = do_PUT = do_DELETE = do_PATCH = _answer

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:
        logger.info("%s %s", self.address_string(), format % args)


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server answering the SPARQL 1.1 Protocol at ``/sparql`` over ``memory``.

    ``address`` is ``(host, port)``; port 0 picks a free port (see :attr:`url`). The memory must be
    open for as long as the server runs; ``serve_forever()``/``shutdown()`` as for any socketserver.
    """

    daemon_threads = True

    def __init__(self, memory: Memory, address: tuple[str, int] = ("127.0.0.1", 7878),
                 options: ServeOptions | None = None) -> None:
        self.endpoint = SparqlEndpoint(memory, options)
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        """The endpoint URL, e.g. ``http://127.0.0.1:7878/sparql``."""
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/sparql"


def serve(memory: Memory, host: str = "127.0.0.1", port: int = 7878, options: ServeOptions | None = None, *,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve ``memory`` until interrupted; ``ready`` is called with the endpoint URL once listening.

    Raises ``OSError`` when the address cannot be bound.
    """
    with SparqlServer(memory, (host, port), options) as server:
        if ready is not None:
            ready(server.url)
        server.serve_forever()


_FORM_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kg-memory SPARQL endpoint</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
textarea{width:100%;height:12em;font-family:monospace;font-size:14px}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
pre{background:#f5f5f5;padding:1em;overflow:auto}#status{margin-left:1em;color:#666}
</style></head><body>
<h1>kg-memory SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>/sparql</code> (GET or POST). Prefixes rdf, rdfs, xsd, owl, skos, prov,
schema and <code>:</code> (the kg-memory vocabulary) are pre-bound.</p>
<form id="form">
<textarea id="query" name="query">SELECT ?person ?predicate ?value WHERE {
  ?p a :Person ; rdfs:label ?person ; ?predicate ?o .
  OPTIONAL { ?o rdfs:label ?label }
  BIND(COALESCE(?label, ?o) AS ?value)
} LIMIT 100</textarea>
<p>Namespace <input id="namespace" placeholder="default"> Format <select id="format">
<option value="table">table</option><option value="json">json</option><option value="xml">xml</option>
<option value="csv">csv</option><option value="tsv">tsv</option><option value="turtle">turtle</option>
<option value="nt">n-triples</option><option value="json-ld">json-ld</option></select>
Token (updates only) <input id="token" type="password" size="12">
<button type="submit">Run query</button> <button type="button" id="update">Run update</button>
<span id="status"></span></p></form>
<div id="out"></div>
<script>
const $ = (id) => document.getElementById(id);
function cell(term) {
  const td = document.createElement("td");
  td.textContent = term ? term.value : "";
  return td;
}
function table(data) {
  if ("boolean" in data) { const p = document.createElement("pre"); p.textContent = String(data.boolean); return p; }
  const t = document.createElement("table"), head = t.insertRow();
  for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) { const r = t.insertRow(); for (const v of data.head.vars) r.appendChild(cell(b[v])); }
  return t;
}
async function send(kind) {
  const form = new URLSearchParams({[kind]: $("query").value});
  if ($("namespace").value) form.set("namespace", $("namespace").value);
  const fmt = $("format").value;
  if (kind === "query" && fmt !== "table") form.set("format", fmt);
  const headers = {"Content-Type": "application/x-www-form-urlencoded"};
  if (kind === "update") headers["Authorization"] = "Bearer " + $("token").value;
  $("status").textContent = "running...";
  const started = performance.now();
  const response = await fetch("sparql", {method: "POST", headers, body: form});
  const text = await response.text(), out = $("out");
  out.textContent = "";
  $("status").textContent = response.status + " in " + Math.round(performance.now() - started) + " ms" +
    (response.headers.get("X-KGMem-Truncated") ? " (truncated to " + response.headers.get("X-SPARQL-MaxRows") + " rows)" : "");
  const json = (response.headers.get("Content-Type") || "").includes("sparql-results+json");
  if (response.ok && fmt === "table" && json) { out.appendChild(table(JSON.parse(text))); return; }
  const pre = document.createElement("pre"); pre.textContent = text || "(no content)"; out.appendChild(pre);
}
$("form").addEventListener("submit", (e) => { e.preventDefault(); send("query"); });
$("update").addEventListener("click", () => send("update"));
</script></body></html>
"""
