"""Inverted-file search of many queries at once, list by list (used by
:meth:`kg_memory.fuzzy.index.EntityIndex.search_batch`).

One query scans its ``nprobe`` lists with one small product per list. A batch turns that around:
the (query, list) pairs are grouped by list, and each probed list is multiplied once by all the
queries that probe it (one matrix product per list instead of one per pair). Each block keeps
its best ``depth`` rows per query, and a query's shortlist is the best ``depth`` of its blocks'
rows: the same rows as the best ``depth`` of everything it probed.

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

import contextlib
from collections.abc import Callable, Iterator
from typing import NamedTuple

import numpy as np

__all__ = ["Lists", "one_blas_thread", "shortlists"]


@contextlib.contextmanager
def one_blas_thread(active: bool = True) -> Iterator[None]:
    """Run the block with BLAS on one thread. The products of a batch search are many and small:
    OpenBLAS splitting each over threads made a batch of lookups twice as slow on two busy cores."""
    if not active:
        yield
        return
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    with threadpool_limits(limits=1, user_api="blas"):
        yield


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


def _best(block: np.ndarray, depth: int) -> tuple[np.ndarray, np.ndarray]:
    """Row offsets and scores of the ``depth`` best rows of each column of ``block`` (m, g)."""
    if len(block) <= depth:
        return np.broadcast_to(np.arange(len(block))[:, None], block.shape), block
    top = np.argpartition(-block, depth - 1, axis=0)[:depth]
    return top, np.take_along_axis(block, top, axis=0)


def shortlists(
    lists: Lists, queries: np.ndarray, *, nprobe: int, depth: int,
    allowed_rows: np.ndarray | None = None,
) -> list[tuple[np.ndarray, np.ndarray, bool]]:
    """For each query (rows of ``queries``, unit vectors), the ``depth`` best rows by cosine among
    its ``nprobe`` nearest lists and the tail, of those whose ``allowed_rows`` is true (None: all):
    ``(rows, cosines, exhausted)``, ``exhausted`` when no other probed row qualifies."""
    count, bounds = len(queries), lists.bounds
    nprobe = min(nprobe, len(lists.centroids))
    near = np.argpartition(-(queries @ lists.centroids.T), nprobe - 1, axis=1)[:, :nprobe]
    tail = lists.size > lists.ordered
    width = nprobe * depth + (depth if tail else 0)
    scores = np.full((count, width), -np.inf, dtype=np.float32)
    rows = np.zeros((count, width), dtype=np.int64)

    def place(lo: int, hi: int, who: np.ndarray, columns: np.ndarray) -> None:
        """Score rows [lo, hi) against the queries ``who``; keep each one's best at ``columns``."""
        block = lists.rows(slice(lo, hi)) @ queries[who].T  # (hi - lo, len(who))
        if allowed_rows is not None:
            block[~allowed_rows[lo:hi]] = -np.inf
        top, values = _best(block, depth)
        at = columns[:, None] + np.arange(len(top))  # (len(who), kept)
        scores[who[:, None], at] = values.T
        rows[who[:, None], at] = lo + top.T

    flat = near.ravel()
    order = np.argsort(flat, kind="stable")
    probed, first = np.unique(flat[order], return_index=True)
    last = np.append(first[1:], len(order))
    for name, a, b in zip(probed.tolist(), first.tolist(), last.tolist()):
        lo, hi = int(bounds[name]), int(bounds[name + 1])
        if hi > lo:
            pairs = order[a:b]
            place(lo, hi, pairs // nprobe, (pairs % nprobe) * depth)
    if tail:
        place(lists.ordered, lists.size, np.arange(count), np.full(count, nprobe * depth))
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
    if width > depth:
        best = np.argpartition(-scores, depth - 1, axis=1)[:, :depth]
        scores = np.take_along_axis(scores, best, axis=1)
        rows = np.take_along_axis(rows, best, axis=1)
    out = []
    for r, s, done in zip(rows, scores, exhausted.tolist()):
        keep = np.isfinite(s)
        out.append((r[keep], s[keep], done))
    return out
