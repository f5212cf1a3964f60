"""Recall's embedding cache: vectors belong to the encoder that made them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import numpy as np

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig, Recaller

TURNS = [
    Turn("c1", "1", "Ann", "I live in Lisbon.", datetime(2022, 3, 1, 10)),
    Turn("c1", "2", "Bob", "I went hiking in the Alps with my sister.", datetime(2022, 3, 1, 10)),
]
SEMANTIC_ONLY = RecallConfig(lexical=0.0, learned=0.0)


def _letters(letters: str) -> object:
    """A toy encoder: normalised letter counts (one dimension per letter)."""

    def encode(texts: Sequence[str]) -> np.ndarray:
        vectors = np.asarray([[t.lower().count(c) for c in letters] for t in texts], dtype=np.float32) + 1e-3
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    return encode


def _recall_with(store_dir: Path, encoder: object) -> tuple[Recaller, list]:
    with Memory(store_dir) as memory:
        recaller = Recaller(memory, config=SEMANTIC_ONLY, encoder=encoder)  # type: ignore[arg-type]
        return recaller, recaller.recall("Who went hiking in the Alps?", 3, namespace="default")


def test_a_second_encoder_of_another_dimension_on_the_same_store_does_not_crash(store_dir: Path) -> None:
    with Memory(store_dir) as memory:
        memory.remember(TURNS)
    _recall_with(store_dir, _letters("aeioulst"))  # 8 dimensions, cached beside the store
    _, found = _recall_with(store_dir, _letters("aeio"))  # 4 dimensions: used to meet 8-dimensional vectors
    assert ("c1", "2") in {(t.conversation, t.turn) for r in found for t in r.turns}


def test_a_second_encoder_of_the_same_dimension_gets_its_own_vectors(store_dir: Path) -> None:
    with Memory(store_dir) as memory:
        memory.remember(TURNS)
    first, second = _letters("aeioulst"), _letters("tslueioa")
    _recall_with(store_dir, first)
    recaller, _ = _recall_with(store_dir, second)
    index = recaller.index("default")
    assert np.allclose(index.vectors("turns", second), second(index.turn_docs))  # type: ignore[operator]


def test_one_index_keeps_the_vectors_of_each_encoder_apart(memory: Memory) -> None:
    memory.remember(TURNS)
    first, second = _letters("aeioulst"), _letters("tslueioa")
    index = Recaller(memory, config=SEMANTIC_ONLY, encoder=first).index("default")  # type: ignore[arg-type]
    assert np.allclose(index.vectors("turns", first), first(index.turn_docs))  # type: ignore[arg-type, operator]
    assert np.allclose(index.vectors("turns", second), second(index.turn_docs))  # type: ignore[arg-type, operator]


def test_an_encoder_with_an_identity_is_cached_beside_the_store_under_it(store_dir: Path) -> None:
    calls: list[int] = []

    def counted(letters: str, identity: str) -> object:
        inner = _letters(letters)

        def encode(texts: Sequence[str]) -> np.ndarray:
            calls.append(len(texts))
            return inner(texts)  # type: ignore[operator, no-any-return]

        encode.identity = identity  # type: ignore[attr-defined]
        return encode

    with Memory(store_dir) as memory:
        memory.remember(TURNS)
    _recall_with(store_dir, counted("aeioulst", "toy/8/v1"))
    first = len(calls)
    _recall_with(store_dir, counted("aeioulst", "toy/8/v1"))  # reopened: only the question is encoded
    assert len(calls) == first + 1 and calls[-1] == 1
    _recall_with(store_dir, counted("aeio", "toy/4/v1"))  # another identity: encodes its own documents
    assert sum(calls[first + 1:]) > 1
    assert len(list((store_dir / "recall").rglob("embeddings-*.npz"))) == 2
