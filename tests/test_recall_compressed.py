"""Recall over compressed embeddings: the cache beside a store on disk keeps int8 codes, and recall
still finds what a user asks for (by meaning, not by shared words)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.embeddings import read_cache_file

pytest.importorskip("sentence_transformers")

TURNS = [
    Turn("c1", "1", "Ann", "I adopted a beagle puppy called Max last week.", datetime(2023, 5, 1, 10)),
    Turn("c1", "2", "Bob", "My sister and I climbed in the Alps over the summer.", datetime(2023, 5, 1, 10)),
    Turn("c1", "3", "Ann", "I started painting watercolour landscapes on Sundays.", datetime(2023, 5, 1, 10)),
    Turn("c1", "4", "Bob", "Work has been busy, we shipped the new payroll software.", datetime(2023, 5, 1, 10)),
    Turn("c1", "5", "Ann", "Lasagna is my favourite dish, my grandma taught me her recipe.", datetime(2023, 5, 1, 10)),
]
# No question shares a content word with its answer: only the sentence embeddings can find it.
QUESTIONS = {"What pet does she have now?": "1", "Which mountains did he go to?": "2",
             "What kind of art does she make?": "3", "What food does she like to cook?": "5"}
SEMANTIC = RecallConfig(lexical=0.0, learned=0.0, answers=0.0, graph=0.0, speaker=0.0, time=0.0)


def _top(memory: Memory) -> dict[str, str]:
    return {q: memory.recall(q, 1)[0].turns[0].turn for q in QUESTIONS}


def _cache(store_dir: Path) -> Path:
    (path,) = (store_dir / "recall").rglob("embeddings-*.npz")
    return path


def test_recall_through_a_compressed_index_finds_what_the_user_asked_for(store_dir: Path) -> None:
    with Memory(store_dir, recall_config=SEMANTIC) as memory:
        memory.remember(TURNS)
        assert _top(memory) == QUESTIONS
    keys, arrays = read_cache_file(_cache(store_dir))
    assert set(arrays) == {"codes", "scales"}  # compressed by default beside a store on disk
    assert arrays["codes"].dtype == np.int8 and arrays["codes"].shape[0] == len(keys)
    assert arrays["codes"].shape[1] <= 96 and len(keys) >= 2 * len(TURNS)  # turns and dialogue pairs
    with Memory(store_dir, recall_config=SEMANTIC) as memory:  # reopened: read back from the codes
        assert _top(memory) == QUESTIONS


def test_compression_can_be_switched_off_and_an_old_cache_is_compressed_once(store_dir: Path) -> None:
    plain = dataclasses.replace(SEMANTIC, compress=False)
    with Memory(store_dir, recall_config=plain) as memory:
        memory.remember(TURNS)
        assert _top(memory) == QUESTIONS
    path = _cache(store_dir)
    keys, arrays = read_cache_file(path)
    assert set(arrays) == {"vectors"} and arrays["vectors"].dtype == np.float32
    exact = dict(zip(keys, arrays["vectors"]))
    with Memory(store_dir, recall_config=SEMANTIC) as memory:  # compression on: the float file is converted
        assert _top(memory) == QUESTIONS
    compressed = _cache(store_dir)
    assert compressed != path and not path.exists()
    new_keys, arrays = read_cache_file(compressed)
    assert set(new_keys) == set(exact)
    assert compressed.stat().st_size * 5 < sum(v.nbytes for v in exact.values())


def test_forget_and_compact_prune_a_compressed_cache(store_dir: Path) -> None:
    with Memory(store_dir, recall_config=SEMANTIC) as memory:
        memory.remember(TURNS)
        memory.recall("What pet does she have now?", 1)
        before = len(read_cache_file(_cache(store_dir))[0])
        memory.compact(max_turns=4)
        after = len(read_cache_file(_cache(store_dir))[0])
        assert after < before
        memory.forget(conversation="c1")
        assert not list((store_dir / "recall").rglob("embeddings-*.npz")) or \
            not read_cache_file(_cache(store_dir))[0]


def test_the_cache_keeps_codes_and_reads_back_their_round_trip_also_when_filled_in_the_background(
        tmp_path: Path) -> None:
    from kg_memory.neural import Compressor
    from kg_memory.recall.embeddings import CompressedStorage, EmbeddingCache

    rng = np.random.default_rng(0)
    basis = np.linalg.qr(rng.standard_normal((8, 8)))[0].astype(np.float32)
    compressor = Compressor(basis[:4], basis[:4].T, np.zeros(8, np.float32), np.zeros(8, np.float32), "toy")

    def encode(texts):  # type: ignore[no-untyped-def]
        v = np.asarray([[t.count(c) + 0.1 for c in "abcdefgh"] for t in texts], dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    encode.identity = "letters/8"  # type: ignore[attr-defined]
    storage = CompressedStorage(encode, compressor)
    docs = ["abba", "cafe", "badge", "head"]
    assert np.array_equal(storage(docs), encode(docs))  # a question's vector stays exact
    cache = EmbeddingCache(tmp_path, storage)
    vectors, missing = cache.encode(docs, limit=1)  # too many missing: none encoded now
    assert missing == [0, 1, 2, 3] and not vectors.any()
    cache.fill(docs[:2])  # as the background encoding does
    vectors, missing = cache.encode(docs, limit=1)
    assert missing == [2, 3] and np.allclose(vectors[:2], compressor.round_trip(encode(docs[:2])), atol=1e-6)
    vectors, missing = cache.encode(docs)
    assert not missing and np.allclose(vectors, compressor.round_trip(encode(docs)), atol=1e-6)
    keys, arrays = read_cache_file(cache.path)  # type: ignore[arg-type]
    assert len(keys) == 4 and arrays["codes"].dtype == np.int8 and arrays["codes"].shape == (4, 4)
    again, _ = EmbeddingCache(tmp_path, storage).encode(docs)  # read back from the file: the same vectors
    assert np.array_equal(again, vectors)
