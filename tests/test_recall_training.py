"""The recall model's fitting (``scripts/train_recall_model.py``): the batched fits find what the
per-question fits they replaced found (kept in ``benchmarks/recall_fit.py`` as its baseline)."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

pytest.importorskip("torch")

from kg_memory.recall.ranker import FEATURES  # noqa: E402
from tests.benchmarks import load_benchmark  # noqa: E402


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """``benchmarks/recall_fit.py``: the per-question fits (the reference) and, through it, the
    script's batched ones."""
    return load_benchmark("recall_fit")


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def test_the_batched_adapter_fit_finds_the_per_question_fit(bench: ModuleType) -> None:
    rng = np.random.default_rng(0)
    groups = []
    for n_questions, n_docs in ((7, 30), (5, 24)):  # two conversations of different sizes
        docs = unit(rng.normal(size=(n_docs, 16)))
        labels = np.zeros((n_questions, n_docs), dtype=np.float32)
        for i in range(n_questions):
            labels[i, rng.choice(n_docs, size=1 + i % 3, replace=False)] = 1.0
        # questions near their evidence, but not on it: the adapter has something to learn
        questions = unit(labels @ docs + rng.normal(size=(n_questions, 16)))
        groups.append((questions, docs, labels))
    per_question = [(q, d, y) for qs, d, ys in groups for q, y in zip(qs, ys)]

    batched = bench.fit_adapter(groups, l2=0.1, temperature=0.05)
    reference = bench.per_question_adapter(per_question, l2=0.1, temperature=0.05)
    assert np.abs(reference).max() > 0.1  # it learned something
    # the same optimum up to float32 sums in another order (L-BFGS stops within ~1e-3 of it)
    np.testing.assert_allclose(batched, reference, atol=2e-3)


def test_the_batched_ranker_fit_finds_the_per_question_fit(bench: ModuleType) -> None:
    rng = np.random.default_rng(1)
    rows = []
    for n in (3, 9, 5, 12, 4):  # questions with different numbers of candidates
        x = rng.normal(size=(n, len(FEATURES)))
        x[rng.random(x.shape) < 0.05] = np.nan  # unknown features take the mean
        y = np.zeros(n, dtype=np.float32)
        y[: 1 + n % 2] = 1.0
        x[y > 0, 0] += 2.0  # the first feature points at the evidence
        rows.append((x, y))

    batched = bench.fit_ranker(rows, l2=1e-2, lexical_weight=0.25)
    reference = bench.per_question_ranker(rows, l2=1e-2, lexical_weight=0.25)
    assert batched["coef"][0] > 0.1
    np.testing.assert_allclose(batched["coef"], reference, atol=2e-3)
