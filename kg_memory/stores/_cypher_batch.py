"""The write of one batch to Neo4j: few statements, nodes before relationships, no per-row Cypher.

A :class:`Batch` registers a write's entities, literal values, turns and facts in Python before the
transaction starts; :func:`write_batch` then sends it inside one transaction:

1. **read**: one ``UNWIND`` over the batch's entity keys seeks each stored entity on its key (the
   uniqueness constraint's index), locks it, and returns its element id, names and labels, and, for a
   subject, the stored facts the batch's rules read (:func:`~.write_plan.touched`): every fact of a
   ``(subject, predicate)`` pair, and the facts of an exact ``(subject, predicate, object)``;
2. the facts are planned in Python (:class:`~.write_plan.WritePlan`) against what was read;
3. **nodes**: ``CREATE`` for the entities the read did not find (one statement per label set),
   ``SET`` only for stored entities that gain a name or a label, ``MERGE`` for literal values and turns
   (shared by facts of other batches);
4. **relationships**: deletions and changes by element id (one statement text for every type), then
   ``UNWIND $rows ... CREATE`` of the new ones, one statement per relationship type, between nodes
   found by element id;
5. ``batch.delta`` holds what the write changed in the namespace's counts (entities created, turns
   created and their conversations, facts added, closed or deleted), which the store adds to them
   last (:mod:`._cypher_counts`).

Parameter lists go in chunks of ``Batch.size`` rows. UTC datetimes travel as ISO strings that
Cypher's ``datetime()`` parses (the driver's own conversion costs ~0.1 ms each in Python); other
temporal values (dates, local times, other offsets and zones) travel as driver values.

The read's key seeks lock the keys, absent ones included (Neo4j's locking unique-index seek), in one
order (sorted), so another writer of the same new entities waits for this one to commit and then finds
them; a deadlock between writers that lock in other orders fails one transaction, which the store
rolls back and writes again (as it does a key another client took between the read and the ``CREATE``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import datetime, timedelta
from typing import Any

from .. import ids
from ..terms import to_literal, to_python
from ..types import Entity, Fact, Turn, Value
from ..vocab import KGM, Vocabulary
from ._cypher import BATCH, LANGUAGES, Tx, native, node_key, relationship_type, safe_label, to_rdf_literal
from ._cypher_counts import Delta
from .write_plan import PlannedFact, WritePlan, touched

__all__ = ["Batch", "write_batch"]

_REL_PROPERTIES = ("iri", "predicate", "confidence", "valid_from", "valid_to", "occurred_at", "observations")
_TEMPORAL = ("valid_from", "valid_to", "occurred_at")
_UTC = timedelta(0)


def _read_property(key: str) -> str:
    """A fact property as :data:`READ` returns it: a UTC datetime (the kind the store writes) as its ISO
    text, which Python parses ~50 times faster than the driver builds a datetime (~0.25 ms each, most of
    the client's time for a batch that closes stored facts), and which comes back as a ``timezone.utc``
    datetime, so a fact written back keeps its offset ``Z`` (the driver's value was written back with
    the zone id ``UTC``, which Cypher's ``=`` tells apart from ``Z``); other temporal values as they are.
    Read from ``p``, the fact's properties read once (``properties(r)``: each ``r.key`` walks the
    relationship's property chain again, five times for each temporal here)."""
    if key not in _TEMPORAL:
        return "." + key
    v = "p." + key
    return (f"{key}: CASE WHEN {v} IS :: ZONED DATETIME THEN CASE WHEN {v}.timezone = 'Z' AND 0 < {v}.year < 10000 "
            f"AND {v}.nanosecond % 1000 = 0 THEN toString({v}) ELSE {v} END ELSE {v} END")


#: one record per chunk (a record each costs the driver ~0.1 ms of Python)
READ = (
    "UNWIND $rows AS row MATCH (e:Entity {key: row.key}) SET e.namespace = e.namespace "  # a no-op SET locks
    "RETURN collect([row.key, elementId(e), e.name, e.aliases, e.name_en, e.name_zh, labels(e), "
    "CASE WHEN row.read THEN [(e)-[r]->(o) WHERE type(r) IN row.types "  # no property read for other types
    "AND (r.predicate IN row.pairs OR [r.predicate, o.key] IN row.triples) "
    "| [p IN [properties(r)] | [elementId(r), type(r), p {" + ", ".join(_read_property(k) for k in _REL_PROPERTIES) + "}, "
    "o:Value, o.iri, o.datatype, o.lexical]][0]] END]) AS found"
)
UPDATE_ENTITIES = (
    "UNWIND $rows AS row MATCH (e) WHERE elementId(e) = row.id "
    "SET e.aliases = coalesce(e.aliases, []) + [a IN row.names WHERE a <> e.name AND NOT a IN coalesce(e.aliases, [])], "
    "e.name_en = coalesce(e.name_en, row.name_en), e.name_zh = coalesce(e.name_zh, row.name_zh)"
)
MERGE_VALUES = (
    "UNWIND $rows AS row MERGE (v:Value {key: row.key}) ON CREATE SET v.namespace = $ns, "
    "v.datatype = row.datatype, v.lexical = row.lexical, v.value = row.value RETURN collect([row.key, elementId(v)])"
)
MERGE_TURNS = (
    "UNWIND $rows AS row MERGE (t:Turn {key: row.key}) "
    "ON CREATE SET t.iri = row.iri, t.namespace = $ns, t.conversation = row.conversation, t.turn = row.turn "
    "SET t.speaker = coalesce(row.speaker, t.speaker), t.text = coalesce(row.text, t.text), "
    "    t.time = coalesce(row.time, t.time)"
)
MERGE_SOURCE_TURNS = (
    "UNWIND $rows AS row MERGE (t:Turn {key: row.key}) "
    "ON CREATE SET t.iri = row.iri, t.namespace = $ns, t.conversation = row.conversation, t.turn = row.turn, "
    "    t.speaker = row.speaker, t.time = row.time"
)
#: ``IN $ids`` (not ``UNWIND``): the planner seeks relationships by element id only from a list parameter
#: or with the relationship's type; otherwise it scans every relationship for each row
DELETE_FACTS = "MATCH ()-[r]->() WHERE elementId(r) IN $ids DELETE r"
STORED_TURNS = "UNWIND $keys AS k MATCH (t:Turn {key: k}) RETURN collect(k)"


def _properties(parse: bool) -> str:
    """The fact properties of ``row.p`` as a map literal; ``parse``: temporal ones are ISO strings."""
    return "{" + ", ".join(
        f"{k}: datetime(row.p.{k})" if parse and k in _TEMPORAL else f"{k}: row.p.{k}" for k in _REL_PROPERTIES
    ) + "}"


def _change(parse: bool) -> str:
    """Change facts of any relationship type, each found by its element id: one statement text for
    every type, so a write plans it once (a text per type was planned again for each new type, and
    whenever Neo4j emptied its plan cache). With relationships stored (a change has some to change),
    the planner seeks each by its element id.

    A property that is null here was null in the stored fact too (the plan never unsets one), so
    ``+=`` leaves the fact as the plan has it and keeps properties other writers added."""
    return f"UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r += {_properties(parse)}"


def _create(type: str, parse: bool) -> str:
    """Create facts of one relationship type (properties named in the pattern, not a map ``SET``, which
    would need an Eager: Neo4j streams the rows). Not Neo4j 5.26's types from values
    (``CREATE ()-[:$(row.t)]->()``): on 5.26.0 a batch of several types gave rows the wrong type."""
    return ("UNWIND $rows AS row MATCH (s) WHERE elementId(s) = row.s MATCH (o) WHERE elementId(o) = row.o "
            f"CREATE (s)-[:{safe_label(type)} {_properties(parse)}]->(o)")


class Batch:
    """The writes of one ``add``: its entities, literal values, turns and facts, registered before the
    transaction starts; :func:`write_batch` plans the facts against what it reads and writes them."""

    def __init__(self, namespace: str, vocabulary: Vocabulary, functional: set[str], size: int = BATCH) -> None:
        self.namespace, self.vocabulary, self.functional, self.size = namespace, vocabulary, functional, size
        self.entities: dict[str, dict[str, Any]] = {}  # by node key
        self.values: dict[str, dict[str, Any]] = {}  # by node key
        self.turns: dict[str, dict[str, Any]] = {}
        self.source_turns: dict[str, dict[str, Any]] = {}
        self.items: list[tuple[Fact, str, str]] = []  # (fact, predicate IRI, object term)
        self.plan = WritePlan([], functional)
        self.records: list[PlannedFact | None] = []  # the record of each item, once planned
        self.delta = Delta()  # what the write changes in the namespace's counts
        self._stored_current: set[str] = set()  # element ids of the stored facts read current
        self._classes: dict[str, str] = {}
        self._types: dict[str, str] = {}  # predicate IRI -> relationship type

    def add_entity(self, entity: Entity) -> None:
        """Register an entity to store even if no fact of the batch names it."""
        self._entity(entity)

    def _entity(self, entity: Entity) -> str:
        iri = entity.iri
        if iri is None:
            raise ValueError(f"entity {entity.label!r} has no IRI: resolve it before storing")
        k = self.namespace + " " + iri
        row = self.entities.get(k)
        type = self._classes.get(entity.type)
        if type is None:
            type = self._classes[entity.type] = self.vocabulary.class_iri(entity.type or "Thing")[len(KGM):]
        if row is None:
            row = self.entities[k] = {"key": k, "iri": iri, "name": entity.label, "type": type,
                                      "names": [entity.label], "types": [type], "name_en": None, "name_zh": None}
        elif type not in row["types"]:
            row["types"].append(type)
        names = row["names"]
        if entity.label not in names:
            names.append(entity.label)
        for name in entity.aliases:
            if name not in names:
                names.append(name)
        for lang, name in entity.labels:
            if lang in LANGUAGES and row["name_" + lang] is None:
                row["name_" + lang] = name
        return iri

    def _object(self, obj: Entity | Value) -> str:
        """The RDF term (N-Triples) of a fact's object, its node registered."""
        if isinstance(obj, Entity):
            return f"<{self._entity(obj)}>"
        literal = to_rdf_literal(obj)
        term = str(literal)
        k = self.namespace + " " + term
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

    def target(self, term: str) -> str:
        """The node key of an object term."""
        return self.namespace + " " + (term[1:-1] if term.startswith("<") else term)

    def type(self, predicate: str) -> str:
        """The relationship type of a predicate (:func:`._cypher.relationship_type`, once per batch)."""
        type = self._types.get(predicate)
        if type is None:
            type = self._types[predicate] = relationship_type(predicate)
        return type

    def types(self) -> set[str]:
        """The relationship types the batch's facts can have."""
        return {self.type(p) for _, p, _ in self.items}

    def chunks(self, rows: list[Any]) -> Iterator[list[Any]]:
        for start in range(0, len(rows), self.size):
            yield rows[start:start + self.size]


def write_batch(tx: Tx, batch: Batch) -> None:
    """Read what the batch touches, plan its facts, and write its nodes, then its relationships;
    ``batch.delta`` gets what the write changes in the namespace's counts."""
    batch.delta = Delta()
    ids_by_key = _read_entities(tx, batch)
    _create_entities(tx, batch, ids_by_key)
    ns = batch.namespace
    for chunk in batch.chunks([batch.values[k] for k in sorted(batch.values)]):  # one lock order
        ids_by_key.update(tx.value(MERGE_VALUES, rows=chunk, ns=ns))
    _count_new_turns(tx, batch)
    for rows in batch.chunks(list(batch.turns.values())):
        tx.run(MERGE_TURNS, rows=rows, ns=ns)
    for rows in batch.chunks(list(batch.source_turns.values())):
        tx.run(MERGE_SOURCE_TURNS, rows=rows, ns=ns)
    _write_facts(tx, batch, ids_by_key)


def _count_new_turns(tx: Tx, batch: Batch) -> None:
    """Count the turns the batch creates, and their conversations."""
    rows = [*batch.turns.values(), *batch.source_turns.values()]
    stored: set[str] = set()
    for chunk in batch.chunks([row["key"] for row in rows]):
        stored.update(tx.value(STORED_TURNS, keys=chunk))
    for row in rows:
        if row["key"] not in stored:
            batch.delta.turns += 1
            batch.delta.conversations.add(row["conversation"])


def _read_entities(tx: Tx, batch: Batch) -> dict[str, str]:
    """Lock and read the stored entities of the batch, plan its facts; returns node key -> element id."""
    wanted = touched(batch.items, batch.functional)
    reads: dict[str, tuple[set[str], list[str], list[list[str]]]] = {}
    ns = batch.namespace + " "
    for s, p in wanted.pairs:
        read = reads.setdefault(ns + s, (set(), [], []))
        read[0].add(batch.type(p))
        read[1].append(p)
    for s, p, o in wanted.triples:
        read = reads.setdefault(ns + s, (set(), [], []))
        read[0].add(batch.type(p))
        read[2].append([p, batch.target(str(o))])
    rows = []
    for key in sorted(batch.entities):  # one lock order for every writer
        types, pairs, triples = reads.get(key, ((), [], []))
        rows.append({"key": key, "read": bool(types), "types": list(types), "pairs": pairs, "triples": triples})
    found: dict[str, str] = {}
    stored: list[PlannedFact] = []
    updates: list[dict[str, Any]] = []
    labels: dict[tuple[str, ...], list[str]] = {}
    for chunk in batch.chunks(rows):
        for key, id, name, aliases, name_en, name_zh, node_labels, facts in tx.value(READ, rows=chunk):
            found[key] = id
            row = batch.entities[key]
            if _gains_names(row, name, aliases or (), {"en": name_en, "zh": name_zh}):
                updates.append({"id": id, "names": row["names"], "name_en": row["name_en"], "name_zh": row["name_zh"]})
            missing = tuple(t for t in row["types"] if t not in node_labels)
            if missing:
                labels.setdefault(missing, []).append(id)
            for fact in facts or ():
                stored.append(_stored(row["iri"], fact))
    for chunk in batch.chunks(updates):
        tx.run(UPDATE_ENTITIES, rows=chunk)
    for missing, node_ids in labels.items():
        text = "UNWIND $ids AS id MATCH (e) WHERE elementId(e) = id SET e:" + ":".join(map(safe_label, missing))
        for chunk in batch.chunks(node_ids):
            tx.run(text, ids=chunk)
    batch._stored_current = {r.handle[0] for r in stored if r.current}
    batch.plan = WritePlan(stored, batch.functional)
    batch.records = [batch.plan.add(fact, p, o) for fact, p, o in batch.items]
    return found


def _gains_names(row: dict[str, Any], name: str, aliases: Collection[str], labels: dict[str, str | None]) -> bool:
    """Whether a stored entity (``name``, ``aliases``, language ``labels``) lacks a name or a language
    label the batch gives it."""
    if any(n != name and n not in aliases for n in row["names"]):
        return True
    return any(row[f"name_{lang}"] is not None and labels.get(lang) is None for lang in LANGUAGES)


def _stored(subject: str, fact: list[Any]) -> PlannedFact:
    """A stored fact as the READ statement returns it."""
    id, type, props, is_value, iri, datatype, lexical = fact
    term = str(to_literal(lexical, datatype)) if is_value else f"<{iri}>"
    props = {k: _utc_text(v) if isinstance(v, str) and k in _TEMPORAL else native(v)
             for k, v in props.items() if v is not None}
    p = props["predicate"]
    return PlannedFact(subject, p, term, props.get("iri") or ids.fact_iri(subject, p, term),
                       props.get("confidence"), props.get("valid_from"), props.get("valid_to"),
                       props.get("occurred_at"), list(props.get("observations") or []), handle=(id, type))


def _utc_text(text: str) -> datetime | str:
    """A UTC datetime from the ISO text :data:`READ` returns (a string that is none: as it is).

    >>> _utc_text("2024-01-01T09:00:00.5Z")
    datetime.datetime(2024, 1, 1, 9, 0, 0, 500000, tzinfo=datetime.timezone.utc)
    """
    try:
        return datetime.fromisoformat(text) if text.endswith("Z") else text
    except ValueError:
        return text


def _create_entities(tx: Tx, batch: Batch, ids_by_key: dict[str, str]) -> None:
    """CREATE the entities the read did not find, one statement per set of labels."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for key in sorted(batch.entities):
        if key in ids_by_key:
            continue
        row = batch.entities[key]
        groups.setdefault(tuple(row["types"]), []).append(
            {"key": key, "iri": row["iri"], "name": row["name"], "type": row["type"],
             "aliases": [n for n in row["names"] if n != row["name"]], "name_en": row["name_en"],
             "name_zh": row["name_zh"]})
    for types, rows in groups.items():
        text = ("UNWIND $rows AS row CREATE (e:Entity:" + ":".join(map(safe_label, types)) + " {key: row.key, "
                "iri: row.iri, namespace: $ns, name: row.name, type: row.type, aliases: row.aliases, "
                "name_en: row.name_en, name_zh: row.name_zh}) RETURN collect([row.key, elementId(e)])")
        for chunk in batch.chunks(rows):
            ids_by_key.update(tx.value(text, rows=chunk, ns=batch.namespace))
        batch.delta.entities += len(rows)


def _utc(value: Any) -> bool:
    return value is None or (isinstance(value, datetime) and value.utcoffset() == _UTC)


def _wire(record: PlannedFact) -> tuple[dict[str, Any], bool]:
    """The properties of a planned fact as parameters, and whether its temporal ones are ISO strings."""
    start: Any = record.valid_from
    end: Any = record.valid_to
    occurred: Any = record.occurred_at
    parse = _utc(start) and _utc(end) and _utc(occurred)
    if parse:
        start = start.isoformat() if start is not None else None
        end = end.isoformat() if end is not None else None
        occurred = occurred.isoformat() if occurred is not None else None
    return {"iri": record.iri, "predicate": record.predicate, "confidence": record.confidence,
            "valid_from": start, "valid_to": end, "occurred_at": occurred,
            "observations": list(record.observations)}, parse


def _write_facts(tx: Tx, batch: Batch, node_ids: dict[str, str]) -> None:
    """Delete, change and create the planned facts' relationships (changes: one statement for every
    type; creates: one per relationship type)."""
    delta, was_current = batch.delta, batch._stored_current
    for record in batch.plan.deleted:
        delta.fact(record.handle[0] in was_current, -1)
    for chunk in batch.chunks([r.handle[0] for r in batch.plan.deleted]):
        tx.run(DELETE_FACTS, ids=chunk)
    changes: dict[bool, list[dict[str, Any]]] = {}
    creates: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    ns = batch.namespace + " "
    for record in batch.plan.written:
        props, parse = _wire(record)
        handle = record.handle
        if handle is None:
            delta.fact(record.current)
            creates.setdefault((batch.type(record.predicate), parse), []).append(
                {"s": node_ids[ns + record.subject], "o": node_ids[batch.target(str(record.object))], "p": props})
            continue
        if (handle[0] in was_current) != record.current:
            delta.fact(record.current)
            delta.fact(not record.current, -1)
        changes.setdefault(parse, []).append({"id": handle[0], "p": props})  # handle: (element id, type)
    for parse, rows in changes.items():
        text = _change(parse)
        for chunk in batch.chunks(rows):
            tx.run(text, rows=chunk)
    for (type, parse), rows in creates.items():
        text = _create(type, parse)
        for chunk in batch.chunks(rows):
            tx.run(text, rows=chunk)
