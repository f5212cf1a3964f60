"""The embedded RDF store: Oxigraph (pyoxigraph) in memory or persistent in a directory.

The layout of the data is :mod:`._rdf_layout`'s; writes go through :class:`._rdf_batch.TripleBatch`.
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
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

import pyoxigraph as ox

from .. import ids
from .._files import atomic_write_text
from ..errors import NotAStoreError, ParseError, QueryError, StoreError, StoreLockedError
from ..results import QueryResult
from ..terms import to_rdflib
from ..types import Entity, Fact, Turn, Value
from ..vocab import KGM, PREFIXES, Vocabulary
from ._rdf_batch import TripleBatch
from ._rdf_counts import KEYS as COUNT_KEYS
from ._rdf_counts import Counts, FileCounts, batch_delta, graph_key
from ._rdf_counts import delta as count_delta
from ._rdf_counts import scan as count_all
from ._rdf_counts import written as count_written
from ._rdf_layout import (
    CONVERSATION,
    COUNT_FACTS,
    ENTITY_META,
    IN_CONV,
    LABEL,
    RDF_FORMATS,
    TURN,
    VALID_TO,
    A,
    ReadCache,
    Reader,
    alias_terms,
    graph_of,
    is_internal,
    term,
    to_result,
)
from ._sparql_update import bind_query, scope_update
from ._triple_store import TripleStore
from .base import DEFAULT_NAMESPACE, QueryStream, turn_order

__all__ = ["RDF_FORMATS", "RdfStore"]

logger = logging.getLogger(__name__)

_MARKER = "kgmem.json"
_FORMAT_VERSION = 1
_CHUNK = 64 * 1024 * 1024
#: From this many new quads a write on disk goes through the journal and the bulk loader.
_BULK_QUADS = 20_000
#: The most entity descriptions kept between writes, per graph (see RdfStore._described).
_DESCRIBED = 50_000
#: A bulk write on disk (a file load, a large batch) compacts the database once, at its end, when the
#: quads bulk-loaded since the last compaction reach both of these: every bulk load leaves files that
#: each read seeks in until they are merged (``benchmarks/scale.py``, 1M facts loaded in 99 parts: an
#: entity's facts p50 1.04 -> 0.91 ms, the load 16% longer; 0.7 ms once fully compacted, 14-16 s). The
#: share keeps the cost linear: a store compacts a few times as it grows, not at every load.
_COMPACT_QUADS = 2_000_000
_COMPACT_SHARE = 0.5

_N = ox.NamedNode


class RdfStore(TripleStore):
    """Facts in an Oxigraph RDF database, queried with SPARQL.

    ``RdfStore()`` keeps everything in memory; ``RdfStore("path/to/dir")`` persists to a directory
    (created on first open). Only one process at a time may open a directory; threads of that
    process share it, and each query sees a consistent snapshot.

    Examples
    --------
    >>> from kg_memory.types import Entity, Fact
    >>> with RdfStore() as store:
    ...     alice = Entity("Alice", "Person", iri="https://w3id.org/kg-memory/id/person.alice")
    ...     _ = store.add([Fact(alice, "age", 30)])
    ...     [f.object for f in store.facts(subject=alice.iri)]
    [30]
    """

    query_language = "sparql"
    rdf_native = True
    purgeable = True

    def __init__(self, path: str | os.PathLike[str] | None = None, *, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(vocabulary=vocabulary)
        self.path = Path(path) if path is not None else None
        self.persistent = path is not None  # type: ignore[misc]
        self._db: ox.Store | None = None
        self._counts = Counts(True)  # what stats() answers without reading (see _rdf_counts)
        #: Entities read since the last write, and which optional predicates each graph holds, by graph
        #: key: readers share them (see ReadCache); every write replaces the whole dict.
        self._described: dict[str, ReadCache] = {}
        self._loaded = 0  # quads bulk-loaded since the database was opened or last compacted

    def __repr__(self) -> str:
        return f"RdfStore({str(self.path)!r})" if self.path else "RdfStore()"

    @property
    def data_dir(self) -> Path | None:
        return self.path

    # -- lifecycle ------------------------------------------------------------------------------

    def open(self) -> None:
        if self._db is not None:
            return
        if self.path is None:
            self._db = ox.Store()
            self._counts = Counts(True)
            return
        self._described = {}
        self._loaded = 0
        self._check_directory()
        self._finish_purge()
        fresh = not (self.path / "oxigraph").exists()
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
        self._counts = Counts.take(self.path, fresh)
        self._recover()

    def close(self) -> None:
        self._described = {}
        if self._db is not None and self.path is not None:
            self._db.flush()
            self._counts.save(self.path)
        self._db = None

    @property
    def db(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (opened on first use)."""
        if self._db is None:
            self.open()
        assert self._db is not None
        return self._db

    def _reader(self, namespace: str) -> Reader:
        """A reader of the namespace's graph, sharing the entities read since the last write."""
        graph = graph_of(namespace)
        key = graph_key(graph)
        described = self._described.get(key)
        if described is None or len(described) > _DESCRIBED:
            described = self._described[key] = ReadCache()
        return Reader(self.db, graph, described)

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
            atomic_write_text(marker, json.dumps({"format": "kg-memory", "version": _FORMAT_VERSION}) + "\n")
        except OSError as e:
            raise StoreError(f"cannot create a store at {self.path}: {e.strerror or e}") from e

    # -- writing --------------------------------------------------------------------------------

    def _batch(self, namespace: str) -> TripleBatch:
        return TripleBatch(self.db, graph_of(namespace), self.vocabulary)

    def _commit(self, batch: TripleBatch) -> None:
        """Apply a batch: in one transaction, or, for a large batch on disk, through the journal
        and Oxigraph's bulk loader (twice as fast or more; a crash is completed at the next open)."""
        if not batch.deletes and not batch.size:
            return
        key = graph_key(batch.graph)
        change = None
        if self._counts.get(key) is not None:
            if count_written(batch.db, batch.graph, batch.written_nodes, batch.deletes):
                change = batch_delta(batch)
            else:  # a new statement node holds stored triples the batch keeps: counted when next asked
                self._counts.forget(key)
        blank = batch.blank  # parsed text gets new blank nodes: a batch holding one is sent as quads
        try:
            if self.path is not None and batch.size >= _BULK_QUADS and not blank:
                self._commit_bulk(batch)
            elif batch.deletes:
                self.db.update(batch.update_text())
            elif blank:
                self.db.extend(batch.insert_quads())
            else:
                # one transaction; the text is made of terms pyoxigraph built (so checked): not checked again
                self.db.load(batch.nquads(), format=ox.RdfFormat.N_QUADS, lenient=True)
        except BaseException:
            self._counts.forget(key)
            raise
        finally:
            self._described = {}  # after the write: a reader meanwhile may have kept what it replaced
        if change is not None:
            self._counts.add(key, change)
        self._compact_if_due()

    def _commit_bulk(self, batch: TripleBatch) -> None:
        """Journal the batch (its inserts as N-Quads, its deletes in the manifest), then delete and
        bulk-load; the journal entry goes once both are done."""
        assert self.path is not None
        folder = self.path / "journal"
        folder.mkdir(parents=True, exist_ok=True)
        spool = folder / f"batch-{uuid.uuid4().hex}.part"
        with open(spool, "wb") as f:
            f.write(batch.nquads())
            f.flush()
            os.fsync(f.fileno())
        deletes = batch.delete_block() if batch.deletes else ""
        manifest = self._commit_journal(spool, ox.RdfFormat.N_QUADS, DEFAULT_NAMESPACE, deletes=deletes)
        if deletes:
            self.db.update(f"DELETE DATA {{ {deletes} }}")
        self.db.bulk_load(path=str(spool), format=ox.RdfFormat.N_QUADS)
        self._loaded += batch.size
        if manifest is not None:
            manifest.unlink()
        spool.unlink()

    def _forget_everything(self, namespace: str) -> int:
        g = graph_of(namespace)
        db = self.db
        self._described = {}
        n = self.count(namespace=namespace) + sum(1 for _ in db.quads_for_pattern(None, VALID_TO, None, g))
        if isinstance(g, ox.DefaultGraph):
            db.update("CLEAR DEFAULT")
        elif db.contains_named_graph(g):
            db.remove_graph(g)
        self._counts.set(graph_key(g), [0] * len(COUNT_KEYS))
        return n

    def purge(self) -> None:
        """Copy the database into ``oxigraph.new/`` and swap it in for ``oxigraph/``, so that what was
        deleted is gone from the files too (Oxigraph's own compaction keeps it); nothing to do in
        memory. A crash before the swap leaves the old database, after it the new one (see open)."""
        if self.path is None:
            return
        fresh_dir, current, old = (self.path / f"oxigraph{s}" for s in (".new", "", ".old"))
        shutil.rmtree(fresh_dir, ignore_errors=True)
        fresh = ox.Store(str(fresh_dir))
        fresh.bulk_extend(self.db.quads_for_pattern(None, None, None, None))
        fresh.flush()
        del fresh  # closes it
        self.close()
        os.replace(current, old)
        os.replace(fresh_dir, current)
        _fsync_dir(self.path)
        shutil.rmtree(old)
        self.open()

    def optimize(self) -> None:
        """Merge the database files that writes and bulk loads left (Oxigraph's compaction): after a
        large load RocksDB merges them in background threads for a while, and reads share the CPU with
        that; this does it now, in the calling thread (12-40 s at 1M facts; large bulk writes run it
        themselves, see ``_COMPACT_QUADS``). Nothing to do in memory."""
        if self.path is not None:
            self.db.optimize()
            self._loaded = 0

    def _compact_if_due(self) -> None:
        """Compact once at the end of a bulk write when the quads bulk-loaded since the last compaction
        reach ``_COMPACT_QUADS`` and ``_COMPACT_SHARE`` of the quads stored (as far as counted)."""
        stored = sum(counts[0] for counts in self._counts.graphs.values())
        if self.path is None or self._loaded < max(_COMPACT_QUADS, _COMPACT_SHARE * stored):
            return
        logger.info("compacting %s after %d quads bulk-loaded", self.path, self._loaded)
        try:
            self.optimize()
        except OSError as e:  # the write is done: a failed compaction only leaves reads slower
            logger.warning("compacting %s failed: %s", self.path, e)
            self._loaded = 0  # not tried again at every write

    def _finish_purge(self) -> None:
        """Complete or undo a :meth:`purge` that a crash interrupted."""
        assert self.path is not None
        fresh_dir, current, old = (self.path / f"oxigraph{s}" for s in (".new", "", ".old"))
        if fresh_dir.is_dir() and not current.exists() and old.is_dir():  # between the two renames
            os.replace(fresh_dir, current)
        shutil.rmtree(fresh_dir, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)

    def remove_alias(self, entity: str, alias: str, *, namespace: str = DEFAULT_NAMESPACE) -> None:
        g, node = graph_of(namespace), _N(entity)
        triples = [(node, p, o) for p, o in alias_terms(alias) if next(self.db.quads_for_pattern(node, p, o, g), None)]
        if self._counts.get(graph_key(g)) is not None:
            self._counts.add(graph_key(g), count_delta(self.db, g, [], triples))
        for triple in triples:
            self.db.remove(ox.Quad(*triple, g))
        self._described = {}

    def update(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> None:
        """Run a SPARQL update atomically: the namespace's graph is the default graph (name another
        graph with ``GRAPH <...>``); ``params`` bind variables (``name=value``)."""
        graph = None if namespace == DEFAULT_NAMESPACE else ids.graph_iri(namespace)
        text = scope_update(text, graph, {k: str(term(v)) for k, v in params.items()})
        self._counts.forget()  # an update may change any graph
        try:
            self.db.update(text, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL update: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"SPARQL update failed: {e}") from e
        finally:
            self._described = {}

    # -- reading --------------------------------------------------------------------------------

    def stream(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, isolated: bool = False) -> QueryStream:
        """Evaluate a SPARQL query lazily (Oxigraph computes each row as it is read)."""
        graph = graph_of(namespace)
        named: list[ox.NamedNode | ox.BlankNode] | None = None
        if isolated:  # the namespace's graph is the only named graph
            named = [graph] if isinstance(graph, ox.NamedNode) else []
        try:
            answer = self.db.query(text, prefixes=PREFIXES, default_graph=graph, named_graphs=named)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL query: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"SPARQL query failed: {e}") from e
        if isinstance(answer, ox.QueryBoolean):
            return QueryStream("ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            return QueryStream("graph", ((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                                         for t in answer))
        variables = [v.value for v in answer.variables]
        width = range(len(variables))
        return QueryStream("select", (tuple(to_rdflib(s[i]) for i in width) for s in answer), variables)

    def query(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> QueryResult:
        """Run a SPARQL query; ``params`` bind variables (``name=value``) before evaluation, so that its
        ``FILTER`` and ``BIND`` see them (:func:`~._sparql_update.bind_query`)."""
        text = bind_query(text, {k: str(term(v)) for k, v in params.items()})
        try:
            result = self.db.query(text, prefixes=PREFIXES, default_graph=graph_of(namespace))
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL query: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"SPARQL query failed: {e}") from e
        return to_result(result)

    def facts(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | Value | Entity | None = None,
        history: bool = False,
    ) -> Iterator[Fact]:
        reader = self._reader(namespace)
        s = _N(subject) if subject else None
        p = _N(self.vocabulary.predicate_iri(predicate)) if predicate else None
        o = term(object) if object is not None else None
        quads: Iterable[ox.Quad] = self.db.quads_for_pattern(s, p, o, reader.graph)
        if s is not None and p is None and o is None:  # all the subject's triples: its names and types among them
            quads = list(quads)
            reader.describe(s, [(q.predicate, q.object) for q in quads if q.predicate in ENTITY_META])
        for q in quads:
            if q.predicate in ENTITY_META or is_internal(q.subject):
                continue
            yield reader.fact(q.subject, q.predicate, q.object)
        if history:
            yield from reader.closed_facts(s, p, o)

    def turns(self, *, namespace: str = DEFAULT_NAMESPACE, conversation: str | None = None) -> Iterator[Turn]:
        reader = Reader(self.db, graph_of(namespace))
        if conversation is not None:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, IN_CONV, _N(ids.conversation_iri(conversation)), reader.graph)]
        else:
            nodes = [q.subject for q in self.db.quads_for_pattern(None, A, TURN, reader.graph)]
        turns = [reader.turn(n) for n in nodes]
        yield from sorted(turns, key=turn_order)

    def entities(self, *, namespace: str = DEFAULT_NAMESPACE) -> Iterator[Entity]:
        reader = Reader(self.db, graph_of(namespace))  # its own: a listing would fill the shared one
        seen: set[ox.NamedNode] = set()
        for q in self.db.quads_for_pattern(None, LABEL, None, reader.graph):
            if isinstance(q.subject, ox.NamedNode) and q.subject not in seen and not is_internal(q.subject):
                seen.add(q.subject)
                yield reader.entity(q.subject)

    def count(self, *, namespace: str = DEFAULT_NAMESPACE) -> int:
        rows = self.db.query(COUNT_FACTS, prefixes=PREFIXES, default_graph=graph_of(namespace))
        return int(next(iter(rows))["n"].value)  # type: ignore[arg-type]

    def stats(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Counts of triples, current facts, history, entities, turns and conversations: kept up
        to date by the writes (no data is read), counted once where a write could not follow
        (a SPARQL update, a file load, a store closed without :meth:`close`)."""
        g = graph_of(namespace)
        self.db  # noqa: B018  (opened: the counts are loaded with the database)
        known = self._counts.get(graph_key(g))
        if known is None:
            known = count_all(self.db, g)
            self._counts.set(graph_key(g), known)
        return dict(zip(COUNT_KEYS, known))

    def recount(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Count the namespace again from its data (after writes through :attr:`db`, around the store)."""
        g = graph_of(namespace)
        known = count_all(self.db, g)
        self._counts.set(graph_key(g), known)
        return dict(zip(COUNT_KEYS, known))

    def _scan_stats(self, namespace: str) -> dict[str, int]:
        """:meth:`stats` by SPARQL and pattern counts over the whole graph (slow: a reference)."""
        g = graph_of(namespace)
        db = self.db

        def n(s: Any, p: Any, o: Any) -> int:
            return sum(1 for _ in db.quads_for_pattern(s, p, o, g))

        return {
            "triples": n(None, None, None),
            "facts": self.count(namespace=namespace),
            "closed_facts": n(None, VALID_TO, None),
            "entities": len({q.subject for q in db.quads_for_pattern(None, LABEL, None, g) if not is_internal(q.subject)}),
            "turns": n(None, A, TURN),
            "conversations": n(None, A, CONVERSATION),
        }

    def namespaces(self) -> list[str]:
        prefix = ids.graph_iri("")
        names = [
            unquote(g.value[len(prefix):]) for g in self.db.named_graphs()
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
        added = FileCounts(self.db, self._counts, None if fmt.supports_datasets else graph_of(namespace))
        try:
            count = _validate(spool, fmt, label, progress, added.add)
            if fmt.supports_datasets and namespace != DEFAULT_NAMESPACE:
                raise ParseError(
                    "quad formats (N-Quads, TriG) load into the default namespace; convert the file to "
                    "N-Triples or Turtle to load it into another namespace", source=label,
                )
            manifest = self._commit_journal(spool, fmt, namespace)
            for key in added.keys():
                self._counts.forget(key)
            self._bulk_load(spool, fmt, graph_of(namespace), progress)
            self._loaded += count
            added.apply()  # the counts of the graphs the file wrote, gathered while it was checked
            if manifest is not None:
                manifest.unlink()
        finally:
            self._described = {}
            added.db = None  # the traceback of a failed load must not keep the database (and its lock) open
            spool.unlink(missing_ok=True)
        self._compact_if_due()
        return count

    def dump(self, output: IO[bytes], *, format: str, namespace: str | None = None) -> None:
        fmt = RDF_FORMATS.get(format)
        if fmt is None:
            raise ValueError(f"unknown RDF format {format!r}; known: {', '.join(RDF_FORMATS)}")
        kwargs: dict[str, Any] = {}
        if not fmt.supports_datasets:
            kwargs["from_graph"] = graph_of(namespace or DEFAULT_NAMESPACE)
        if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            kwargs["prefixes"] = {(p or "kgm"): iri for p, iri in PREFIXES.items() if p != "kgm"} | {"kgm": KGM}
        if namespace is not None and fmt.supports_datasets:
            quads = self.db.quads_for_pattern(None, None, None, graph_of(namespace))
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

    def _commit_journal(self, spool: Path, fmt: ox.RdfFormat, namespace: str, *, deletes: str = "") -> Path | None:
        """Commit a load to the journal: ``spool`` is loaded (after ``deletes``, the body of a ``DELETE
        DATA``, are deleted) even if the process dies before it is done."""
        if self.path is None:
            return None
        manifest = spool.with_suffix(".json")
        tmp = spool.with_suffix(".json.tmp")
        info = {"file": spool.name, "format": fmt.file_extension, "namespace": namespace}
        tmp.write_text(json.dumps(info | ({"deletes": deletes} if deletes else {})))
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
            if info.get("deletes"):
                self.db.update(f"DELETE DATA {{ {info['deletes']} }}")
            fmt = ox.RdfFormat.from_extension(info["format"])
            assert fmt is not None
            self._bulk_load(spool, fmt, graph_of(info["namespace"]), None)
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


def _validate(path: Path, fmt: ox.RdfFormat, label: str, progress: Callable[[int, int], None] | None,
              each: Callable[[ox.Quad], None]) -> int:
    count = 0
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            each(quad)
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
