"""Cypher for the Neo4j store: identifiers, statements, value conversions (the write of a batch is
:mod:`._cypher_batch`). Every value is a query parameter; the only text put into Cypher is a label or
relationship type that passed :data:`SAFE_IDENTIFIER`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from .. import ids
from ..errors import StoreError
from ..terms import to_literal, to_python
from ..types import Entity, Fact, MonthDay, Provenance, Turn, Value
from ..vocab import KGM
from ._forget import Erasure

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
    "CREATE CONSTRAINT kgm_counts_namespace IF NOT EXISTS FOR (n:KgmCounts) REQUIRE n.namespace IS UNIQUE",
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

RELATIONSHIP_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType)"


def fact_index(type: str) -> str:
    """The index of the facts of one relationship type on their IRI (Neo4j indexes relationships by type)."""
    return f"CREATE INDEX kgm_fact_iri_{safe_label(type)} IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.iri)"


def find_facts(types: Iterable[str], then: str) -> str | None:
    """A statement that finds the facts of namespace ``$ns`` whose IRIs are in ``$iris`` (as ``r``), each
    by the IRI index of its type (:func:`fact_index`), one branch per type, then runs ``then``.
    ``None`` when there is no type to look in."""
    branches = [f"WITH iri MATCH (s:Entity)-[r:{t} {{iri: iri}}]->() WHERE s.namespace = $ns RETURN r"
                for t in sorted(set(types)) if SAFE_IDENTIFIER.match(t)]
    if not branches:
        return None
    return "UNWIND $iris AS iri CALL { " + " UNION ALL ".join(branches) + " } " + then


ENTITY_MAP = "{0} {{.iri, .name, .type, .aliases, .name_en, .name_zh}}"
#: Languages of the labels of an entity named in several (``Entity.labels``): properties ``name_en``, ``name_zh``.
LANGUAGES = ("en", "zh")


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


# -- conversions --------------------------------------------------------------------------------


def is_iri(value: Any) -> bool:
    if isinstance(value, Entity):
        return True
    return isinstance(value, str) and value.startswith(("http://", "https://", "urn:")) and " " not in value


def to_rdf_literal(value: Any) -> ox.Literal:
    """A fact object's value as an RDF literal (a literal stays as it is)."""
    return value if isinstance(value, ox.Literal) else to_literal(value)


def object_key(value: Any) -> str:
    """The node key (less the namespace) of a fact object: an entity's IRI, or a literal's RDF form."""
    if isinstance(value, Entity):
        if value.iri is None:
            raise ValueError(f"entity {value.label!r} has no IRI yet")
        return value.iri
    if is_iri(value):
        return value
    return str(to_rdf_literal(value))


def native(value: Any) -> Any:
    """A Python value that Neo4j stores (from Neo4j: a Python value)."""
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, MonthDay):  # Neo4j has no month-day type: its lexical form (the :Value keeps the datatype)
        return value.isoformat()
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
