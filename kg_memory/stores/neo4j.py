"""The Neo4j store: the memory as a property graph, queried with Cypher.

Layout (every node carries ``namespace``; ``key`` is ``namespace + " " + iri``, unique per label)::

    (:Entity:Person {key, iri, name, type, aliases: [..], namespace})
        -[:livesIn {iri, predicate, confidence, valid_from, valid_to, occurred_at, observations: [..]}]->
    (:Entity:Place {...})

    (:Entity)-[:age {...}]->(:Value {key, datatype, lexical, value, namespace})
    (:Turn {key, iri, conversation, turn, speaker, text, time, namespace})

* A fact is a relationship typed by the predicate's local name (``livesIn``); predicates outside the
  kg-memory vocabulary get the type ``RELATED`` (:data:`OTHER_PREDICATE`). Every fact relationship
  carries ``predicate`` (the full IRI) and ``iri`` (the same fact IRI as the RDF store's statement
  node, :func:`kg_memory.ids.fact_iri`).
* History: a closed fact keeps its relationship, with ``valid_to`` set (and its history IRI). Current
  facts are the relationships where ``valid_to IS NULL``: write ``WHERE r.valid_to IS NULL`` in Cypher.
* A literal object is a ``:Value`` node keyed by its RDF form (datatype and lexical form), so values
  round-trip with their Python types; ``value`` holds the native Neo4j value for Cypher comparisons
  (Decimals as floats, integers beyond 64 bits as strings).
* Provenance: ``observations`` lists the IRIs of the ``:Turn`` nodes the fact was learned from.

Writes go through one explicit transaction per :meth:`Neo4jStore.add`: the batch is planned in Python
(the same rules as :class:`~kg_memory.stores.rdf.RdfStore`, applied in order) against the relationships
it touches, then written with ``UNWIND`` statements. Every value is a query parameter; the only text put
into Cypher is a label or relationship type that passed :data:`SAFE_IDENTIFIER`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pyoxigraph as ox

from .. import ids
from ..errors import ConnectionFailed, QueryError, StoreError
from ..results import QueryResult
from ..terms import to_literal, to_python
from ..types import Entity, Fact, Provenance, Turn, Value
from ..vocab import KGM, Vocabulary
from .base import DEFAULT_NAMESPACE, Store, check_forget_selector

__all__ = ["OTHER_PREDICATE", "SAFE_IDENTIFIER", "Neo4jStore", "parse_url", "relationship_type"]

logger = logging.getLogger(__name__)

#: Labels and relationship types must match this before they enter Cypher text.
SAFE_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
#: Relationship type of facts whose predicate is not a kg-memory vocabulary IRI.
OTHER_PREDICATE = "RELATED"
_BATCH = 5_000

_SCHEMA = (
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


def _label(name: str) -> str:
    if not SAFE_IDENTIFIER.match(name):
        raise StoreError(f"{name!r} cannot be a Neo4j label or type (allowed: {SAFE_IDENTIFIER.pattern})")
    return name


def _key(namespace: str, iri_or_term: str) -> str:
    return f"{namespace} {iri_or_term}"


def parse_url(url: str) -> tuple[str, tuple[str, str] | None, str | None]:
    """Split ``bolt://user:pass@host:port?database=db`` into (driver URI, auth, database).

    >>> parse_url("bolt://neo4j:secret@localhost:7687?database=memory")
    ('bolt://localhost:7687', ('neo4j', 'secret'), 'memory')
    >>> parse_url("neo4j://db.example.org")
    ('neo4j://db.example.org', None, None)
    """
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc += f":{parts.port}"
    auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
    database = parse_qs(parts.query).get("database", [None])[0]
    return f"{parts.scheme}://{netloc}", auth, database


class Neo4jStore(Store):
    """Facts in Neo4j 5 (Community or Enterprise), queried with Cypher.

    ``url`` is ``bolt://`` or ``neo4j://`` (``+s``/``+ssc`` for TLS), with optional credentials and
    ``?database=``. Credentials come from ``auth=``, else the URL, else ``$NEO4J_USER`` and
    ``$NEO4J_PASSWORD`` (none: a server without authentication). The constructor only stores the
    configuration; :meth:`open` connects and creates the constraints and indexes.

    ``timeout`` bounds each connection attempt (seconds); ``unwind_size`` is the number of rows each
    ``UNWIND`` statement of a write carries. ``tracer(text, params)`` is called with every
    Cypher statement the store runs.
    """

    query_language = "cypher"
    persistent = True

    def __init__(
        self,
        url: str = "bolt://localhost:7687",
        *,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
        timeout: float = 15.0,
        unwind_size: int = 5_000,
        vocabulary: Vocabulary | None = None,
        tracer: Callable[[str, dict[str, Any]], None] | None = None,
    ) -> None:
        self.uri, url_auth, url_database = parse_url(url)
        self.timeout = timeout
        self.unwind_size = unwind_size
        self._auth = auth or url_auth
        self.database = database or url_database
        self.vocabulary = vocabulary or Vocabulary.load()
        self.tracer = tracer
        self._driver: Any = None

    def __repr__(self) -> str:
        db = f", database={self.database!r}" if self.database else ""
        return f"Neo4jStore({self.uri!r}{db})"

    # -- lifecycle ------------------------------------------------------------------------------

    def open(self) -> None:
        if self._driver is not None:
            return
        import neo4j

        auth = self._auth
        if auth is None and os.environ.get("NEO4J_USER"):
            auth = (os.environ["NEO4J_USER"], os.environ.get("NEO4J_PASSWORD", ""))
        try:
            driver = neo4j.GraphDatabase.driver(
                self.uri, auth=auth, notifications_min_severity="OFF", connection_timeout=self.timeout,
                connection_acquisition_timeout=4 * self.timeout,
            )
        except (ValueError, neo4j.exceptions.ConfigurationError) as e:
            raise ConnectionFailed(f"invalid Neo4j URL {self.uri!r}: {e}") from e
        try:
            with self._errors("connecting to"):
                driver.verify_connectivity()
                with driver.session(database=self.database) as session:
                    for statement in _SCHEMA:
                        self._trace(statement, {})
                        session.run(statement).consume()
        except BaseException:
            driver.close()
            raise
        self._driver = driver

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    @property
    def driver(self) -> Any:
        """The ``neo4j.Driver`` (connected on first use)."""
        if self._driver is None:
            self.open()
        return self._driver

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn driver exceptions into kg-memory's."""
        from neo4j import exceptions as ex

        try:
            yield
        except ex.CypherSyntaxError as e:
            raise QueryError(f"invalid Cypher: {e.message}") from e
        except ex.AuthError as e:
            raise ConnectionFailed(f"Neo4j at {self.uri} refused the credentials: {e.message}") from e
        except (ex.ServiceUnavailable, ex.SessionExpired) as e:
            raise ConnectionFailed(f"cannot reach Neo4j at {self.uri} ({action} it): {e}") from e
        except ex.ClientError as e:
            if (e.code or "").startswith(("Neo.ClientError.Statement", "Neo.ClientError.Procedure")):
                raise QueryError(f"Cypher error: {e.message}") from e
            if (e.code or "").startswith("Neo.ClientError.Database.DatabaseNotFound"):
                raise ConnectionFailed(f"Neo4j at {self.uri} has no database {self.database!r}") from e
            raise StoreError(f"Neo4j rejected the request: {e.message}") from e
        except ex.Neo4jError as e:
            raise StoreError(f"Neo4j failed: {e.message}") from e
        except ex.DriverError as e:
            raise StoreError(f"Neo4j driver error while {action} {self.uri}: {e}") from e

    def _trace(self, text: str, params: dict[str, Any]) -> None:
        if self.tracer is not None:
            self.tracer(text, params)

    def _read(self, text: str, **params: Any) -> list[Any]:
        """Run a read statement and return its records."""
        self._trace(text, params)
        with self._errors("reading from"), self.driver.session(database=self.database) as session:
            return list(session.run(text, params))

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[_Tx]:
        """One explicit write transaction: committed when the block ends, rolled back on any error."""
        with self._errors("writing to"), self.driver.session(database=self.database) as session:
            tx = session.begin_transaction()
            try:
                yield _Tx(tx, self._trace)
                tx.commit()
            finally:
                if not tx.closed():
                    tx.rollback()

    # -- writing --------------------------------------------------------------------------------

    def add(
        self,
        facts: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        turns: Iterable[Turn] = (),
        functional: Iterable[str] = (),
    ) -> None:
        plan = _Plan(namespace, self.vocabulary, set(functional), size=self.unwind_size)
        fact_list = list(facts)
        for turn in turns:
            plan.add_turn(turn)
        for fact in fact_list:
            plan.register(fact)
        with self._transaction() as tx:
            _write_entities(tx, namespace, plan)  # locks the subjects before their facts are read
            _fetch(tx, plan)
            for fact in fact_list:
                plan.add_fact(fact)
            _write_plan(tx, namespace, plan)

    def forget(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        fact: str | None = None,
        entity: str | None = None,
        conversation: str | None = None,
        speaker: str | None = None,
        everything: bool = False,
    ) -> int:
        check_forget_selector(fact, entity, conversation, speaker, everything)
        ns = namespace
        with self._transaction() as tx:
            if everything:
                n = tx.value("MATCH (:Entity {namespace: $ns})-[r]->() RETURN count(r)", ns=ns)
                tx.run("MATCH (n:Entity {namespace: $ns}) DETACH DELETE n", ns=ns)
                tx.run("MATCH (n:Value {namespace: $ns}) DETACH DELETE n", ns=ns)
                tx.run("MATCH (n:Turn {namespace: $ns}) DELETE n", ns=ns)
                return n
            if fact is not None:
                n = tx.value(
                    "MATCH (:Entity {namespace: $ns})-[r {iri: $iri}]->() WITH collect(r) AS rs "
                    "FOREACH (r IN rs | DELETE r) RETURN size(rs)", ns=ns, iri=fact,
                )
                n = min(n, 1)
            elif entity is not None:
                record = tx.run(
                    "MATCH (e:Entity {key: $key}) OPTIONAL MATCH (e)-[r]-() "
                    "WITH e, collect(r) AS rs "
                    "WITH e, rs, size(rs) AS removed, "
                    "     reduce(acc = [], r IN rs | acc + coalesce(r.observations, [])) AS turns "
                    "DETACH DELETE e RETURN removed, turns", key=_key(ns, entity),
                )
                n, turn_iris = (record[0]["removed"], record[0]["turns"]) if record else (0, [])
                n += _remove_turns(tx, ns, sorted(set(turn_iris)))
            else:
                where = "conversation: $value" if conversation is not None else "speaker: $value"
                turn_iris = [r["iri"] for r in tx.run(
                    f"MATCH (t:Turn {{namespace: $ns, {where}}}) RETURN t.iri AS iri", ns=ns,
                    value=conversation if conversation is not None else speaker,
                )]
                n = _remove_turns(tx, ns, turn_iris)
            tx.run("MATCH (v:Value {namespace: $ns}) WHERE NOT (v)--() DELETE v", ns=ns)
            return n

    def update(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> None:
        """Run a Cypher write in one transaction (``$namespace`` is bound to the namespace)."""
        with self._transaction() as tx:
            tx.run(text, namespace=namespace, **params)

    # -- reading --------------------------------------------------------------------------------

    def query(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> QueryResult:
        """Run Cypher; ``params`` become ``$parameters`` and ``$namespace`` is bound to the namespace.

        Nodes and relationships come back as dicts of their properties (a relationship's dict also
        has ``type``), temporal values as ``datetime``/``date``.
        """
        params = {"namespace": namespace, **params}
        self._trace(text, params)
        with self._errors("querying"), self.driver.session(database=self.database) as session:
            result = session.run(text, params)
            columns = list(result.keys())
            rows = [tuple(_plain(v) for v in record.values()) for record in result]
        return QueryResult("table", columns, rows)

    def facts(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | Value | Entity | None = None,
        history: bool = False,
    ) -> Iterator[Fact]:
        params: dict[str, Any] = {"ns": namespace}
        where = ["r.predicate IS NOT NULL"]
        if subject is not None:
            match = "MATCH (s:Entity {key: $skey})-[r]->(o)"
            params["skey"] = _key(namespace, subject)
        elif object is not None:
            label = "Entity" if _is_iri(object) else "Value"
            match = f"MATCH (s:Entity)-[r]->(o:{label} {{key: $okey}})"
        else:
            match = "MATCH (s:Entity {namespace: $ns})-[r]->(o)"
        if object is not None:
            params["okey"] = _key(namespace, _object_key(object))
            if subject is not None:
                where.append("o.key = $okey")
        if predicate is not None:
            params["p"] = self.vocabulary.predicate_iri(predicate)
            where.append("r.predicate = $p")
        if not history:
            where.append("r.valid_to IS NULL")
        text = (f"{match} WHERE {' AND '.join(where)} RETURN {_ENTITY_MAP.format('s')} AS s, "
                f"properties(r) AS r, {_ENTITY_MAP.format('o')} AS o, o.datatype AS dt, o.lexical AS lex")
        records = self._read(text, **params)
        for start in range(0, len(records), _BATCH):
            chunk = records[start:start + _BATCH]
            turn_iris = {t for rec in chunk for t in rec["r"].get("observations") or ()}
            turns = self._turn_map(namespace, turn_iris)
            for rec in chunk:
                yield _fact(rec, turns)

    def _turn_map(self, namespace: str, turn_iris: Iterable[str]) -> dict[str, Turn]:
        keys = [_key(namespace, t) for t in turn_iris]
        if not keys:
            return {}
        rows = self._read("UNWIND $keys AS k MATCH (t:Turn {key: k}) RETURN properties(t) AS t", keys=keys)
        return {row["t"]["iri"]: _turn(row["t"]) for row in rows}

    def turns(self, *, namespace: str = DEFAULT_NAMESPACE, conversation: str | None = None) -> Iterator[Turn]:
        if conversation is None:
            rows = self._read("MATCH (t:Turn {namespace: $ns}) RETURN properties(t) AS t", ns=namespace)
        else:
            rows = self._read("MATCH (t:Turn {namespace: $ns, conversation: $c}) RETURN properties(t) AS t",
                              ns=namespace, c=conversation)
        yield from sorted((_turn(r["t"]) for r in rows), key=_turn_order)

    def entities(self, *, namespace: str = DEFAULT_NAMESPACE) -> Iterator[Entity]:
        rows = self._read(f"MATCH (e:Entity {{namespace: $ns}}) RETURN {_ENTITY_MAP.format('e')} AS e", ns=namespace)
        for row in rows:
            yield _entity(row["e"])

    def count(self, *, namespace: str = DEFAULT_NAMESPACE) -> int:
        return self._read(_COUNT, ns=namespace)[0][0]

    def stats(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Counts of current facts, closed facts, entities, literal values, turns and conversations."""
        row = self._read(
            "CALL { MATCH (s:Entity {namespace: $ns})-[r]->() RETURN count(CASE WHEN r.valid_to IS NULL THEN 1 END) AS facts, "
            "       count(r.valid_to) AS closed_facts } "
            "CALL { MATCH (e:Entity {namespace: $ns}) RETURN count(e) AS entities } "
            "CALL { MATCH (v:Value {namespace: $ns}) RETURN count(v) AS values } "
            "CALL { MATCH (t:Turn {namespace: $ns}) RETURN count(t) AS turns, count(DISTINCT t.conversation) AS conversations } "
            "RETURN facts, closed_facts, entities, values, turns, conversations", ns=namespace,
        )[0]
        return dict(row.items())

    def namespaces(self) -> list[str]:
        rows = self._read(
            "CALL { MATCH (n:Entity) RETURN DISTINCT n.namespace AS ns UNION "
            "MATCH (n:Turn) RETURN DISTINCT n.namespace AS ns } RETURN DISTINCT ns"
        )
        return sorted(r["ns"] for r in rows if r["ns"] is not None)


# -- Cypher statements --------------------------------------------------------------------------

_COUNT = "MATCH (:Entity {namespace: $ns})-[r]->() WHERE r.valid_to IS NULL RETURN count(r)"
_ENTITY_MAP = "{0} {{.iri, .name, .type, .aliases}}"
_REL_PROPERTIES = frozenset({"iri", "predicate", "confidence", "valid_from", "valid_to", "occurred_at", "observations"})
_CREATE_PROPERTIES = "{" + ", ".join(f"{k}: row.props.{k}" for k in sorted(_REL_PROPERTIES)) + "}"
_FETCH_RETURN = (
    "RETURN s.iri AS s, elementId(r) AS id, properties(r) AS r, labels(o) AS labels, o.key AS okey, "
    "o.iri AS oiri, o.datatype AS dt, o.lexical AS lex"
)


class _Tx:
    """A transaction that traces its statements and returns records."""

    def __init__(self, tx: Any, trace: Callable[[str, dict[str, Any]], None]) -> None:
        self._tx, self._trace = tx, trace

    def run(self, text: str, **params: Any) -> list[Any]:
        self._trace(text, params)
        return list(self._tx.run(text, params))

    def value(self, text: str, **params: Any) -> Any:
        return self.run(text, **params)[0][0]


def _remove_turns(tx: _Tx, ns: str, turn_iris: list[str]) -> int:
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
    tx.run("UNWIND $keys AS k MATCH (t:Turn {key: k}) DETACH DELETE t", keys=[_key(ns, t) for t in turn_iris])
    return n


def _fetch(tx: _Tx, plan: _Plan) -> None:
    """Load the stored relationships the batch's rules read: every fact (current or closed) of a
    functional (subject, predicate) pair, and the facts matching a batch fact's (subject, predicate,
    object) exactly. Each lookup starts from index seeks on the nodes' keys and expands only the
    predicate's relationship type."""
    records: list[Any] = []
    pairs: dict[str, list[dict[str, str]]] = {}
    for s, p in sorted(plan.pairs):
        pairs.setdefault(_label(relationship_type(p)), []).append({"s": s, "p": p})
    for type, rows in pairs.items():
        text = (f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}})-[r:{type}]->(o) USING INDEX s:Entity(key) "
                f"WHERE r.predicate = row.p ")
        for start in range(0, len(rows), plan.size):
            records += tx.run(text + _FETCH_RETURN, rows=rows[start:start + plan.size])
    exact: dict[tuple[str, str], list[dict[str, str]]] = {}
    for s, p, target, okey in sorted(plan.triples):
        if (s, p) not in plan.pairs:
            exact.setdefault((_label(relationship_type(p)), target), []).append({"s": s, "p": p, "o": okey})
    for (type, target), rows in exact.items():
        text = (f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}})-[r:{type}]->(o:{target}) USING INDEX s:Entity(key) "
                f"WHERE r.predicate = row.p AND o.key = row.o ")
        for start in range(0, len(rows), plan.size):
            records += tx.run(text + _FETCH_RETURN, rows=rows[start:start + plan.size])
    plan.load(records)


def _write_entities(tx: _Tx, ns: str, plan: _Plan) -> None:
    rows, size = list(plan.entities.values()), plan.size
    for start in range(0, len(rows), size):
        tx.run(
            "UNWIND $rows AS row MERGE (e:Entity {key: row.key}) "
            "ON CREATE SET e.iri = row.iri, e.namespace = $ns, e.name = row.name, e.type = row.type, e.aliases = [] "
            "WITH e, row SET e.aliases = e.aliases + [a IN row.names WHERE a <> e.name AND NOT a IN e.aliases]",
            rows=rows[start:start + size], ns=ns,
        )
    by_type: dict[str, list[str]] = {}
    for row in rows:
        for type in row["types"]:
            by_type.setdefault(type, []).append(row["key"])
    for type, keys in by_type.items():
        label = _label(type)
        for start in range(0, len(keys), size):
            tx.run(f"UNWIND $keys AS k MATCH (e:Entity {{key: k}}) SET e:{label}", keys=keys[start:start + size])


def _write_plan(tx: _Tx, ns: str, plan: _Plan) -> None:
    def chunks(rows: list[Any]) -> Iterator[list[Any]]:
        for start in range(0, len(rows), plan.size):
            yield rows[start:start + plan.size]

    for rows in chunks(list(plan.values.values())):
        tx.run("UNWIND $rows AS row MERGE (v:Value {key: row.key}) ON CREATE SET v.namespace = $ns, "
               "v.datatype = row.datatype, v.lexical = row.lexical, v.value = row.value", rows=rows, ns=ns)
    for rows in chunks(list(plan.turns.values())):
        tx.run(
            "UNWIND $rows AS row MERGE (t:Turn {key: row.key}) "
            "ON CREATE SET t.iri = row.iri, t.namespace = $ns, t.conversation = row.conversation, t.turn = row.turn "
            "SET t.speaker = coalesce(row.speaker, t.speaker), t.text = coalesce(row.text, t.text), "
            "    t.time = coalesce(row.time, t.time)", rows=rows, ns=ns)
    for rows in chunks(list(plan.source_turns.values())):
        tx.run(
            "UNWIND $rows AS row MERGE (t:Turn {key: row.key}) "
            "ON CREATE SET t.iri = row.iri, t.namespace = $ns, t.conversation = row.conversation, t.turn = row.turn, "
            "    t.speaker = row.speaker, t.time = row.time", rows=rows, ns=ns)
    for rows in chunks([r.id for r in plan.deleted]):
        tx.run("UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", ids=rows)
    changed = [{"id": r.id, "props": r.props} for r in plan.rels if r.id is not None and r.changed]
    for rows in chunks(changed):
        tx.run("UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r = row.props", rows=rows)
    groups: dict[tuple[str, str, bool], list[dict[str, Any]]] = {}
    for rel in plan.rels:
        if rel.id is None:
            known = rel.props.keys() <= _REL_PROPERTIES
            props = {k: rel.props.get(k) for k in _REL_PROPERTIES} if known else rel.props
            groups.setdefault((rel.type, rel.target, known), []).append({"s": _key(ns, rel.s), "o": rel.okey, "props": props})
    for (type, target, known), all_rows in groups.items():
        # properties named in the pattern (a null one is not stored) let Neo4j stream the rows; a
        # map SET needs an Eager, so it serves only relationships with other properties
        text = (f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}}) MATCH (o:{target} {{key: row.o}}) "
                + (f"CREATE (s)-[r:{_label(type)} {_CREATE_PROPERTIES}]->(o)" if known
                   else f"CREATE (s)-[r:{_label(type)}]->(o) SET r = row.props"))
        for rows in chunks(all_rows):
            tx.run(text, rows=rows)


# -- planning a batch ---------------------------------------------------------------------------


@dataclass(eq=False)
class _Rel:
    """A fact relationship as the batch will leave it."""

    s: str
    p: str
    o: str  # the object as an RDF term (N-Triples), as in fact IRIs
    target: str  # "Entity" or "Value"
    okey: str
    props: dict[str, Any]
    id: str | None = None  # elementId of a stored relationship
    changed: bool = False

    @property
    def type(self) -> str:
        return relationship_type(self.p)


@dataclass
class _Plan:
    """The writes of one ``add`` batch, computed in order against the facts it touches."""

    namespace: str
    vocabulary: Vocabulary
    functional: set[str]
    size: int = _BATCH  # rows per UNWIND
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    turns: dict[str, dict[str, Any]] = field(default_factory=dict)
    source_turns: dict[str, dict[str, Any]] = field(default_factory=dict)
    pairs: set[tuple[str, str]] = field(default_factory=set)  # (subject key, predicate) of functional facts
    triples: set[tuple[str, str, str, str]] = field(default_factory=set)  # (subject key, predicate, target, object key)
    rels: list[_Rel] = field(default_factory=list)
    deleted: list[_Rel] = field(default_factory=list)
    current: dict[tuple[str, str, str], _Rel] = field(default_factory=dict)
    by_subject: dict[tuple[str, str], dict[str, _Rel]] = field(default_factory=dict)
    closed: dict[str, _Rel] = field(default_factory=dict)

    # entities, values and turns (registered before the transaction starts)
    def _entity(self, entity: Entity) -> str:
        if entity.iri is None:
            raise ValueError(f"entity {entity.label!r} has no IRI: resolve it before storing")
        key = _key(self.namespace, entity.iri)
        row = self.entities.get(key)
        type = self.vocabulary.class_iri(entity.type or "Thing")[len(KGM):]
        if row is None:
            row = self.entities[key] = {"key": key, "iri": entity.iri, "name": entity.label, "type": type,
                                        "names": [], "types": []}
        for name in (entity.label, *entity.aliases):
            if name not in row["names"]:
                row["names"].append(name)
        if type not in row["types"]:
            row["types"].append(type)
        return entity.iri

    def _object(self, obj: Entity | Value) -> tuple[str, str, str]:
        """(RDF term, target label, node key) of a fact's object."""
        if isinstance(obj, Entity):
            iri = self._entity(obj)
            return str(ox.NamedNode(iri)), "Entity", _key(self.namespace, iri)
        literal = _literal(obj)
        term = str(literal)
        key = _key(self.namespace, term)
        if key not in self.values:
            self.values[key] = {"key": key, "datatype": literal.datatype.value, "lexical": literal.value,
                                "value": _native(to_python(literal))}
        return term, "Value", key

    def register(self, fact: Fact) -> None:
        skey = _key(self.namespace, self._entity(fact.subject))
        p = self.vocabulary.predicate_iri(fact.predicate)
        _, target, okey = self._object(fact.object)
        if p in self.functional:
            self.pairs.add((skey, p))
        self.triples.add((skey, p, target, okey))
        for source in fact.sources:
            self._observe_turn(source)

    def add_turn(self, turn: Turn) -> None:
        iri = ids.turn_iri(turn.conversation, turn.turn)
        self.turns[iri] = {"key": _key(self.namespace, iri), "iri": iri, "conversation": turn.conversation,
                           "turn": str(turn.turn), "speaker": turn.speaker or None, "text": turn.text or None,
                           "time": turn.time}

    def _observe_turn(self, source: Provenance) -> str | None:
        if source.conversation is None or source.turn is None:
            return None
        iri = ids.turn_iri(source.conversation, source.turn)
        if iri not in self.turns and iri not in self.source_turns:
            self.source_turns[iri] = {"key": _key(self.namespace, iri), "iri": iri, "conversation": source.conversation,
                                      "turn": str(source.turn), "speaker": source.speaker or None, "time": source.time}
        return iri

    # the stored facts the batch touches
    def load(self, records: list[Any]) -> None:
        seen: set[str] = set()
        for rec in records:
            if rec["id"] in seen:
                continue
            seen.add(rec["id"])
            labels = rec["labels"]
            if "Value" in labels:
                term, target = str(to_literal(rec["lex"], rec["dt"])), "Value"
            else:
                term, target = str(ox.NamedNode(rec["oiri"])), "Entity"
            props = {k: _native(v) for k, v in rec["r"].items()}
            rel = _Rel(rec["s"], props["predicate"], term, target, rec["okey"], props, id=rec["id"])
            self.rels.append(rel)
            if props.get("valid_to") is None:
                self._set_current(rel)
            else:
                self.closed[props["iri"]] = rel

    def _set_current(self, rel: _Rel) -> None:
        self.current[(rel.s, rel.p, rel.o)] = rel
        self.by_subject.setdefault((rel.s, rel.p), {})[rel.o] = rel

    def _unset_current(self, rel: _Rel) -> None:
        self.current.pop((rel.s, rel.p, rel.o), None)
        self.by_subject.get((rel.s, rel.p), {}).pop(rel.o, None)

    # the rules of RdfStore's batch, in order
    def add_fact(self, fact: Fact) -> None:
        s = fact.subject.iri
        assert s is not None
        p = self.vocabulary.predicate_iri(fact.predicate)
        o, target, okey = self._object(fact.object)
        start = fact.valid_from or (fact.source.time if fact.source else None)
        observations = [t for t in (self._observe_turn(src) for src in fact.sources) if t is not None]
        if fact.valid_to is not None:
            iri = ids.fact_iri(s, p, o, (start or fact.valid_to).isoformat())
            rel = self.closed.get(iri)
            if rel is None:
                rel = self._new(s, p, o, target, okey, iri, fact, start)
                self.closed[iri] = rel
            else:
                rel.props.update(_drop_none({"confidence": round(fact.confidence, 4), "valid_from": start,
                                             "occurred_at": fact.occurred_at}))
            rel.props["valid_to"] = fact.valid_to
            _observe(rel, observations)
            return
        if p in self.functional:
            for other in list(self.by_subject.get((s, p), {}).values()):
                if other.o != o:
                    self._close(other, start or datetime.now(timezone.utc))
        rel = self.current.get((s, p, o))
        if rel is not None:
            if float(rel.props.get("confidence", 0.0)) < fact.confidence:
                rel.props["confidence"] = round(fact.confidence, 4)
                rel.changed = True
            _observe(rel, observations)
            return
        rel = self._new(s, p, o, target, okey, ids.fact_iri(s, p, o), fact, start)
        _observe(rel, observations)
        self._set_current(rel)

    def _new(self, s: str, p: str, o: str, target: str, okey: str, iri: str, fact: Fact, start: datetime | None) -> _Rel:
        props = _drop_none({"iri": iri, "predicate": p, "confidence": round(fact.confidence, 4), "valid_from": start,
                            "occurred_at": fact.occurred_at})
        props["observations"] = []
        rel = _Rel(s, p, o, target, okey, props, changed=True)
        self.rels.append(rel)
        return rel

    def _close(self, rel: _Rel, when: datetime) -> None:
        """End a current fact's validity: it keeps its relationship, under its history IRI."""
        self._unset_current(rel)
        start = rel.props.get("valid_from")
        iri = ids.fact_iri(rel.s, rel.p, rel.o, (start or when).isoformat())
        other = self.closed.get(iri)
        if other is not None and other is not rel:  # the same history fact is stored already: merge
            _observe(other, rel.props.get("observations") or [])
            self.rels.remove(rel)
            if rel.id is not None:
                self.deleted.append(rel)
            return
        rel.props.update({"iri": iri, "valid_to": when})
        rel.changed = True
        self.closed[iri] = rel


def _observe(rel: _Rel, observations: list[str]) -> None:
    seen = rel.props.setdefault("observations", [])
    for t in observations:
        if t not in seen:
            seen.append(t)
            rel.changed = True


def _drop_none(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None}


# -- conversions --------------------------------------------------------------------------------


def _is_iri(value: Any) -> bool:
    if isinstance(value, Entity):
        return True
    return isinstance(value, str) and value.startswith(("http://", "https://", "urn:")) and " " not in value


def _literal(value: Any) -> ox.Literal:
    return value if isinstance(value, ox.Literal) else to_literal(value)


def _object_key(value: Any) -> str:
    """The node key (less the namespace) of a fact object: an entity's IRI, or a literal's RDF form."""
    if isinstance(value, Entity):
        if value.iri is None:
            raise ValueError(f"entity {value.label!r} has no IRI yet")
        return value.iri
    if _is_iri(value):
        return value
    return str(_literal(value))


def _native(value: Any) -> Any:
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


def _plain(value: Any) -> Any:
    """A Cypher result value as plain Python: nodes and relationships become dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return _native(value)


def _entity(row: dict[str, Any]) -> Entity:
    return Entity(row["name"] or "", row.get("type") or "Thing", row["iri"], tuple(sorted(row.get("aliases") or ())))


def _turn(props: dict[str, Any]) -> Turn:
    time = props.get("time")
    return Turn(props.get("conversation") or "", str(props.get("turn") or ""), props.get("speaker") or "",
                props.get("text") or "", _native(time) if time is not None else None)


def _turn_order(turn: Turn) -> tuple[str, int, str]:
    return (turn.conversation, int(turn.turn) if str(turn.turn).isdigit() else 0, str(turn.turn))


def _provenance_order(p: Provenance) -> tuple[bool, datetime, str]:
    return (p.time is None, p.time or datetime.min.replace(tzinfo=timezone.utc), p.turn or "")


def _fact(rec: Any, turns: dict[str, Turn]) -> Fact:
    r = {k: _native(v) for k, v in rec["r"].items()}
    o = rec["o"]
    obj: Entity | Value = (
        to_python(to_literal(rec["lex"], rec["dt"])) if rec["dt"] is not None else _entity(o)
    )
    sources = tuple(sorted(
        (Provenance(t.conversation, t.turn, t.speaker or None, t.time)
         for t in (turns.get(i) for i in r.get("observations") or ()) if t is not None),
        key=_provenance_order,
    ))
    p = r["predicate"]
    occurred = r.get("occurred_at")
    return Fact(
        _entity(rec["s"]),
        p[len(KGM):] if p.startswith(KGM) else p,
        obj,
        confidence=float(r.get("confidence", 1.0)),
        sources=sources,
        valid_from=r.get("valid_from"),
        valid_to=r.get("valid_to"),
        occurred_at=occurred if isinstance(occurred, (date, datetime)) else None,
        iri=r.get("iri"),
    )
