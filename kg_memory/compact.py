"""Capacity: compact a namespace to a budget, least important memories first.

:func:`compact` (``Memory.compact``, ``kgmem compact``) brings a namespace under ``max_turns`` and
``max_bytes`` in this order, and reports every removal:

1. turns, least important first (:mod:`kg_memory.importance`), with their cached embeddings; a turn
   that some fact was observed in stays as a stub without text, so the fact keeps its provenance
   (conversation, turn id, speaker, time);
2. closed facts (history), least important first, with their cached embeddings, while ``max_bytes``
   is still exceeded.

Never removed: a pinned fact or turn (``Memory.pin``), and a current fact. When those alone exceed the
budget, the report says the budget was not reached.

What is counted: ``turns`` are the turns that still have their text; ``bytes`` are the UTF-8 bytes of
the turn texts and fact sentences plus the embedding cache files: the payload that grows with the
memory (the store's own indexes are not counted).

A namespace can be given a :class:`Capacity` (``Memory(capacity=...)`` or ``Memory.set_capacity``),
which every write (``remember``, ``add``, ``remember_document``) enforces: with ``policy="compact"``
(the default) the namespace is compacted after the write; with ``policy="reject"`` a write whose new
turns would take it over ``max_turns`` or ``max_bytes`` raises
:class:`~kg_memory.errors.CapacityExceeded` and stores nothing.

>>> from kg_memory import Memory, Turn
>>> m = Memory()
>>> _ = m.remember([Turn("c", str(i), "Ann", text) for i, text in enumerate(
...     ["I live in Lisbon.", "Ha, nice.", "I work for Acme.", "Cool!"])])
>>> report = m.compact(max_turns=2)
>>> [r.id for r in report.removed]
['c#1', 'c#3']
>>> sorted(f.object.label for f in m.facts("Ann")), [t.turn for t in m.turns() if t.text]
(['Acme', 'Lisbon'], ['0', '2'])
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import ids
from .errors import CapacityExceeded, InputError
from .importance import Weights, importance, turn_key

if TYPE_CHECKING:
    from .memory import Memory
    from .types import Fact, Turn

__all__ = ["Capacity", "CompactReport", "Removed", "check_capacity", "compact", "memory_iri"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Capacity:
    """The most a namespace may hold; ``None`` is no limit (see the module docstring)."""

    max_turns: int | None = None
    max_bytes: int | None = None
    policy: Literal["compact", "reject"] = "compact"

    def __post_init__(self) -> None:
        if self.policy not in ("compact", "reject"):
            raise InputError(f"capacity policy must be 'compact' or 'reject', not {self.policy!r}")
        for name in ("max_turns", "max_bytes"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise InputError(f"{name} must be at least 0, not {value}")


@dataclass(frozen=True)
class Removed:
    """One removal: ``kind`` is ``turn`` (id ``conversation#turn``) or ``fact`` (its IRI); ``bytes``
    counts its text and its cached embeddings."""

    kind: str
    id: str
    importance: float
    bytes: int
    text: str = ""


@dataclass(frozen=True)
class CompactReport:
    """What :func:`compact` removed (or with ``dry_run`` would remove), and the counts around it."""

    namespace: str
    removed: tuple[Removed, ...]
    turns_before: int
    turns_after: int
    bytes_before: int
    bytes_after: int
    reached: bool
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        data = asdict(self)
        data["removed"] = [asdict(r) for r in self.removed]
        return data


def memory_iri(memory: str | Fact | Turn) -> str:
    """The IRI of a fact or turn: a :class:`Fact`, a :class:`Turn`, a fact id (its IRI or the short id
    fact listings show), a turn IRI, or a turn as ``"conversation#turn"`` (the form sources are shown
    in; ``"conversation/turn"`` also works), split at the last ``#`` or ``/``.

    >>> memory_iri("c1#3"), memory_iri("0123456789abcdef0123")
    ('https://w3id.org/kg-memory/turn/c1/3', 'https://w3id.org/kg-memory/fact/0123456789abcdef0123')
    """
    from .types import Fact, Turn

    if isinstance(memory, Fact):
        if memory.iri is None:
            raise InputError("the fact has no IRI: pin a fact as stored (Memory.facts returns them)")
        return memory.iri
    if isinstance(memory, Turn):
        return ids.turn_iri(memory.conversation, memory.turn)
    fact = ids.parse_fact_id(memory)
    if fact is not None:
        return fact
    if ids.is_iri(memory):
        return memory
    conversation, sep, turn = memory.rpartition("#" if "#" in memory else "/")
    if not sep or not conversation or not turn:
        raise InputError(f"{memory!r} is neither a fact id nor a turn as 'conversation#turn'")
    return ids.turn_iri(conversation, turn)


def _doc_key(doc: str) -> str:
    return hashlib.sha1(doc.encode("utf-8")).hexdigest()[:16]  # the key of recall's EmbeddingCache


def _turn_doc(turn: Turn) -> str:
    return f"{turn.speaker}: {turn.text}"


class _Caches:
    """The namespace's embedding cache files: rows by document key (see recall's EmbeddingCache;
    float32 vectors, or compressed codes)."""

    def __init__(self, directory: Path | None) -> None:
        from .recall.embeddings import read_cache_file

        self.files: dict[Path, tuple[dict[str, int], dict[str, Any]]] = {}
        self.vector_bytes: dict[Path, int] = {}
        if directory is None or not directory.is_dir():
            return
        for path in sorted(directory.glob("embeddings-*.npz")):
            try:
                keys, arrays = read_cache_file(path)
            except (OSError, ValueError, KeyError) as e:
                logger.warning("skipping unreadable embedding cache %s: %s", path, e)
                continue
            self.files[path] = ({k: i for i, k in enumerate(keys)}, arrays)
            self.vector_bytes[path] = path.stat().st_size // max(1, len(keys))

    @property
    def bytes(self) -> int:
        return sum(path.stat().st_size for path in self.files)

    def cost(self, doc: str) -> int:
        key = _doc_key(doc)
        return sum(self.vector_bytes[p] for p, (rows, _) in self.files.items() if key in rows)

    def drop(self, docs: set[str]) -> None:
        """Drop the vectors of ``docs`` from every cache file."""
        from .recall.embeddings import write_cache_file

        gone = {_doc_key(d) for d in docs}
        for path, (rows, arrays) in self.files.items():
            if not gone & rows.keys():
                continue
            keep = [(k, i) for k, i in rows.items() if k not in gone]
            if keep:
                index = [i for _, i in keep]
                write_cache_file(path, [k for k, _ in keep], {name: a[index] for name, a in arrays.items()})
            else:
                path.unlink()


def _cache_directory(memory: Memory, namespace: str) -> Path | None:
    from .recall.recaller import _cache_dir

    return _cache_dir(memory.store, namespace)


def _text_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def compact(
    memory: Memory, *, max_turns: int | None = None, max_bytes: int | None = None, namespace: str | None = None,
    dry_run: bool = False, weights: Weights | None = None,
) -> CompactReport:
    """Bring the namespace under ``max_turns`` turns (with text) and ``max_bytes`` bytes, removing the
    least important memories first and never a pinned one or a current fact (see the module docstring)."""
    from .recall.sentences import fact_sentence

    Capacity(max_turns, max_bytes)  # validates
    ns = memory.namespace if namespace is None else namespace
    scores = importance(memory, namespace=ns, weights=weights)
    turns = [t for t in memory.store.turns(namespace=ns) if t.text]
    facts: list[Fact] = list(memory.store.facts(namespace=ns, history=True))
    caches = _Caches(_cache_directory(memory, ns))
    fact_docs = {f.iri or "": fact_sentence(f) for f in facts}
    text_bytes = sum(_text_bytes(t.text) for t in turns) + sum(_text_bytes(d) for d in fact_docs.values())
    bytes_before = text_bytes + caches.bytes
    removed: list[Removed] = []
    size, count = bytes_before, len(turns)

    def over() -> bool:
        return (max_turns is not None and count > max_turns) or (max_bytes is not None and size > max_bytes)

    order = sorted(turns, key=lambda t: (scores.turns.get(turn_key(t), 0.0), _time(t), turn_key(t)))
    stripped: list[Turn] = []
    for t in order:  # step 1: turns
        if not over():
            break
        s = scores.turns.get(turn_key(t), 0.0)
        if s == float("inf"):
            break
        cost = _text_bytes(t.text) + caches.cost(_turn_doc(t))
        stripped.append(t)
        removed.append(Removed("turn", f"{t.conversation}#{t.turn}", s, cost, t.text[:80]))
        count -= 1
        size -= cost
    closed = sorted((f for f in facts if not f.is_current and f.iri and scores.fact(f) != float("inf")),
                    key=lambda f: (scores.fact(f), f.iri or ""))
    dropped: list[Fact] = []
    for f in closed:  # step 2: history, for bytes only
        if max_bytes is None or size <= max_bytes:
            break
        doc = fact_docs.get(f.iri or "", "")
        cost = _text_bytes(doc) + caches.cost(doc)
        dropped.append(f)
        removed.append(Removed("fact", f.iri or "", scores.fact(f), cost, doc[:80]))
        size -= cost
    if not dry_run:
        if stripped:
            memory.store.strip_turns([ids.turn_iri(t.conversation, t.turn) for t in stripped], namespace=ns)
        for f in dropped:
            memory.store.forget(namespace=ns, fact=f.iri)
        caches.drop({_turn_doc(t) for t in stripped} | {fact_docs.get(f.iri or "", "") for f in dropped})
    return CompactReport(ns, tuple(removed), len(turns), count, bytes_before, size, not over(), dry_run)


def _namespace_bytes(memory: Memory, namespace: str) -> int:
    """What :func:`compact` counts as the namespace's bytes (its ``bytes_before``), without scoring
    anything or reading the embedding files (their sizes are enough)."""
    from .recall.sentences import fact_sentence

    directory = _cache_directory(memory, namespace)
    files = sorted(directory.glob("embeddings-*.npz")) if directory is not None and directory.is_dir() else []
    return (sum(_text_bytes(t.text) for t in memory.store.turns(namespace=namespace) if t.text)
            + sum(_text_bytes(fact_sentence(f)) for f in memory.store.facts(namespace=namespace, history=True))
            + sum(path.stat().st_size for path in files))


def _time(turn: Turn) -> str:
    return turn.time.isoformat() if turn.time is not None else ""


def check_capacity(memory: Memory, capacity: Capacity, turns: Sequence[Turn], namespace: str) -> None:
    """Raise :class:`~kg_memory.errors.CapacityExceeded` if storing ``turns`` would take the namespace
    over ``capacity.max_turns`` (policy ``reject``; checked before the write)."""
    if capacity.policy != "reject":
        return
    stored = {turn_key(t) for t in memory.store.turns(namespace=namespace) if t.text}
    new = [t for t in turns if t.text and turn_key(t) not in stored]
    if capacity.max_turns is not None and len(stored) + len(new) > capacity.max_turns:
        raise CapacityExceeded(
            f"namespace {namespace!r} holds {len(stored)} turns; {len(new)} more would exceed its capacity of "
            f"{capacity.max_turns} (compact it, or raise the capacity)")
    if capacity.max_bytes is not None and new:
        size = _namespace_bytes(memory, namespace)
        more = sum(_text_bytes(t.text) for t in new)
        if size + more > capacity.max_bytes:
            raise CapacityExceeded(
                f"namespace {namespace!r} holds {size} bytes; {more} more would exceed its capacity of "
                f"{capacity.max_bytes} (compact it, or raise the capacity)")
