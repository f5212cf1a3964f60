"""The SPARQL 1.1 Protocol's media types and responses: content negotiation, serialisation, errors.

Pure functions and small types, shared by the endpoint (which parses requests) and the query
workers (which serialise results where they ran).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..results import QueryResult

__all__ = ["CONTENT_TYPES", "HttpError", "Response", "choose_format", "negotiate", "serialize",
           "service_description", "single"]

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
@dataclass
class Response:
    """An HTTP response: status, body, content type and extra headers."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class HttpError(Exception):
    """A request that ends in an error response (``code`` is the JSON ``error`` field)."""

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


def choose_format(kind: str, accept: str | None, requested: list[str]) -> str:
    """The format of a result of ``kind`` (``"rows"`` or ``"graph"``): the first ``format=`` value
    that fits, else the ``Accept`` header's choice; :class:`HttpError` 406 when none fits.

    >>> choose_format("rows", "text/csv", []), choose_format("graph", None, ["nt"])
    ('csv', 'nt')
    """
    requested = [r.strip().lower() for r in requested if r.strip()]
    name = "SELECT or ASK" if kind == "rows" else "CONSTRUCT or DESCRIBE"
    if requested:
        for value in requested:
            fmt = _FORMAT_NAMES[kind].get(value) or _ACCEPTED[kind].get(value.split(";")[0])
            if fmt:
                return fmt
        raise HttpError(406, "not-acceptable", f"format={requested[0]} does not fit a {name} result; "
                        f"choose one of {', '.join(CONTENT_TYPES[kind])}")
    fmt = negotiate(accept, kind)
    if fmt is None:
        raise HttpError(406, "not-acceptable", f"no acceptable format in Accept: {accept}; a {name} "
                        f"result is served as {', '.join(CONTENT_TYPES[kind].values())}")
    return fmt


def serialize(result: QueryResult, fmt: str) -> str:
    if result.kind == "ask" and fmt == "csv":  # as Jena and Oxigraph write it; rdflib refuses
        return f"_askResult\r\n{'true' if result.boolean else 'false'}\r\n"
    return result.serialize(fmt)


def single(params: dict[str, list[str]], key: str) -> str:
    values = params[key]
    if len(values) != 1:
        raise HttpError(400, "bad-request", f"give {key} once, not {len(values)} times")
    return values[0]


def service_description(url: str, updates: bool) -> str:
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in (
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
    languages = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if updates else "")
    return (f"@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\n"
            f"[] a sd:Service ;\n  sd:endpoint <{url}> ;\n  sd:supportedLanguage {languages} ;\n"
            f"  sd:resultFormat {formats} .\n")
