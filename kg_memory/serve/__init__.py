"""The SPARQL 1.1 Protocol endpoint over a memory (``kgmem serve``).

uvicorn serves an ASGI application (:mod:`.server`); :class:`SparqlEndpoint` (:mod:`.endpoint`)
answers the protocol; each query runs in a worker process forked from the server, which holds a
snapshot of the store and is killed past the time limit (:mod:`.workers`); :mod:`.security` refuses
SERVICE calls, foreign Host headers and cross-origin reads; :mod:`.protocol` negotiates and
serialises results.

Requests
--------
``GET /sparql?query=...``, ``POST /sparql`` with ``application/x-www-form-urlencoded`` (``query=`` or
``update=``), ``application/sparql-query`` or ``application/sparql-update`` bodies. ``/``, ``/query``
and ``/update`` (the paths of Oxigraph's server, which
:class:`~kg_memory.stores.sparql_endpoint.SparqlEndpointStore` expects) answer the same requests;
``/`` without a query returns a small HTML page with a query form (no CDN).
``GET /sparql`` without a query returns a SPARQL 1.1 Service Description (Turtle).

Only the memory's namespace is visible: its graph is the default graph and the only named graph
(``GRAPH ?g``, ``FROM`` and ``FROM NAMED`` cannot reach another), and ``namespace=`` or
``default-graph-uri=`` naming another one is refused (``403``). With ``all_namespaces``
(``kgmem serve --all-namespaces``) they pick any namespace (:func:`kg_memory.ids.graph_iri` names
its graph).

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

Limits (:class:`ServeOptions`)
------------------------------
``timeout``
    Seconds a query may take; past it its worker process is killed and the client gets ``503``
    ``{"error": "timeout"}``. ``max_memory`` caps the memory a query may add (``503 memory``).
``max_concurrent``
    Queries evaluating at once. A query waits for a free worker within its time limit, else gets
    ``503`` ``{"error": "busy"}`` and a ``Retry-After`` header.
``max_rows``
    Rows (or triples) returned at most. A longer result is truncated, with the response headers
    ``X-SPARQL-MaxRows: N`` (as Virtuoso sends) and ``X-KGMem-Truncated: true``.
``header_timeout``, ``idle_timeout``, ``max_connections``
    A client must send a request's headers (and its body) within ``header_timeout`` seconds; an
    idle kept-alive connection is closed after ``idle_timeout``; past ``max_connections`` open
    connections requests get ``503``.

``SERVICE`` is refused (``403``) unless its host is in ``allow_service``; the ``Host`` header must
name the bound address (or ``localhost`` on loopback, or a name in ``allow_hosts``): anything else
is refused (``403``), which defeats DNS rebinding; CORS headers are sent only to ``cors_origins``.

Updates are refused (``403``) unless the server runs with ``allow_update`` and a bearer token:
``Authorization: Bearer TOKEN``; no token -> ``401``, a wrong one -> ``403``. Updates run one at a
time, without a time limit (only token holders can send them), with the memory's namespace as the
default graph (with ``all_namespaces``: the ``default`` namespace, another one written with
``GRAPH <graph_iri(NAME)> { ... }``). A successful update answers ``204``.

Errors are JSON ``{"error": CODE, "message": TEXT}``: ``400`` malformed query or request (the
parser's message), ``401``/``403`` refused, ``404``, ``405``, ``406`` no acceptable format,
``408`` body too slow, ``411``, ``413`` body too large, ``415`` unsupported content type, ``500``
store failure, ``503`` timeout, memory or busy.

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

from .endpoint import SparqlEndpoint
from .options import ServeOptions
from .protocol import Response, negotiate
from .server import SparqlServer, serve

__all__ = ["Response", "ServeOptions", "SparqlEndpoint", "SparqlServer", "negotiate", "serve"]
