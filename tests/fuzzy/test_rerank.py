"""Two-stage re-scoring of lookups (issue 16): each shortlist is cut by cosine + edit ratio before
the full pair features, a few pairs are aligned in plain Python, and what a user gets back keeps
its quality: the best fused match among all names, and ``k`` distinct entities despite aliases."""

from __future__ import annotations

import random

import numpy as np
import pytest

from kg_memory.fuzzy import EntityIndex, load_default_encoder, match_text, pair_features, pair_scores
from kg_memory.fuzzy.rerank import KEEP, cut
from kg_memory.fuzzy.variants import make_variant, sample_names


def test_cut_keeps_each_querys_best_by_cosine_plus_ratio() -> None:
    texts = ["ann lee", "anne leigh", "ann lea", "bob ray", "rob ray", "bob ray"]
    cosines = np.array([0.80, 0.95, 0.10, 0.50, 0.60, 0.50])
    rows = np.array([10, 11, 12, 20, 21, 22])
    kept = cut(["ann lee", "bob ray"], np.array([3, 3]), texts, cosines, rows, keep=2)
    # "ann lee": the same text (0.80 + 1) beats the higher cosine (0.95 + 0.82), which beats
    # "ann lea"; "bob ray": two rows of the same text and cosine tie, the later row first
    assert kept.tolist() == [0, 1, 5, 3]
    # fewer candidates than keep: all of them, best first
    assert cut(["x"], np.array([3]), texts[:3], cosines[:3], rows[:3], keep=5).tolist() == [1, 0, 2]


def test_a_few_pairs_score_as_in_a_large_batch() -> None:
    corpus = sample_names(300, seed=2)
    rng = random.Random(1)
    a = [match_text(n) for n, _ in corpus] + ["", "a", "j smith", "zhang san", "san"]
    b = [match_text(make_variant(n, rng, t)) for n, t in corpus] + ["ann", "ann", "john smith", "zhang shan", "sna"]
    cosine = [rng.random() for _ in a]
    whole = pair_features(cosine, a, b)  # arrays over all token pairs
    for lo in range(0, len(a), 25):  # a few pairs: aligned one pair at a time
        np.testing.assert_allclose(pair_features(cosine[lo:lo + 25], a[lo:lo + 25], b[lo:lo + 25]),
                                   whole[lo:lo + 25], atol=1e-6)


@pytest.fixture(scope="module")
def index() -> tuple[EntityIndex, list[str]]:
    names = [n for n, _ in sample_names(1500, seed=21)]
    index = EntityIndex(load_default_encoder())
    index.add([f"e{i}" for i in range(len(names))], names)
    return index, names


def test_lookups_find_the_best_fused_match_among_all_names(index: tuple[EntityIndex, list[str]]) -> None:
    index_, names = index
    rng = random.Random(4)
    queries = [make_variant(n, rng, "Person") for n in rng.sample(names, 30)]
    found = index_.search_batch(queries, k=1)
    vectors = index_.encoder.encode(names)
    agree = 0
    for q, matches, cosines in zip(queries, found, index_.encoder.encode(queries) @ vectors.T):
        # every name fully scored
        scores = pair_scores(index_.encoder, [q] * len(names), names, cosine=cosines.tolist())
        agree += bool(matches) and matches[0].score == pytest.approx(max(scores), abs=1e-5)
    assert agree >= 29  # the cut to KEEP rows by cosine + ratio loses (almost) no best match


def test_k_distinct_entities_when_aliases_fill_the_cut(index: tuple[EntityIndex, list[str]]) -> None:
    index_, _ = index
    aliases = [f"Maximilian Oberholzer {c}" for c in "abcdefghijklmnopqrstuvwxyz"]
    assert len(aliases) > 2 * KEEP
    index_.add(["alias"] * len(aliases), aliases)
    index_.add(["other1", "other2"], ["Maximilian Oberhauser", "Maxim Oberholz"])
    for found in (index_.search("Maximilian Oberholzer", k=5),
                  index_.search_batch(["Maximilian Oberholzer"] * 20, k=5)[7]):
        keys = [m.key for m in found]
        assert len(keys) == 5 and len(set(keys)) == 5
        assert keys[0] == "alias" and {"other1", "other2"} <= set(keys)
