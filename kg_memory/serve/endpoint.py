"""The SPARQL 1.1 Protocol over a memory, independent of the HTTP server: request in, response out."""

from __future__ import annotations

import hmac
import logging
import time
import urllib.parse
from collections.abc import Mapping

from .. import ids
from ..errors import KGMemoryError, QueryError, UnsupportedOperation
from ..memory import Memory
from ..stores import DEFAULT_NAMESPACE
from .options import ServeOptions
from .page import FORM_PAGE
from .protocol import HttpError, Response, service_description, single
from .security import check_service, check_update_scope, cors_headers
from .workers import QueryRequest, WorkerPool

__all__ = ["SparqlEndpoint"]

logger = logging.getLogger(__name__)

# /query and /update as Oxigraph's server names them, so sparql+http://HOST:PORT/query stores find both.
_PATHS = ("/", "/sparql", "/query", "/update")
_CORS_HEADERS = "Accept, Authorization, Content-Type"


class SparqlEndpoint:
    """The SPARQL 1.1 Protocol over ``memory``: :meth:`handle` answers one request.

    Queries run in worker processes (:class:`~kg_memory.serve.workers.WorkerPool`); call
    :meth:`close` to stop them. Raises :class:`~kg_memory.errors.UnsupportedOperation` when the
    memory's store does not speak SPARQL.
    """

    def __init__(self, memory: Memory, options: ServeOptions | None = None) -> None:
        if memory.store.query_language != "sparql":
            raise UnsupportedOperation(f"{type(memory.store).__name__} does not speak SPARQL; "
                                       "kgmem serve needs an RDF store")
        self.memory = memory
        self.options = options or ServeOptions()
        self.workers = WorkerPool(memory, self.options)

    def close(self) -> None:
        """Stop the query workers."""
        self.workers.close()

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes = b"") -> Response:
        """Answer one request (``target`` is the path with its query string)."""
        lowered = {k.lower(): v for k, v in headers.items()}
        try:
            response = self._dispatch(method.upper(), target, lowered, body)
        except HttpError as e:
            response = e.response()
        except QueryError as e:
            response = HttpError(400, "malformed-query", str(e)).response()
        except (KGMemoryError, OSError) as e:
            logger.error("store error: %s", e)
            response = HttpError(500, "store-error", f"the store failed: {e}").response()
        except Exception as e:  # a bug: answer 500 and keep serving
            logger.exception("internal error answering %s %s", method, target)
            response = HttpError(500, "internal-error", f"{type(e).__name__}: {e}").response()
        response.headers.update(cors_headers(self.options.cors_origins, lowered.get("origin")))
        return response

    def _dispatch(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Response:
        parts = urllib.parse.urlsplit(target)
        path = parts.path.rstrip("/") or "/"
        if path not in _PATHS:
            raise HttpError(404, "not-found", f"nothing at {parts.path}; the endpoint is /sparql")
        params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        if method == "OPTIONS":
            preflight = {"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                         "Access-Control-Allow-Headers": _CORS_HEADERS, "Access-Control-Max-Age": "86400"}
            return Response(204, headers={**(preflight if self.options.cors_origins else {}),
                                          "Allow": "GET, POST, OPTIONS"})
        if method == "GET":
            if "update" in params:
                raise HttpError(400, "bad-request", "updates must be sent with POST")
            if "query" not in params:
                return self._describe(path, headers)
        elif method == "POST":
            params = _post_params(params, headers, body)
        else:
            raise HttpError(405, "method-not-allowed", f"{method} is not supported", {"Allow": "GET, POST, OPTIONS"})
        if "update" in params:
            if "query" in params:
                raise HttpError(400, "bad-request", "send either query or update, not both")
            chosen = {"namespace", "default-graph-uri", "using-graph-uri", "using-named-graph-uri"} & set(params)
            if chosen:
                raise HttpError(400, "bad-request", f"{', '.join(sorted(chosen))} cannot scope an update: it applies "
                                f"to the store; write to a namespace with GRAPH <{ids.graph_iri('NAME')}> {{ ... }}")
            return self._update(single(params, "update"), headers)
        namespace = self._namespace(params)
        if "query" not in params:
            raise HttpError(400, "bad-request", "no query: send query= or an application/sparql-query body")
        if "named-graph-uri" in params:
            raise HttpError(400, "bad-request", "named-graph-uri is not supported; use GRAPH in the query")
        return self._query(single(params, "query"), namespace, headers, params)

    def _namespace(self, params: dict[str, list[str]]) -> str:
        names = params.get("namespace", [])
        graphs = params.get("default-graph-uri", [])
        if len(names) + len(graphs) > 1:
            raise HttpError(400, "bad-request", "give one namespace (namespace= or default-graph-uri=)")
        namespace = self.memory.namespace
        if names:
            namespace = names[0]
        elif graphs:
            namespace = _graph_namespace(graphs[0])
        if namespace != self.memory.namespace and not self.options.all_namespaces:
            raise HttpError(403, "forbidden", "this endpoint serves one namespace; omit namespace= and "
                            "default-graph-uri=")
        return namespace

    def _query(self, text: str, namespace: str, headers: dict[str, str], params: dict[str, list[str]]) -> Response:
        started = time.monotonic()
        check_service(text, self.options.allow_service)
        if self.memory.tracer:
            self.memory.tracer(text, {})
        request = QueryRequest(text, namespace, not self.options.all_namespaces, headers.get("accept"),
                               tuple(params.get("format", []) + params.get("output", [])), self.options.max_rows)
        reply = self.workers.run(request)
        if reply.status != 200:
            raise HttpError(reply.status, reply.code, reply.message)
        extra = ({"X-SPARQL-MaxRows": str(self.options.max_rows), "X-KGMem-Truncated": "true"}
                 if reply.truncated else {})
        logger.info("query answered in %.3f s: %d result(s)%s", time.monotonic() - started, reply.rows,
                    " (truncated)" if reply.truncated else "")
        return Response(200, reply.body, reply.content_type, extra)

    def _update(self, text: str, headers: dict[str, str]) -> Response:
        if not self.options.allow_update:
            raise HttpError(403, "forbidden", "updates are disabled on this endpoint (kgmem serve --allow-update)")
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise HttpError(401, "unauthorized", "updates need an 'Authorization: Bearer TOKEN' header",
                            {"WWW-Authenticate": 'Bearer realm="kgmem"'})
        if not hmac.compare_digest(token.strip().encode(), (self.options.token or "").encode()):
            raise HttpError(403, "forbidden", "wrong token")
        check_service(text, self.options.allow_service)
        if not self.options.all_namespaces:
            namespace = self.memory.namespace
            check_update_scope(text, None if namespace == DEFAULT_NAMESPACE else ids.graph_iri(namespace))
        with self.workers.writing():
            self.memory.update(text, namespace=DEFAULT_NAMESPACE if self.options.all_namespaces
                               else self.memory.namespace)
        logger.info("update applied")
        return Response(204)

    def _describe(self, path: str, headers: dict[str, str]) -> Response:
        if path == "/" or "text/html" in headers.get("accept", ""):
            return Response(200, FORM_PAGE.encode("utf-8"), "text/html; charset=utf-8")
        url = f"http://{headers.get('host', 'localhost')}{path}"
        return Response(200, service_description(url, self.options.allow_update).encode("utf-8"),
                         "text/turtle; charset=utf-8")


def _graph_namespace(iri: str) -> str:
    base = ids.graph_iri("")
    if iri.startswith(base) and len(iri) > len(base):
        return urllib.parse.unquote(iri[len(base):])
    if "://" not in iri and ":" not in iri:
        return iri
    raise HttpError(400, "bad-request", f"default-graph-uri {iri} is not a kg-memory namespace graph ({base}NAME)")


def _post_params(params: dict[str, list[str]], headers: dict[str, str], body: bytes) -> dict[str, list[str]]:
    media = headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HttpError(400, "bad-request", f"the body is not UTF-8: {e}") from None
    if media == "application/x-www-form-urlencoded":
        merged = dict(params)
        for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
            merged[key] = merged.get(key, []) + values
        return merged
    if media in ("application/sparql-query", "application/sparql-update"):
        key = "query" if media.endswith("query") else "update"
        if "query" in params or "update" in params:
            raise HttpError(400, "bad-request", f"a {media} body cannot come with query= or update= parameters")
        return {**params, key: [text]}
    raise HttpError(415, "unsupported-media-type",
                    f"POST application/x-www-form-urlencoded, application/sparql-query or "
                    f"application/sparql-update, not {media or 'no Content-Type'}")
