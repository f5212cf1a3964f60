"""The vector stage of a lookup (issue 16): the nearest lists, the best rows of a probe and the
batch's shortlists are the exact selections they replace (ties of equal cosines go to the later
row, in one lookup as in a batch), and a batch encodes its names on one BLAS thread."""

from __future__ import annotations

import numpy as np
import pytest
import threadpoolctl

from kg_memory.fuzzy import EntityIndex, load_default_encoder
from kg_memory.fuzzy.encoder import Encoder
from kg_memory.fuzzy.probe import Lists, best, nearest, shortlists


@pytest.mark.parametrize("shape, nprobe", [((40, 2000), 24), ((7, 300), 5), ((1, 2000), 24), ((5, 30), 24)])
def test_nearest_lists_are_the_highest_columns(shape: tuple[int, int], nprobe: int) -> None:
    closeness = np.random.default_rng(1).normal(size=shape).astype(np.float32)
    want = np.sort(np.argsort(-closeness, axis=1)[:, :nprobe], axis=1)
    assert (np.sort(nearest(closeness, nprobe), axis=1) == want).all()


def test_nearest_lists_with_equal_closeness() -> None:
    """Ties (an empty name scores 0 with every list) still give ``nprobe`` distinct lists of
    the highest values."""
    closeness = np.round(np.random.default_rng(2).normal(size=(30, 2000)), 1).astype(np.float32)
    closeness[0] = 0.0
    near = nearest(closeness, 24)
    assert near.shape == (30, 24) and all(len(set(r)) == 24 for r in near.tolist())
    got = np.sort(np.take_along_axis(closeness, near, axis=1), axis=1)
    assert (got == np.sort(closeness, axis=1)[:, -24:]).all()


@pytest.mark.parametrize("count, with_rows", [(12_000, False), (12_000, True), (300, True), (20, False)])
def test_best_is_a_full_sort_cut_to_depth(count: int, with_rows: bool) -> None:
    rng = np.random.default_rng(count)
    scores = np.round(rng.normal(size=count), 2).astype(np.float32)  # many equal scores
    scores[rng.random(count) < 0.3] = -np.inf  # rows of a type not asked for
    rows = rng.permutation(10 * count)[:count] if with_rows else None
    order_of = np.arange(count) if rows is None else rows
    finite = np.flatnonzero(np.isfinite(scores))
    want = finite[np.lexsort((-order_of[finite], -scores[finite]))][:32]
    assert best(scores, 32, rows).tolist() == want.tolist()


def test_best_with_few_finite_scores_ahead() -> None:
    scores = np.full(5000, -np.inf, dtype=np.float32)
    scores[4000:4010] = np.arange(10, dtype=np.float32)
    assert best(scores, 32).tolist() == list(range(4009, 3999, -1))


def test_shortlists_rank_ties_by_the_later_row() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(2000, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[1500:1600] = vectors[7]  # a hundred rows of the same vector
    centroids = vectors[:40:4]
    assign = np.argmax(vectors @ centroids.T, axis=1)
    order = np.argsort(assign, kind="stable")
    ordered = vectors[order]
    lists = Lists(ordered.__getitem__, centroids,
                  np.concatenate([[0], np.cumsum(np.bincount(assign, minlength=10))]), 2000, 2000)
    queries = np.concatenate([vectors[[7]], vectors[rng.choice(2000, 40)]])
    found = shortlists(lists, queries, nprobe=10, depth=16)
    for (rows, cosines, _), q in zip(found, queries):  # every list probed: a full sort
        every = ordered @ q
        assert rows.tolist() == np.lexsort((-np.arange(2000), -every))[:16].tolist()
        np.testing.assert_allclose(cosines, every[rows], atol=1e-6)


@pytest.mark.parametrize("ivf", [False, True])
def test_one_lookup_breaks_ties_as_a_batch(ivf: bool) -> None:
    """Forty entities of one name tie at the top: one lookup returns the latest five, as a
    batch of lookups does (the inverted file from 16 queries on)."""
    from kg_memory.fuzzy.variants import sample_names

    names = [n for n, _ in sample_names(3000, seed=5)] + ["Anna Berg"] * 40
    index = EntityIndex(load_default_encoder(), ivf_min=1000 if ivf else 50_000, nprobe=4)
    index.add([f"e{i}" for i in range(len(names))], names)
    assert index._uses_ivf() == ivf  # noqa: SLF001
    latest = [f"e{i}" for i in range(len(names) - 1, len(names) - 6, -1)]
    assert [m.key for m in index.search("Anna Berg", k=5)] == latest
    assert [m.key for m in index.search_batch(["Anna Berg"] * 20, k=5)[0]] == latest


class _ThreadWatch:
    """An encoder that records how many BLAS threads it may use while it encodes."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.config = encoder.config
        self.threads: list[int] = []

    def encode(self, names: list[str]) -> np.ndarray:
        self.threads.append(max(p["num_threads"] for p in threadpoolctl.threadpool_info()
                                if p["user_api"] == "blas"))
        return np.asarray(self.encoder.encode(names))


def test_a_batch_encodes_on_one_blas_thread() -> None:
    """A batch's encoding is small products too: BLAS threads waiting for a busy core made a
    batch of lookups half as fast on two shared cores."""
    watch = _ThreadWatch(load_default_encoder())
    index = EntityIndex(watch)  # type: ignore[arg-type]
    index.add(["a", "b"], ["Anna Berg", "Bo Li"])
    watch.threads.clear()
    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        index.search_batch(["Anna Berg", "Bo Lee"], k=1)
    assert watch.threads == [1]
