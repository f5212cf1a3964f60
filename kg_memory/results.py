"""Query results: rows of values, a DataFrame, and the standard serialisations.

A :class:`QueryResult` is what ``Memory.query`` (SPARQL) and ``Memory.cypher`` return. SPARQL results
hold rdflib terms (``URIRef``, ``Literal``, ``BNode``) so that they serialise exactly; Cypher results
hold plain Python values.

>>> from rdflib import Literal, URIRef
>>> r = QueryResult("select", ["p", "age"], [(URIRef("https://w3id.org/kg-memory/ns#age"), Literal(3))])
>>> r.values()
[{'p': 'https://w3id.org/kg-memory/ns#age', 'age': 3}]
>>> r.shortened()[0]["p"]
':age'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .vocab import PREFIXES

if TYPE_CHECKING:
    import pandas
    import rdflib

__all__ = ["RESULT_FORMATS", "QueryResult", "shorten"]

_PN_LOCAL = re.compile(r"^(?:[\w:]|%[0-9A-Fa-f]{2})(?:(?:[\w.:-]|%[0-9A-Fa-f]{2})*(?:[\w:-]|%[0-9A-Fa-f]{2}))?$")

#: Serialisation formats of :meth:`QueryResult.serialize` for row results.
RESULT_FORMATS = ("json", "csv", "tsv", "xml", "table")


def shorten(iri: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """Write ``iri`` as ``prefix:local`` when a prefix matches (longest namespace first).

    >>> shorten("https://w3id.org/kg-memory/id/person.alice")
    'ent:person.alice'
    """
    matches = [(len(ns), p) for p, ns in prefixes.items() if iri.startswith(ns) and p != "kgm"]
    if matches:
        _, prefix = max(matches)
        local = iri[len(prefixes[prefix]):]
        if _PN_LOCAL.match(local):
            return f"{prefix}:{local}"
    return iri


@dataclass
class QueryResult:
    """The answer to a query.

    ``kind`` is ``"select"`` (rows), ``"ask"`` (``boolean``), ``"graph"`` (CONSTRUCT/DESCRIBE:
    ``triples``) or ``"table"`` (Cypher rows of Python values).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Any, Any, Any]] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.values())

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ask" else len(self) > 0

    def values(self) -> list[dict[str, Any]]:
        """Rows as dicts of Python values (IRIs as ``str``, typed literals as ints, dates...)."""
        return [{v: _python(x) for v, x in zip(self.variables, row)} for row in self.rows]

    def shortened(self) -> list[dict[str, Any]]:
        """Rows as dicts, IRIs written with the standard prefixes."""
        return [{v: _python(x, short=True) for v, x in zip(self.variables, row)} for row in self.rows]

    def to_dataframe(self) -> pandas.DataFrame:
        """A pandas DataFrame: one column per variable, IRIs shortened, literals as Python values."""
        import pandas as pd

        if self.kind == "graph":
            return pd.DataFrame(
                [[_python(t, short=True) for t in triple] for triple in self.triples],
                columns=["subject", "predicate", "object"],
            )
        if self.kind == "ask":
            return pd.DataFrame({"boolean": [bool(self.boolean)]})
        return pd.DataFrame(self.shortened(), columns=self.variables)

    def to_rdflib(self) -> rdflib.query.Result:
        """The result as an ``rdflib.query.Result`` (SPARQL results only)."""
        import rdflib
        from rdflib.query import Result

        kinds = {"select": "SELECT", "ask": "ASK", "graph": "CONSTRUCT", "table": "SELECT"}
        result = Result(kinds[self.kind])
        if self.kind == "ask":
            result.askAnswer = bool(self.boolean)
        elif self.kind == "graph":
            graph = rdflib.Graph()
            for prefix, ns in PREFIXES.items():
                graph.bind(prefix or "kgm", ns, override=True)
            for triple in self.triples:
                graph.add(triple)
            result.graph = graph
        else:
            result.vars = [rdflib.Variable(v) for v in self.variables]
            result.bindings = [
                {rdflib.Variable(v): _term(x) for v, x in zip(self.variables, row) if x is not None}
                for row in self.rows
            ]
        return result

    def serialize(self, format: str = "json") -> str:
        """Serialise: SPARQL 1.1 ``json``, ``csv``, ``tsv``, ``xml`` for rows and booleans;
        ``turtle``, ``nt``, ``json-ld`` for graphs; ``table`` (plain text) for any."""
        if format == "table":
            return self.to_text()
        if self.kind == "table":
            return _serialize_table(self, format)
        if self.kind == "graph":
            rdf_format = {"nt": "nt", "ttl": "turtle", "turtle": "turtle", "jsonld": "json-ld",
                          "json-ld": "json-ld", "json": "json-ld", "xml": "xml"}.get(format)
            if rdf_format is None:
                raise ValueError(f"a graph result serialises as turtle, nt, json-ld or xml, not {format!r}")
            graph = self.to_rdflib().graph
            if graph is None:
                raise ValueError("this graph result carries no graph")
            return graph.serialize(format=rdf_format)
        if format == "tsv" or (format == "csv" and self.kind == "ask"):
            return _serialize_tsv(self) if format == "tsv" else f"_askResult\r\n{'true' if self.boolean else 'false'}\r\n"
        if format not in ("json", "csv", "xml"):
            raise ValueError(f"unknown result format {format!r}; choose from {', '.join(RESULT_FORMATS)}")
        out = self.to_rdflib().serialize(format=format)
        return out.decode("utf-8") if isinstance(out, bytes) else str(out)

    def to_text(self) -> str:
        """A plain-text table (for logs and pipes without colour)."""
        if self.kind == "ask":
            return "true" if self.boolean else "false"
        if self.kind == "graph":
            return self.serialize("turtle")
        rows = [[_display(r.get(v)) for v in self.variables] for r in self.shortened()]
        widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(self.variables)]
        line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
        return "\n".join([line(self.variables), line(["-" * w for w in widths])] + [line(r) for r in rows])


def _display(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _python(value: Any, short: bool = False) -> Any:
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, URIRef):
        return shorten(str(value)) if short else str(value)
    if isinstance(value, Literal):
        py = value.toPython()
        return str(value) if isinstance(py, Literal) else py
    if isinstance(value, BNode):
        return f"_:{value}"
    return value


def _term(value: Any) -> Any:
    from rdflib import Literal
    from rdflib.term import Identifier

    return value if isinstance(value, Identifier) else Literal(value)


def _serialize_table(result: QueryResult, format: str) -> str:
    rows = result.values()
    if format == "json":
        return json.dumps(rows, ensure_ascii=False, default=_json_default, indent=2)
    if format in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if format == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in rows:
            writer.writerow([_display(row[v]) for v in result.variables])
        return buf.getvalue()
    raise ValueError(f"a Cypher result serialises as json, csv, tsv or table, not {format!r}")


def _serialize_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: terms in N-Triples syntax, variables with their '?'."""
    if result.kind == "ask":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if x is None else _term(x).n3() for x in row))
    return "\n".join(lines) + "\n"


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Sequence):
        return list(value)
    return str(value)
