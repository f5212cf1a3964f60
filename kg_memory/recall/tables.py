"""The entity and attribute tables of recall's index, kept up to date as memories are written.

Deriving a :class:`~.index.RecallIndex` from its entries used to walk every fact and entity to link
names to entities, entities to their facts, and subjects and predicates to their values (about half a
second at 100,000 turns, at every first recall after a write). :class:`FactTables` keeps those tables
by fact *row* (:class:`~.contents.Contents` numbers facts in the order they were first written), a
write adding only what it wrote; :meth:`FactTables.tables` gives them by index position.

>>> from kg_memory.types import Entity, Fact
>>> ann, porto = Entity("Ann Lee", "Person", "ex:ann", aliases=("Annie",)), Entity("Porto", "Place", "ex:porto")
>>> tables = FactTables()
>>> tables.entity(ann); tables.entity(porto)
>>> tables.fact(0, Fact(ann, "livesIn", porto))
>>> found = tables.tables([0], [False])
>>> sorted(found.names), found.entity_facts["ex:porto"], found.changed_values
(['ann', 'ann lee', 'annie', 'porto'], [0], [])
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar, overload

import numpy as np

from ..ids import normalize_name
from ..types import Entity, Fact, Provenance

__all__ = ["FACT_FIELDS", "PROVENANCE_FIELDS", "FactTables", "Facts", "LazyRows", "Normal", "Tables", "as_fact", "attribute_tables",
           "fact_values"]


class Tables(NamedTuple):
    """What an index reads of its facts and entities (see :class:`~.index.RecallIndex`)."""

    names: dict[str, set[str]]  # normalised name -> entity IRIs
    labels: dict[str, str]  # entity IRI -> label
    entity_facts: dict[str, list[int]]  # entity IRI -> fact positions
    changed_values: list[list[int]]  # the fact positions of each attribute whose value changed
    normal: Normal  # names -> their normal forms (a cache)
    fact_sources: list[tuple[tuple[Any, str], ...]]  # each fact's source turns, as (conversation, turn id)


class Normal(dict[str, str]):
    """Names -> their normal forms (:func:`~kg_memory.ids.normalize_name`), each computed once."""

    def __missing__(self, name: str) -> str:
        value = self[name] = normalize_name(name)
        return value


class FactTables:
    """Names, labels, facts by entity and values by attribute, by fact row (see the module doc).

    The tables are those :class:`~.index.RecallIndex` makes from the latest :class:`Entity` object
    seen for each IRI (its label and aliases) and from every fact, in row order.
    """

    #: The layout of these tables as a log's snapshot keeps them (pickled): change it with the layout.
    FORMAT = 3

    def __init__(self) -> None:
        self.names: dict[str, set[str]] = {}
        self.labels: dict[str, str] = {}
        self._keys: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {}  # iri -> label, aliases, their keys
        self.normal = Normal()
        self._entity_rows: dict[str, list[int]] = {}
        self._attribute_rows: dict[tuple[Hashable, str], list[int]] = {}
        self._nodes: dict[int, tuple[tuple[str, ...], tuple[Hashable, str]]] = {}  # row -> its IRIs, attribute
        self._sources: dict[int, tuple[tuple[Any, str], ...]] = {}  # row -> its source turns

    def __repr__(self) -> str:
        return f"FactTables(entities={len(self.labels)}, facts={len(self._nodes)})"

    def entity(self, entity: Entity) -> None:
        """The latest object of an entity (its label and aliases name it; a person's full name in Latin letters
        also by its first name: "Daniel" names Daniel Brooks)."""
        iri = entity.iri
        if iri is None:
            return
        held = self._keys.get(iri)
        if held is not None and held[0] == entity.label and held[1] == entity.aliases:
            return
        normal = self.normal
        keys = frozenset(normal[n] for n in (entity.label, *entity.aliases))
        if entity.type == "Person":
            keys |= {first for key in keys if (first := _first_name(key))}
        if held is not None:
            for key in held[2] - keys:
                iris = self.names.get(key)
                if iris is not None:
                    iris.discard(iri)
                    if not iris:
                        del self.names[key]
        for key in keys:
            self.names.setdefault(key, set()).add(iri)
        self.labels[iri] = entity.label
        self._keys[iri] = (entity.label, entity.aliases, keys)

    def fact(self, row: int, fact: Fact) -> None:
        """A fact at a new ``row`` (rows grow: each is written once, then only changed in place, see
        :meth:`changed`)."""
        self.changed(row, fact)
        subject, obj = fact.subject, fact.object
        iris = tuple(node.iri for node in ((subject, obj) if isinstance(obj, Entity) else (subject,)) if node.iri)
        for iri in iris:
            if iri not in self.labels:  # an entity never given on its own (as the index does)
                self.entity(Entity(_label(subject, obj, iri), iri=iri))
            self._entity_rows.setdefault(iri, []).append(row)
        attribute = (subject.iri or subject.label, fact.predicate)
        self._attribute_rows.setdefault(attribute, []).append(row)
        self._nodes[row] = (iris, attribute)

    def changed(self, row: int, fact: Fact) -> None:
        """A fact changed in place (closed, or given more sources): its subject, predicate and object
        stay those of its row."""
        self._sources[row] = tuple((s.conversation, str(s.turn)) for s in fact.sources if s.turn is not None)

    def drop(self, row: int) -> None:
        """A fact row removed."""
        self._sources.pop(row, None)
        found = self._nodes.pop(row, None)
        if found is None:
            return
        iris, attribute = found
        for iri in iris:
            _remove(self._entity_rows, iri, row)
        _remove(self._attribute_rows, attribute, row)

    def tables(self, rows: Sequence[int], closed: Sequence[bool]) -> Tables:
        """The tables by index position, for the facts at ``rows`` (in that order; rows increase) and
        ``closed[j]`` telling whether the fact at position ``j`` is closed. The lists are copies: later
        writes do not change an index derived before them."""
        n = len(rows)
        moved: Callable[[list[int]], list[int]] = _copy
        if n and (rows[0] != 0 or rows[-1] != n - 1):  # rows were dropped: positions are not rows
            position = np.full(rows[-1] + 1, -1, dtype=np.int64)
            position[np.asarray(rows, dtype=np.int64)] = np.arange(n)
            moved = functools.partial(_moved, position.tolist())
        entity_facts = {iri: moved(found) for iri, found in self._entity_rows.items() if found}
        changed: list[list[int]] = []
        for found in self._attribute_rows.values():
            if len(found) > 1:
                at = moved(found)
                if any(map(closed.__getitem__, at)):
                    changed.append(at)
        changed.sort(key=_first)  # by first appearance, as a pass over the facts finds them
        return Tables(dict(self.names), dict(self.labels), entity_facts, changed, self.normal,
                      list(map(self._sources.__getitem__, rows)))


def _first_name(key: str) -> str | None:
    """The first name of a person's full name in Latin letters (a normal form: "daniel brooks" -> "daniel"),
    none for one word, a title or a numbered speaker ("speaker 2").

    >>> _first_name("daniel brooks"), _first_name("daniel"), _first_name("speaker 2"), _first_name("dr house")
    ('daniel', None, None, None)
    """
    words = key.split()
    if len(words) < 2 or not key.isascii() or len(words[0]) < 3 or words[0] in _NOT_FIRST or words[-1].isdigit():
        return None
    return words[0]


#: First words of a person's label that are no first name.
_NOT_FIRST = frozenset("mr mrs ms miss dr prof sir lady lord aunt uncle speaker user the".split())


def _moved(position: list[int], rows: list[int]) -> list[int]:
    return [position[r] for r in rows]


def _copy(rows: list[int]) -> list[int]:
    return rows.copy()


def _first(rows: list[int]) -> int:
    return rows[0]


def _label(subject: Entity, obj: object, iri: str) -> str:
    return subject.label if subject.iri == iri else obj.label  # type: ignore[attr-defined]


K = TypeVar("K", bound=Hashable)


def _remove(table: dict[K, list[int]], key: K, row: int) -> None:
    found = table.get(key)
    if found is not None and row in found:
        found.remove(row)
        if not found:
            del table[key]


def attribute_tables(changed_values: Sequence[Sequence[int]], fact_turns: Sequence[tuple[int, ...]],
                     n_facts: int, n_turns: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which changed attribute (a row of ``changed_values``) each fact and turn bears on, in array
    passes: each fact's attribute (-1 for none), and for each turn its attributes (CSR offsets
    ``start`` of length ``n_turns + 1`` into ``attributes``, sorted; an attribute's turns are the
    sources of its facts).

    >>> of_fact, start, attributes = attribute_tables([[0, 2]], [(0,), (1,), (1, 2)], 3, 3)
    >>> of_fact.tolist(), start.tolist(), attributes.tolist()
    ([0, -1, 0], [0, 1, 2, 3], [0, 0, 0])
    """
    of_fact = np.full(n_facts, -1, dtype=np.int64)
    count = len(changed_values)
    facts = np.fromiter(itertools.chain.from_iterable(changed_values), dtype=np.int64)
    of_fact[facts] = np.repeat(np.arange(count, dtype=np.int64), np.fromiter(map(len, changed_values), dtype=np.int64,
                                                                            count=count))
    sources = list(map(fact_turns.__getitem__, facts.tolist()))
    turns = np.fromiter(itertools.chain.from_iterable(sources), dtype=np.int64)
    of_turn = np.repeat(of_fact[facts], np.fromiter(map(len, sources), dtype=np.int64, count=len(sources)))
    pairs = np.unique(turns * max(count, 1) + of_turn)  # by turn, then attribute; each pair once
    turn_rows, attributes = pairs // max(count, 1), pairs % max(count, 1)
    return of_fact, np.searchsorted(turn_rows, np.arange(n_turns + 1)), attributes


#: The fields of :class:`Fact`, in the order of the tuples :class:`Facts` holds.
FACT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Fact))
#: The fields of :class:`Provenance`, in the order of a fact's source tuples.
PROVENANCE_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Provenance))
_FACT_VALUES = operator.attrgetter(*FACT_FIELDS)
_SOURCES = FACT_FIELDS.index("sources")


def as_fact(item: Fact | tuple[Any, ...]) -> Fact:
    """A fact entry's :class:`Fact` (made from its field values when it holds them, see
    :class:`FactEntry`)."""
    if type(item) is not tuple:
        return item  # type: ignore[return-value]
    values = list(item)
    values[_SOURCES] = tuple(_make_provenance(p) for p in values[_SOURCES])
    fact = object.__new__(Fact)
    fact.__dict__.update(zip(FACT_FIELDS, values))
    return fact


def fact_values(item: Fact | tuple[Any, ...]) -> tuple[Any, ...]:
    """A fact entry's field values (:data:`FACT_FIELDS`) without making a Fact (its sources as they
    are held: Provenance objects or their values)."""
    return item if type(item) is tuple else _FACT_VALUES(item)


def _make_provenance(values: tuple[Any, ...] | Provenance) -> Provenance:
    if type(values) is not tuple:
        return values  # type: ignore[return-value]
    made = object.__new__(Provenance)
    made.__dict__.update(zip(PROVENANCE_FIELDS, values))
    return made


R = TypeVar("R")


class LazyRows(Sequence[R]):
    """Rows in order; those read from disk (tuples of field values) are made into objects by
    :meth:`make` when first asked for (a new process reads 100,000 of them and a recall returns ten)."""

    __slots__ = ("_items",)

    def __init__(self, items: list[R | tuple[Any, ...]]) -> None:
        self._items = items

    @staticmethod
    def make(values: tuple[Any, ...]) -> R:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> R: ...

    @overload
    def __getitem__(self, i: slice) -> list[R]: ...

    def __getitem__(self, i: int | slice) -> R | list[R]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._items)))]
        item = self._items[i]
        if type(item) is tuple:
            item = self._items[i] = self.make(item)
        return item  # type: ignore[return-value]

    def __iter__(self) -> Iterator[R]:
        return (self[i] for i in range(len(self._items)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self._items)})"


class Facts(LazyRows[Fact]):
    """An index's facts in position order, made into :class:`Fact` objects when first asked for."""

    __slots__ = ()

    @staticmethod
    def make(values: tuple[Any, ...]) -> Fact:
        return as_fact(values)

    def values(self, name: str) -> list[Any]:
        """One field of every fact (:data:`FACT_FIELDS`), without making Fact objects."""
        at = FACT_FIELDS.index(name)
        return [fact_values(item)[at] for item in self._items]
