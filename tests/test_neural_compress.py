"""The embedding compressor: round-trip error of the packaged weights, determinism of training."""

from __future__ import annotations

import numpy as np
import pytest

from kg_memory.neural import Compressor, load_compressor
from kg_memory.neural.train import CompressorConfig, generated_sentences, train_compressor

SENTENCES = [
    "Caroline: I went to a LGBTQ support group yesterday and it was so powerful.",
    "Melanie: I painted a lake sunrise last year, it's special to me.",
    "Ann lives in Lisbon (since 2024-03-01)",
    "Where did Jon go on his road trip with his kids?",
    "张三住在北京。",
    "Thanks! I'm training for a marathon and it keeps me sane.",
]


@pytest.fixture(scope="module")
def minilm_vectors() -> np.ndarray:
    pytest.importorskip("sentence_transformers")
    from kg_memory.recall.embeddings import load_encoder

    return load_encoder()(SENTENCES)


def test_packaged_compressor_round_trip_is_close(minilm_vectors: np.ndarray) -> None:
    compressor = load_compressor()
    codes, scales = compressor.encode(minilm_vectors)
    assert codes.dtype == np.int8 and codes.shape == (len(SENTENCES), compressor.code_dim)
    assert scales.dtype == np.float16 and compressor.bytes_per_vector <= 98  # against 1,536 for float32
    back = compressor.decode(codes, scales)
    cosines = (back * minilm_vectors).sum(axis=1)
    # 384 -> 96 numbers: the vectors come back close (MiniLM's own PCA to 96 keeps a similar share)
    assert cosines.min() > 0.75 and cosines.mean() > 0.85, cosines
    assert (((back - minilm_vectors) ** 2).sum(axis=1) < 0.5).all()  # squared error of unit vectors
    # int8 codes lose next to nothing against the float codes (each code dimension has unit spread)
    z = (minilm_vectors - compressor.mean) @ compressor.encoder.T
    exact = z @ compressor.decoder.T + compressor.bias
    exact /= np.linalg.norm(exact, axis=1, keepdims=True)
    assert ((exact * back).sum(axis=1) > 0.9995).all()
    # what recall needs: each stored vector is still nearest to its own question-side vector
    assert (np.argmax(back @ minilm_vectors.T, axis=1) == np.arange(len(SENTENCES))).all()


def test_round_trip_is_deterministic(minilm_vectors: np.ndarray) -> None:
    compressor = load_compressor()
    first = compressor.encode(minilm_vectors)
    second = compressor.encode(minilm_vectors.copy())
    assert np.array_equal(first[0], second[0]) and np.array_equal(first[1], second[1])
    assert np.array_equal(compressor.decode(*first), compressor.round_trip(minilm_vectors))


def test_training_is_reproducible_and_reconstructs(tmp_path) -> None:
    rng = np.random.default_rng(0)
    basis = rng.standard_normal((6, 32)).astype(np.float32)
    x = rng.standard_normal((400, 6)).astype(np.float32) @ basis  # vectors on a 6-dimensional subspace
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    config = CompressorConfig(dim=32, code_dim=8, steps=150, batch=64)
    a = train_compressor(x, config, seed=3)
    b = train_compressor(x, config, seed=3)
    assert np.array_equal(a.encoder, b.encoder) and np.array_equal(a.decoder, b.decoder)
    cosines = (a.round_trip(x) * x).sum(axis=1)
    assert cosines.min() > 0.99  # a code wider than the subspace loses only the int8 rounding
    a.save(tmp_path / "c.npz")
    loaded = Compressor.load(tmp_path / "c.npz")
    assert np.array_equal(loaded.round_trip(x), a.round_trip(x))


def test_wrong_shapes_and_files_are_refused(tmp_path) -> None:
    from kg_memory.errors import InputError

    with pytest.raises(InputError):
        load_compressor().encode(np.zeros((2, 10), dtype=np.float32))
    np.savez(tmp_path / "other.npz", weights=np.zeros(3))
    with pytest.raises(InputError):
        Compressor.load(tmp_path / "other.npz")


def test_generated_corpus_is_reproducible() -> None:
    assert generated_sentences(200, seed=4) == generated_sentences(200, seed=4)
    assert len(set(generated_sentences(200, seed=4))) == 200
