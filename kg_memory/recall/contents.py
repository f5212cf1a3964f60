"""What recall's index is made of, kept up to date as memories are written, and kept on disk.

The first recall used to build its whole index from the store: read every turn and fact, tokenize
them, parse their times, index them, embed them (757 s at 5,000 turns). Now :class:`Contents` holds
one *entry* per turn and per fact (:class:`~.index.TurnEntry`, :class:`~.index.FactEntry`: term
ids, the days a turn mentions, a fact's sentence), made when :meth:`Memory.add_facts
<kg_memory.memory.Memory.add_facts>` writes them (a batch at a time: tokenizing costs a few percent
of extraction), and applies the store's rules for closing facts to them, so that they follow the
store without reading it. The tables that link names to entities and entities to facts are kept
up to date by the same writes (:class:`~.tables.FactTables`). A recall derives its
:class:`~.index.RecallIndex` from the entries and those tables (a sort, a few passes over columns
and one numpy pass for BM25: about a third of a second at 100,000 turns).

Beside a store on disk the entries are kept in ``index.log`` in the namespace's recall folder: a
snapshot, then one record per written batch (pickled; appended, so a write costs what it adds); the
log is rewritten as one snapshot every :data:`COMPACT_AFTER` records. A new process reads it instead
of the store. Records are columns (lists of strings, numbers and times; a fact's entities by position
in a table of distinct entities, its sources as counts into provenance columns; term ids in one array
per record), not pickled objects: a new process reads 100,000 turns' entries (66,000 facts) in under a
second of CPU; a snapshot also keeps the tables of :class:`~.tables.FactTables` (names' normal forms
included, checked against this version's on reading). Turns and facts read back stay field values:
they become :class:`~kg_memory.types.Turn` and :class:`~kg_memory.types.Fact` objects only when a
recall returns them (:class:`~.index.Turns`, :class:`~.tables.Facts`) or a write rule reads them, and
the tables the write rules need are made by the first write. A log of an older format is not read (the next recall rebuilds it). A change the entries cannot follow (a SPARQL update, an RDF load, a split, ``forget``
without :meth:`Recaller.drop <kg_memory.recall.recaller.Recaller.drop>`) deletes the log: the next
recall rebuilds it from the store, showing progress.

Sentence embeddings are not made at write time (MiniLM would halve the speed of ``remember``): they
are made on first semantic use, all at once for a small memory, in the background for a large one,
and the recall uses the vectors that are ready (see :mod:`.embeddings`).

>>> from kg_memory.types import Entity, Fact, Turn
>>> contents = Contents(None)
>>> ann, porto, lisbon = (Entity("Ann", "Person", "ex:ann"), Entity("Porto", "Place", "ex:porto"),
...                       Entity("Lisbon", "Place", "ex:lisbon"))
>>> contents.add([Turn("c", "1", "Ann", "I live in Porto.")], [Fact(ann, "livesIn", porto)], {"livesIn"})
>>> contents.add([], [Fact(ann, "livesIn", lisbon, valid_from=datetime(2024, 1, 1))], {"livesIn"})
>>> contents.index().fact_docs
['Ann lived in Porto (until 2024-01-01)', 'Ann lives in Lisbon (since 2024-01-01)']
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import itertools
import logging
import operator
import pickle
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from .. import ids
from ..stores.write_plan import replace_fields
from ..types import Entity, Fact, Provenance, Turn
from .index import TURN_FIELDS, FactEntry, PartTerms, RecallIndex, TurnEntry, fact_entries, frozen_maker, turn_entries
from .tables import FactTables, as_fact, fact_values

__all__ = ["COMPACT_AFTER", "LOG_NAME", "Contents"]

logger = logging.getLogger(__name__)

#: The file of entries in a namespace's recall folder.
LOG_NAME = "index.log"
#: Records appended to the log before it is rewritten as one snapshot.
COMPACT_AFTER = 64
#: Preferences that close each other (as the store's write rules do).
OPPOSITE = {"likes": "dislikes", "dislikes": "likes", "positiveImpression": "negativeImpression",
            "negativeImpression": "positiveImpression"}

TurnKey = tuple[str, str]


class Contents:
    """The entries of one namespace (see the module doc); ``directory`` keeps them on disk, or None."""

    def __init__(self, directory: Path | None, *, predicate_iri: Callable[[str], str] | None = None) -> None:
        self.directory = directory
        self.predicate_iri = predicate_iri
        self.vocabulary: dict[str, int] = {}
        self._parts: PartTerms = {}  # term ids of the parts of fact sentences (see fact_entries)
        self.turns: dict[TurnKey, TurnEntry] = {}
        self.facts: dict[int, FactEntry] = {}
        self._next = 0
        self._current: dict[tuple[Hashable, str, Hashable], int] = {}
        self._pairs: dict[tuple[Hashable, str], dict[Hashable, int]] = {}
        self._by_iri: dict[str, int] = {}
        self._entities: dict[str, Entity] = {}
        self._records = COMPACT_AFTER  # the first record written replaces any older log
        self._index: RecallIndex | None = None
        self._ready = True  # the write rules' tables (see _tables)
        #: The index's entity tables, kept up to date by every write (:mod:`.tables`).
        self.links = FactTables()
        self._linked = True  # whether the links follow the facts (while reading a log: from its snapshot on)

    def __repr__(self) -> str:
        return f"Contents(turns={len(self.turns)}, facts={len(self.facts)}, directory={self.directory})"

    @property
    def log(self) -> Path | None:
        """The log file, or None for a memory in memory."""
        return self.directory / LOG_NAME if self.directory is not None else None

    # -- reading --------------------------------------------------------------------------------

    def index(self, cache_dir: Path | None = None) -> RecallIndex:
        """The recall index of the entries (derived once per change)."""
        if self._index is None:
            with paused_gc():
                facts = list(self.facts.values())
                closed = [fact_values(e.fact)[_VALID_TO] is not None for e in facts]
                self._index = RecallIndex.from_entries(list(self.turns.values()), facts, self._entities.values(),
                                                       self.vocabulary, cache_dir=cache_dir or self.directory,
                                                       tables=self.links.tables(list(self.facts), closed),
                                                       keys=list(self.turns))
        return self._index

    # -- writing --------------------------------------------------------------------------------

    def add(self, turns: Sequence[Turn], facts: Sequence[Fact], functional: Iterable[str] = ()) -> None:
        """Follow one written batch: ``turns`` and ``facts`` as the store returned them (with their
        IRIs and validity), ``functional`` the predicates (names) one current value of which closes
        the others."""
        self._tables()
        words = len(self.vocabulary)
        fresh = turn_entries(turns, self.vocabulary)
        for t, e in zip(turns, fresh):
            self.turns[(t.conversation, str(t.turn))] = e
        changed: dict[int, Fact] = {}
        single = set(functional)
        for f in facts:
            self._apply(f, single, changed)
        entries = fact_entries(list(changed.values()), self.vocabulary, self._parts)
        self.entities(self._with_names(n) for f in changed.values() for n in (f.subject, f.object)
                      if isinstance(n, Entity))
        self._set_entries(zip(changed, entries))
        self._append(("batch", list(self.vocabulary)[words:], _pack(fresh), _pack_facts(list(zip(changed, entries))),
                      [], []))

    def extend(self, turns: Sequence[Turn], facts: Sequence[Fact]) -> None:
        """Add entries as they are (a store's contents, read back: no rules applied, nothing logged)."""
        self._tables()
        for t, e in zip(turns, turn_entries(turns, self.vocabulary)):
            self.turns[(t.conversation, str(t.turn))] = e
        changed: dict[int, Fact] = {}
        for f in facts:
            self._new(f, changed)
        self.entities(n for f in facts for n in (f.subject, f.object) if isinstance(n, Entity))
        self._set_entries(zip(changed, fact_entries(list(changed.values()), self.vocabulary, self._parts)))
        self._index = None

    def _set_entries(self, items: Iterable[tuple[int, FactEntry]]) -> None:
        links, held = self.links, self.facts
        for row, entry in items:
            if row in held:
                links.changed(row, as_fact(entry.fact))
            else:
                links.fact(row, as_fact(entry.fact))
            held[row] = entry

    def _with_names(self, entity: Entity) -> Entity:
        """``entity`` of a written fact with the aliases known of it: a fact written later ("I'm 41") carries
        its subject without the name an earlier batch gave it ("my name is Daniel Brooks"), and a write never
        takes a name away (the memory's merges and splits rebuild the index from the store)."""
        known = self._entities.get(entity.iri) if entity.iri else None
        if known is None or known.label != entity.label or set(known.aliases) <= set(entity.aliases):
            return entity
        return dataclasses.replace(entity, aliases=tuple(dict.fromkeys((*entity.aliases, *known.aliases))))

    def entities(self, entities: Iterable[Entity]) -> None:
        """Know these entities' labels and aliases (they link the names in a question)."""
        links = self.links
        for e in entities:
            if e.iri:
                self._entities[e.iri] = e
                links.entity(e)
        self._index = None

    def drop(self, turns: Iterable[TurnKey] = (), facts: Iterable[str] = ()) -> list[str]:
        """Remove the entries of ``turns`` ((conversation, turn) pairs) and ``facts`` (IRIs); returns
        the fact IRIs it did not hold."""
        self._tables()
        gone_turns = [k for k in ((str(c), str(t)) for c, t in turns) if self.turns.pop(k, None) is not None]
        missing, rows = [], []
        for iri in facts:
            row = self._by_iri.get(iri)
            if row is None or row not in self.facts:
                missing.append(iri)
                continue
            rows.append(row)
            self._forget_row(row)
        self._index = None
        self._append(("batch", [], _pack([]), _pack_facts([]), gone_turns, rows))
        return missing

    def _forget_row(self, row: int) -> None:
        entry = self.facts.pop(row)
        self.links.drop(row)
        f = as_fact(entry.fact)
        self._uncurrent((_node(f.subject), f.predicate, _node(f.object)), row)
        if f.iri and self._by_iri.get(f.iri) == row:
            del self._by_iri[f.iri]

    def _fact(self, row: int, changed: dict[int, Fact]) -> Fact:
        return changed[row] if row in changed else as_fact(self.facts[row].fact)

    def _set(self, row: int, fact: Fact, changed: dict[int, Fact]) -> None:
        old = self._fact(row, changed) if (row in changed or row in self.facts) else None
        if old is not None and old.iri and self._by_iri.get(old.iri) == row:
            del self._by_iri[old.iri]
        changed[row] = fact
        key = (_node(fact.subject), fact.predicate, _node(fact.object))
        if fact.valid_to is None:
            self._current[key] = row
            self._pairs.setdefault(key[:2], {})[key[2]] = row
        else:
            self._uncurrent(key, row)
        if fact.iri:
            self._by_iri[fact.iri] = row

    def _uncurrent(self, key: tuple[Hashable, str, Hashable], row: int) -> None:
        if self._current.get(key) == row:
            del self._current[key]
            values = self._pairs.get(key[:2], {})
            values.pop(key[2], None)
            if not values:
                self._pairs.pop(key[:2], None)

    def _new(self, fact: Fact, changed: dict[int, Fact]) -> None:
        row, self._next = self._next, self._next + 1
        self._set(row, replace_fields(fact, ended=False), changed)

    def _close(self, row: int, when: datetime | None, changed: dict[int, Fact],
               sources: Sequence[Provenance] = ()) -> None:
        fact = self._fact(row, changed)
        start = fact.valid_from or when
        iri = self._history_iri(fact, start)
        self._set(row, replace_fields(fact, valid_to=when, iri=iri, sources=_merged(fact.sources, sources)),
                  changed)

    def _history_iri(self, fact: Fact, start: datetime | None) -> str | None:
        """The IRI the store gives a fact it closes, when it can be told (an entity object on an RDF
        store: checked against the fact's current IRI), else None."""
        if self.predicate_iri is None or not isinstance(fact.object, Entity) or not fact.object.iri or not fact.iri:
            return None
        s, p, o = fact.subject.iri or "", self.predicate_iri(fact.predicate), f"<{fact.object.iri}>"
        if ids.fact_iri(s, p, o) != fact.iri:
            return None
        return ids.fact_iri(s, p, o, start.isoformat() if start else None)

    def _apply(self, f: Fact, functional: set[str], changed: dict[int, Fact]) -> None:
        """One stored fact, by the store's rules (:mod:`kg_memory.stores.write_plan`)."""
        s, p, o = _node(f.subject), f.predicate, _node(f.object)
        if f.valid_to is None and not f.ended:
            rivals = self._pair_rows(s, p, o) if p in functional else []
            opposite = self._current.get((s, OPPOSITE[p], o)) if p in OPPOSITE else None
            for rival in [*rivals, *([opposite] if opposite is not None else [])]:
                self._close(rival, f.valid_from, changed)
            same = self._current.get((s, p, o))
            if same is None:
                self._new(f, changed)
            else:
                old = self._fact(same, changed)
                self._set(same, replace_fields(old, sources=_merged(old.sources, f.sources),
                                                   confidence=f.confidence, iri=f.iri or old.iri), changed)
            return
        row: int | None = self._by_iri.get(f.iri) if f.iri else None
        current = self._current.get((s, p, o))
        if row is None and current is not None and self._fact(current, changed).valid_from == f.valid_from:
            row = current
        if row is None and f.ended:
            if f.iri is None and f.valid_to is None:
                return  # an ending that changed nothing
            targets = self._pair_rows(s, p, None) if f.ends_every_value else ([current] if current is not None else [])
            for target in targets:
                self._close(target, f.valid_to, changed, f.sources)
            if targets or f.ends_every_value:
                return  # "我去年离婚了" with no spouse stored: nothing to close, and no fact of its own (as in the store)
        if row is None:
            self._new(f, changed)
        else:
            old = self._fact(row, changed)
            self._set(row, replace_fields(old, valid_to=f.valid_to, iri=f.iri or old.iri,
                                               valid_from=f.valid_from or old.valid_from,
                                               sources=_merged(old.sources, f.sources)), changed)

    def _pair_rows(self, s: Hashable, p: str, other_than: Hashable | None) -> list[int]:
        """Current rows of subject ``s`` and predicate ``p`` (object not ``other_than``)."""
        return [r for o, r in self._pairs.get((s, p), {}).items() if o != other_than]

    # -- on disk --------------------------------------------------------------------------------

    def _append(self, record: tuple[Any, ...]) -> None:
        log = self.log
        if log is None:
            return
        try:
            if not log.exists() or self._records >= COMPACT_AFTER:
                self.save()
                return
            with log.open("ab") as out:
                pickle.dump(record, out, protocol=pickle.HIGHEST_PROTOCOL)
            self._records += 1
        except OSError as e:
            logger.warning("cannot write the recall index %s: %s", log, e)

    def save(self) -> None:
        """Write the entries as one snapshot (replacing the log)."""
        log = self.log
        if log is None:
            return
        log.parent.mkdir(parents=True, exist_ok=True)
        tmp = log.with_suffix(".tmp")
        with tmp.open("wb") as out:
            pickle.dump(_HEADER, out)
            pickle.dump(("batch", list(self.vocabulary), _pack(list(self.turns.values())),
                         _pack_facts(list(self.facts.items())), [], [],
                         (ids.normalize_name(_PROBE), FactTables.FORMAT, self.links)), out,
                        protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(log)
        self._records = 0

    @classmethod
    def load(cls, directory: Path, *, predicate_iri: Callable[[str], str] | None = None) -> Contents | None:
        """The entries kept in ``directory``, or None when there are none (or they cannot be read)."""
        contents = cls(directory, predicate_iri=predicate_iri)
        log = contents.log
        if log is None or not log.exists():
            return None
        contents._linked = False
        try:
            with log.open("rb") as data, paused_gc():
                if pickle.load(data) != _HEADER:
                    return None
                while True:
                    try:
                        record = pickle.load(data)
                    except EOFError:
                        break
                    contents._replay(record)
        except (OSError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, IndexError) as e:
            logger.warning("ignoring the unreadable recall index %s: %s", log, e)
            return None
        known, links, linked = contents._entities, contents.links, contents._linked
        with paused_gc():  # the entities of the facts (the latest by row), and the links the snapshot had not
            if linked:  # in bulk: the links end as the latest entity of each IRI makes them
                rows = list(map(fact_values, map(_FACT_OF, contents.facts.values())))
                nodes = [n for values in rows for n in (values[_SUBJECT], values[_OBJECT])]
                known.update((n.iri, n) for n in nodes if isinstance(n, Entity) and n.iri)
                for entity in known.values():
                    links.entity(entity)
            for row, entry in () if linked else contents.facts.items():
                values = fact_values(entry.fact)
                subject, obj = values[_SUBJECT], values[_OBJECT]
                if subject.iri and known.get(subject.iri) is not subject:
                    known[subject.iri] = subject
                    links.entity(subject)
                if isinstance(obj, Entity) and obj.iri and known.get(obj.iri) is not obj:
                    known[obj.iri] = obj
                    links.entity(obj)
                if not linked:
                    links.fact(row, as_fact(entry.fact))
        contents._linked = True
        contents._next = max(contents.facts, default=-1) + 1
        contents._ready = False  # the tables of current facts: made by the first write
        return contents

    def _tables(self) -> None:
        """Make the tables the write rules look facts up in (current facts by triple and by subject and
        predicate, rows by IRI), if the entries were read from disk without them."""
        if self._ready:
            return
        self._ready = True
        for row, entry in self.facts.items():
            values = fact_values(entry.fact)
            if values[_VALID_TO] is None:
                key = (_node(values[_SUBJECT]), values[_PREDICATE], _node(values[_OBJECT]))
                self._current[key] = row
                self._pairs.setdefault(key[:2], {})[key[2]] = row
            if values[_IRI]:
                self._by_iri[values[_IRI]] = row

    def _replay(self, record: tuple[Any, ...]) -> None:
        _, words, packed, facts, gone_turns, gone_facts, *more = record
        snapshot = bool(more) and tuple(more[0][:2]) == (ids.normalize_name(_PROBE), FactTables.FORMAT)
        if snapshot:  # a snapshot's links, made as this version makes them (names' normal forms included)
            self.links, self._linked = more[0][2], True
        for w in words:
            self.vocabulary.setdefault(w, len(self.vocabulary))
        c, t = _TURN.index("conversation"), _TURN.index("turn")
        self.turns.update(((e.turn[c], str(e.turn[t])), e) for e in _unpack(packed))  # type: ignore[index]
        for key in gone_turns:
            self.turns.pop(tuple(key), None)
        for row in gone_facts:
            if self.facts.pop(row, None) is not None and self._linked:
                self.links.drop(row)
        if self._linked and not snapshot:
            self._set_entries(_unpack_facts(facts))
        else:
            for row, entry in _unpack_facts(facts):
                self.facts[row] = entry
        self._records += 1


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside (making 100,000s of objects that all stay alive would
    otherwise run full collections over the whole heap again and again). On the way out the objects
    made inside join the oldest generation without being scanned (``gc.freeze`` then ``gc.unfreeze``):
    otherwise the first allocation after it scans them all as young objects (a fifth of a second at
    100,000 turns). They are collected, like every long-lived object, by the next full collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _node(node: Entity | Any) -> Hashable:
    if isinstance(node, Entity):
        return node.iri or node.label
    return ("literal", repr(node))


def _merged(old: Sequence[Provenance], new: Sequence[Provenance]) -> tuple[Provenance, ...]:
    seen = {(p.conversation, p.turn) for p in old}
    return (*old, *(p for p in new if (p.conversation, p.turn) not in seen))


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_TURN, _ENTITY, _PROVENANCE, _FACT = TURN_FIELDS, _fields(Entity), _fields(Provenance), _fields(Fact)
#: The log's first record: its format, and the fields of the types it stores column by column.
_HEADER = ("kg-memory recall entries", 5, _TURN, _ENTITY, _PROVENANCE, _FACT)
_SUBJECT, _PREDICATE, _OBJECT, _SOURCES = (_FACT.index(name) for name in ("subject", "predicate", "object", "sources"))
_VALID_TO, _IRI = _FACT.index("valid_to"), _FACT.index("iri")
_FACT_OF = operator.attrgetter("fact")
_TIME, _CONVERSATION = _TURN.index("time"), _TURN.index("conversation")
_PROVENANCE_VALUES = operator.attrgetter(*_PROVENANCE)
#: A name whose normal form tells whether the normal forms a snapshot keeps are this version's.
_PROBE = "Ｚhang-San  O'Brien, Ünïcode 李四!"


def _pack(entries: Sequence[TurnEntry]) -> tuple[list[Any], np.ndarray, np.ndarray]:
    """Turn entries column by column (the turns' fields, mentions, orders), with their term ids in one
    array: lists of strings and times unpickle ten times faster than dataclasses."""
    values = operator.attrgetter(*_TURN)
    rows = [e.turn if type(e.turn) is tuple else values(e.turn) for e in entries]
    columns: list[Any] = [list(column) for column in zip(*rows)] if rows else [[] for _ in _TURN]
    # orders: the turn ids' natural keys, and the times that are not the turn's own (naive) time
    times = columns[_TIME]
    naturals = [e.order[2] for e in entries]
    other = {i: e.order[1] for i, (e, t) in enumerate(zip(entries, times)) if e.order[1] != (t or datetime.min)}
    columns += [[e.mention for e in entries], naturals, other]
    return columns, *_flat([e.terms for e in entries])


def _unpack(packed: tuple[list[Any], np.ndarray, np.ndarray]) -> list[TurnEntry]:
    """Turn entries whose turns are their field values (made into Turn objects when first read)."""
    columns, terms, lengths = packed
    new = tuple.__new__
    *fields, mentions, naturals, other = columns
    times = [t or datetime.min for t in fields[_TIME]]
    for i, t in other.items():
        times[i] = t
    ends = np.cumsum(lengths).tolist()
    return [new(TurnEntry, (row, terms[a:b], mention, order))
            for row, mention, order, a, b in zip(zip(*fields), mentions, zip(fields[_CONVERSATION], times, naturals),
                                                  [0, *ends[:-1]], ends)]


def _pack_facts(items: Sequence[tuple[int, FactEntry]]) -> tuple[Any, ...]:
    """Fact entries column by column: rows, sentences, whether the object is an entity, one column per
    field of :class:`Fact` (entities by position in a table of their field values, sources as counts
    into one column per field of :class:`Provenance`), and their term ids in one array. Lists of
    strings, numbers and times unpickle many times faster than rows of objects."""
    table: dict[Hashable, int] = {}  # an entity's field values -> position
    kept: list[tuple[Any, ...]] = []
    by_id: dict[int, int] = {}  # id(entity) -> position (the entities live as long as ``items``)
    fields = operator.attrgetter(*_ENTITY)

    def position(entity: Entity) -> int:
        found = by_id.get(id(entity))
        if found is None:
            values = fields(entity)
            try:
                found = table.setdefault(values, len(kept))
            except TypeError:  # a field that cannot be hashed: the entity on its own
                found = len(kept)
            if found == len(kept):
                kept.append(values)
            by_id[id(entity)] = found
        return found

    rows = [fact_values(e.fact) for _, e in items]
    columns = [list(column) for column in zip(*rows)] if rows else [[] for _ in _FACT]
    columns[_SUBJECT] = list(map(position, columns[_SUBJECT]))
    entity = [isinstance(o, Entity) for o in columns[_OBJECT]]
    columns[_OBJECT] = [position(o) if e else o for o, e in zip(columns[_OBJECT], entity)]
    sources = columns[_SOURCES]
    columns[_SOURCES] = list(map(len, sources))
    flat = [p if type(p) is tuple else _PROVENANCE_VALUES(p) for held in sources for p in held]
    provenance = [list(column) for column in zip(*flat)] if flat else [[] for _ in _PROVENANCE]
    entities = kept
    return ([row for row, _ in items], [e.doc for _, e in items], entity, columns, provenance, entities,
            *_flat([e.terms for _, e in items]))


def _unpack_facts(packed: tuple[Any, ...]) -> list[tuple[int, FactEntry]]:
    """Fact entries whose facts are their field values (made into Fact objects when first read, see
    :func:`~.tables.as_fact`), in a few passes over columns."""
    rows, docs, entity, columns, provenance, table, terms, lengths = packed
    entities = list(map(frozen_maker(Entity, _ENTITY), table))
    columns[_SUBJECT] = list(map(entities.__getitem__, columns[_SUBJECT]))
    columns[_OBJECT] = [entities[o] if e else o for o, e in zip(columns[_OBJECT], entity)]
    sources = list(zip(*provenance))
    counts = columns[_SOURCES]
    if all(c == 1 for c in counts):
        columns[_SOURCES] = [(p,) for p in sources]
    else:
        ends = itertools.accumulate(counts)
        columns[_SOURCES] = [tuple(sources[b - c:b]) for c, b in zip(counts, ends)]
    ends = np.cumsum(lengths).tolist()
    new = tuple.__new__
    return [(row, new(FactEntry, (values, doc, terms[a:b])))
            for row, values, doc, a, b in zip(rows, zip(*columns), docs, [0, *ends[:-1]], ends)]


def _flat(arrays: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.asarray([len(a) for a in arrays], dtype=np.int64)
    return (np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int32)), lengths
