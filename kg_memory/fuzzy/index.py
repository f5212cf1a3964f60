"""Top-k lookup of entity names by encoder vectors, and entity resolution on top of it.

An :class:`EntityIndex` holds rows ``(key, name, type)``, one per name of an entity (several
names of one key are aliases), and their vectors (numpy, float32 or int8). Below ``ivf_min`` rows
a lookup scans every vector with one matrix product; from there on the vectors are clustered by
k-means into about ``2*sqrt(N)`` lists, stored list after list, and a lookup scans the ``nprobe``
lists nearest to the query (an inverted file index) plus the rows added since the last
reordering. The best ``rerank_depth`` rows by vector are cut to the best few by cosine + edit
ratio and re-scored by :func:`pair_scores`' fusion of the cosine with string similarities
(:mod:`kg_memory.fuzzy.scoring`), which is the score a :class:`Match` carries. Results are
deduplicated per key: the best alias wins.

>>> from kg_memory.fuzzy.encoder import EncoderConfig, NameEncoder
>>> rng = np.random.default_rng(0)
>>> encoder = NameEncoder(EncoderConfig(buckets=4096, embed_dim=32, dim=32),
...                       rng.normal(size=(4096, 32)), rng.normal(size=(32, 32)))
>>> index = EntityIndex(encoder)
>>> index.add(["p1", "p2", "p1"], ["Zhang San", "Angela Merkel", "张三"], ["Person"] * 3)
>>> [m.key for m in index.search("zhang  san", k=2)]
['p1', 'p2']
>>> resolve(index, "ZHANG SAN", "Person", threshold=0.9).key
'p1'
>>> resolve(index, "Zhang San", "Place", threshold=0.9) is None
True
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy import storage
from kg_memory.fuzzy.calibration import threshold_for_precision
from kg_memory.fuzzy.encoder import Encoder, NameEncoder, load_default_encoder
from kg_memory.fuzzy.probe import Lists, best, one_blas_thread, ranges, shortlists
from kg_memory.fuzzy.rerank import KEEP, distinct, rescored
from kg_memory.fuzzy.scoring import fuse
from kg_memory.fuzzy.variants import match_text
from kg_memory.types import types_compatible

__all__ = [
    "EntityIndex",
    "Match",
    "calibrate_threshold",
    "pair_scores",
    "resolve",
    "types_compatible",
]

logger = logging.getLogger(__name__)

_ANY = "Thing"
_TAIL = 8192  # rows added after the last reordering that a lookup scans in full
_BATCH_FROM = 16  # queries from which the inverted file is searched list by list
_IVF_CHUNK = 2048  # queries searched together in the inverted file


@dataclass(frozen=True)
class Match:
    """One search result: the entity ``key``, its ``name`` that matched, ``type`` and ``score``
    (the fused pair score of :func:`pair_scores`, 1.0 for the same normalised name)."""

    key: str
    name: str
    type: str
    score: float


def pair_scores(
    encoder: Encoder, a: Sequence[str], b: Sequence[str], *, rerank: bool = True,
    cosine: Sequence[float] | None = None,
) -> list[float]:
    """Similarity of ``a[i]`` and ``b[i]``: with ``rerank`` the score :class:`EntityIndex`
    reports (the encoder's fusion of the cosine with string scores, or the mean of the cosine and
    rapidfuzz's WRatio for an encoder without one), else the bare cosine. ``cosine`` gives the
    pairs' cosines when the caller has the vectors already.

    >>> from kg_memory.fuzzy.encoder import EncoderConfig
    >>> config = EncoderConfig(buckets=256, embed_dim=8, dim=8)
    >>> pair_scores(NameEncoder(config, np.ones((256, 8)), np.eye(8)), ["Ann"], ["ann"])
    [1.0]
    """
    if cosine is None:
        cosine = (np.asarray(encoder.encode(list(a))) * np.asarray(encoder.encode(list(b)))).sum(axis=1).tolist()
    else:
        cosine = [float(c) for c in cosine]
    if not rerank:
        return [round(c, 6) for c in cosine]
    texts: dict[str, str] = {}
    for name in (*a, *b):
        if name not in texts:
            texts[name] = match_text(name)
    return _fused(encoder, cosine, [texts[x] for x in a], [texts[y] for y in b])


def _fused(encoder: Encoder, cosine: Sequence[float], a: Sequence[str],
           b: Sequence[str]) -> list[float]:
    """Scores of match-text pairs with their cosines, by the encoder's fusion."""
    if encoder.config.fusion is not None:
        return fuse(encoder.config.fusion, cosine, a, b)
    from rapidfuzz import fuzz  # no fitted fusion: the plain average with WRatio

    return [1.0 if x == y else round(0.5 * c + 0.005 * fuzz.WRatio(x, y), 6)
            for c, x, y in zip(cosine, a, b)]


def _quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: ``vectors ~= q * scale[:, None]``."""
    scale = np.maximum(np.abs(vectors).max(axis=1), 1e-8) / 127.0  # (N,)
    q = np.clip(np.rint(vectors / scale[:, None]), -127, 127).astype(np.int8)  # (N, dim)
    return q, scale.astype(np.float32)


def _strings(values: Sequence[str | None]) -> np.ndarray:
    """A 1-d object array of ``values`` (never a 2-d one, whatever they hold)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _appended(column: np.ndarray, new: Sequence[Any] | np.ndarray) -> np.ndarray:
    """``column`` followed by ``new`` (rows of its shape: strings, numbers, vectors), written into the
    spare room of the buffer that ``column`` starts (grown by half when full): adding rows does not
    copy the rows before them."""
    n, k = len(column), len(new)
    buffer = column.base
    if not (isinstance(buffer, np.ndarray) and buffer.shape[1:] == column.shape[1:] and len(buffer) >= n + k
            and buffer.dtype == column.dtype and buffer.strides == column.strides
            and buffer.__array_interface__["data"] == column.__array_interface__["data"]):
        buffer = np.empty((max(n + k, n + n // 2), *column.shape[1:]), dtype=column.dtype)
        buffer[:n] = column
    buffer[n:n + k] = new
    return buffer[:n + k]


class EntityIndex:
    """Vectors of entity names with top-k search (see the module docstring).

    Parameters
    ----------
    encoder
        The name encoder; the packaged default encoder when omitted (saved as a reference). A
        torch :class:`~kg_memory.fuzzy.model.EntityEncoder` is turned into its numpy twin.
    quantize
        Store vectors as int8 with one fp32 scale per row (68 instead of 256 bytes per row at
        64 dimensions; scores within ~1e-2).
    ivf_min
        Row count from which searches use the inverted file instead of a full scan.
    nprobe
        Number of inverted lists scanned per lookup.
    rerank
        Re-score the best ``rerank_depth`` rows by vector with :func:`pair_scores`; the vector
        stage carries the speed, the re-scoring the precision. Without it scores are cosines.
    rerank_depth
        Rows shortlisted by vector per lookup (at least ``2*k``); the best ``KEEP`` of them by
        cosine + edit ratio (:mod:`kg_memory.fuzzy.rerank`) get the full re-scoring.
    """

    def __init__(
        self, encoder: Encoder | None = None, *, quantize: bool = False,
        ivf_min: int = 50_000, nprobe: int = 24, rerank: bool = True, rerank_depth: int = 32,
    ) -> None:
        self.rerank = rerank
        self.rerank_depth = rerank_depth
        self._default_encoder = encoder is None
        to_numpy = getattr(encoder, "to_numpy", None)  # a torch module: lookups run on numpy
        self.encoder: Encoder = (load_default_encoder() if encoder is None
                                 else to_numpy() if to_numpy is not None else encoder)
        self.quantize = quantize
        self.ivf_min = ivf_min
        self.nprobe = nprobe
        dim = self.encoder.config.dim
        # per-row strings in numpy object arrays, not lists: the garbage collector does not walk
        # them (a full collection took 40 ms at a million rows in lists); see _appended
        self._keys = _strings(())
        self._names = _strings(())
        # match texts: made by add(), or for an index read from disk when first re-scored
        self._texts = _strings(())
        self._type_names: list[str] = []  # the type vocabulary; rows hold indices into it
        self._type_ids = np.zeros(0, dtype=np.int32)
        self._vectors = np.zeros((0, dim), dtype=np.int8 if quantize else np.float32)
        self._scales = np.zeros(0, dtype=np.float32)
        self._centroids: np.ndarray | None = None  # (L, dim) k-means centroids
        self._trained_on = 0  # row count when the centroids were trained
        self._assign = np.zeros(0, dtype=np.int32)  # list of each row
        self._bounds = np.zeros(1, dtype=np.int64)  # rows [bounds[l], bounds[l+1]) are list l
        self._ordered = 0  # rows [0, ordered) are stored list by list; the rest is the tail
        self._ahead: dict[str, np.ndarray] = {}  # vectors encoded ahead (see encode_ahead)
        self._one_thread: Callable[[], AbstractContextManager[Any]] | None = None  # made at first search

    # --- content ----------------------------------------------------------------------------

    def __len__(self) -> int:
        """The number of distinct entity keys."""
        return len(set(self._keys))

    @property
    def rows(self) -> int:
        """The number of (key, name) rows, aliases included."""
        return len(self._keys)

    def encode_ahead(self, names: Iterable[str]) -> dict[str, np.ndarray]:
        """Encode ``names`` now, in one encoder call, for the :meth:`add` and :meth:`search`
        calls about to come (entity resolution of a batch, one name at a time); replaces the
        names encoded ahead before. Returns the vectors by name."""
        todo = list(dict.fromkeys(names))
        self._ahead = dict(zip(todo, np.asarray(self.encoder.encode(todo), dtype=np.float32))) if todo else {}
        return dict(self._ahead)

    def _encode(self, names: Sequence[str]) -> np.ndarray:
        """Vectors (n, dim) of ``names``: those encoded ahead, the others in one encoder call."""
        ahead = self._ahead
        if not names or not any(n in ahead for n in names):
            return np.asarray(self.encoder.encode(list(names)), dtype=np.float32)
        todo = [n for n in dict.fromkeys(names) if n not in ahead]
        fresh: dict[str, np.ndarray] = {}
        if todo:
            fresh = dict(zip(todo, np.asarray(self.encoder.encode(todo), dtype=np.float32)))
        return np.stack([ahead[n] if n in ahead else fresh[n] for n in names])

    def add(
        self, keys: Sequence[str], names: Sequence[str], types: Sequence[str] | None = None
    ) -> None:
        """Add names of entities; a key given several names gets them all as aliases.

        ``types`` defaults to ``Thing`` (compatible with every type).
        """
        if len(keys) != len(names) or (types is not None and len(types) != len(names)):
            raise FuzzyError("keys, names and types must have the same length")
        if not names:
            return
        types = list(types) if types is not None else [_ANY] * len(names)
        vectors = self._encode(names)  # (n, dim)
        type_index = {t: i for i, t in enumerate(self._type_names)}
        for t in types:
            if t not in type_index:
                type_index[t] = len(self._type_names)
                self._type_names.append(t)
        type_ids = np.fromiter((type_index[t] for t in types), dtype=np.int32, count=len(types))
        self._keys = _appended(self._keys, keys)
        self._names = _appended(self._names, names)
        self._texts = _appended(self._texts, list(map(match_text, names)))  # made now: lookups re-score them
        self._type_ids = _appended(self._type_ids, type_ids)  # as the strings: no copy of the rows before
        if self.quantize:
            q, scale = _quantize(vectors)
            self._vectors = _appended(self._vectors, q)
            self._scales = _appended(self._scales, scale)
        else:
            self._vectors = _appended(self._vectors, vectors)
        self._update_ivf(vectors)

    def keys(self) -> set[str]:
        """The distinct entity keys."""
        return set(self._keys)

    def remove(self, keys: Iterable[str]) -> int:
        """Remove every row of ``keys``; return how many of the keys were present."""
        drop = np.fromiter(map(set(keys).__contains__, self._keys.tolist()), dtype=bool, count=len(self._keys))
        if not drop.any():
            return 0
        removed = len(set(self._keys[drop].tolist()))  # the keys present
        keep = np.flatnonzero(~drop)
        self._take(keep)
        if self._centroids is not None:  # lists keep their order; only their bounds move
            self._bounds = np.searchsorted(keep, self._bounds).astype(np.int64)
            self._ordered = int(self._bounds[-1])
        return removed

    def _take(self, rows: np.ndarray) -> None:
        """Keep ``rows`` of every per-row array, in that order."""
        self._keys, self._names, self._texts = self._keys[rows], self._names[rows], self._texts[rows]
        self._type_ids = self._type_ids[rows]
        self._vectors = self._vectors[rows]
        if self.quantize:
            self._scales = self._scales[rows]
        if self._centroids is not None:
            self._assign = self._assign[rows]

    # --- inverted file ----------------------------------------------------------------------

    def _float_rows(self, start: int = 0, stop: int | None = None) -> np.ndarray:
        v = self._vectors[start:stop]
        if not self.quantize:
            return v
        return v.astype(np.float32) * self._scales[start:stop, None]

    def _update_ivf(self, new_vectors: np.ndarray) -> None:
        n = len(self._keys)
        if n < self.ivf_min:
            return
        if self._centroids is None or n > 2 * self._trained_on:
            self._train_ivf()
            return
        self._assign = _appended(self._assign, self._nearest_list(new_vectors))
        if n - self._ordered > _TAIL:
            self._reorder()

    def _train_ivf(self, iterations: int = 8, sample: int = 100_000) -> None:
        n = len(self._keys)
        lists = max(16, int(2 * math.sqrt(n)))
        rng = np.random.default_rng(0)
        pick = np.sort(rng.permutation(n)[:max(sample, 32 * lists)])
        data = np.ascontiguousarray(self._gather(pick), dtype=np.float32)
        centroids = data[rng.permutation(len(data))[:lists]].copy()
        for _ in range(iterations):  # spherical k-means
            assign = np.argmax(data @ centroids.T, axis=1)
            order = np.argsort(assign, kind="stable")
            filled, starts = np.unique(assign[order], return_index=True)
            sums = np.add.reduceat(data[order], starts, axis=0)
            norms = np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
            centroids[filled] = sums / norms
        self._centroids = centroids
        self._trained_on = n
        self._assign = np.concatenate([self._nearest_list(self._float_rows(i, i + 65536))
                                       for i in range(0, n, 65536)])
        self._reorder()
        logger.debug("inverted file: %d lists over %d rows", lists, n)

    def _gather(self, rows: np.ndarray) -> np.ndarray:
        v = self._vectors[rows]
        return v if not self.quantize else v.astype(np.float32) * self._scales[rows, None]

    def _nearest_list(self, vectors: np.ndarray) -> np.ndarray:
        assert self._centroids is not None
        return np.argmax(vectors @ self._centroids.T, axis=1).astype(np.int32)

    def _reorder(self) -> None:
        """Store the rows list by list, so that a probed list is one contiguous slice."""
        assert self._centroids is not None
        order = np.argsort(self._assign, kind="stable")
        self._take(order)
        counts = np.bincount(self._assign, minlength=len(self._centroids))
        self._bounds = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self._ordered = len(self._keys)

    def _batch_shortlists(self, queries: np.ndarray, depth: int,
                          allowed: np.ndarray | None) -> list[tuple[np.ndarray, np.ndarray, bool]]:
        """:meth:`_shortlist` of each query's probe, searched list by list for all queries."""
        assert self._centroids is not None
        rows = (lambda s: self._float_rows(s.start, s.stop)) if self.quantize else self._vectors.__getitem__
        lists = Lists(rows, self._centroids, self._bounds, self._ordered, len(self._keys))
        return shortlists(lists, queries, nprobe=self.nprobe, depth=depth,
                          allowed_rows=None if allowed is None else allowed[self._type_ids])

    def _uses_ivf(self) -> bool:
        return self._centroids is not None and len(self._keys) >= self.ivf_min

    def _probe(self, queries: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each query, the ``(rows, cosines)`` of its ``nprobe`` lists and of the tail."""
        assert self._centroids is not None
        nprobe = min(self.nprobe, len(self._centroids))
        near = np.argpartition(-(queries @ self._centroids.T), nprobe - 1, axis=1)[:, :nprobe]
        starts, stops = self._bounds[near], self._bounds[near + 1]  # (Q, nprobe)
        tail = (self._ordered, len(self._keys))
        out = []
        for q, lo, hi in zip(queries, starts.tolist(), stops.tolist()):
            spans = [(a, b) for a, b in zip(lo, hi) if b > a]
            if tail[1] > tail[0]:
                spans.append(tail)
            if not spans:
                out.append((np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)))
                continue
            # one small product per contiguous list, written in place: no copy of the vectors
            rows = ranges(spans)
            scores = np.empty(len(rows), dtype=np.float32)
            at = 0
            for a, b in spans:
                if self.quantize:
                    scores[at:at + b - a] = self._float_rows(a, b) @ q
                else:
                    np.matmul(self._vectors[a:b], q, out=scores[at:at + b - a])
                at += b - a
            out.append((rows, scores))
        return out

    # --- search -----------------------------------------------------------------------------

    def _type_mask(self, types: Iterable[str] | None) -> np.ndarray | None:
        if types is None:
            return None
        wanted = set(types)
        if _ANY in wanted:
            return None
        allowed = np.zeros(len(self._type_names) + 1, dtype=bool)
        allowed[[i for i, t in enumerate(self._type_names) if t == _ANY or t in wanted]] = True
        return allowed

    def _shortlist(
        self, rows: np.ndarray | None, scores: np.ndarray, depth: int, allowed: np.ndarray | None,
    ) -> tuple[np.ndarray, np.ndarray, bool]:
        """The ``depth`` best rows by cosine among ``rows`` (None: all rows) of an allowed type:
        ``(rows, cosines, exhausted)``, ``exhausted`` when no other row qualifies."""
        if allowed is not None:
            type_ids = self._type_ids if rows is None else self._type_ids[rows]
            scores = np.where(allowed[type_ids], scores, -np.inf)
        n = min(depth, len(scores))
        top = best(scores, depth, rows)  # best first (equal: the later row), as the batch search
        found = top if rows is None else rows[top]
        return found, scores[top], n == len(scores) or len(top) < n

    def _above(self, query: str, rows: np.ndarray, values: np.ndarray,
               min_cosine: float) -> tuple[np.ndarray, np.ndarray]:
        """The shortlisted ``rows`` of cosine ``values`` at least ``min_cosine``, or whose match
        text is the query's."""
        keep = values >= min_cosine
        if not keep.all():
            low = np.flatnonzero(~keep)
            keep[low] = np.asarray(self._match_texts(rows[low]), dtype=object) == match_text(query)
        return rows[keep], values[keep]

    def _depth(self, k: int) -> int:
        return max(self.rerank_depth, 2 * k) if self.rerank else 4 * k + 8

    def _top(
        self, query: str, rows: np.ndarray | None, scores: np.ndarray, k: int,
        allowed: np.ndarray | None, depth: int | None = None,
    ) -> list[Match]:
        """The ``k`` best distinct keys among ``rows`` (None: all rows) scored by cosine."""
        depth = depth or self._depth(k)
        while len(scores):
            found, values, exhausted = self._shortlist(rows, scores, depth, allowed)
            out = self._ranked([query], [(found, values)], k)[0]
            if len(out) == k or exhausted:
                return out
            depth *= 4  # aliases of few keys filled the depth: look deeper
        return []

    def _ranked(
        self, queries: Sequence[str], shortlists: Sequence[tuple[np.ndarray, np.ndarray]], k: int,
        keep: int | None = None,
    ) -> list[list[Match]]:
        """The ``k`` best distinct keys of each query's shortlist ``(rows, cosines)``; with
        ``rerank`` all the shortlists' pairs are re-scored at once, each cut first to its best
        ``keep`` (at least ``k``) by a cheap score (:mod:`kg_memory.fuzzy.rerank`)."""
        if not self.rerank:
            return [self._matches(found) for found in distinct(self._keys, shortlists, k)]
        scored = rescored(partial(_fused, self.encoder), [match_text(q) for q in queries], shortlists,
                          self._match_texts, None if keep is None else max(keep, k))
        return [self._matches(found) for found in distinct(self._keys, scored, k)]

    def _match_texts(self, rows: np.ndarray) -> list[str]:
        """The match texts of ``rows`` (made now for rows read from an older file)."""
        texts = self._texts
        out = texts[rows].tolist()
        if None in out:
            for j, row in enumerate(rows.tolist()):
                if out[j] is None:
                    out[j] = texts[row] = match_text(self._names[row])
        return out

    def _matches(self, found: list[tuple[int, float]]) -> list[Match]:
        names, keys, types, type_ids = self._names, self._keys, self._type_names, self._type_ids
        return [Match(keys[row], names[row], types[type_ids[row]], round(score, 6)) for row, score in found]

    def search(self, name: str, k: int = 5, types: Iterable[str] | None = None) -> list[Match]:
        """The ``k`` entities whose names are most similar to ``name``, best first.

        ``types`` keeps entities whose type is compatible with one of them (Thing matches all).
        """
        return self.search_batch([name], k, types)[0]

    def search_batch(
        self, names: Sequence[str], k: int = 5, types: Iterable[str] | None = None,
        *, min_cosine: float | None = None,
    ) -> list[list[Match]]:
        """:meth:`search` for many names at once: one encoding, one matrix product per chunk of
        256 queries (in the inverted file, from 16 queries on, one product per probed list for
        all the queries that probe it: :mod:`kg_memory.fuzzy.probe`), and one re-scoring of all
        the chunk's candidates.

        ``min_cosine`` re-scores only the candidates of at least that cosine (or the query's own
        match text), for a caller that needs only scores the cosine bounds (entity resolution: a
        fused score is at most ``0.75 + cosine / 4``); fewer than ``k`` matches may come back."""
        if not self.rows or not names:
            return [[] for _ in names]
        allowed = self._type_mask(types)
        depth = self._depth(k)
        ivf = self._uses_ivf()
        if self._one_thread is None:
            self._one_thread = one_blas_thread()
        with self._one_thread():  # every product of a lookup is small, the encoding's too
            queries = self._encode(names)  # (Q, dim)
            return self._search_chunks(names, queries, k, allowed, depth, ivf, min_cosine)

    def _search_chunks(
        self, names: Sequence[str], queries: np.ndarray, k: int, allowed: np.ndarray | None,
        depth: int, ivf: bool, min_cosine: float | None,
    ) -> list[list[Match]]:
        results: list[list[Match]] = []
        step = _IVF_CHUNK if ivf else 256
        for start in range(0, len(queries), step):
            chunk = queries[start:start + step]
            probed: list[tuple[np.ndarray | None, np.ndarray] | None]
            if ivf and len(chunk) >= _BATCH_FROM:  # list by list (kg_memory.fuzzy.probe)
                shortlists = self._batch_shortlists(chunk, depth, allowed)
                probed = [None] * len(chunk)  # each query's whole probe, made if it is needed
            else:
                if ivf:
                    probed = list(self._probe(chunk))
                elif self.quantize:
                    scores = (chunk @ self._vectors.T.astype(np.float32)) * self._scales  # (q, N)
                    probed = [(None, row) for row in scores]
                else:
                    probed = [(None, row) for row in chunk @ self._vectors.T]  # (q, N)
                shortlists = [self._shortlist(p[0], p[1], depth, allowed) for p in probed if p]
            if min_cosine is not None:
                shortlists = [(*self._above(name, found, values, min_cosine), True)
                              for name, (found, values, _) in zip(names[start:start + step], shortlists)]
            ranked = self._ranked(names[start:start + step], [s[:2] for s in shortlists], k, KEEP)
            for i, found in enumerate(ranked):
                name, exhausted = names[start + i], shortlists[i][2]
                if min_cosine is not None:
                    results.append(found)
                    continue
                if len(found) < k and (not exhausted or allowed is not None):
                    rows, row = probed[i] or self._probe(chunk[i:i + 1])[0]
                if len(found) < k and not exhausted:  # aliases of few keys filled the depth
                    found = self._top(name, rows, row, k, allowed, 4 * depth)
                if len(found) < k and allowed is not None and rows is not None:
                    # the probed lists lack that type: scan all rows
                    found = self._top(name, None, self._float_rows() @ chunk[i], k, allowed)
                results.append(found)
        return results

    # --- persistence ------------------------------------------------------------------------

    def save(self, directory: str | Path) -> None:
        """Write the index to ``directory``: ``index.json`` (settings, encoder reference),
        ``rows.npz`` (the rows column by column and the vectors: :mod:`kg_memory.fuzzy.storage`)
        and ``encoder.npz`` unless the encoder is the packaged default."""
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        meta = {"quantize": self.quantize, "ivf_min": self.ivf_min,
                "rerank": self.rerank, "rerank_depth": self.rerank_depth, "nprobe": self.nprobe,
                "encoder": "default" if self._default_encoder else "encoder.npz"}
        if not self._default_encoder and not isinstance(self.encoder, NameEncoder):
            raise FuzzyError(f"cannot save an index whose encoder is a {type(self.encoder).__name__}")
        texts = [match_text(n) if t is None else t for n, t in zip(self._names.tolist(), self._texts.tolist())]
        arrays = {"vectors": self._vectors, "scales": self._scales, "assign": self._assign.astype(np.int64)}
        if self._centroids is not None:
            arrays |= {"centroids": self._centroids, "bounds": self._bounds,
                       "ordered": np.asarray(self._ordered)}
        if isinstance(self.encoder, NameEncoder) and not self._default_encoder:
            self.encoder.save(path / "encoder.npz")
        # rows and vectors are one file, replaced whole, then index.json: a crash leaves a folder
        # that loads (old or new), or fails to load and is rebuilt from the store by the caller
        storage.write(path, meta, self._keys.tolist(), self._names.tolist(), texts, self._type_names, self._type_ids, arrays)

    @classmethod
    def load(cls, directory: str | Path) -> EntityIndex:
        """Open an index written by :meth:`save`. A folder in the first layout (``rows.jsonl``)
        is read, then rewritten in the current one (once; a folder that cannot be written is
        left as it is)."""
        path = Path(directory)
        saved = storage.read(path)
        meta = saved.meta
        encoder: Encoder | None = None
        if meta["encoder"].endswith(".pt"):  # written before 0.2, by the torch encoder
            from kg_memory.fuzzy.model import EntityEncoder

            encoder = EntityEncoder.load(path / meta["encoder"]).to_numpy()
        elif meta["encoder"] != "default":
            encoder = NameEncoder.load(path / meta["encoder"])
        index = cls(encoder, quantize=meta["quantize"], ivf_min=meta["ivf_min"],
                    nprobe=meta["nprobe"], rerank=meta.get("rerank", True),
                    rerank_depth=meta.get("rerank_depth", 32))
        index._keys, index._names, index._texts = _strings(saved.keys), _strings(saved.names), _strings(saved.texts)
        index._type_names, index._type_ids = saved.types, saved.type_ids
        tensors = saved.arrays
        index._vectors = tensors["vectors"]
        index._scales = tensors["scales"]
        index._assign = tensors["assign"].astype(np.int32)
        if "centroids" in tensors:
            index._centroids = tensors["centroids"]
            index._trained_on = len(saved.keys)
            if "bounds" in tensors:
                index._bounds = tensors["bounds"]
                index._ordered = int(tensors["ordered"])
            else:  # written before lists were stored contiguously
                index._reorder()
        if saved.migrated:
            try:
                index.save(path)
                storage.remove_old_files(path)
                logger.info("entity index %s rewritten in the current layout", path)
            except OSError as e:
                logger.warning("entity index %s left in its old layout: %s", path, e)
        return index


def resolve(
    index: EntityIndex, name: str, type: str = _ANY, threshold: float | None = None,
    *, k: int = 5,
) -> Match | None:
    """The entity of ``index`` that ``name`` (of class ``type``) denotes, or None.

    The best match of a compatible type (:func:`types_compatible`) whose score reaches
    ``threshold`` wins; the default threshold is the encoder's calibrated one
    (``index.encoder.config.threshold``), put at the best F1 on generated pairs with hard
    negatives (:mod:`kg_memory.fuzzy.calibration`); pass a higher one where a wrong merge costs
    more than a duplicate.
    """
    limit = index.encoder.config.threshold if threshold is None else threshold
    for match in index.search(name, k=k, types=[type]):
        if types_compatible(match.type, type) and match.score >= limit:
            return match
    return None


def calibrate_threshold(
    encoder: Encoder, pairs: Iterable[tuple[str, str, bool]], *,
    precision: float | None = 0.98,
    rerank: bool = True,
) -> float:
    """The lowest score threshold whose merges reach ``precision`` on labelled pairs.

    Scores are :func:`pair_scores` (with ``rerank``, as :class:`EntityIndex` reports them).

    ``pairs`` are ``(name_a, name_b, same_entity)``. Scores are sorted from high to low and the
    threshold is put at the lowest score where the precision of "merge if score >= threshold"
    is still at least ``precision`` (1.0 if no threshold reaches it); ``precision=None`` puts it
    at the best F1 instead.

    >>> from kg_memory.fuzzy.encoder import EncoderConfig
    >>> config = EncoderConfig(buckets=512, embed_dim=16, dim=16)
    >>> enc = NameEncoder(config, np.random.default_rng(0).normal(size=(512, 16)), np.eye(16))
    >>> calibrate_threshold(enc, [("Ann", "ann", True), ("Ann", "Bob", False)])
    1.0
    """
    pairs = list(pairs)
    if not pairs:
        raise FuzzyError("calibration needs labelled pairs")
    scores = pair_scores(encoder, [p[0] for p in pairs], [p[1] for p in pairs], rerank=rerank)
    return threshold_for_precision(scores, [p[2] for p in pairs], precision)
