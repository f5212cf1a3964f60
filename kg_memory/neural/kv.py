"""The key-value memory: a torch module whose keys are facts' (subject, predicate) and values their objects.

:class:`KeyValueMemory` holds one key and one value row per fact (two for a relation that holds
both ways, see :mod:`kg_memory.neural.keys`) as buffers, so ``state_dict()`` carries the whole
memory as tensors (``keys`` (N, D), ``values`` (N, 64), ``fact_of`` (N,)) plus the facts behind the
rows (its extra state). :meth:`~KeyValueMemory.read` is a softmax attention of a query over the
keys: it returns the attention-weighted value and the facts behind the top weights. Above
``config.index_from`` keys an inverted file (:mod:`kg_memory.neural.ivf`) picks the keys a read
attends to.

:meth:`~KeyValueMemory.update` makes the memory hold exactly the facts given: facts no longer
there leave it, new ones are encoded and join; the others are kept as they are (not re-encoded).
:meth:`kg_memory.Memory.neural` does that from a namespace's current facts.

>>> from kg_memory.types import Entity, Fact
>>> kv = KeyValueMemory()
>>> kv.update([Fact(Entity("Ann"), "livesIn", Entity("Lisbon")), Fact(Entity("Ann"), "worksFor", Entity("Acme")),
...            Fact(Entity("Bob"), "livesIn", Entity("Porto"))])
(3, 0)
>>> found = kv.ask("Where does Ann live?")
>>> found.facts[0].object.label, round(found.weights[0], 3)
('Lisbon', 1.0)
>>> kv.update([Fact(Entity("Ann"), "worksFor", Entity("Acme"))])   # two facts left the memory
(0, 2)
>>> len(kv), kv.ask("Where does Ann live?").facts[0].object.label  # the best match that is left
(1, 'Acme')
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from torch import nn

from ..types import Entity, Fact, MonthDay
from . import ivf
from .keys import KeySpace, KVConfig, fact_identity

if TYPE_CHECKING:
    from ..fuzzy import NameEncoder
    from ..recall.embeddings import Encoder
    from ..recall.relations import Lexicon

__all__ = ["KVRead", "KeyValueMemory"]

_FORMAT = "kg-memory-kv/1"
_CHUNK = 262_144  # keys scored at a time by an exact read
_VALUE_TERMS = 64  # weights summed into a read's value


@dataclass(frozen=True)
class KVRead:
    """What a read returns: the attention-weighted ``value`` (a name vector), and the facts behind
    the ``k`` largest weights, best first, with those weights and their key rows."""

    value: torch.Tensor
    facts: tuple[Fact, ...]
    weights: tuple[float, ...]
    rows: tuple[int, ...]


class KeyValueMemory(nn.Module):
    """Facts as attention keys and values (see the module doc).

    Parameters
    ----------
    config
        Weights of the key parts, the softmax temperature and when to use the inverted file.
    names
        The name encoder (default: the packaged fuzzy encoder).
    sentences
        A sentence encoder, needed when ``config.sentence_weight > 0``.
    """

    keys: torch.Tensor
    values: torch.Tensor
    fact_of: torch.Tensor
    centroids: torch.Tensor
    offsets: torch.Tensor
    lists: torch.Tensor

    def __init__(self, config: KVConfig | None = None, *, names: NameEncoder | None = None,
                 sentences: Encoder | None = None) -> None:
        super().__init__()
        self.config = config or KVConfig()
        self.space = KeySpace(self.config, names=names, sentences=sentences)
        self.facts: list[Fact] = []
        self._ids: dict[str, int] = {}  # fact identity -> index in self.facts
        self._trained_at = 0  # keys when the centroids were trained
        self._bounds: list[int] = []  # the offsets of the lists, as Python ints
        self._set_rows(torch.zeros(0, 0), torch.zeros(0, self.space.name_dim), torch.zeros(0, dtype=torch.int64))
        self.register_buffer("centroids", torch.zeros(0, 0))
        self.register_buffer("offsets", torch.zeros(0, dtype=torch.int64))
        self.register_buffer("lists", torch.zeros(0, dtype=torch.int64))

    def __len__(self) -> int:
        """The number of facts held."""
        return len(self.facts)

    def extra_repr(self) -> str:
        return (f"facts={len(self.facts)}, keys={tuple(self.keys.shape)}, values={tuple(self.values.shape)}, "
                f"index_lists={self.centroids.shape[0]}")

    def _set_rows(self, keys: torch.Tensor, values: torch.Tensor, fact_of: torch.Tensor) -> None:
        self.register_buffer("keys", keys.contiguous())
        self.register_buffer("values", values.contiguous())
        self.register_buffer("fact_of", fact_of.contiguous())

    # -- writing --------------------------------------------------------------------------------

    def update(self, facts: Sequence[Fact]) -> tuple[int, int]:
        """Hold exactly ``facts``: the ones held but not given leave, the new ones are encoded and
        join. Returns (added, removed)."""
        wanted = {fact_identity(f): f for f in facts}
        keep_fact = [i for i, f in enumerate(self.facts) if fact_identity(f) in wanted]
        fresh = [f for key, f in wanted.items() if key not in self._ids]
        removed = len(self.facts) - len(keep_fact)
        if not fresh and not removed:
            return 0, 0
        # rows of the facts kept, their fact numbers renumbered in order
        renumber = torch.full((len(self.facts),), -1, dtype=torch.int64)
        renumber[keep_fact] = torch.arange(len(keep_fact))
        kept_rows = torch.nonzero(renumber[self.fact_of] >= 0).flatten() if len(self.fact_of) else self.fact_of
        keys, values, fact_of = self.keys[kept_rows], self.values[kept_rows], renumber[self.fact_of[kept_rows]]
        lists = self.lists[kept_rows] if len(self.lists) else self.lists
        if fresh:
            k, v, rows = self.space.fact_vectors(fresh)
            new_keys = torch.from_numpy(k)
            keys = torch.cat([keys.reshape(-1, new_keys.shape[1]), new_keys])
            values = torch.cat([values, torch.from_numpy(v)])
            fact_of = torch.cat([fact_of, torch.from_numpy(rows) + len(keep_fact)])
            if len(self.centroids):
                lists = torch.cat([lists, ivf.assign(new_keys, self.centroids)])
        self.facts = [self.facts[i] for i in keep_fact] + fresh
        self._ids = {fact_identity(f): i for i, f in enumerate(self.facts)}
        self._set_rows(keys, values, fact_of)
        self._reindex(lists)
        return len(fresh), removed

    def _reindex(self, lists: torch.Tensor) -> None:
        """Keep the rows in list order, training the centroids again when the memory doubled or
        halved since they were trained (or dropping the index below ``index_from`` keys)."""
        n = self.keys.shape[0]
        if n < self.config.index_from:
            self.centroids, self.offsets, self.lists = torch.zeros(0, 0), torch.zeros(0, dtype=torch.int64), \
                torch.zeros(0, dtype=torch.int64)
            self._trained_at = 0
            return
        if not len(self.centroids) or not (self._trained_at / 2 <= n <= 2 * self._trained_at):
            self.centroids = ivf.train_centroids(self.keys, ivf.list_count(n), seed=self.config.seed)
            lists = ivf.assign(self.keys, self.centroids)
            self._trained_at = n
        order, self.offsets = ivf.sort_lists(lists, self.centroids.shape[0])
        self._bounds = self.offsets.tolist()
        self._set_rows(self.keys[order], self.values[order], self.fact_of[order])
        self.lists = lists[order]

    # -- reading --------------------------------------------------------------------------------

    def forward(self, queries: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Softmax attention of ``queries`` (B, D) over every key: the read values (B, Dv) and the
        attention weights (B, N). Exact and differentiable (for a model that uses the memory);
        :meth:`read` is the fast path for one query."""
        weights = torch.softmax(queries @ self.keys.T / self.config.temperature, dim=-1)  # (B, N)
        return weights @ self.values, weights

    @torch.no_grad()
    def read(self, query: torch.Tensor | np.ndarray, k: int = 5) -> KVRead:
        """Attend with one query (D,): the weighted value and the facts behind the ``k`` best keys
        (a fact reached by two keys counted once)."""
        # one query is too small to split across threads: torch's pool waiting on busy cores made a
        # read of 100k keys take 150 ms p50 on a loaded 2-core machine, against 5 ms on one thread
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            return self._read(torch.as_tensor(np.asarray(query, dtype=np.float32)), k)
        finally:
            torch.set_num_threads(threads)

    def _read(self, q: torch.Tensor, k: int) -> KVRead:
        if self.keys.shape[0] == 0:
            return KVRead(torch.zeros(self.values.shape[1]), (), (), ())
        if len(self.centroids):  # the keys of the best lists: contiguous slices, nothing copied
            spans = ivf.probe(q, self.centroids, self._bounds, self.config.nprobe)
            scores = torch.cat([self.keys[a:b] @ q for a, b in spans])
            rows = torch.cat([torch.arange(a, b) for a, b in spans])
        else:
            scores = torch.cat([self.keys[s:s + _CHUNK] @ q for s in range(0, self.keys.shape[0], _CHUNK)])
            rows = None
        weights = torch.softmax(scores / self.config.temperature, dim=0)
        # the value sums the largest weights only: at this temperature the others carry almost none
        top = torch.topk(weights, min(max(2 * k, _VALUE_TERMS), weights.shape[0]))
        chosen = top.indices if rows is None else rows[top.indices]
        value = top.values @ self.values[chosen]
        top_w, top_rows = top.values[: 2 * k].tolist(), chosen[: 2 * k].tolist()
        facts: list[Fact] = []
        out_w: list[float] = []
        out_rows: list[int] = []
        seen: set[int] = set()
        for w, row in zip(top_w, top_rows):
            j = int(self.fact_of[row])
            if j in seen:
                continue
            seen.add(j)
            facts.append(self.facts[j])
            out_w.append(w)
            out_rows.append(row)
            if len(facts) >= k:
                break
        return KVRead(value, tuple(facts), tuple(out_w), tuple(out_rows))

    def encode_question(self, question: str) -> torch.Tensor:
        """The query (D,) of a question's first hop (see :mod:`kg_memory.neural.keys`)."""
        return torch.from_numpy(self.space.question_queries(question)[0])

    def ask(self, question: str, k: int = 5, *, lexicon: Lexicon | None = None) -> KVRead:
        """Read the memory for a question; a question of several hops ("Where does Ann's sister
        work?") reads once a hop, the best value of one hop naming the entity of the next."""
        queries = self.space.question_queries(question, lexicon)
        found = self.read(queries[0], k)
        for q in queries[1:]:
            if not found.rows:
                break
            name = self.values[found.rows[0]].numpy()
            q = q.copy()
            q[: len(name)] = self.config.name_weight * name
            found = self.read(q, k)
        return found

    # -- state ----------------------------------------------------------------------------------

    def get_extra_state(self) -> dict[str, Any]:
        return {"format": _FORMAT, "config": self.config.to_dict(), "trained_at": self._trained_at,
                "facts": [_fact_record(f) for f in self.facts]}

    def set_extra_state(self, state: Any) -> None:
        if not isinstance(state, dict) or state.get("format") != _FORMAT:
            from ..errors import InputError

            raise InputError("not the state of a kg-memory KeyValueMemory")
        if KVConfig.from_dict(state["config"]) != self.config:
            self.config = KVConfig.from_dict(state["config"])
            self.space = KeySpace(self.config, names=self.space.names, sentences=self.space.sentences)
        self.facts = [_fact_from_record(r) for r in state["facts"]]
        self._ids = {fact_identity(f): i for i, f in enumerate(self.facts)}
        self._trained_at = int(state["trained_at"])

    def _load_from_state_dict(self, state_dict: Mapping[str, Any], prefix: str, *args: Any, **kwargs: Any) -> None:
        # buffers change size with the memory: take the saved shapes before copying
        for name in ("keys", "values", "fact_of", "centroids", "offsets", "lists"):
            saved = state_dict.get(prefix + name)
            if isinstance(saved, torch.Tensor):
                self._buffers[name] = torch.empty_like(saved)
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)
        self._bounds = self.offsets.tolist()

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write ``state_dict()`` with :func:`torch.save` (the file replaced whole)."""
        from .._files import atomic_open

        with atomic_open(path, "wb") as out:
            torch.save(self.state_dict(), out)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, names: NameEncoder | None = None,
             sentences: Encoder | None = None) -> KeyValueMemory:
        """A memory saved by :meth:`save` (its config comes with it)."""
        state = torch.load(path, weights_only=True)
        config = KVConfig.from_dict(state["_extra_state"]["config"])
        kv = cls(config, names=names, sentences=sentences)
        kv.load_state_dict(state)
        return kv


def _node_record(node: Any) -> list[Any]:
    if isinstance(node, Entity):
        return ["e", node.label, node.type, node.iri]
    if isinstance(node, datetime):
        return ["t", node.isoformat()]
    if isinstance(node, date):
        return ["d", node.isoformat()]
    if isinstance(node, MonthDay):
        return ["m", node.isoformat()]
    return ["v", node]


def _node(record: list[Any]) -> Any:
    if record[0] == "e":
        return Entity(record[1], record[2], iri=record[3])
    if record[0] == "t":
        return datetime.fromisoformat(record[1])
    if record[0] == "d":
        return date.fromisoformat(record[1])
    if record[0] == "m":
        return MonthDay.fromisoformat(record[1])
    return record[1]


def _fact_record(fact: Fact) -> list[Any]:
    """A fact as plain data (what the read returns and what tells facts apart; no provenance)."""
    return [fact.iri, _node_record(fact.subject), fact.predicate, _node_record(fact.object), fact.confidence,
            fact.valid_from.isoformat() if fact.valid_from else None]


def _fact_from_record(record: list[Any]) -> Fact:
    iri, subject, predicate, obj, confidence, valid_from = record
    return Fact(_node(subject), predicate, _node(obj), confidence=confidence, iri=iri,
                valid_from=datetime.fromisoformat(valid_from) if valid_from else None)
