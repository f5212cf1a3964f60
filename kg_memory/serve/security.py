"""What the endpoint refuses before a query runs: SERVICE calls, foreign Host headers, cross-origin reads.

* ``SERVICE <iri>`` makes the query engine send HTTP requests: a read-only client could reach any
  address the server can (server-side request forgery). :func:`check_service` refuses every SERVICE
  whose IRI's host is not allowed, with one message that tells nothing about the network.
* A browser page can reach ``127.0.0.1`` through a domain name that resolves there (DNS rebinding):
  :func:`host_allowed` accepts only the bound address, ``localhost`` on a loopback address, and the
  names given with ``--allow-host``.
* :func:`cors_headers` sends ``Access-Control-Allow-Origin`` only for the origins given with ``--cors``.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse
from collections.abc import Collection

from .protocol import HttpError

__all__ = ["allowed_hosts", "check_service", "check_update_scope", "cors_headers", "host_allowed"]

# SPARQL applies \uXXXX and \UXXXXXXXX escapes to the whole query text before parsing.
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# one pass, left to right as the parser reads: strings and comments (blanked), IRIs (numbered)
_LEXEMES = re.compile(r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                      r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*)'
                      r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)')
_SERVICE = re.compile(r"(?<![\w:?$])(?:SERVICE|LOAD)(?![\w:-])\s*(?:SILENT(?![\w:-])\s*)?(<\d+>)?",
                      re.IGNORECASE)
# what names graphs in an update: GRAPH/WITH/USING/INTO and the IRI after, or a whole-store keyword
_GRAPH_REF = re.compile(r"(?<![\w:?$])(?:(GRAPH|WITH|USING|INTO)(?![\w:-])\s*(?:NAMED(?![\w:-])\s*)?(<\d+>)?"
                        r"|(ALL|NAMED|ADD|MOVE|COPY)(?![\w:-]))", re.IGNORECASE)
_REFUSED = "SERVICE and LOAD are not allowed to this destination on this endpoint (kgmem serve --allow-service HOST)"
_EXPOSED_HEADERS = "X-SPARQL-MaxRows, X-KGMem-Truncated, Retry-After"


def _tokenize(text: str) -> tuple[str, list[str]]:
    """``text`` with its escapes applied, strings and comments blanked and IRIs numbered (``<0>``...),
    so that a keyword is never found inside one; and the IRIs, by number."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16)
                       < 0x110000 else m.group(0), text)
    iris: list[str] = []

    def replace(match: re.Match[str]) -> str:
        if match.group("skip"):
            return " "
        iris.append(match.group(0)[1:-1])
        return f"<{len(iris) - 1}>"

    return _LEXEMES.sub(replace, text), iris


def check_service(text: str, allowed: Collection[str]) -> None:
    """Raise :class:`HttpError` 403 if ``text`` calls SERVICE (or an update LOADs) on a host not in
    ``allowed``.

    A SERVICE whose endpoint is a variable or a prefixed name is refused whatever ``allowed`` says.

    >>> check_service('SELECT * { <http://x/SERVICE> ?p "SERVICE <http://x/>" }', ())
    >>> check_service("SELECT * { <http://x#a> ?p ?o . SERVICE <http://10.0.0.1:8080/sparql> { ?s ?p ?o } }", ())
    Traceback (most recent call last):
    ...
    kg_memory.serve.protocol.HttpError: SERVICE and LOAD are not allowed to this destination on this endpoint (kgmem serve --allow-service HOST)
    >>> check_service("SELECT * { SERVICE SILENT <https://dbpedia.org/sparql> { ?s ?p ?o } }", ["dbpedia.org"])
    """
    cleaned, iris = _tokenize(text)
    hosts = {h.lower().strip("[]") for h in allowed}
    for match in _SERVICE.finditer(cleaned):
        iri = iris[int(match.group(1)[1:-1])] if match.group(1) else ""
        parts = urllib.parse.urlsplit(iri)
        try:
            host = parts.hostname
        except ValueError:
            host = None
        if parts.scheme.lower() not in ("http", "https") or not host or host.lower() not in hosts:
            raise HttpError(403, "service-refused", _REFUSED)


def check_update_scope(text: str, graph: str | None) -> None:
    """Raise :class:`HttpError` 403 unless the update ``text`` stays in one namespace: every graph it
    names (``GRAPH``, ``WITH``, ``USING``, ``INTO``) is ``graph`` (``None``: the default graph, so
    none may be named), and it uses no whole-store form (``ALL``, ``NAMED``, ``ADD``/``MOVE``/``COPY``).

    >>> check_update_scope("WITH <urn:g:alice> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "urn:g:alice")
    >>> check_update_scope("INSERT DATA { <http://x/ALL> <http://x/p> 1 }", "urn:g:alice")
    >>> check_update_scope("CLEAR ALL", "urn:g:alice")
    Traceback (most recent call last):
    ...
    kg_memory.serve.protocol.HttpError: this endpoint serves one namespace: an update may only name its graph
    """
    cleaned, iris = _tokenize(text)
    for match in _GRAPH_REF.finditer(cleaned):
        iri = iris[int(match.group(2)[1:-1])] if match.group(2) else None
        if match.group(3) or iri is None or graph is None or iri != graph:
            raise HttpError(403, "forbidden", "this endpoint serves one namespace: an update may only name its graph")


def allowed_hosts(bound: str, extra: Collection[str] = ()) -> frozenset[str]:
    """The Host names a server bound to ``bound`` answers (lower case, without port or brackets).

    >>> sorted(allowed_hosts("127.0.0.1", ["memory.example"]))
    ['127.0.0.1', '::1', 'localhost', 'memory.example']
    """
    hosts = {bound.lower().strip("[]"), *(h.lower().strip("[]") for h in extra)}
    try:
        address = ipaddress.ip_address(bound.strip("[]"))
    except ValueError:
        return frozenset(hosts)
    if address.is_loopback:
        hosts |= {"localhost", "127.0.0.1", "::1"}
    return frozenset(hosts)


def host_allowed(host_header: str | None, allowed: Collection[str], *, any_address: bool = False) -> bool:
    """Whether a request's ``Host`` header names this server (``allowed`` from :func:`allowed_hosts`).

    ``any_address``: the server listens on every interface (0.0.0.0 or ::), so any IP literal is
    accepted; names still must be allowed (a rebound domain name is not).

    >>> host_allowed("127.0.0.1:7878", {"127.0.0.1"}), host_allowed("evil.example:7878", {"127.0.0.1"})
    (True, False)
    """
    if not host_header:
        return False
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    if host in allowed:
        return True
    if any_address:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return False
        return True
    return False


def cors_headers(origins: Collection[str], origin: str | None) -> dict[str, str]:
    """The CORS headers for a request from ``origin``: none unless the origin is allowed (``*``: any).

    >>> cors_headers((), "http://evil.example")
    {}
    >>> cors_headers(["http://notebook.example"], "http://notebook.example")["Access-Control-Allow-Origin"]
    'http://notebook.example'
    """
    if "*" in origins:
        return {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": _EXPOSED_HEADERS}
    if origin and origin in origins:
        return {"Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": _EXPOSED_HEADERS,
                "Vary": "Origin"}
    return {"Vary": "Origin"} if origins else {}
