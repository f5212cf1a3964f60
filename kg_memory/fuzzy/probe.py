"""Inverted-file search of many queries at once, list by list (used by
:meth:`kg_memory.fuzzy.index.EntityIndex.search_batch`).

One query scans its ``nprobe`` lists with one small product per list. A batch turns that around:
the (query, list) pairs are grouped by list, and each probed list is multiplied once by all the
queries that probe it (one matrix product per list instead of one per pair). A first pass
gives each query a bar, the ``depth``-th best cosine of its nearest list; each block then keeps
only the rows at or above its queries' bars (a comparison, where a selection per block cost
three times as much), and a query's shortlist is the best ``depth`` of what its blocks kept: the
same rows as the best ``depth`` of everything it probed. Each block is computed rows by queries
(OpenBLAS runs that shape twice as fast as queries by rows), and the kept rows are ranked by one
integer key per row (query, then cosine) instead of ``np.lexsort`` over three columns. One
lookup's probe is cut to its best rows by :func:`best` the same way: a bar, then a sort of the
few rows above it. Equal cosines rank the later row first, in a batch as in one lookup.

>>> rng = np.random.default_rng(0)
>>> vectors = rng.normal(size=(1000, 8)).astype(np.float32)
>>> vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
>>> centroids = vectors[:10]
>>> assign = np.argmax(vectors @ centroids.T, axis=1)
>>> order = np.argsort(assign, kind="stable")
>>> lists = Lists(vectors[order].__getitem__, centroids,
...               np.concatenate([[0], np.cumsum(np.bincount(assign, minlength=10))]), 1000, 1000)
>>> found = shortlists(lists, vectors[order][:3], nprobe=10, depth=5)
>>> [int(rows[np.argmax(cos)]) for rows, cos, _ in found]  # every list probed: each finds itself
[0, 1, 2]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, NamedTuple

import numpy as np

__all__ = ["Lists", "best", "nearest", "one_blas_thread", "ranges", "shortlists"]


def one_blas_thread() -> Callable[[], AbstractContextManager[Any]]:
    """A context factory: each context runs BLAS on one thread. The products of a lookup are many
    and small: OpenBLAS splitting each over threads made a batch of lookups twice as slow on two
    busy cores, and one query's scan of 20,000 rows cost 18 times the CPU (threads spinning).
    Finding the BLAS libraries takes milliseconds, so it is done once; each context then costs
    tens of microseconds."""
    from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

    controller = ThreadpoolController()
    return lambda: controller.limit(limits=1, user_api="blas")


class Lists(NamedTuple):
    """What the batch search reads of an index: ``rows(a, b)`` gives the float32 vectors of rows
    ``[a, b)``; rows ``[bounds[l], bounds[l+1])`` are list ``l`` of ``centroids``; rows from
    ``ordered`` to ``size`` are the tail (added since the last reordering), scanned by every
    query."""

    rows: Callable[[slice], np.ndarray]
    centroids: np.ndarray
    bounds: np.ndarray
    ordered: int
    size: int


def ranges(spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """The integers of the half-open ``spans``, span after span (one array, no loop).

    >>> ranges([(5, 8), (2, 4)]).tolist()
    [5, 6, 7, 2, 3]
    """
    lo, hi = np.asarray(spans, dtype=np.int64).reshape(-1, 2).T
    sizes = hi - lo
    return np.repeat(lo - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()))


#: Cosines of one vector with equal rows differ in their last bits by where the rows stand in a
#: product (BLAS kernels treat a block's edges apart): ranks compare scores rounded to this many
#: decimals (the scores themselves are kept), and a bar lets through what lies this close below it,
#: so that equal names tie exactly in one lookup and in a batch alike.
DECIMALS = 5
SLACK = 2e-5


def settled(cosines: np.ndarray) -> np.ndarray:
    """``cosines`` (or scores) rounded to :data:`DECIMALS`, to rank by: equal up to a product's rounding is equal.

    >>> settled(np.array([0.7071068, 0.70710677], np.float32)).tolist() == [0.70711, 0.70711]
    False
    >>> bool(settled(np.array([0.7071068], np.float32))[0] == settled(np.array([0.70710677], np.float32))[0])
    True
    """
    return np.round(cosines, DECIMALS)


def best(scores: np.ndarray, depth: int, rows: np.ndarray | None = None) -> np.ndarray:
    """Positions of the ``depth`` highest finite ``scores``, best first (equal scores: the higher
    of ``rows``, by default the later position, first).

    The ``depth``-th best of the first part of the scores bounds the ``depth``-th best of all of
    them from below, so one comparison leaves a few hundred candidates to rank: at 12,000 scores
    (one lookup's probe of 1M names) a sixth of the time of ``np.argpartition``.

    >>> best(np.array([0.2, 0.9, -np.inf, 0.5, 0.9]), 3).tolist()
    [4, 1, 3]
    """
    head = scores[:max(16 * depth, len(scores) // 8)]
    head = head[np.isfinite(head)]
    if len(head) >= depth:  # the depth-th best of the head: a bar the depth best of all reach
        at = np.flatnonzero(scores >= np.partition(head, len(head) - depth)[len(head) - depth] - SLACK)
    else:  # few finite scores ahead (a type filter): rank all the finite ones
        at = np.flatnonzero(np.isfinite(scores))
    order = np.lexsort((-(at if rows is None else rows[at]), -settled(scores[at])))[:depth]
    return at[order]


def _groups(lists_of: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """``(list, positions)`` for each list named in the flat array ``lists_of``."""
    order = np.argsort(lists_of, kind="stable")
    named, first = np.unique(lists_of[order], return_index=True)
    last = np.append(first[1:], len(order))
    for name, a, b in zip(named.tolist(), first.tolist(), last.tolist()):
        yield name, order[a:b]


def nearest(closeness: np.ndarray, nprobe: int) -> np.ndarray:
    """The columns of the ``nprobe`` highest values of each row of ``closeness`` (Q, L): (Q,
    nprobe), in no particular order.

    Each row's columns are cut into groups of about ``L / (3 * nprobe)`` columns, and the
    ``nprobe``-th best of the groups' maxima bounds the row's ``nprobe``-th best value from below
    (``nprobe`` groups each hold a value at least that high): only the few columns at or above
    it are ranked (a third of the time of ``np.argpartition`` over every column at 2,000 lists).

    >>> closeness = np.random.default_rng(0).normal(size=(3, 600)).astype(np.float32)
    >>> near = nearest(closeness, 10)
    >>> bool((np.sort(near, axis=1) == np.sort(np.argsort(-closeness, axis=1)[:, :10], axis=1)).all())
    True
    """
    count, width = closeness.shape
    size = width // (3 * nprobe)
    if size < 2 or count == 1 or closeness.dtype != np.float32:  # few lists, or one lookup: numpy's
        # calls outweigh the work (and the ranking key below holds float32 values)
        return np.argpartition(-closeness, nprobe - 1, axis=1)[:, :nprobe]
    groups = width // size
    maxima = closeness[:, :groups * size].reshape(count, groups, size).max(axis=2)  # (Q, groups)
    low = np.partition(maxima, groups - nprobe, axis=1)[:, groups - nprobe]  # (Q,)
    who, column = np.nonzero(closeness >= low[:, None])
    order = np.argsort(_descending_key(who, closeness[who, column]), kind="stable")
    who, column = who[order], column[order]
    first = np.searchsorted(who, np.arange(count))
    return column[np.arange(len(who)) - first[who] < nprobe].reshape(count, nprobe)


def _descending_key(who: np.ndarray, cosines: np.ndarray) -> np.ndarray:
    """An int64 key that sorts by ``who`` ascending, then by ``cosines`` (float32) descending:
    the query in the high 32 bits, below it the cosine's bits in an order-preserving map.

    >>> key = _descending_key(np.array([1, 0, 0, 0]), np.array([0.9, -0.5, 0.25, -0.0], np.float32))
    >>> np.argsort(key, kind="stable").tolist()  # 0.0 and -0.0 are equal
    [2, 3, 1, 0]
    """
    bits = (np.asarray(cosines, dtype=np.float32) + np.float32(0.0)).view(np.uint32)  # -0.0 -> 0.0
    ascending = np.where(bits >> np.uint32(31), ~bits, bits | np.uint32(0x80000000))
    return (np.asarray(who, dtype=np.int64) << 32) | (np.uint32(0xFFFFFFFF) - ascending).astype(np.int64)


def shortlists(
    lists: Lists, queries: np.ndarray, *, nprobe: int, depth: int,
    allowed_rows: np.ndarray | None = None,
) -> list[tuple[np.ndarray, np.ndarray, bool]]:
    """For each query (rows of ``queries``, unit vectors), the ``depth`` best rows by cosine among
    its ``nprobe`` nearest lists and the tail, of those whose ``allowed_rows`` is true (None: all):
    ``(rows, cosines, exhausted)``, ``exhausted`` when no other probed row qualifies; rows best
    first (equal cosines: the later row first).

    The bar is exact: the ``depth`` best of everything probed are each at least as good as the
    ``depth``-th best of a part of it (the nearest list)."""
    count, bounds = len(queries), lists.bounds
    nprobe = min(nprobe, len(lists.centroids))
    closeness = queries @ lists.centroids.T
    near = nearest(closeness, nprobe)
    tail = lists.size > lists.ordered

    def scored(lo: int, hi: int, who: np.ndarray) -> np.ndarray:
        """Cosines of rows [lo, hi) with the queries ``who``, -inf where a row is not allowed:
        (hi - lo, len(who)), rows by queries (a product twice as fast as the transposed one)."""
        block = lists.rows(slice(lo, hi)) @ np.ascontiguousarray(queries[who].T)
        if allowed_rows is not None:
            block[~allowed_rows[lo:hi]] = -np.inf
        return block

    bar = np.full(count, -np.inf, dtype=np.float32)
    for name, who in _groups(np.argmax(closeness, axis=1)):
        lo, hi = int(bounds[name]), int(bounds[name + 1])
        if hi - lo >= depth:
            bar[who] = np.partition(scored(lo, hi, who), hi - lo - depth, axis=0)[hi - lo - depth]
    bar = bar - np.float32(SLACK)  # "above" it is "at or above" the bar, whatever the product's rounding
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    spans = [(int(bounds[name]), int(bounds[name + 1]), pairs // nprobe) for name, pairs in _groups(near.ravel())]
    if tail:
        spans.append((lists.ordered, lists.size, np.arange(count)))
    for lo, hi, who in spans:  # each query's rows come in ascending order
        if hi > lo:
            block = scored(lo, hi, who)
            at = np.flatnonzero(block > bar[who])  # np.nonzero of a 2-d mask costs twice as much
            c, q = np.divmod(at, len(who))
            found.append((who[q], lo + c, block.ravel()[at]))
    who = np.concatenate([f[0] for f in found]) if found else np.zeros(0, dtype=np.int64)
    rows = np.concatenate([f[1] for f in found]) if found else np.zeros(0, dtype=np.int64)
    cosines = np.concatenate([f[2] for f in found]) if found else np.zeros(0, dtype=np.float32)
    # by query, best first; equal cosines: the later row first (a stable sort of the candidates
    # in descending row order, by one integer key: several times faster than np.lexsort)
    order = np.argsort(_descending_key(who[::-1], settled(cosines[::-1])), kind="stable")
    order = len(who) - 1 - order
    who, rows, cosines = who[order], rows[order], cosines[order]
    first = np.searchsorted(who, np.arange(count + 1))
    kept = np.arange(len(who)) - first[who] < depth
    who, rows, cosines = who[kept], rows[kept], cosines[kept]
    first = np.searchsorted(who, np.arange(count + 1)).tolist()
    # how many rows each query probed, and how many of them are allowed: exhausted when the
    # shortlist holds all of the allowed ones
    sizes = np.diff(bounds)
    if allowed_rows is None:
        allowed_sizes = sizes
        allowed_tail = lists.size - lists.ordered
    else:
        prefix = np.concatenate([[0], np.cumsum(allowed_rows, dtype=np.int64)])
        allowed_sizes = prefix[bounds[1:]] - prefix[bounds[:-1]]
        allowed_tail = int(prefix[lists.size] - prefix[lists.ordered])
    total = sizes[near].sum(axis=1) + (lists.size - lists.ordered)
    qualified = allowed_sizes[near].sum(axis=1) + allowed_tail
    exhausted = (total <= depth) | (qualified < depth)
    return [(rows[a:b], cosines[a:b], done)
            for a, b, done in zip(first[:-1], first[1:], exhausted.tolist())]
