"""Scoping a SPARQL 1.1 update to a namespace's graph, and binding the parameters of updates and queries (text to text).

SPARQL updates write to the dataset's default graph unless they name a graph, and the protocol has no
way to make another graph the default one. :func:`scope_update` rewrites each operation so that its
unnamed parts apply to ``graph``: ``INSERT DATA``/``DELETE DATA`` become ``WITH <g> INSERT {..} WHERE {}``,
``DELETE``/``INSERT ... WHERE`` get ``WITH <g>``, ``DELETE WHERE {P}`` becomes
``WITH <g> DELETE {P} WHERE {P}``, and ``DEFAULT`` in graph management (``CLEAR``, ``DROP``, ``ADD``,
``MOVE``, ``COPY``) becomes ``GRAPH <g>``. Parameters are bound with a ``VALUES`` block at the start of
each ``WHERE`` group.

>>> print(scope_update("INSERT DATA { <a> <b> 1 }", "https://w3id.org/kg-memory/graph/alice"))
WITH <https://w3id.org/kg-memory/graph/alice> INSERT { <a> <b> 1 } WHERE {}
>>> print(scope_update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", None, {"s": "<a>"}))
DELETE { ?s ?p ?o } WHERE { VALUES (?s) { (<a>) } ?s ?p ?o }
"""

from __future__ import annotations

import re

from ..errors import QueryError

__all__ = ["bind_query", "scope_update"]

# strings, IRIs, comments, braces and semicolons: the tokens that decide where an operation ends
_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|(?P<open>\{)|(?P<close>\})|(?P<semi>;)"
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", re.IGNORECASE)


def _split(text: str) -> list[str]:
    """The operations of an update (each with its own prologue), split at top-level ``;``."""
    ops, depth, start = [], 0, 0
    for m in _TOKENS.finditer(text):
        if m.group("open"):
            depth += 1
        elif m.group("close"):
            depth -= 1
        elif m.group("semi") and depth == 0:
            ops.append(text[start:m.start()])
            start = m.end()
    ops.append(text[start:])
    return [op for op in ops if re.sub(r"#[^\n]*", "", op).strip()]


def _group_end(text: str, start: int) -> int:
    """The index just past the ``{...}`` group that opens at ``start``."""
    depth = 0
    for m in _TOKENS.finditer(text, start):
        if m.group("open"):
            depth += 1
        elif m.group("close"):
            depth -= 1
            if depth == 0:
                return m.end()
    raise QueryError("invalid SPARQL update: unbalanced braces")


def _where_start(body: str) -> int | None:
    """The index of the ``{`` of the top-level ``WHERE`` group, if any."""
    depth = 0
    last = 0
    for m in _TOKENS.finditer(body):
        if depth == 0 and re.search(r"\bWHERE\s*$", body[last:m.start()], re.IGNORECASE) and m.group("open"):
            return m.start()
        if m.group("open"):
            depth += 1
        elif m.group("close"):
            depth -= 1
        last = m.end()
    return None


def _scope(body: str, g: str) -> str:
    head = re.match(r"(INSERT|DELETE)\s+DATA\s*(?=\{)", body, re.IGNORECASE)
    if head:
        return f"WITH {g} {head.group(1).upper()} {body[head.end():].strip()} WHERE {{}}"
    head = re.match(r"DELETE\s+WHERE\s*(?=\{)", body, re.IGNORECASE)
    if head:
        group = body[head.end():_group_end(body, head.end())]
        return f"WITH {g} DELETE {group} WHERE {group}{body[head.end() + len(group):]}"
    if re.match(r"(INSERT|DELETE)\b", body, re.IGNORECASE):
        return f"WITH {g} {body}"
    if re.match(r"(CLEAR|DROP|ADD|MOVE|COPY)\b", body, re.IGNORECASE):
        return re.sub(r"\bDEFAULT\b", f"GRAPH {g}" if re.match(r"(CLEAR|DROP)", body, re.IGNORECASE) else g,
                      body, flags=re.IGNORECASE)
    if re.match(r"LOAD\b", body, re.IGNORECASE) and not re.search(r"\bINTO\b", body, re.IGNORECASE):
        return f"{body} INTO GRAPH {g}"
    return body  # WITH (explicit), CREATE


def _bind(body: str, params: dict[str, str]) -> tuple[str, bool]:
    head = re.match(r"(INSERT|DELETE)\s+DATA\s*(?=\{)", body, re.IGNORECASE)
    if head:
        body = f"{head.group(1).upper()} {body[head.end():].strip()} WHERE {{}}"
    at = _where_start(body)
    if at is None:
        return body, False
    names = " ".join(f"?{k}" for k in params)
    values = " ".join(params.values())
    inner = body[at + 1:]
    return f"{body[:at]}{{ VALUES ({names}) {{ ({values}) }}{'' if inner.startswith(' ') else ' '}{inner}", True


def scope_update(text: str, graph: str | None, params: dict[str, str] | None = None) -> str:
    """``text`` with its unnamed parts in ``graph`` (an IRI; ``None`` for the default graph) and
    ``params`` (name -> SPARQL term text) bound. Raises :class:`QueryError` when an update has
    parameters but no operation with a ``WHERE`` (or data block) to bind them in."""
    out, bound = [], False
    for op in _split(text):
        prologue = _PROLOGUE.match(op)
        end = prologue.end() if prologue else 0
        head, body = op[:end], op[end:].strip()
        if graph is not None:
            body = _scope(body, f"<{graph}>")
        if params:
            body, used = _bind(body, params)
            bound = bound or used
        out.append(f"{head}{body}")
    if params and not bound:
        raise QueryError(f"the update has nowhere to bind {', '.join(params)}: parameters need a WHERE clause "
                         "or a DATA block")
    return " ;\n".join(out)


def bind_query(text: str, params: dict[str, str]) -> str:
    """``text`` (a query) with ``params`` (name -> SPARQL term text) bound by a ``VALUES`` block at the start of
    its top-level group, so that its ``FILTER`` and ``BIND`` see them (a trailing ``VALUES``, like an engine's
    substitution, joins after the group's filters have run); a trailing ``VALUES`` when it has no group.

    >>> bind_query('SELECT ?v WHERE { ?f :validFrom ?v FILTER(?v <= ?at) }', {"at": '"2024-06-01"^^xsd:date'})
    'SELECT ?v WHERE { VALUES (?at) { ("2024-06-01"^^xsd:date) } ?f :validFrom ?v FILTER(?v <= ?at) }'
    """
    if not params:
        return text
    values = f"VALUES ({' '.join(f'?{k}' for k in params)}) {{ ({' '.join(params.values())}) }}"
    prologue = _PROLOGUE.match(text)
    if re.match(r"CONSTRUCT\s+WHERE\b", text[prologue.end() if prologue else 0:].lstrip(), re.IGNORECASE):
        return f"{text}\n{values}"  # its group is its template: a pattern of triples only
    at = _where_start(text)
    if at is None:  # "SELECT * { ... }": the first group at the top level
        at = next((m.start() for m in _TOKENS.finditer(text, prologue.end() if prologue else 0) if m.group("open")), None)
    if at is None:
        return f"{text}\n{values}"
    return f"{text[:at + 1]} {values}{text[at + 1:]}"
