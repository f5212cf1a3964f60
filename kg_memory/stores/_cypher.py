"""Cypher for the Neo4j store: identifiers, statements, value conversions, and the writes of a batch.

:class:`Batch` registers a write's entities, literal values and turns, plans its facts with
:class:`~kg_memory.stores.write_plan.WritePlan` against the relationships :func:`fetch` read, and
:func:`write` sends it with ``UNWIND`` statements. Every value is a query parameter; the only text put
into Cypher is a label or relationship type that passed :data:`SAFE_IDENTIFIER`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from .. import ids
from ..errors import StoreError
from ..terms import to_literal, to_python
from ..types import Entity, Fact, Provenance, Turn, Value
from ..vocab import KGM, Vocabulary
from ._forget import Erasure
from .write_plan import PlannedFact, WritePlan, touched

#: Labels and relationship types must match this before they enter Cypher text.
SAFE_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
#: Relationship type of facts whose predicate is not a kg-memory vocabulary IRI.
OTHER_PREDICATE = "RELATED"
BATCH = 5_000

SCHEMA = (
    "CREATE CONSTRAINT kgm_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT kgm_value_key IF NOT EXISTS FOR (n:Value) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT kgm_turn_key IF NOT EXISTS FOR (n:Turn) REQUIRE n.key IS UNIQUE",
    "CREATE INDEX kgm_entity_namespace IF NOT EXISTS FOR (n:Entity) ON (n.namespace)",
    "CREATE INDEX kgm_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "CREATE INDEX kgm_entity_iri IF NOT EXISTS FOR (n:Entity) ON (n.iri)",
    "CREATE INDEX kgm_value_namespace IF NOT EXISTS FOR (n:Value) ON (n.namespace)",
    "CREATE INDEX kgm_turn_namespace IF NOT EXISTS FOR (n:Turn) ON (n.namespace)",
)


def relationship_type(predicate_iri: str) -> str:
    """The relationship type of a predicate: its local name in the vocabulary, else ``RELATED``.

    >>> relationship_type("https://w3id.org/kg-memory/ns#livesIn")
    'livesIn'
    >>> relationship_type("https://schema.org/knows")
    'RELATED'
    """
    local = predicate_iri[len(KGM):] if predicate_iri.startswith(KGM) else ""
    return local if SAFE_IDENTIFIER.match(local) else OTHER_PREDICATE


def safe_label(name: str) -> str:
    if not SAFE_IDENTIFIER.match(name):
        raise StoreError(f"{name!r} cannot be a Neo4j label or type (allowed: {SAFE_IDENTIFIER.pattern})")
    return name


def node_key(namespace: str, iri_or_term: str) -> str:
    return f"{namespace} {iri_or_term}"



# -- Cypher statements --------------------------------------------------------------------------

COUNT = "MATCH (:Entity {namespace: $ns})-[r]->() WHERE r.valid_to IS NULL RETURN count(r)"
ENTITY_MAP = "{0} {{.iri, .name, .type, .aliases, .name_en, .name_zh}}"
#: Languages of the labels of an entity named in several (``Entity.labels``): properties ``name_en``, ``name_zh``.
LANGUAGES = ("en", "zh")
_REL_PROPERTIES = frozenset({"iri", "predicate", "confidence", "valid_from", "valid_to", "occurred_at", "observations"})
_CREATE_PROPERTIES = "{" + ", ".join(f"{k}: row.props.{k}" for k in sorted(_REL_PROPERTIES)) + "}"
_FETCH_RETURN = (
    "RETURN s.iri AS s, elementId(r) AS id, properties(r) AS r, labels(o) AS labels, o.key AS okey, "
    "o.iri AS oiri, o.datatype AS dt, o.lexical AS lex"
)


class Tx:
    """A transaction that traces its statements and returns records."""

    def __init__(self, tx: Any, trace: Callable[[str, dict[str, Any]], None]) -> None:
        self._tx, self._trace = tx, trace

    def run(self, text: str, **params: Any) -> list[Any]:
        self._trace(text, params)
        return list(self._tx.run(text, params))

    def value(self, text: str, **params: Any) -> Any:
        return self.run(text, **params)[0][0]


def remove_turns(tx: Tx, ns: str, turn_iris: list[str]) -> int:
    """Delete turns; facts left with no observation go too. Returns the facts removed (current and closed)."""
    if not turn_iris:
        return 0
    n = tx.value(
        "MATCH (:Entity {namespace: $ns})-[r]->() WHERE any(t IN r.observations WHERE t IN $turns) "
        "WITH r, [t IN r.observations WHERE NOT t IN $turns] AS rest "
        "SET r.observations = rest "
        "WITH r WHERE size(r.observations) = 0 DELETE r "
        "RETURN count(*)", ns=ns, turns=turn_iris,
    )
    tx.run("UNWIND $keys AS k MATCH (t:Turn {key: k}) DETACH DELETE t", keys=[node_key(ns, t) for t in turn_iris])
    return n


def erase_entity(tx: Tx, ns: str, erasure: Erasure) -> None:
    """Apply what forgetting an entity removes (:class:`~._forget.Erasure`) inside a transaction."""
    facts = [f.iri for f in erasure.facts if f.iri]
    tx.run("MATCH (:Entity {namespace: $ns})-[r]->() WHERE r.iri IN $iris DELETE r", ns=ns, iris=facts)
    tx.run("UNWIND $keys AS k MATCH (e:Entity {key: k}) DETACH DELETE e",
           keys=[node_key(ns, iri) for iri in erasure.entities])
    turns = [ids.turn_iri(c, t) for c, t in erasure.turns]
    cited = set(tx.value("MATCH (:Entity {namespace: $ns})-[r]->() UNWIND coalesce(r.observations, []) AS t "
                         "WITH DISTINCT t WHERE t IN $turns RETURN collect(t)", ns=ns, turns=turns) or ())
    tx.run("UNWIND $keys AS k MATCH (t:Turn {key: k}) DETACH DELETE t",
           keys=[node_key(ns, t) for t in turns if t not in cited])
    unspeak = {ids.turn_iri(c, t) for c, t in erasure.unspeak}
    for keys, prop in ((cited, "text"), (cited & unspeak, "speaker")):
        tx.run(f"UNWIND $keys AS k MATCH (t:Turn {{key: k}}) REMOVE t.{prop}",
               keys=[node_key(ns, t) for t in keys])


# -- writing a batch ----------------------------------------------------------------------------


class Batch:
    """The writes of one ``add``: its entities, literal values and turns (registered before the
    transaction starts), then its facts, planned by :class:`WritePlan` against what :func:`fetch` read."""

    def __init__(self, namespace: str, vocabulary: Vocabulary, functional: set[str], size: int = BATCH) -> None:
        self.namespace, self.vocabulary, self.functional, self.size = namespace, vocabulary, functional, size
        self.entities: dict[str, dict[str, Any]] = {}
        self.values: dict[str, dict[str, Any]] = {}
        self.turns: dict[str, dict[str, Any]] = {}
        self.source_turns: dict[str, dict[str, Any]] = {}
        self.items: list[tuple[Fact, str, str]] = []  # (fact, predicate IRI, object term)
        self.plan = WritePlan([], functional)
        self.records: list[PlannedFact | None] = []  # the record of each item, once planned

    def add_entity(self, entity: Entity) -> None:
        """Register an entity to store even if no fact of the batch names it."""
        self._entity(entity)

    def _entity(self, entity: Entity) -> str:
        if entity.iri is None:
            raise ValueError(f"entity {entity.label!r} has no IRI: resolve it before storing")
        k = node_key(self.namespace, entity.iri)
        row = self.entities.get(k)
        type = self.vocabulary.class_iri(entity.type or "Thing")[len(KGM):]
        if row is None:
            row = self.entities[k] = {"key": k, "iri": entity.iri, "name": entity.label, "type": type,
                                      "names": [], "types": [], **{f"name_{lang}": None for lang in LANGUAGES}}
        for lang, name in entity.labels:
            if lang in LANGUAGES and row[f"name_{lang}"] is None:
                row[f"name_{lang}"] = name
        for name in (entity.label, *entity.aliases):
            if name not in row["names"]:
                row["names"].append(name)
        if type not in row["types"]:
            row["types"].append(type)
        return entity.iri

    def _object(self, obj: Entity | Value) -> str:
        """The RDF term (N-Triples) of a fact's object, its node registered."""
        if isinstance(obj, Entity):
            return str(ox.NamedNode(self._entity(obj)))
        literal = _literal(obj)
        term = str(literal)
        k = node_key(self.namespace, term)
        if k not in self.values:
            self.values[k] = {"key": k, "datatype": literal.datatype.value, "lexical": literal.value,
                              "value": native(to_python(literal))}
        return term

    def add_turn(self, turn: Turn) -> None:
        iri = ids.turn_iri(turn.conversation, turn.turn)
        self.turns[iri] = {"key": node_key(self.namespace, iri), "iri": iri, "conversation": turn.conversation,
                           "turn": str(turn.turn), "speaker": turn.speaker or None, "text": turn.text or None,
                           "time": turn.time}

    def register(self, fact: Fact) -> None:
        self._entity(fact.subject)
        self.items.append((fact, self.vocabulary.predicate_iri(fact.predicate), self._object(fact.object)))
        for source in fact.sources:
            if source.conversation is None or source.turn is None:
                continue
            iri = ids.turn_iri(source.conversation, source.turn)
            if iri not in self.turns and iri not in self.source_turns:
                self.source_turns[iri] = {"key": node_key(self.namespace, iri), "iri": iri,
                                          "conversation": source.conversation, "turn": str(source.turn),
                                          "speaker": source.speaker or None, "time": source.time}

    def target(self, term: str) -> tuple[str, str]:
        """(label, node key) of an object term."""
        if term.startswith("<"):
            return "Entity", node_key(self.namespace, term[1:-1])
        return "Value", node_key(self.namespace, term)

    def plan_facts(self, records: list[Any]) -> None:
        """Plan the registered facts against the fetched relationships."""
        stored: dict[str, PlannedFact] = {}
        for rec in records:
            if rec["id"] in stored:
                continue
            if "Value" in rec["labels"]:
                term = str(to_literal(rec["lex"], rec["dt"]))
            else:
                term = str(ox.NamedNode(rec["oiri"]))
            props = {k: native(v) for k, v in rec["r"].items()}
            extras = {k: v for k, v in props.items() if k not in _REL_PROPERTIES}
            stored[rec["id"]] = PlannedFact(
                rec["s"], props["predicate"], term, props.get("iri") or ids.fact_iri(rec["s"], props["predicate"], term),
                props.get("confidence"), props.get("valid_from"), props.get("valid_to"), props.get("occurred_at"),
                list(props.get("observations") or []), handle=(rec["id"], extras),
            )
        self.plan = WritePlan(stored.values(), self.functional)
        self.records = [self.plan.add(fact, p, o) for fact, p, o in self.items]


def _props(record: PlannedFact) -> dict[str, Any]:
    fields: dict[str, Any] = {"iri": record.iri, "predicate": record.predicate, "confidence": record.confidence,
                              "valid_from": record.valid_from, "valid_to": record.valid_to,
                              "occurred_at": record.occurred_at}
    props = {k: v for k, v in fields.items() if v is not None}
    props["observations"] = list(record.observations)
    return {**(record.handle[1] if record.handle is not None else {}), **props}


def fetch(tx: Tx, batch: Batch) -> list[Any]:
    """Read the stored relationships the batch's rules read (see :func:`~.write_plan.touched`):
    each lookup starts from index seeks on the nodes' keys and expands only the predicate's
    relationship type."""
    wanted = touched(batch.items, batch.functional)
    records: list[Any] = []
    pairs: dict[str, list[dict[str, str]]] = {}
    for s, p in sorted(wanted.pairs):
        pairs.setdefault(safe_label(relationship_type(p)), []).append({"s": node_key(batch.namespace, s), "p": p})
    for type, rows in pairs.items():
        text = (f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}})-[r:{type}]->(o) USING INDEX s:Entity(key) "
                f"WHERE r.predicate = row.p ")
        for start in range(0, len(rows), batch.size):
            records += tx.run(text + _FETCH_RETURN, rows=rows[start:start + batch.size])
    exact: dict[tuple[str, str], list[dict[str, str]]] = {}
    for s, p, o in sorted(wanted.triples, key=str):
        target, okey = batch.target(str(o))
        exact.setdefault((safe_label(relationship_type(p)), target), []).append(
            {"s": node_key(batch.namespace, s), "p": p, "o": okey})
    for (type, target), rows in exact.items():
        text = (f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}})-[r:{type}]->(o:{target}) USING INDEX s:Entity(key) "
                f"WHERE r.predicate = row.p AND o.key = row.o ")
        for start in range(0, len(rows), batch.size):
            records += tx.run(text + _FETCH_RETURN, rows=rows[start:start + batch.size])
    return records


def write_entities(tx: Tx, batch: Batch) -> None:
    """MERGE the batch's entities (which also locks the subjects before their facts are read)."""
    rows, size, ns = list(batch.entities.values()), batch.size, batch.namespace
    for start in range(0, len(rows), size):
        tx.run(
            "UNWIND $rows AS row MERGE (e:Entity {key: row.key}) "
            "ON CREATE SET e.iri = row.iri, e.namespace = $ns, e.name = row.name, e.type = row.type, e.aliases = [] "
            "WITH e, row SET e.aliases = e.aliases + [a IN row.names WHERE a <> e.name AND NOT a IN e.aliases], "
            "e.name_en = coalesce(e.name_en, row.name_en), e.name_zh = coalesce(e.name_zh, row.name_zh)",
            rows=rows[start:start + size], ns=ns,
        )
    by_type: dict[str, list[str]] = {}
    for row in rows:
        for type in row["types"]:
            by_type.setdefault(type, []).append(row["key"])
    for type, keys in by_type.items():
        label = safe_label(type)
        for start in range(0, len(keys), size):
            tx.run(f"UNWIND $keys AS k MATCH (e:Entity {{key: k}}) SET e:{label}", keys=keys[start:start + size])


def write(tx: Tx, batch: Batch) -> None:
    """Write the batch's values, turns and planned facts."""
    ns = batch.namespace

    def chunks(rows: list[Any]) -> Iterator[list[Any]]:
        for start in range(0, len(rows), batch.size):
            yield rows[start:start + batch.size]

    for rows in chunks(list(batch.values.values())):
        tx.run("UNWIND $rows AS row MERGE (v:Value {key: row.key}) ON CREATE SET v.namespace = $ns, "
               "v.datatype = row.datatype, v.lexical = row.lexical, v.value = row.value", rows=rows, ns=ns)
    for rows in chunks(list(batch.turns.values())):
        tx.run(
            "UNWIND $rows AS row MERGE (t:Turn {key: row.key}) "
            "ON CREATE SET t.iri = row.iri, t.namespace = $ns, t.conversation = row.conversation, t.turn = row.turn "
            "SET t.speaker = coalesce(row.speaker, t.speaker), t.text = coalesce(row.text, t.text), "
            "    t.time = coalesce(row.time, t.time)", rows=rows, ns=ns)
    for rows in chunks(list(batch.source_turns.values())):
        tx.run(
            "UNWIND $rows AS row MERGE (t:Turn {key: row.key}) "
            "ON CREATE SET t.iri = row.iri, t.namespace = $ns, t.conversation = row.conversation, t.turn = row.turn, "
            "    t.speaker = row.speaker, t.time = row.time", rows=rows, ns=ns)
    for rows in chunks([r.handle[0] for r in batch.plan.deleted]):
        tx.run("UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", ids=rows)
    written = batch.plan.written
    changed = [{"id": r.handle[0], "props": _props(r)} for r in written if r.handle is not None]
    for rows in chunks(changed):
        tx.run("UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r = row.props", rows=rows)
    groups: dict[tuple[str, str, bool], list[dict[str, Any]]] = {}
    for record in written:
        if record.handle is None:
            props = _props(record)
            known = props.keys() <= _REL_PROPERTIES
            if known:
                props = {k: props.get(k) for k in _REL_PROPERTIES}
            target, okey = batch.target(str(record.object))
            groups.setdefault((relationship_type(record.predicate), target, known), []).append(
                {"s": node_key(ns, record.subject), "o": okey, "props": props})
    for (type, target, known), all_rows in groups.items():
        # properties named in the pattern (a null one is not stored) let Neo4j stream the rows; a
        # map SET needs an Eager, so it serves only relationships with other properties
        text = (f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}}) MATCH (o:{target} {{key: row.o}}) "
                + (f"CREATE (s)-[r:{safe_label(type)} {_CREATE_PROPERTIES}]->(o)" if known
                   else f"CREATE (s)-[r:{safe_label(type)}]->(o) SET r = row.props"))
        for rows in chunks(all_rows):
            tx.run(text, rows=rows)


# -- conversions --------------------------------------------------------------------------------


def is_iri(value: Any) -> bool:
    if isinstance(value, Entity):
        return True
    return isinstance(value, str) and value.startswith(("http://", "https://", "urn:")) and " " not in value


def _literal(value: Any) -> ox.Literal:
    return value if isinstance(value, ox.Literal) else to_literal(value)


def object_key(value: Any) -> str:
    """The node key (less the namespace) of a fact object: an entity's IRI, or a literal's RDF form."""
    if isinstance(value, Entity):
        if value.iri is None:
            raise ValueError(f"entity {value.label!r} has no IRI yet")
        return value.iri
    if is_iri(value):
        return value
    return str(_literal(value))


def native(value: Any) -> Any:
    """A Python value that Neo4j stores (from Neo4j: a Python value)."""
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return str(value)
    return value


def plain(value: Any) -> Any:
    """A Cypher result value as plain Python: nodes and relationships become dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return native(value)


def entity_of(row: dict[str, Any]) -> Entity:
    labels = tuple((lang, row[f"name_{lang}"]) for lang in LANGUAGES if row.get(f"name_{lang}"))
    return Entity(row["name"] or "", row.get("type") or "Thing", row["iri"], tuple(sorted(row.get("aliases") or ())),
                  labels)


def turn_of(props: dict[str, Any]) -> Turn:
    time = props.get("time")
    return Turn(props.get("conversation") or "", str(props.get("turn") or ""), props.get("speaker") or "",
                props.get("text") or "", native(time) if time is not None else None)


def _provenance_order(p: Provenance) -> tuple[bool, datetime, str]:
    return (p.time is None, p.time or datetime.min.replace(tzinfo=UTC), p.turn or "")


def fact_of(rec: Any, turns: dict[str, Turn]) -> Fact:
    r = {k: native(v) for k, v in rec["r"].items()}
    o = rec["o"]
    obj: Entity | Value = (
        to_python(to_literal(rec["lex"], rec["dt"])) if rec["dt"] is not None else entity_of(o)
    )
    sources = tuple(sorted(
        (Provenance(t.conversation, t.turn, t.speaker or None, t.time)
         for t in (turns.get(i) for i in r.get("observations") or ()) if t is not None),
        key=_provenance_order,
    ))
    p = r["predicate"]
    occurred = r.get("occurred_at")
    return Fact(
        entity_of(rec["s"]),
        p[len(KGM):] if p.startswith(KGM) else p,
        obj,
        confidence=float(r.get("confidence", 1.0)),
        sources=sources,
        valid_from=r.get("valid_from"),
        valid_to=r.get("valid_to"),
        occurred_at=occurred if isinstance(occurred, (date, datetime)) else None,
        iri=r.get("iri"),
    )
