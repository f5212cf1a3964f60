"""The vectorised pair scoring and the numpy encoder give what the per-pair loop and the torch
module gave (issue 16: lookups without torch and without a Python loop per candidate)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler, Levenshtein

from kg_memory.fuzzy import FEATURES, load_default_encoder, match_text, pair_features
from kg_memory.fuzzy.encoder import EncoderConfig, _featurize_arrays, featurize
from kg_memory.fuzzy.scoring import _kept
from kg_memory.fuzzy.variants import make_variant, sample_names

FUZZY = Path(__file__).resolve().parents[2] / "kg_memory" / "fuzzy"


# --- the per-pair loop that pair_features replaced, kept as the reference --------------------------


def _token_similarity(s: str, t: str) -> float:
    if len(s) == 1 or len(t) == 1:
        return 0.9 if s[0] == t[0] else 0.0
    return Levenshtein.normalized_similarity(s, t)


def _alignment(a: list[str], b: list[str]) -> tuple[float, float, float]:
    if not a or not b:
        return 0.0, 0.0, 0.0
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    best = [max(_token_similarity(s, t) for t in other) for s in short]
    shorts = [s for s in short if 1 < len(s) <= 4]
    exact = sum(_kept(s, other) for s in shorts) / len(shorts) if shorts else 1.0
    return sum(best) / len(best), min(best), exact


def reference_features(cosine: list[float], a: list[str], b: list[str]) -> np.ndarray:
    out = np.zeros((len(a), len(FEATURES)), dtype=np.float32)
    for i, (x, y) in enumerate(zip(a, b)):
        tx, ty = x.split(), y.split()
        mean, low, exact = _alignment(tx, ty)
        out[i, 11] = exact
        out[i, 12] = fuzz.WRatio(x, y) / 100
        out[i, :10] = (
            cosine[i], fuzz.ratio(x, y) / 100, fuzz.token_sort_ratio(x, y) / 100,
            fuzz.token_set_ratio(x, y) / 100, fuzz.partial_ratio(x, y) / 100,
            fuzz.ratio(x.replace(" ", ""), y.replace(" ", "")) / 100,
            JaroWinkler.normalized_similarity(" ".join(sorted(tx)), " ".join(sorted(ty))),
            mean, low, min(len(tx), len(ty)) / max(len(tx), len(ty), 1),
        )
    out[:, 10] = out[:, 0] * out[:, 8]
    return out


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str]]:
    return sample_names(400, seed=5)  # people of 20 locales (Chinese too), organisations, places


@pytest.fixture(scope="module")
def pairs(corpus: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    rng = random.Random(0)
    a, b = [], []
    for i, (name, t) in enumerate(corpus):
        a.append(match_text(name))
        b.append(match_text(make_variant(name, rng, t) if i % 2 else rng.choice(corpus)[0]))
    edge = [("", ""), ("", "ann"), ("a", "ann"), ("j smith", "john smith"), ("zhang san", "zhang shan"),
            ("zhang san", "san zhang"), ("li", "li"), ("san", "sna"), ("a b c d", "a"), ("x y", "z w")]
    return a + [e[0] for e in edge], b + [e[1] for e in edge]


def test_pair_features_equal_the_per_pair_loop(pairs: tuple[list[str], list[str]]) -> None:
    a, b = pairs
    cosine = [random.Random(i).random() for i in range(len(a))]
    np.testing.assert_allclose(pair_features(cosine, a, b), reference_features(cosine, a, b), atol=1e-6)
    np.testing.assert_allclose(pair_features(cosine, b, a), reference_features(cosine, b, a), atol=1e-6)


def test_numpy_encoder_equals_the_torch_module(corpus: list[tuple[str, str]]) -> None:
    from kg_memory.fuzzy import EntityEncoder

    names = [n for n, _ in corpus] + ["", "张三", "Москва", "Ελλάδα", "O'Brien-Smith Jr."]
    numpy_encoder = load_default_encoder()
    torch_encoder = EntityEncoder.from_numpy(numpy_encoder)
    vectors = numpy_encoder.encode(names)
    np.testing.assert_allclose(vectors, torch_encoder.encode(names).numpy(), atol=1e-5)
    assert np.allclose(torch_encoder.to_numpy().encode(names), vectors, atol=1e-6)
    # the same top-k on lookups by vector
    rng = random.Random(1)
    queries = [make_variant(n, rng, t) for n, t in corpus[:200]]
    by_numpy = numpy_encoder.encode(queries) @ vectors.T
    by_torch = (torch_encoder.encode(queries) @ torch_encoder.encode(names).T).numpy()
    assert (np.argsort(-by_numpy, axis=1)[:, :5] == np.argsort(-by_torch, axis=1)[:, :5]).mean() > 0.99
    assert any("\u4e00" <= c <= "\u9fff" for n in names for c in n)  # both scripts are covered


@pytest.mark.parametrize("config", [EncoderConfig(), EncoderConfig(buckets=64, ngram_min=2, ngram_max=3, words=False),
                                    EncoderConfig(ngram_min=1, ngram_max=5)])
def test_few_names_hash_like_many(corpus: list[tuple[str, str]], config: EncoderConfig) -> None:
    """The plain-Python hashing of a few names gives numpy's ids, in the same order."""
    names = [n for n, _ in corpus] + ["", " ", "a", "张三", "Zhang  San", "O'Brien-Smith Jr."]
    for name in names:
        few, many = featurize([name], config), _featurize_arrays([name], config)
        assert few.ids.tolist() == many.ids.tolist() and few.offsets.tolist() == many.offsets.tolist()
    few, many = featurize(names[:8], config), _featurize_arrays(names[:8], config)
    assert few.ids.tolist() == many.ids.tolist() and few.offsets.tolist() == many.offsets.tolist()


def test_an_index_saved_by_the_torch_version_still_opens(tmp_path: Path) -> None:
    """Indexes written before 0.2 hold ``vectors.pt`` (torch) beside ``rows.jsonl``; they open,
    answer alike, and are rewritten in the current layout."""
    import shutil

    import torch

    from kg_memory.fuzzy import EntityIndex

    shutil.copytree(Path(__file__).parent / "data" / "index_v1", tmp_path / "old")
    want = EntityIndex.load(shutil.copytree(tmp_path / "old", tmp_path / "npz")).search("zhang san", k=2)
    with np.load(tmp_path / "old" / "vectors.npz") as arrays:
        torch.save({k: torch.from_numpy(arrays[k]) for k in arrays.files}, tmp_path / "old" / "vectors.pt")
    (tmp_path / "old" / "vectors.npz").unlink()
    assert EntityIndex.load(tmp_path / "old").search("zhang san", k=2) == want
    assert not (tmp_path / "old" / "vectors.pt").exists()
    assert EntityIndex.load(tmp_path / "old").search("zhang san", k=2) == want


def test_one_query_against_its_candidates_and_few_pairs_equal_the_loop(
        corpus: list[tuple[str, str]], pairs: tuple[list[str], list[str]]) -> None:
    """A lookup re-scores one query against its candidates (rapidfuzz's ``cdist``), a few pairs
    are scored one call each: both give the per-pair loop's features."""
    a, b = pairs
    rng = random.Random(2)
    for query in [a[0], a[7], "zhang san", "j smith", "a"]:
        candidates = rng.sample(b, 40) + ["", query]
        cosine = [rng.random() for _ in candidates]
        np.testing.assert_allclose(pair_features(cosine, [query] * len(candidates), candidates),
                                   reference_features(cosine, [query] * len(candidates), candidates), atol=1e-6)
        few = candidates[-8:]  # one lookup's re-scoring: 8 pairs, pair by pair in Python
        np.testing.assert_allclose(pair_features(cosine[-8:], [query] * 8, few),
                                   reference_features(cosine[-8:], [query] * 8, few), atol=1e-6)
    cosine = [rng.random() for _ in range(30)]
    np.testing.assert_allclose(pair_features(cosine, a[:30], b[:30]), reference_features(cosine, a[:30], b[:30]),
                               atol=1e-6)
