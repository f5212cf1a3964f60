"""The Neo4j store: the memory as a property graph, queried with Cypher.

Layout (every node carries ``namespace``; ``key`` is ``namespace + " " + iri``, unique per label)::

    (:Entity:Person {key, iri, name, type, aliases: [..], namespace})   # + name_en, name_zh: see below
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
* An entity named in English and in Chinese (``北京`` / ``Beijing``, :mod:`kg_memory.crosslang`) has a
  label per language: ``name_en``, ``name_zh`` (the RDF store's ``skos:prefLabel "北京"@zh``).
* Each relationship type has an index on ``iri`` (``kgm_fact_iri_<type>``), so a fact is found by its IRI
  without a scan; one ``(:KgmCounts {namespace, ...})`` node per namespace holds the counts that
  :meth:`Neo4jStore.stats` returns (:mod:`._cypher_counts`).

Writes go through one explicit transaction per :meth:`Neo4jStore.add`: one read of the entities the
batch names (and of the stored facts its rules touch), the plan in Python (the rules of
:mod:`kg_memory.stores.write_plan`), then nodes and relationships with ``UNWIND`` statements
(:mod:`._cypher_batch`). Every value is a query parameter; the only text put into
Cypher is a label or relationship type that passed :data:`SAFE_IDENTIFIER`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import ConnectionFailed, QueryError, StoreError
from ..results import QueryResult
from ..types import Entity, Fact, Turn, Value
from ..vocab import Vocabulary
from ._cypher import (
    BATCH,
    ENTITY_MAP,
    OTHER_PREDICATE,
    RELATIONSHIP_TYPES,
    SAFE_IDENTIFIER,
    SCHEMA,
    Tx,
    entity_of,
    erase_entity,
    fact_index,
    fact_of,
    find_facts,
    is_iri,
    node_key,
    object_key,
    plain,
    relationship_type,
    remove_turns,
    turn_of,
)
from ._cypher_batch import Batch, write_batch
from ._cypher_counts import CHECK, FRESH, Delta, apply, forget_counts, recount, recount_all, stats_of
from ._forget import Erasure
from .base import DEFAULT_NAMESPACE, Store, turn_order
from .write_plan import stored_facts

__all__ = ["OTHER_PREDICATE", "SAFE_IDENTIFIER", "Neo4jStore", "parse_url", "relationship_type"]

logger = logging.getLogger(__name__)

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
        super().__init__(vocabulary=vocabulary)
        self.uri, url_auth, url_database = parse_url(url)
        self.timeout = timeout
        self.unwind_size = unwind_size
        self._auth = auth or url_auth
        self.database = database or url_database
        self.tracer = tracer
        self._driver: Any = None
        self._indexed: set[str] = set()  # relationship types whose IRI index this store made sure of
        self._counted: set[str] = set()  # namespaces this store saw counts for (no FRESH check)

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
                    for statement in SCHEMA:
                        self._trace(statement, {})
                        session.run(statement).consume()
                    self._index_types(session, session.run(RELATIONSHIP_TYPES).single(strict=True)[0])
        except BaseException:
            driver.close()
            raise
        self._driver = driver

    def _index_types(self, session: Any, types: Iterable[str]) -> None:
        """Make sure each relationship type has its IRI index (:func:`._cypher.fact_index`), before a
        transaction writes facts of a new type (a schema change runs in a transaction of its own)."""
        new = sorted(t for t in set(types) - self._indexed if SAFE_IDENTIFIER.match(t))
        for type in new:
            statement = fact_index(type)
            self._trace(statement, {})
            session.run(statement).consume()
        if new:
            session.run("CALL db.awaitIndexes(300)").consume()
        self._indexed.update(new)

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
    def _transaction(self) -> Iterator[Tx]:
        """One explicit write transaction: committed when the block ends, rolled back on any error."""
        with self._errors("writing to"), self.driver.session(database=self.database) as session:
            tx = session.begin_transaction()
            try:
                yield Tx(tx, self._trace)
                tx.commit()
            finally:
                if not tx.closed():
                    tx.rollback()

    # -- writing --------------------------------------------------------------------------------

    def _batch(self, namespace: str, facts: Iterable[Fact], turns: Iterable[Turn], functional: set[str]) -> Batch:
        batch = Batch(namespace, self.vocabulary, functional, size=self.unwind_size)
        for turn in turns:
            batch.add_turn(turn)
        for fact in facts:
            batch.register(fact)
        return batch

    def add(
        self,
        facts: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        turns: Iterable[Turn] = (),
        functional: Iterable[str] = (),
    ) -> list[Fact]:
        batch = self._batch(namespace, facts, turns, set(functional))
        self._write(batch)
        return stored_facts([fact for fact, _, _ in batch.items], batch.records)

    def _write(self, batch: Batch, before: Callable[[Tx, Delta], None] | None = None,
               after: Callable[[Tx], None] | None = None) -> None:
        """Write a batch in one transaction (``before``, which counts the facts it deletes in its
        :class:`Delta`, and ``after`` run in it too), and its counts. A batch that lost a race to create
        an entity with another writer (a deadlock on the key, or the key taken after the read) is
        rolled back and written again."""
        from neo4j.exceptions import ConstraintError, TransientError

        if batch.types() - self._indexed:
            with self._errors("writing to"), self.driver.session(database=self.database) as session:
                self._index_types(session, batch.types())
        for attempt in range(3):
            try:
                with self._transaction() as tx:
                    fresh = batch.namespace not in self._counted and tx.value(FRESH, ns=batch.namespace)
                    removed = Delta()
                    if before is not None:
                        before(tx, removed)
                    write_batch(tx, batch)
                    if after is not None:
                        after(tx)
                    delta = batch.delta
                    delta.facts += removed.facts
                    delta.closed_facts += removed.closed_facts
                    apply(tx, batch.namespace, delta, fresh)
                self._counted.add(batch.namespace)
                return
            except StoreError as e:
                if attempt == 2 or not isinstance(e.__cause__, (ConstraintError, TransientError)):
                    raise
                logger.debug("Neo4j batch retried after a concurrent write: %s", e)

    def replace(
        self,
        remove: Iterable[str],
        add: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        drop_aliases: Iterable[tuple[str, str]] = (),
        entities: Iterable[Entity] = (),
    ) -> None:
        batch = self._batch(namespace, add, (), set())
        for kept in entities:
            batch.add_entity(kept)
        removed, dropped = list(remove), list(drop_aliases)

        def before(tx: Tx, delta: Delta) -> None:
            self._delete_facts(tx, namespace, removed, delta)

        def after(tx: Tx) -> None:
            for entity, alias in dropped:
                self._drop_alias(tx, namespace, entity, alias)

        self._write(batch, before, after)

    @staticmethod
    def _delete_facts(tx: Tx, ns: str, iris: list[str], delta: Delta) -> int:
        """Delete facts by IRI (each found on its type's IRI index); returns how many of the IRIs were
        stored, and counts the facts deleted in ``delta``."""
        if not iris:
            return 0
        text = find_facts(tx.value(RELATIONSHIP_TYPES), "WITH DISTINCT r WITH r, r.iri AS iri, "
                          "r.valid_to IS NULL AS current DELETE r RETURN collect([iri, current])")
        if text is None:
            return 0
        deleted = tx.value(text, ns=ns, iris=iris)
        for _, current in deleted:
            delta.fact(current, -1)
        return len({iri for iri, _ in deleted})

    @staticmethod
    def _drop_alias(tx: Tx, ns: str, entity: str, alias: str) -> None:
        tx.run("MATCH (e:Entity {key: $key}) SET e.aliases = [a IN coalesce(e.aliases, []) WHERE a <> $alias], "
               "e.name_en = CASE WHEN e.name_en = $alias THEN null ELSE e.name_en END, "
               "e.name_zh = CASE WHEN e.name_zh = $alias THEN null ELSE e.name_zh END",
               key=node_key(ns, entity), alias=alias)

    def remove_alias(self, entity: str, alias: str, *, namespace: str = DEFAULT_NAMESPACE) -> None:
        with self._transaction() as tx:
            self._drop_alias(tx, namespace, entity, alias)

    def pin(self, items: Iterable[str], *, pinned: bool = True, namespace: str = DEFAULT_NAMESPACE) -> int:
        iris = list(dict.fromkeys(items))
        value = True if pinned else None  # SET to null removes the property
        with self._transaction() as tx:
            text = find_facts(tx.value(RELATIONSHIP_TYPES), "SET r.pinned = $v RETURN count(DISTINCT r.iri)")
            n = tx.value(text, ns=namespace, iris=iris, v=value) if text is not None else 0
            n += tx.value("UNWIND $keys AS k MATCH (t:Turn {key: k}) SET t.pinned = $v RETURN count(t)",
                          keys=[node_key(namespace, i) for i in iris], v=value)
            return int(n)

    def pinned(self, *, namespace: str = DEFAULT_NAMESPACE) -> set[str]:
        rows = self._read("MATCH (:Entity {namespace: $ns})-[r]->() WHERE r.pinned RETURN r.iri AS iri "
                          "UNION MATCH (t:Turn {namespace: $ns}) WHERE t.pinned RETURN t.iri AS iri", ns=namespace)
        return {row["iri"] for row in rows if row["iri"]}

    def strip_turns(self, turns: Iterable[str], *, namespace: str = DEFAULT_NAMESPACE) -> int:
        iris = list(dict.fromkeys(turns))
        if not iris:
            return 0
        with self._transaction() as tx:
            cited = tx.value("MATCH (:Entity {namespace: $ns})-[r]->() UNWIND coalesce(r.observations, []) AS t "
                             "WITH DISTINCT t WHERE t IN $iris RETURN collect(t)", ns=namespace, iris=iris)
            keep = set(cited or ())
            n = tx.value("UNWIND $keys AS k MATCH (t:Turn {key: k}) SET t.text = null RETURN count(t)",
                         keys=[node_key(namespace, i) for i in iris if i in keep])
            n += tx.value("UNWIND $keys AS k MATCH (t:Turn {key: k}) DETACH DELETE t RETURN count(*)",
                          keys=[node_key(namespace, i) for i in iris if i not in keep])
            recount(tx, namespace)
            return int(n)

    def _forget_everything(self, namespace: str) -> int:
        with self._transaction() as tx:
            n = tx.value("MATCH (:Entity {namespace: $ns})-[r]->() RETURN count(r)", ns=namespace)
            tx.run("MATCH (n:Entity {namespace: $ns}) DETACH DELETE n", ns=namespace)
            tx.run("MATCH (n:Value {namespace: $ns}) DETACH DELETE n", ns=namespace)
            tx.run("MATCH (n:Turn {namespace: $ns}) DELETE n", ns=namespace)
            recount(tx, namespace)
            return int(n)

    def _forget_fact(self, namespace: str, fact: str) -> int:
        with self._transaction() as tx:
            delta = Delta()
            n = self._delete_facts(tx, namespace, [fact], delta)
            self._drop_values(tx, namespace)
            apply(tx, namespace, delta)
            return n

    def _forget_entity(self, namespace: str, erasure: Erasure) -> int:
        with self._transaction() as tx:
            erase_entity(tx, namespace, erasure)
            self._drop_values(tx, namespace)
            recount(tx, namespace)
        return len(erasure.facts)

    def _forget_turns(self, namespace: str, *, conversation: str | None, speaker: str | None) -> int:
        with self._transaction() as tx:
            where = "conversation: $value" if conversation is not None else "speaker: $value"
            turn_iris = [r["iri"] for r in tx.run(
                f"MATCH (t:Turn {{namespace: $ns, {where}}}) RETURN t.iri AS iri", ns=namespace,
                value=conversation if conversation is not None else speaker,
            )]
            n = remove_turns(tx, namespace, turn_iris)
            self._drop_values(tx, namespace)
            recount(tx, namespace)
            return n

    @staticmethod
    def _drop_values(tx: Tx, ns: str) -> None:
        tx.run("MATCH (v:Value {namespace: $ns}) WHERE NOT (v)--() DELETE v", ns=ns)

    def update(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> None:
        """Run a Cypher write in one transaction (``$namespace`` is bound to the namespace). The store
        cannot follow what it changes: the next :meth:`stats` counts again."""
        with self._transaction() as tx:
            tx.run(text, namespace=namespace, **params)
            forget_counts(tx)

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
            rows = [tuple(plain(v) for v in record.values()) for record in result]
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
            params["skey"] = node_key(namespace, subject)
        elif object is not None:
            label = "Entity" if is_iri(object) else "Value"
            match = f"MATCH (s:Entity)-[r]->(o:{label} {{key: $okey}})"
        else:
            match = "MATCH (s:Entity {namespace: $ns})-[r]->(o)"
        if object is not None:
            params["okey"] = node_key(namespace, object_key(object))
            if subject is not None:
                where.append("o.key = $okey")
        if predicate is not None:
            params["p"] = self.vocabulary.predicate_iri(predicate)
            where.append("r.predicate = $p")
        if not history:
            where.append("r.valid_to IS NULL")
        text = (f"{match} WHERE {' AND '.join(where)} RETURN {ENTITY_MAP.format('s')} AS s, "
                f"properties(r) AS r, {ENTITY_MAP.format('o')} AS o, o.datatype AS dt, o.lexical AS lex")
        records = self._read(text, **params)
        for start in range(0, len(records), BATCH):
            chunk = records[start:start + BATCH]
            turn_iris = {t for rec in chunk for t in rec["r"].get("observations") or ()}
            turns = self._turn_map(namespace, turn_iris)
            for rec in chunk:
                yield fact_of(rec, turns)

    def fact(self, iri: str, *, namespace: str = DEFAULT_NAMESPACE) -> Fact | None:
        text = find_facts(self._read(RELATIONSHIP_TYPES)[0][0], (
            f"MATCH (s)-[r]->(o) WHERE r.predicate IS NOT NULL RETURN {ENTITY_MAP.format('s')} AS s, "
            f"properties(r) AS r, {ENTITY_MAP.format('o')} AS o, o.datatype AS dt, o.lexical AS lex LIMIT 1"))
        records = self._read(text, ns=namespace, iris=[iri]) if text is not None else []
        if not records:
            return None
        turns = self._turn_map(namespace, records[0]["r"].get("observations") or ())
        return fact_of(records[0], turns)

    def _turn_map(self, namespace: str, turn_iris: Iterable[str]) -> dict[str, Turn]:
        keys = [node_key(namespace, t) for t in turn_iris]
        if not keys:
            return {}
        rows = self._read("UNWIND $keys AS k MATCH (t:Turn {key: k}) RETURN properties(t) AS t", keys=keys)
        return {row["t"]["iri"]: turn_of(row["t"]) for row in rows}

    def turns(self, *, namespace: str = DEFAULT_NAMESPACE, conversation: str | None = None) -> Iterator[Turn]:
        if conversation is None:
            rows = self._read("MATCH (t:Turn {namespace: $ns}) RETURN properties(t) AS t", ns=namespace)
        else:
            rows = self._read("MATCH (t:Turn {namespace: $ns, conversation: $c}) RETURN properties(t) AS t",
                              ns=namespace, c=conversation)
        yield from sorted((turn_of(r["t"]) for r in rows), key=turn_order)

    def entities(self, *, namespace: str = DEFAULT_NAMESPACE) -> Iterator[Entity]:
        rows = self._read(f"MATCH (e:Entity {{namespace: $ns}}) RETURN {ENTITY_MAP.format('e')} AS e", ns=namespace)
        for row in rows:
            yield entity_of(row["e"])

    def count(self, *, namespace: str = DEFAULT_NAMESPACE) -> int:
        return self.stats(namespace=namespace)["facts"]

    def stats(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Counts of current facts, closed facts, entities, turns and conversations: kept by the writes
        (:mod:`._cypher_counts`), checked against Neo4j's count store, and counted again (reading every
        namespace once) where a write the store could not follow left them wrong."""
        [row] = self._read(CHECK, ns=namespace)
        if not row["valid"]:
            with self._transaction() as tx:
                recount_all(tx)
            [row] = self._read(CHECK, ns=namespace)
        return stats_of(row["counts"])

    def recount(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Count the namespace again from its data and keep those counts (reads all of the namespace)."""
        with self._transaction() as tx:
            return recount(tx, namespace)

    def namespaces(self) -> list[str]:
        rows = self._read(
            "CALL { MATCH (n:Entity) RETURN DISTINCT n.namespace AS ns UNION "
            "MATCH (n:Turn) RETURN DISTINCT n.namespace AS ns } RETURN DISTINCT ns"
        )
        return sorted(r["ns"] for r in rows if r["ns"] is not None)


