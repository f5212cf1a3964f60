"""The RDF layout of a memory, shared by the embedded store and the SPARQL endpoint store.

Layout of a namespace's graph (the ``default`` namespace is the RDF default graph, any other is the
named graph ``kg_memory.ids.graph_iri(ns)``)::

    ent:person.alice  :livesIn  ent:place.paris .              # a current fact, a plain triple
    ent:person.alice  a :Person ; rdfs:label "Alice" ; skos:altLabel "Ally" .
    ent:place.北京  rdfs:label "北京" ; skos:altLabel "Beijing" ; skos:prefLabel "北京"@zh, "Beijing"@en .
    <fact/..>  a :Fact ; rdf:subject .. ; rdf:predicate .. ; rdf:object .. ;
               :confidence 0.9 ; :validFrom ".."^^xsd:dateTime ; :validTo .. ; :observation <turn/..> .
    <turn/c1/3>  a :Turn ; :conversation <conversation/c1> ; :turnId "3" ; :speaker "Alice" ;
               :text ".." ; prov:generatedAtTime ".."^^xsd:dateTime .

A closed fact (one replaced by a newer value) keeps only its statement node, with ``:validTo``; plain
triple patterns therefore see current facts only.

:class:`Reader` turns the triples of a graph into facts, entities and turns; it reads through any
object with pyoxigraph's ``quads_for_pattern`` (a ``pyoxigraph.Store``, or the endpoint store's view).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import unquote

import pyoxigraph as ox

from .. import ids
from ..results import QueryResult
from ..terms import to_literal, to_python, to_rdflib
from ..types import Entity, Fact, Provenance, Turn, Value
from ..vocab import KGM, PROV, RDF, RDFS, SKOS

__all__ = [
    "A", "ALT", "PREF", "alias_terms", "CONFIDENCE", "CONVERSATION", "ENTITY_META", "FACT", "GENERATED", "IN_CONV", "LABEL",
    "OBSERVATION", "OCCURRED", "RDF_FORMATS", "R_OBJECT", "R_PREDICATE", "R_SUBJECT", "ReadCache", "SPEAKER", "TEXT",
    "TURN", "TURN_ID", "VALID_FROM", "VALID_TO", "COUNT_FACTS", "QuadSource", "Reader", "data_block", "graph_of",
    "is_internal", "term", "to_result",
]

#: RDF serialisations by short name.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML,
    "n3": ox.RdfFormat.N3,
}

_N = ox.NamedNode
A = _N(RDF + "type")
LABEL = _N(RDFS + "label")
ALT = _N(SKOS + "altLabel")
PREF = _N(SKOS + "prefLabel")  # one label per language, of an entity named in several (Entity.labels)
R_SUBJECT, R_PREDICATE, R_OBJECT = _N(RDF + "subject"), _N(RDF + "predicate"), _N(RDF + "object")
FACT, TURN, CONVERSATION = _N(KGM + "Fact"), _N(KGM + "Turn"), _N(KGM + "Conversation")
CONFIDENCE, VALID_FROM, VALID_TO = _N(KGM + "confidence"), _N(KGM + "validFrom"), _N(KGM + "validTo")
OCCURRED, OBSERVATION = _N(KGM + "occurredAt"), _N(KGM + "observation")
IN_CONV, TURN_ID, SPEAKER, TEXT = _N(KGM + "conversation"), _N(KGM + "turnId"), _N(KGM + "speaker"), _N(KGM + "text")
GENERATED = _N(PROV + "generatedAtTime")
#: Predicates of entity descriptions (not facts).
ENTITY_META = frozenset({A, LABEL, ALT, PREF})
#: The languages of :data:`PREF` labels (:func:`kg_memory.crosslang.language_of`).
LABEL_LANGUAGES = ("en", "zh")


def alias_terms(alias: str) -> list[tuple[ox.NamedNode, ox.Literal]]:
    """The (predicate, object) pairs by which an entity holds ``alias``, one of its names other than
    its label: the alias, and the same name as its label in a language."""
    return [(ALT, ox.Literal(alias)), *((PREF, ox.Literal(alias, language=lang)) for lang in LABEL_LANGUAGES)]
_INTERNAL = (ids.BASE + "fact/", ids.BASE + "turn/", ids.BASE + "conversation/", ids.RELATION_BASE)

#: SPARQL counting the current facts of the default graph (the plain triples that are facts).
COUNT_FACTS = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel, skos:prefLabel)) "
    f"FILTER(!STRSTARTS(STR(?s), '{ids.BASE}fact/') && !STRSTARTS(STR(?s), '{ids.BASE}turn/') "
    f"&& !STRSTARTS(STR(?s), '{ids.BASE}conversation/')) }}"
)


class QuadSource(Protocol):
    """What :class:`Reader` and the write batch read through (pyoxigraph's ``Store`` has it)."""

    def quads_for_pattern(self, subject: Any, predicate: Any, object: Any, graph_name: Any = None) -> Any: ...


def graph_of(namespace: str) -> ox.NamedNode | ox.DefaultGraph:
    """The graph of a namespace: the default graph for ``default``, else its named graph."""
    return ox.DefaultGraph() if namespace == "default" else _N(ids.graph_iri(namespace))


def is_internal(node: Any) -> bool:
    """Whether a node is a statement, turn, conversation or open relation node (not an entity)."""
    return isinstance(node, ox.NamedNode) and node.value.startswith(_INTERNAL)


def term(value: Any) -> Any:
    """A Python value, an entity or an IRI string as an RDF term."""
    if isinstance(value, Entity):
        if value.iri is None:
            raise ValueError(f"entity {value.label!r} has no IRI yet")
        return _N(value.iri)
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")) and " " not in value:
        return _N(value)
    return to_literal(value)


def to_result(result: Any) -> QueryResult:
    """A pyoxigraph query answer as a :class:`QueryResult`."""
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return QueryResult("graph", triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in result])
    variables = [v.value for v in result.variables]
    rows = [tuple(to_rdflib(sol[i]) for i in range(len(variables))) for sol in result]
    return QueryResult("select", variables, rows)


def data_block(quads: Iterator[ox.Quad] | list[ox.Quad]) -> str:
    """Quads as the body of ``INSERT DATA``/``DELETE DATA``, grouped by graph."""
    by_graph: dict[Any, list[str]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    blocks = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        blocks.append(body if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{\n{body}\n}}")
    return "\n".join(blocks)


def _local_name(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]).replace("_", " ")


def _provenance_order(pr: Provenance) -> tuple[bool, datetime, str]:
    return (pr.time is None, pr.time or datetime.min.replace(tzinfo=UTC), pr.turn or "")


#: The statement triples a current fact shows (see Reader.fact).
_DETAILS = (CONFIDENCE, VALID_FROM, OCCURRED, OBSERVATION)


def _entity(node: Any, label: Any, types: list[Any], aliases: list[Any], labels: list[Any]) -> Entity:
    """An entity from its first label, its types, aliases and labels by language (each in the index's order)."""
    kinds = [t.value[len(KGM):] for t in types if t.value.startswith(KGM)]
    return Entity(
        label.value if label is not None else _local_name(node.value),
        kinds[0] if kinds else "Thing",
        node.value,
        tuple(sorted(a.value for a in aliases)),
        tuple(sorted((p.language, p.value) for p in labels if p.language)),
    )


class ReadCache(dict[Any, Entity]):
    """What the readers of an unchanged graph share (the embedded store drops it at each write): the
    entities read, by node, and :attr:`present`."""

    def __init__(self) -> None:
        super().__init__()
        #: Whether the graph holds any triple of a predicate, by predicate (asked of statement details
        #: and entity names only): a reader skips the lookups of a predicate the graph does not hold.
        self.present: dict[Any, bool] = {}


class Reader:
    """Reads facts, entities and turns of one graph, caching turns per call and entities per call
    or across calls (``entities``).

    On a ``pyoxigraph.Store`` a reader looks up a fact's optional details (and an entity's names) only
    where the graph holds that predicate at all, found with one lookup per predicate per cache (each
    lookup costs 10-25 µs at one million facts: a fact read takes two or three of them, not five).

    >>> db, alice = ox.Store(), Entity("Alice", "Person", "https://w3id.org/kg-memory/id/person.alice")
    >>> db.add(ox.Quad(_N(alice.iri), LABEL, ox.Literal("Alice")))
    >>> reader = Reader(db, ox.DefaultGraph())
    >>> reader.entity(_N(alice.iri)).label, reader.cache.present[ALT]  # no alias lookup: the graph has none
    ('Alice', False)
    """

    def __init__(self, db: QuadSource, graph: Any, entities: ReadCache | None = None) -> None:
        self.db, self.graph = db, graph
        #: Entities read, by node, and the predicates the graph holds: this reader's own, or
        #: ``entities``, shared with other readers of an unchanged graph.
        self.cache = ReadCache() if entities is None else entities
        self._entities: dict[Any, Entity] = self.cache
        self._turns: dict[Any, Turn] = {}
        self._details: list[Any] | None = None  # the _DETAILS the graph holds, once asked

    def _holds(self, predicate: Any) -> bool:
        """Whether the graph may hold a triple of ``predicate`` (always, unless the database is a
        ``pyoxigraph.Store``, where one lookup per cache tells)."""
        present = self.cache.present
        if predicate not in present:
            present[predicate] = not isinstance(self.db, ox.Store) or next(
                iter(self.db.quads_for_pattern(None, predicate, None, self.graph)), None) is not None
        return present[predicate]

    def _values(self, s: Any, p: Any) -> list[Any]:
        return [q.object for q in self.db.quads_for_pattern(s, p, None, self.graph)]

    def _one(self, s: Any, p: Any) -> Any:
        return next((q.object for q in self.db.quads_for_pattern(s, p, None, self.graph)), None)

    def entity(self, node: Any) -> Entity:
        if node not in self._entities:
            label = self._one(node, LABEL)
            types = self._values(node, A)
            aliases = self._values(node, ALT) if self._holds(ALT) else []
            labels = self._values(node, PREF) if self._holds(PREF) else []
            self._entities[node] = _entity(node, label, types, aliases, labels)
        return self._entities[node]

    def describe(self, node: Any, names: list[tuple[Any, Any]]) -> None:
        """Keep the entity ``node`` as :meth:`entity` reads it, from the (predicate, object) pairs of
        its names and types in the index's order (a scan of all its triples gives them), instead of
        looking them up."""
        if node not in self._entities:
            label = next((o for p, o in names if p == LABEL), None)
            types, aliases, labels = ([o for p, o in names if p == key] for key in (A, ALT, PREF))
            self._entities[node] = _entity(node, label, types, aliases, labels)

    def turn(self, node: Any) -> Turn:
        if node not in self._turns:
            props: dict[Any, Any] = {}
            for q in self.db.quads_for_pattern(node, None, None, self.graph):
                props[q.predicate] = q.object
            conv = props.get(IN_CONV)
            time = props.get(GENERATED)
            self._turns[node] = Turn(
                unquote(conv.value.rsplit("/", 1)[-1]) if conv is not None else "",
                props[TURN_ID].value if TURN_ID in props else _local_name(node.value),
                props[SPEAKER].value if SPEAKER in props else "",
                props[TEXT].value if TEXT in props else "",
                to_python(time) if time is not None else None,
            )
        return self._turns[node]

    def _object(self, o: Any) -> Entity | Value:
        if isinstance(o, ox.Literal):
            return to_python(o)
        if isinstance(o, ox.NamedNode):
            return self.entity(o)
        return str(o.value)

    def _statement(self, node: Any, s: Any, p: Any, o: Any, current: bool,
                   props: dict[Any, list[Any]] | None = None) -> Fact:
        if props is None:
            props = {}
            for q in self.db.quads_for_pattern(node, None, None, self.graph):
                props.setdefault(q.predicate, []).append(q.object)

        def first(key: Any) -> Any:
            return to_python(props[key][0]) if key in props else None

        sources = tuple(sorted(
            (Provenance(t.conversation, t.turn, t.speaker or None, t.time)
             for t in (self.turn(n) for n in props.get(OBSERVATION, []))),
            key=_provenance_order,
        ))
        confidence = first(CONFIDENCE)
        return Fact(
            self.entity(s) if isinstance(s, ox.NamedNode) else Entity(str(s), iri=str(s)),
            p.value[len(KGM):] if p.value.startswith(KGM) else p.value,
            self._object(o),
            confidence=float(confidence) if confidence is not None else 1.0,
            sources=sources,
            valid_from=first(VALID_FROM),
            valid_to=None if current else first(VALID_TO),
            occurred_at=first(OCCURRED),
            iri=node.value if props else None,
        )

    def statement(self, node: Any) -> Fact | None:
        """The fact (current or closed) whose statement node is ``node``, or None."""
        s, p, o = self._one(node, R_SUBJECT), self._one(node, R_PREDICATE), self._one(node, R_OBJECT)
        if s is None or p is None or o is None or self._one(node, A) != FACT:
            return None
        return self._statement(node, s, p, o, current=self._one(node, VALID_TO) is None)

    def fact(self, s: Any, p: Any, o: Any) -> Fact:
        """The current fact of a plain triple (with its statement's details where there is one)."""
        node = _N(ids.fact_iri(s.value, p.value, str(o)))
        db, g = self.db, self.graph
        if isinstance(db, ox.Store):
            # only the triples a current Fact shows, of the predicates the graph holds: reading a term
            # back costs more than a lookup. A statement with any of them needs no type test: the
            # fact is the same as read from all its triples.
            props: dict[Any, list[Any]] = {}
            if self._details is None:
                self._details = [key for key in _DETAILS if self._holds(key)]
            for key in self._details:
                values = [q.object for q in db.quads_for_pattern(node, key, None, g)]
                if values:
                    props[key] = values
            if props or ox.Quad(node, A, FACT, g) in db:
                props[A] = [FACT]
                return self._statement(node, s, p, o, True, props)
        return self._statement(node, s, p, o, current=True)

    def closed_facts(self, s: Any, p: Any, o: Any) -> Iterator[Fact]:
        """Closed facts matching the pattern (terms or None)."""
        if s is not None:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, R_SUBJECT, s, self.graph)]
        elif o is not None:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, R_OBJECT, o, self.graph)]
        elif p is not None:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, R_PREDICATE, p, self.graph)]
        else:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, VALID_TO, None, self.graph)]
        for node in nodes:
            if self._one(node, VALID_TO) is None:
                continue
            fs, fp, fo = self._one(node, R_SUBJECT), self._one(node, R_PREDICATE), self._one(node, R_OBJECT)
            if (p is None or fp == p) and (o is None or fo == o) and (s is None or fs == s):
                yield self._statement(node, fs, fp, fo, current=False)
