"""Generated labelled name pairs, and the fitting of the pair score and merge threshold on them.

Nothing here reads a benchmark: positives are a name and a random variant of it
(:func:`kg_memory.fuzzy.variants.make_variant`); negatives are the confusions a memory meets,
drawn from generated names the encoder was not trained on:

* the nearest *different* name of the same type by the encoder ("Zhang San" / "Zhang Shan");
* the name with one token swapped for another name's token ("Olaf Scholz" / "Hans Scholz");
* the name with one token swapped for the most similar other token of the corpus
  ("Lukashevich" / "Lukashenko", "Frederik" / "Frederick").

:func:`fit_scoring` fits the logistic fusion of :mod:`kg_memory.fuzzy.scoring` on one half of
the pairs and puts the merge threshold where merges of the other half reach a target precision.

>>> threshold_for_precision([0.9, 0.8, 0.7, 0.6], [True, True, False, True], 0.9)
0.8
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence

import numpy as np

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy.encoder import Encoder
from kg_memory.fuzzy.scoring import _kept, fit_fusion, fuse, pair_features
from kg_memory.fuzzy.variants import feature_text, make_variant, match_text, sample_names

__all__ = ["fit_scoring", "generated_pairs", "threshold_for_precision"]

logger = logging.getLogger(__name__)


def threshold_for_precision(scores: Sequence[float], labels: Sequence[bool],
                            precision: float | None) -> float:
    """The lowest threshold whose merges (``score >= threshold``) reach ``precision`` (1.0 if
    none does); with ``precision=None`` the threshold of the best F1."""
    if not len(scores):
        raise FuzzyError("calibration needs labelled pairs")
    ranked = sorted(zip(scores, labels), key=lambda x: -x[0])
    positives = sum(bool(y) for y in labels)
    best, best_f1 = 1.0, -1.0
    tp = fp = 0
    for i, (score, same) in enumerate(ranked):
        tp += bool(same)
        fp += not same
        if i + 1 < len(ranked) and ranked[i + 1][0] == score:
            continue
        if precision is None:
            f1 = 2 * tp / (tp + fp + positives)
            if f1 > best_f1:
                best, best_f1 = score, f1
        elif tp / (tp + fp) >= precision:
            best = score
    return round(min(float(best), 1.0), 4)


def _short_tokens_kept(name: str, variant: str) -> bool:
    """Whether every short token of ``name`` survives in ``variant`` (or as an initial)."""
    a, b = match_text(name).split(), match_text(variant).split()
    return all(_kept(w, b) for w in a if 1 < len(w) <= 4)


def _swap_token(words: list[str], j: int, token: str) -> str:
    return " ".join(words[:j] + [token] + words[j + 1:])


def generated_pairs(
    encoder: Encoder, n: int = 20_000, *, seed: int = 123
) -> list[tuple[str, str, bool]]:
    """``(a, b, same)`` pairs from ``n`` generated names (see the module docstring): per name
    one variant, and one negative of each kind for a third of the names each."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    corpus = list({feature_text(name): (name, t) for name, t in sample_names(n, seed=seed)}.values())
    rng = random.Random(seed)
    names = [c[0] for c in corpus]
    types = [c[1] for c in corpus]
    by_type: dict[str, list[int]] = {}
    for i, t in enumerate(types):
        by_type.setdefault(t, []).append(i)
    vocabulary = sorted({w for name in names for w in name.split() if len(w) > 3})
    vectors = np.asarray(encoder.encode(names))
    type_ids = np.asarray([sorted(by_type).index(t) for t in types])
    nearest = np.zeros(len(names), dtype=np.int64)
    for start in range(0, len(names), 2048):
        sims = vectors[start:start + 2048] @ vectors.T  # (b, N)
        rows = np.arange(start, min(start + 2048, len(names)))
        sims[np.arange(len(rows)), rows] = -2.0  # not itself
        sims[type_ids[rows][:, None] != type_ids[None, :]] = -2.0  # same type only
        nearest[rows] = sims.argmax(axis=1)
    pairs: list[tuple[str, str, bool]] = []
    for i, name in enumerate(names):
        for _ in range(3):  # a changed short token makes another name, not a variant
            variant = make_variant(name, rng, types[i])
            if _short_tokens_kept(name, variant):
                break
        pairs.append((name, variant, True))
        words = name.split()
        kind = i % 3
        if kind == 1 and len(words) > 1:  # one token from another name of the type
            other = names[rng.choice(by_type[types[i]])].split()
            j = rng.randrange(len(words))
            token = other[min(j, len(other) - 1)]
            if token.casefold() != words[j].casefold():
                pairs.append((name, _swap_token(words, j, token), False))
                continue
        if kind == 2 and len(words) > 1:  # one token for its closest other token
            j = max(range(len(words)), key=lambda x: len(words[x]))
            found = process.extract(words[j], vocabulary, scorer=Levenshtein.normalized_similarity,
                                    limit=3)
            closest = next((w for w, _, _ in found if w.casefold() != words[j].casefold()), None)
            if closest is not None:
                pairs.append((name, _swap_token(words, j, closest), False))
                continue
        pairs.append((name, names[int(nearest[i])], False))
    return pairs


def fit_scoring(
    encoder: Encoder, pairs: Sequence[tuple[str, str, bool]], *,
    precision: float | None = None,
    seed: int = 0,
) -> tuple[list[float], float]:
    """Fit the encoder's fusion weights on half of ``pairs`` and calibrate the threshold on the
    other half for ``precision`` (None: for the best F1); returns ``(fusion, threshold)``, the
    encoder unchanged."""
    order = list(range(len(pairs)))
    random.Random(seed).shuffle(order)
    fit, held = order[: len(order) // 2], order[len(order) // 2:]
    a = [match_text(p[0]) for p in pairs]
    b = [match_text(p[1]) for p in pairs]
    cosine = (np.asarray(encoder.encode([p[0] for p in pairs]))
              * np.asarray(encoder.encode([p[1] for p in pairs]))).sum(1)
    features = pair_features(cosine.tolist(), a, b)
    labels = np.asarray([p[2] for p in pairs])
    fusion = fit_fusion(features[fit], labels[fit].tolist())
    scores = fuse(fusion, cosine[held].tolist(), [a[i] for i in held], [b[i] for i in held])
    threshold = threshold_for_precision(scores, labels[held].tolist(), precision)
    logger.info("fusion fitted on %d pairs; threshold %.4f (precision target %s)", len(fit),
                threshold, precision)
    return fusion, threshold
