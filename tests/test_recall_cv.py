"""The cross-validation harness's paired differences (``benchmarks/locomo_cv.py --compare``): a
variant that finds more evidence on the same questions is told apart from noise, per group."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from tests.benchmarks import load_benchmark


@pytest.fixture(scope="module")
def cv() -> ModuleType:
    """``benchmarks/locomo_cv.py``, imported with the benchmarks folder on the path."""
    return load_benchmark("locomo_cv")


def test_a_variant_that_finds_more_evidence_has_an_interval_above_zero(cv: ModuleType) -> None:
    question = sys.modules["locomo"].Question
    questions = [question(0, f"q{i}", 1 if i % 2 else 4, frozenset({"D1:1"}), True) for i in range(40)]
    questions += [question(0, f"adv{i}", 5, frozenset({"D1:2"}), False) for i in range(10)]
    base = [{"R@10": 0.0 if i % 4 == 0 else 1.0, "hit@5": 1.0} for i in range(50)]
    better = [{"R@10": 1.0, "hit@5": 1.0} for _ in range(50)]
    rows = {"BM25 raw turns": base, "cross-validated": base, "cross-validated lists=0": better,
            "cross-validated same": list(base)}

    found = cv.differences(rows, questions)

    assert sorted(found) == ["cross-validated lists=0", "cross-validated same"]  # not BM25, not itself
    mean, low, high = found["cross-validated lists=0"]["all 1-4"]["R@10"]
    assert mean == pytest.approx(10 / 40) and 0 < low < mean < high  # 10 of 40 questions gained their evidence
    assert found["cross-validated lists=0"]["multi-hop"]["R@10"][0] == pytest.approx(0.0)  # odd rows: no gain
    assert found["cross-validated lists=0"]["adversarial (5)"]["R@10"][0] == pytest.approx(3 / 10)
    assert found["cross-validated same"]["all 1-4"]["R@10"] == (0.0, 0.0, 0.0)
    assert found["cross-validated same"]["all 1-4"]["hit@5"] == (0.0, 0.0, 0.0)

    text = cv.difference_table(found)
    assert "cross-validated lists=0" in text and "+0.250 [" in text


def test_no_questions_to_compare_is_an_error(cv: ModuleType) -> None:
    with pytest.raises(ValueError, match="no questions"):
        cv.paired_interval([], [])
