"""Batched lookups (issue 16): the inverted file searched list by list for many queries gives
what one query at a time gives, with and without a type filter, and with rows in the tail."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from kg_memory.fuzzy import EntityIndex, Match, load_default_encoder, match_text, storage
from kg_memory.fuzzy.variants import make_variant, sample_names


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str]]:
    return sample_names(6000, seed=11)


@pytest.fixture(scope="module")
def index(corpus: list[tuple[str, str]]) -> EntityIndex:
    index = EntityIndex(load_default_encoder(), ivf_min=2000, nprobe=6)
    index.add([f"e{i}" for i in range(5000)], [n for n, _ in corpus[:5000]], [t for _, t in corpus[:5000]])
    # rows added after the lists were last ordered: every query scans them
    index.add([f"e{i}" for i in range(5000, 6000)], [n for n, _ in corpus[5000:]],
              [t for _, t in corpus[5000:]])
    assert index._uses_ivf() and index._ordered < index.rows  # noqa: SLF001
    return index


@pytest.fixture(scope="module")
def queries(corpus: list[tuple[str, str]]) -> list[str]:
    rng = random.Random(3)
    return [make_variant(n, rng, t) for n, t in rng.sample(corpus, 120)] + ["zzzz qqqq", "张三"]


def _same(batch: list[list[Match]], single: list[list[Match]]) -> None:
    assert len(batch) == len(single)
    for got, want in zip(batch, single):
        assert [m.key for m in got] == [m.key for m in want]
        assert [m.score for m in got] == pytest.approx([m.score for m in want], abs=2e-6)


def test_batch_equals_one_at_a_time(index: EntityIndex, queries: list[str]) -> None:
    batch = index.search_batch(queries, k=5)
    _same(batch, [index.search(q, k=5) for q in queries])
    assert sum(len(m) == 5 for m in batch) >= len(queries) - 1


@pytest.mark.parametrize("types", [["Place"], ["Organization"], ["Person", "Place"]])
def test_batch_with_types_equals_one_at_a_time(index: EntityIndex, queries: list[str],
                                               types: list[str]) -> None:
    batch = index.search_batch(queries, k=3, types=types)
    _same(batch, [index.search(q, k=3, types=types) for q in queries])
    assert all(m.type in (*types, "Thing") for found in batch for m in found)


def test_batch_finds_the_names_themselves(index: EntityIndex, corpus: list[tuple[str, str]]) -> None:
    names = [n for n, _ in corpus[::250]]
    found = index.search_batch(names, k=1)
    assert all(m and m[0].score == 1.0 and m[0].name.casefold() == n.casefold()
               for m, n in zip(found, names))


def test_an_empty_name_in_a_batch(index: EntityIndex, queries: list[str]) -> None:
    """An empty name has a zero vector (every cosine 0): it gets k scores of 0 and leaves the
    other queries' results as they are."""
    batch = index.search_batch(["", *queries[:20]], k=5)
    assert [m.score for m in batch[0]] == [0.0] * 5
    _same(batch[1:], index.search_batch(queries[:20], k=5))


def test_blas_threads_are_restored_after_a_batch(index: EntityIndex, queries: list[str]) -> None:
    import threadpoolctl
    before = [p["num_threads"] for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"]
    index.search_batch(queries, k=2)
    assert [p["num_threads"] for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"] == before


def test_saved_rows_keep_their_match_texts_and_old_rows_still_open(
        index: EntityIndex, queries: list[str], tmp_path: Path) -> None:
    """A saved index holds each name's match text (a lookup re-scores with it at once); a folder
    in the first layout whose ``rows.jsonl`` has three columns, as written before match texts
    were saved, opens and answers alike."""
    index.save(tmp_path)
    saved = storage.read(tmp_path)
    assert saved.texts == [match_text(n) for n in saved.names]
    want = index.search_batch(queries[:30], k=5)
    _same(EntityIndex.load(tmp_path).search_batch(queries[:30], k=5), want)
    rows = [[k, n, saved.types[t]] for k, n, t in zip(saved.keys, saved.names, saved.type_ids.tolist())]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
    np.savez(tmp_path / "vectors.npz", **saved.arrays)
    (tmp_path / "index.json").write_text(json.dumps({**saved.meta, "format": storage.OLD_FORMAT}))
    _same(EntityIndex.load(tmp_path).search_batch(queries[:30], k=5), want)
    assert not (tmp_path / "rows.jsonl").exists()  # rewritten in the current layout
    _same(EntityIndex.load(tmp_path).search_batch(queries[:30], k=5), want)
