"""The embedded RDF store: Oxigraph (pyoxigraph) in memory or persistent in a directory.

Layout of a namespace's graph (the ``default`` namespace is the RDF default graph, any other is the
named graph ``kg_memory.ids.graph_iri(ns)``)::

    ent:person.alice  :livesIn  ent:place.paris .              # a current fact, a plain triple
    ent:person.alice  a :Person ; rdfs:label "Alice" ; skos:altLabel "Ally" .
    <fact/..>  a :Fact ; rdf:subject .. ; rdf:predicate .. ; rdf:object .. ;
               :confidence 0.9 ; :validFrom ".."^^xsd:dateTime ; :validTo .. ; :observation <turn/..> .
    <turn/c1/3>  a :Turn ; :conversation <conversation/c1> ; :turnId "3" ; :speaker "Alice" ;
               :text ".." ; prov:generatedAtTime ".."^^xsd:dateTime .

A closed fact (one replaced by a newer value) keeps only its statement node, with ``:validTo``; plain
triple patterns therefore see current facts only.

A store directory holds ``kgmem.json`` (the marker), ``oxigraph/`` (the database) and ``journal/``
(bulk loads in flight: a crash is completed at the next open, so a load is all or nothing).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from .. import ids
from ..errors import NotAStoreError, ParseError, QueryError, StoreError, StoreLockedError
from ..results import QueryResult
from ..terms import to_literal, to_python, to_rdflib
from ..types import Entity, Fact, Provenance, Turn, Value
from ..vocab import KGM, PREFIXES, PROV, RDF, RDFS, SKOS, Vocabulary
from .base import DEFAULT_NAMESPACE, Store, check_forget_selector

__all__ = ["RDF_FORMATS", "RdfStore"]

logger = logging.getLogger(__name__)

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
_MARKER = "kgmem.json"
_FORMAT_VERSION = 1
_CHUNK = 64 * 1024 * 1024

_N = ox.NamedNode
A = _N(RDF + "type")
LABEL = _N(RDFS + "label")
ALT = _N(SKOS + "altLabel")
R_SUBJECT, R_PREDICATE, R_OBJECT = _N(RDF + "subject"), _N(RDF + "predicate"), _N(RDF + "object")
FACT, TURN, CONVERSATION = _N(KGM + "Fact"), _N(KGM + "Turn"), _N(KGM + "Conversation")
CONFIDENCE, VALID_FROM, VALID_TO = _N(KGM + "confidence"), _N(KGM + "validFrom"), _N(KGM + "validTo")
OCCURRED, OBSERVATION = _N(KGM + "occurredAt"), _N(KGM + "observation")
IN_CONV, TURN_ID, SPEAKER, TEXT = _N(KGM + "conversation"), _N(KGM + "turnId"), _N(KGM + "speaker"), _N(KGM + "text")
GENERATED = _N(PROV + "generatedAtTime")
_ENTITY_META = {A, LABEL, ALT}
_INTERNAL = (ids.BASE + "fact/", ids.BASE + "turn/", ids.BASE + "conversation/")


def _graph(namespace: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.DefaultGraph() if namespace == DEFAULT_NAMESPACE else _N(ids.graph_iri(namespace))


def _is_internal(term: Any) -> bool:
    return isinstance(term, ox.NamedNode) and term.value.startswith(_INTERNAL)


class RdfStore(Store):
    """Facts in an Oxigraph RDF database, queried with SPARQL.

    ``RdfStore()`` keeps everything in memory; ``RdfStore("path/to/dir")`` persists to a directory
    (created on first open). Only one process at a time may open a directory; threads of that
    process share it, and each query sees a consistent snapshot.

    Examples
    --------
    >>> from kg_memory.types import Entity, Fact
    >>> with RdfStore() as store:
    ...     alice = Entity("Alice", "Person", iri="https://w3id.org/kg-memory/id/person.alice")
    ...     store.add([Fact(alice, "age", 30)])
    ...     [f.object for f in store.facts(subject=alice.iri)]
    [30]
    """

    query_language = "sparql"
    rdf_native = True

    def __init__(self, path: str | os.PathLike[str] | None = None, *, vocabulary: Vocabulary | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.persistent = path is not None
        self.vocabulary = vocabulary or Vocabulary.load()
        self._db: ox.Store | None = None

    def __repr__(self) -> str:
        return f"RdfStore({str(self.path)!r})" if self.path else "RdfStore()"

    # -- lifecycle ------------------------------------------------------------------------------

    def open(self) -> None:
        if self._db is not None:
            return
        if self.path is None:
            self._db = ox.Store()
            return
        self._check_directory()
        try:
            self._db = ox.Store(str(self.path / "oxigraph"))
        except OSError as e:
            text = str(e)
            if "lock" in text.lower():
                raise StoreLockedError(
                    f"{self.path} is in use by another process (only one process can open a store for "
                    f"writing; use `kgmem serve` to share it)"
                ) from e
            raise StoreError(f"cannot open the store at {self.path}: {text}") from e
        self._recover()

    def close(self) -> None:
        if self._db is not None and self.path is not None:
            self._db.flush()
        self._db = None

    @property
    def db(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (opened on first use)."""
        if self._db is None:
            self.open()
        assert self._db is not None
        return self._db

    def _check_directory(self) -> None:
        assert self.path is not None
        marker = self.path / _MARKER
        if self.path.exists() and not self.path.is_dir():
            raise NotAStoreError(f"{self.path} is a file, not a kg-memory store directory")
        if self.path.is_dir():
            try:
                entries = [p.name for p in self.path.iterdir()]
            except PermissionError as e:
                raise StoreError(f"cannot read the store directory {self.path}: permission denied") from e
            if entries and _MARKER not in entries:
                raise NotAStoreError(
                    f"{self.path} is not a kg-memory store (no {_MARKER}); choose an empty or new directory"
                )
            if entries:
                try:
                    info = json.loads(marker.read_text())
                except (OSError, ValueError) as e:
                    raise NotAStoreError(f"{marker} is unreadable or corrupt: {e}") from e
                if info.get("format") != "kg-memory" or info.get("version", 0) > _FORMAT_VERSION:
                    raise NotAStoreError(f"{self.path} holds an unsupported store format: {info}")
                return
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            marker.write_text(json.dumps({"format": "kg-memory", "version": _FORMAT_VERSION}) + "\n")
        except OSError as e:
            raise StoreError(f"cannot create a store at {self.path}: {e.strerror or e}") from e

    # -- writing --------------------------------------------------------------------------------

    def add(
        self,
        facts: Iterable[Fact],
        *,
        namespace: str = DEFAULT_NAMESPACE,
        turns: Iterable[Turn] = (),
        functional: Iterable[str] = (),
    ) -> None:
        batch = _Batch(self.db, _graph(namespace), self.vocabulary)
        for turn in turns:
            batch.add_turn(turn)
        functional_iris = set(functional)
        for fact in facts:
            batch.add_fact(fact, functional_iris)
        batch.commit()

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
        g = _graph(namespace)
        db = self.db
        if everything:
            n = self.count(namespace=namespace) + sum(1 for _ in db.quads_for_pattern(None, VALID_TO, None, g))
            if isinstance(g, ox.DefaultGraph):
                db.update("CLEAR DEFAULT")
            elif db.contains_named_graph(g):
                db.remove_graph(g)
            return n
        batch = _Batch(db, g, self.vocabulary)
        if fact is not None:
            n = batch.remove_fact(_N(fact))
        elif entity is not None:
            n = batch.remove_entity(_N(entity))
        else:
            turns = (
                {q.subject for q in db.quads_for_pattern(None, IN_CONV, _N(ids.conversation_iri(conversation)), g)}
                if conversation is not None
                else {q.subject for q in db.quads_for_pattern(None, SPEAKER, ox.Literal(speaker), g)}
            )
            n = batch.remove_turns(turns)
            if conversation is not None:
                batch.delete_all(_N(ids.conversation_iri(conversation)))
        batch.commit()
        return n

    def remove_alias(self, entity: str, alias: str, *, namespace: str = DEFAULT_NAMESPACE) -> None:
        self.db.remove(ox.Quad(_N(entity), ALT, ox.Literal(alias), _graph(namespace)))

    def update(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> None:
        """Run a SPARQL update atomically.

        Oxigraph applies updates to the RDF dataset: operations without ``GRAPH`` write to the default
        graph (the ``default`` namespace) whatever ``namespace`` says; name a namespace's graph with
        ``GRAPH <https://w3id.org/kg-memory/graph/NAME>``.
        """
        try:
            self.db.update(text, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL update: {e}") from e
        except OSError as e:
            raise StoreError(f"SPARQL update failed: {e}") from e

    # -- reading --------------------------------------------------------------------------------

    def query(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> QueryResult:
        """Run a SPARQL query; ``params`` bind variables (``name=value``) before evaluation."""
        subs = {ox.Variable(k): _term(v) for k, v in params.items()}
        try:
            try:
                result = self.db.query(
                    text, prefixes=PREFIXES, default_graph=_graph(namespace), substitutions=subs or None
                )
            except RuntimeError:
                # Oxigraph substitutes projected variables only; bind the others with a trailing VALUES.
                values = " ".join(str(t) for t in subs.values())
                names = " ".join(str(v) for v in subs)
                text = f"{text}\nVALUES ({names}) {{ ({values}) }}"
                result = self.db.query(text, prefixes=PREFIXES, default_graph=_graph(namespace))
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL query: {e}") from e
        except OSError as e:
            raise StoreError(f"SPARQL query failed: {e}") from e
        return _to_result(result)

    def facts(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | Value | Entity | None = None,
        history: bool = False,
    ) -> Iterator[Fact]:
        reader = _Reader(self.db, _graph(namespace))
        s = _N(subject) if subject else None
        p = _N(self.vocabulary.predicate_iri(predicate)) if predicate else None
        o = _term(object) if object is not None else None
        for q in self.db.quads_for_pattern(s, p, o, reader.graph):
            if q.predicate in _ENTITY_META or _is_internal(q.subject):
                continue
            yield reader.fact(q.subject, q.predicate, q.object)
        if history:
            yield from reader.closed_facts(s, p, o)

    def turns(self, *, namespace: str = DEFAULT_NAMESPACE, conversation: str | None = None) -> Iterator[Turn]:
        reader = _Reader(self.db, _graph(namespace))
        if conversation is not None:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, IN_CONV, _N(ids.conversation_iri(conversation)), reader.graph)]
        else:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, A, TURN, reader.graph)]
        turns = [reader.turn(n) for n in nodes]
        yield from sorted(turns, key=_turn_order)

    def entities(self, *, namespace: str = DEFAULT_NAMESPACE) -> Iterator[Entity]:
        reader = _Reader(self.db, _graph(namespace))
        seen: set[ox.NamedNode] = set()
        for q in self.db.quads_for_pattern(None, LABEL, None, reader.graph):
            if isinstance(q.subject, ox.NamedNode) and q.subject not in seen and not _is_internal(q.subject):
                seen.add(q.subject)
                yield reader.entity(q.subject)

    def count(self, *, namespace: str = DEFAULT_NAMESPACE) -> int:
        g = _graph(namespace)
        rows = self.db.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o . FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel)) "
            f"FILTER(!STRSTARTS(STR(?s), '{ids.BASE}fact/') && !STRSTARTS(STR(?s), '{ids.BASE}turn/') "
            f"&& !STRSTARTS(STR(?s), '{ids.BASE}conversation/')) }}",
            prefixes=PREFIXES,
            default_graph=g,
        )
        return int(next(iter(rows))["n"].value)

    def stats(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Counts of triples, current facts, history, entities, turns and conversations."""
        g = _graph(namespace)
        db = self.db

        def n(s: Any, p: Any, o: Any) -> int:
            return sum(1 for _ in db.quads_for_pattern(s, p, o, g))

        return {
            "triples": n(None, None, None),
            "facts": self.count(namespace=namespace),
            "closed_facts": n(None, VALID_TO, None),
            "entities": len({q.subject for q in db.quads_for_pattern(None, LABEL, None, g) if not _is_internal(q.subject)}),
            "turns": n(None, A, TURN),
            "conversations": n(None, A, CONVERSATION),
        }

    def namespaces(self) -> list[str]:
        prefix = ids.graph_iri("")
        names = [
            _unquote(g.value[len(prefix):]) for g in self.db.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
        ]
        if next(iter(self.db.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
            names.append(DEFAULT_NAMESPACE)
        return sorted(names)

    # -- RDF files ------------------------------------------------------------------------------

    def load(
        self,
        source: str | os.PathLike[str] | IO[bytes],
        *,
        format: str,
        namespace: str = DEFAULT_NAMESPACE,
        name: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Bulk-load an RDF file (or binary stream) into a namespace, all or nothing.

        The input is checked completely before anything is written: a syntax error raises
        :class:`ParseError` naming the file, line and column, and the store is left unchanged. The
        input then goes through Oxigraph's bulk loader; on disk it is first copied to the store's
        journal, so that a crash during the load is completed at the next open. Triple formats go into
        the namespace's graph; quad formats (N-Quads, TriG) keep their graphs, their default graph
        becoming the namespace's. ``progress(done, total)`` is called with byte counts.
        Returns the number of triples (or quads) read.
        """
        fmt = RDF_FORMATS.get(format)
        if fmt is None:
            raise ParseError(f"unknown RDF format {format!r}; known: {', '.join(RDF_FORMATS)}", source=name)
        label = name or (str(source) if isinstance(source, (str, os.PathLike)) else "<stream>")
        self.open()
        spool = self._spool(source)
        try:
            count = _validate(spool, fmt, label, progress)
            if fmt.supports_datasets and namespace != DEFAULT_NAMESPACE:
                raise ParseError(
                    "quad formats (N-Quads, TriG) load into the default namespace; convert the file to "
                    "N-Triples or Turtle to load it into another namespace", source=label,
                )
            manifest = self._commit_journal(spool, fmt, namespace)
            self._bulk_load(spool, fmt, _graph(namespace), progress)
            if manifest is not None:
                manifest.unlink()
        finally:
            spool.unlink(missing_ok=True)
        return count

    def dump(self, output: IO[bytes], *, format: str, namespace: str | None = None) -> None:
        fmt = RDF_FORMATS.get(format)
        if fmt is None:
            raise ValueError(f"unknown RDF format {format!r}; known: {', '.join(RDF_FORMATS)}")
        kwargs: dict[str, Any] = {}
        if not fmt.supports_datasets:
            kwargs["from_graph"] = _graph(namespace or DEFAULT_NAMESPACE)
        if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            kwargs["prefixes"] = {(p or "kgm"): iri for p, iri in PREFIXES.items() if p != "kgm"} | {"kgm": KGM}
        if namespace is not None and fmt.supports_datasets:
            quads = self.db.quads_for_pattern(None, None, None, _graph(namespace))
            ox.serialize(quads, output, format=fmt, **({"prefixes": kwargs["prefixes"]} if "prefixes" in kwargs else {}))
            return
        self.db.dump(output, format=fmt, **kwargs)

    def _spool(self, source: str | os.PathLike[str] | IO[bytes]) -> Path:
        """Copy the input into the journal (or a temporary file for an in-memory store)."""
        import tempfile

        folder = self.path / "journal" if self.path else Path(tempfile.gettempdir())
        folder.mkdir(parents=True, exist_ok=True)
        spool = folder / f"load-{uuid.uuid4().hex}.part"
        try:
            if isinstance(source, (str, os.PathLike)):
                shutil.copyfile(source, spool)
            else:
                with open(spool, "wb") as out:
                    shutil.copyfileobj(source, out, _CHUNK)
        except OSError as e:
            spool.unlink(missing_ok=True)
            raise ParseError(f"cannot read input: {e.strerror or e}", source=str(source)) from e
        return spool

    def _commit_journal(self, spool: Path, fmt: ox.RdfFormat, namespace: str) -> Path | None:
        if self.path is None:
            return None
        manifest = spool.with_suffix(".json")
        tmp = spool.with_suffix(".json.tmp")
        tmp.write_text(json.dumps({"file": spool.name, "format": fmt.file_extension, "namespace": namespace}))
        os.replace(tmp, manifest)
        _fsync_dir(spool.parent)
        return manifest

    def _bulk_load(
        self, spool: Path, fmt: ox.RdfFormat, graph: Any, progress: Callable[[int, int], None] | None
    ) -> None:
        db = self.db
        target = {} if fmt.supports_datasets else {"to_graph": graph}
        total = spool.stat().st_size
        if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) and total > _CHUNK:
            done = 0
            with open(spool, "rb") as f:
                while chunk := f.read(_CHUNK) + f.readline():
                    db.bulk_load(chunk, format=fmt, **target)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
        else:
            db.bulk_load(path=str(spool), format=fmt, **target)
            if progress:
                progress(total, total)
        db.flush()

    def _recover(self) -> None:
        """Complete bulk loads that a crash interrupted; drop inputs that were never committed."""
        assert self.path is not None
        folder = self.path / "journal"
        if not folder.is_dir():
            return
        for manifest in sorted(folder.glob("*.json")):
            info = json.loads(manifest.read_text())
            spool = folder / info["file"]
            logger.warning("completing an interrupted load of %s", spool.name)
            fmt = ox.RdfFormat.from_extension(info["format"])
            assert fmt is not None
            self._bulk_load(spool, fmt, _graph(info["namespace"]), None)
            manifest.unlink()
        for leftover in folder.glob("*.part"):
            if not leftover.with_suffix(".json").exists():
                leftover.unlink()
        for leftover in folder.glob("*.json.tmp"):
            leftover.unlink()


# -- helpers ------------------------------------------------------------------------------------


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _validate(path: Path, fmt: ox.RdfFormat, label: str, progress: Callable[[int, int], None] | None) -> int:
    count = 0
    try:
        for _ in ox.parse(path=str(path), format=fmt):
            count += 1
    except SyntaxError as e:
        line, column = (e.lineno, e.offset) if e.lineno else (None, None)
        message = str(e.msg if hasattr(e, "msg") and e.msg else e)
        if line is not None:
            message = message.split(": ", 1)[-1] if "between columns" in message else message
        raise ParseError(message, source=label, line=line, column=column) from e
    except (ValueError, OSError) as e:
        raise ParseError(str(e), source=label) from e
    if progress:
        progress(0, path.stat().st_size)
    return count


def _unquote(text: str) -> str:
    from urllib.parse import unquote

    return unquote(text)


def _term(value: Any) -> Any:
    if isinstance(value, Entity):
        if value.iri is None:
            raise ValueError(f"entity {value.label!r} has no IRI yet")
        return _N(value.iri)
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")) and " " not in value:
        return _N(value)
    return to_literal(value)


def _turn_order(turn: Turn) -> tuple[str, int, str]:
    return (turn.conversation, int(turn.turn) if str(turn.turn).isdigit() else 0, str(turn.turn))


def _to_result(result: Any) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return QueryResult("graph", triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in result])
    variables = [v.value for v in result.variables]
    rows = [tuple(to_rdflib(sol[i]) for i in range(len(variables))) for sol in result]
    return QueryResult("select", variables, rows)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class _Reader:
    """Reads facts, entities and turns of one graph, caching entities and turns per call."""

    def __init__(self, db: ox.Store, graph: Any) -> None:
        self.db, self.graph = db, graph
        self._entities: dict[Any, Entity] = {}
        self._turns: dict[Any, Turn] = {}

    def _values(self, s: Any, p: Any) -> list[Any]:
        return [q.object for q in self.db.quads_for_pattern(s, p, None, self.graph)]

    def _one(self, s: Any, p: Any) -> Any:
        return next((q.object for q in self.db.quads_for_pattern(s, p, None, self.graph)), None)

    def entity(self, node: Any) -> Entity:
        if node not in self._entities:
            label = self._one(node, LABEL)
            types = [t.value[len(KGM):] for t in self._values(node, A) if t.value.startswith(KGM)]
            aliases = tuple(sorted(a.value for a in self._values(node, ALT)))
            self._entities[node] = Entity(
                label.value if label is not None else _local_name(node.value),
                types[0] if types else "Thing",
                node.value,
                aliases,
            )
        return self._entities[node]

    def turn(self, node: Any) -> Turn:
        if node not in self._turns:
            props: dict[Any, Any] = {}
            for q in self.db.quads_for_pattern(node, None, None, self.graph):
                props[q.predicate] = q.object
            conv = props.get(IN_CONV)
            time = props.get(GENERATED)
            self._turns[node] = Turn(
                _unquote(conv.value.rsplit("/", 1)[-1]) if conv is not None else "",
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
        return o.value

    def _statement(self, node: Any, s: Any, p: Any, o: Any, current: bool) -> Fact:
        props: dict[Any, list[Any]] = {}
        for q in self.db.quads_for_pattern(node, None, None, self.graph):
            props.setdefault(q.predicate, []).append(q.object)
        first = lambda key: to_python(props[key][0]) if key in props else None  # noqa: E731
        sources = tuple(
            sorted(
                (_provenance(self.turn(t)) for t in props.get(OBSERVATION, [])),
                key=lambda pr: (pr.time is None, pr.time or datetime.min.replace(tzinfo=timezone.utc), pr.turn or ""),
            )
        )
        confidence = first(CONFIDENCE)
        return Fact(
            self.entity(s) if isinstance(s, ox.NamedNode) else Entity(str(s), iri=str(s)),
            _predicate_name(p.value),
            self._object(o),
            confidence=float(confidence) if confidence is not None else 1.0,
            sources=sources,
            valid_from=first(VALID_FROM),
            valid_to=None if current else first(VALID_TO),
            occurred_at=first(OCCURRED),
            iri=node.value if props else None,
        )

    def fact(self, s: Any, p: Any, o: Any) -> Fact:
        node = _N(ids.fact_iri(s.value, p.value, str(o)))
        return self._statement(node, s, p, o, current=True)

    def closed_facts(self, s: Any, p: Any, o: Any) -> Iterator[Fact]:
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


def _provenance(turn: Turn) -> Provenance:
    return Provenance(turn.conversation, turn.turn, turn.speaker or None, turn.time)


def _local_name(iri: str) -> str:
    return _unquote(iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]).replace("_", " ")


def _predicate_name(iri: str) -> str:
    return iri[len(KGM):] if iri.startswith(KGM) else iri


class _Batch:
    """Collects the quads one atomic write removes and adds, seeing its own pending changes.

    The database does not change until :meth:`commit`, so what a batch reads of it is read once: the
    stored triples of each ``(subject, predicate)`` pattern are cached, and pending inserts are indexed
    by subject and predicate, so a lookup costs a dictionary access after its first time.
    """

    def __init__(self, db: ox.Store, graph: Any, vocabulary: Vocabulary) -> None:
        self.db, self.graph, self.vocabulary = db, graph, vocabulary
        self.inserts: dict[tuple, None] = {}  # (s, p, o) in insertion order
        self.deletes: dict[tuple, None] = {}
        self._pending: dict[Any, dict[Any, set[Any]]] = {}  # subject -> predicate -> objects inserted
        self._stored: dict[tuple, list[tuple]] = {}  # (s, p, o or None) -> stored triples
        self._entities: dict[Entity, ox.NamedNode] = {}  # entities already added by this batch
        self._predicates: dict[str, ox.NamedNode] = {}

    # pending-aware primitives
    def quads(self, keys: Iterable[tuple]) -> Iterator[ox.Quad]:
        """The quads of ``(s, p, o)`` keys, in this batch's graph."""
        g = self.graph
        return (ox.Quad(s, p, o, g) for s, p, o in keys)

    def insert(self, s: Any, p: Any, o: Any) -> None:
        key = (s, p, o)
        self.deletes.pop(key, None)
        self.inserts[key] = None
        by_p = self._pending.get(s)
        if by_p is None:
            by_p = self._pending[s] = {}
        objects = by_p.get(p)
        if objects is None:
            by_p[p] = {o}
        else:
            objects.add(o)

    def delete(self, s: Any, p: Any, o: Any) -> None:
        key = (s, p, o)
        if key in self.inserts:
            del self.inserts[key]
            self._pending[s][p].discard(o)
        self.deletes[key] = None
        if p in _ENTITY_META:
            self._entities.clear()

    def _read(self, s: Any, p: Any, o: Any) -> list[tuple]:
        """Stored triples matching a pattern with a bound subject and predicate, read once."""
        cached = self._stored.get((s, p, None))
        if cached is not None:
            return cached if o is None else [k for k in cached if k[2] == o]
        key = (s, p, o)
        cached = self._stored.get(key)
        if cached is None:
            cached = self._stored[key] = [
                (q.subject, q.predicate, q.object) for q in self.db.quads_for_pattern(s, p, o, self.graph)
            ]
        return cached

    def match(self, s: Any, p: Any, o: Any) -> list[tuple[Any, Any, Any]]:
        if s is not None and p is not None:
            stored = self._read(s, p, o)
        else:
            stored = [(q.subject, q.predicate, q.object) for q in self.db.quads_for_pattern(s, p, o, self.graph)]
        deletes = self.deletes
        found = {k for k in stored if k not in deletes} if deletes else set(stored)
        if s is None:
            found.update(
                k for k in self.inserts if (p is None or k[1] == p) and (o is None or k[2] == o)
            )
            return list(found)
        by_p = self._pending.get(s)
        if by_p:
            for pp, objects in ((p, by_p.get(p, ())),) if p is not None else by_p.items():
                if o is None:
                    found.update((s, pp, x) for x in objects)
                elif o in objects:
                    found.add((s, pp, o))
        return list(found)

    def exists(self, s: Any, p: Any, o: Any) -> bool:
        return bool(self.match(s, p, o))

    def delete_all(self, node: Any) -> None:
        for s, p, o in self.match(node, None, None):
            self.delete(s, p, o)

    def commit(self) -> None:
        if self.deletes:
            body = lambda keys: " ".join(f"{s} {p} {o} ." for s, p, o in keys)  # noqa: E731
            wrap = (lambda t: t) if isinstance(self.graph, ox.DefaultGraph) else (lambda t: f"GRAPH {self.graph} {{ {t} }}")
            text = f"DELETE DATA {{ {wrap(body(self.deletes))} }}"
            if self.inserts:
                text += f" ; INSERT DATA {{ {wrap(body(self.inserts))} }}"
            self.db.update(text)
        elif self.inserts:
            self.db.extend(list(self.quads(self.inserts)))

    # facts, entities and turns
    def add_entity(self, entity: Entity) -> ox.NamedNode:
        node = self._entities.get(entity)
        if node is not None:  # added already: its type, label and aliases are pending
            return node
        if entity.iri is None:
            raise ValueError(f"entity {entity.label!r} has no IRI: resolve it before storing")
        node = _N(entity.iri)
        if entity.type:
            self.insert(node, A, _N(self.vocabulary.class_iri(entity.type)))
        labels = self.match(node, LABEL, None)
        if not labels:
            self.insert(node, LABEL, ox.Literal(entity.label))
        elif all(o.value != entity.label for _, _, o in labels):
            self.insert(node, ALT, ox.Literal(entity.label))
        for alias in entity.aliases:
            if all(o.value != alias for _, _, o in labels):
                self.insert(node, ALT, ox.Literal(alias))
        self._entities[entity] = node
        return node

    def predicate(self, name: str) -> ox.NamedNode:
        """The IRI of a predicate name, as a node (memoised for the batch)."""
        node = self._predicates.get(name)
        if node is None:
            node = self._predicates[name] = _N(self.vocabulary.predicate_iri(name))
        return node

    def add_turn(self, turn: Turn) -> ox.NamedNode:
        node = _N(ids.turn_iri(turn.conversation, turn.turn))
        conv = _N(ids.conversation_iri(turn.conversation))
        self.insert(conv, A, CONVERSATION)
        self.insert(conv, LABEL, ox.Literal(turn.conversation))
        self.insert(node, A, TURN)
        self.insert(node, IN_CONV, conv)
        self.insert(node, TURN_ID, ox.Literal(str(turn.turn)))
        if turn.speaker:
            self.insert(node, SPEAKER, ox.Literal(turn.speaker))
        if turn.text:
            self.insert(node, TEXT, ox.Literal(turn.text))
        if turn.time is not None:
            self.insert(node, GENERATED, to_literal(turn.time))
        return node

    def _observe(self, statement: Any, source: Provenance) -> None:
        if source.conversation is None or source.turn is None:
            return
        turn = _N(ids.turn_iri(source.conversation, source.turn))
        if not self.exists(turn, A, TURN):
            self.add_turn(Turn(source.conversation, source.turn, source.speaker or "", "", source.time))
        self.insert(statement, OBSERVATION, turn)

    def add_fact(self, fact: Fact, functional: set[str]) -> None:
        s = self.add_entity(fact.subject)
        p = self.predicate(fact.predicate)
        o = self.add_entity(fact.object) if isinstance(fact.object, Entity) else _term(fact.object)
        start = fact.valid_from or (fact.source.time if fact.source else None)
        if fact.valid_to is not None:
            node = _N(ids.fact_iri(s.value, p.value, str(o), (start or fact.valid_to).isoformat()))
            self._statement(node, s, p, o, fact, start)
            self.insert(node, VALID_TO, to_literal(fact.valid_to))
            return
        node = _N(ids.fact_iri(s.value, p.value, str(o)))
        if p.value in functional:
            for _, _, other in self.match(s, p, None):
                if other != o:
                    self.close(_N(ids.fact_iri(s.value, p.value, str(other))), s, p, other, start or _now())
        if self.exists(node, A, FACT):
            old = self.match(node, CONFIDENCE, None)
            if not old or float(old[0][2].value) < fact.confidence:
                for triple in old:
                    self.delete(*triple)
                self.insert(node, CONFIDENCE, to_literal(round(fact.confidence, 4)))
            for source in fact.sources:
                self._observe(node, source)
            self.insert(s, p, o)
            return
        self.insert(s, p, o)
        self._statement(node, s, p, o, fact, start)

    def _statement(self, node: Any, s: Any, p: Any, o: Any, fact: Fact, start: datetime | None) -> None:
        self.insert(node, A, FACT)
        self.insert(node, R_SUBJECT, s)
        self.insert(node, R_PREDICATE, p)
        self.insert(node, R_OBJECT, o)
        self.insert(node, CONFIDENCE, to_literal(round(fact.confidence, 4)))
        if start is not None:
            self.insert(node, VALID_FROM, to_literal(start))
        if fact.occurred_at is not None:
            self.insert(node, OCCURRED, to_literal(fact.occurred_at))
        for source in fact.sources:
            self._observe(node, source)

    def close(self, node: Any, s: Any, p: Any, o: Any, when: datetime) -> None:
        """End a current fact's validity: drop its triple, move its statement to a history IRI."""
        self.delete(s, p, o)
        props = self.match(node, None, None)
        if not props:
            props = [(node, A, FACT), (node, R_SUBJECT, s), (node, R_PREDICATE, p), (node, R_OBJECT, o)]
        start = next((x for _, pr, x in props if pr == VALID_FROM), None)
        closed = _N(ids.fact_iri(s.value, p.value, str(o), (to_python(start) if start is not None else when).isoformat()))
        for triple in props:
            self.delete(*triple)
            self.insert(closed, triple[1], triple[2])
        self.insert(closed, VALID_TO, to_literal(when))

    # forgetting
    def _remove_statement(self, node: Any) -> None:
        props = self.match(node, None, None)
        s = next((x for _, pr, x in props if pr == R_SUBJECT), None)
        p = next((x for _, pr, x in props if pr == R_PREDICATE), None)
        o = next((x for _, pr, x in props if pr == R_OBJECT), None)
        current = not any(pr == VALID_TO for _, pr, _ in props)
        for triple in props:
            self.delete(*triple)
        if current and s is not None and p is not None and o is not None:
            self.delete(s, p, o)

    def remove_fact(self, node: Any) -> int:
        if not self.exists(node, A, FACT):
            return 0
        self._remove_statement(node)
        return 1

    def remove_entity(self, node: Any) -> int:
        statements = {x for x, _, _ in self.match(None, R_SUBJECT, node)} | {x for x, _, _ in self.match(None, R_OBJECT, node)}
        turns = {t for st in statements for _, _, t in self.match(st, OBSERVATION, None)}
        count = len(statements)
        for st in statements:
            self._remove_statement(st)
        # plain triples without statements (loaded from RDF files)
        for s, p, o in self.match(node, None, None) + self.match(None, None, node):
            if p not in _ENTITY_META and not _is_internal(s):
                count += 1
            self.delete(s, p, o)
        count += self.remove_turns(turns)
        return count

    def remove_turns(self, turns: set[Any]) -> int:
        """Delete turns; facts left with no observation go too. Returns the facts removed (current
        and historical)."""
        count = 0
        statements = {st for t in turns for st, _, _ in self.match(None, OBSERVATION, t)}
        for t in turns:
            for st, _, _ in self.match(None, OBSERVATION, t):
                self.delete(st, OBSERVATION, t)
            self.delete_all(t)
        for st in statements:
            if not self.match(st, OBSERVATION, None) and self.exists(st, A, FACT):
                count += 1
                self._remove_statement(st)
        return count
