"""The score of a name pair: the encoder's cosine fused with character- and token-level string
similarities by a small logistic model.

The vector stage finds candidates fast, but a cosine alone cannot tell a typo ("Olaf Scholze")
from a different person with a similar name ("Octavian Scholz", "Lukashevich" / "Lukashenko").
:func:`pair_features` adds, on the romanised texts (:func:`kg_memory.fuzzy.variants.match_text`):
edit-distance ratios of the whole names, with tokens sorted, as token sets and without spaces,
Jaro-Winkler of the sorted tokens, and a token alignment (each token of the shorter name paired
with its most similar token of the other; initials match their word) whose mean and minimum
catch one wrong token in otherwise equal names. :func:`fit_fusion` learns the weights of a
logistic regression over them from generated pairs; :func:`fuse` gives the score: the mean of
that probability and of the mean of the cosine and rapidfuzz's WRatio (the probability alone
saturates and ranks candidates worse: febrl acc@1 0.888 against 0.904), 1.0 for the same
normalised text. The probability counts for nothing when a short token of one
name (2 to 4 letters: "San") is missing from the other ("Shan"): such tokens are whole given
names, and keeping a duplicate is cheaper than merging two people.

>>> import numpy as np
>>> w = np.zeros(len(FEATURES) + 1); w[FEATURES.index("token_min")] = 8.0; w[-1] = -6.0
>>> [round(s, 3) for s in fuse(w, [0.9, 0.9], ["olaf scholz", "olaf scholz"],
...                            ["olaf scholze", "octavian scholz"])]
[0.815, 0.398]
>>> fuse(w, [0.9], ["zhang san"], ["zhang shan"])[0] < fuse(w, [0.9], ["olaf scholz"], ["olaf scholze"])[0]
True
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import chain
from typing import Any, NamedTuple

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler, Levenshtein

__all__ = ["FEATURES", "fit_fusion", "fuse", "pair_features"]

logger = logging.getLogger(__name__)

#: Names of the columns of :func:`pair_features`; a fusion has one weight each plus a bias.
FEATURES = (
    "cosine", "ratio", "token_sort", "token_set", "partial", "nospace", "jaro_winkler",
    "token_mean", "token_min", "token_count", "cosine_x_token_min", "short_exact", "wratio",
)
_SHORT = 4  # tokens this short ("san", "shan", "li") differ as names, not as typos


def _kept(token: str, other: list[str]) -> bool:
    """Whether ``token`` is in a token of ``other`` ("san" in "sanfeng"), is its initial, or has
    its letters in another order (a transposition typo: "sna")."""
    letters = sorted(token)
    return any(token in t or t == token[0] or sorted(t) == letters for t in other)


def _pairwise(scorer: Any, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """``scorer(a[i], b[i])`` for every i, computed by rapidfuzz in C++ (float64)."""
    return process.cpdist(a, b, scorer=scorer, workers=1).astype(np.float64)


class _Texts(NamedTuple):
    """The distinct texts of a batch of pairs and their tokens, flattened: token j of text i is
    ``token[start[i] + j]``. A query re-scored against many candidates is tokenised once."""

    texts: list[str]
    counts: np.ndarray  # (U,) tokens per text
    start: np.ndarray  # (U,) index of each text's first token
    token: np.ndarray  # (T,) str
    length: np.ndarray  # (T,) int
    first: np.ndarray  # (T,) str, the first letter
    letters: np.ndarray  # (T,) object: the letters of a short token sorted (see _kept)
    sorted_tokens: list[str]  # (U,) each text's tokens sorted, joined by spaces

    @classmethod
    def of(cls, a: Sequence[str], b: Sequence[str]) -> tuple[_Texts, np.ndarray, np.ndarray]:
        """The distinct texts of ``a`` and ``b``, and the index of each pair's texts among them."""
        ids: dict[str, int] = {}
        ua = np.fromiter((ids.setdefault(x, len(ids)) for x in a), dtype=np.int64, count=len(a))
        ub = np.fromiter((ids.setdefault(y, len(ids)) for y in b), dtype=np.int64, count=len(b))
        texts = list(ids)
        tokens = [t.split() for t in texts]
        flat = list(chain.from_iterable(tokens))
        count = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        return cls(
            texts, count, np.cumsum(count) - count, np.asarray(flat, dtype=str),
            np.fromiter(map(len, flat), dtype=np.int64, count=len(flat)),
            np.asarray([t[0] for t in flat], dtype=str),
            np.asarray(["".join(sorted(t)) if len(t) <= _SHORT else t for t in flat], dtype=object),
            [" ".join(sorted(t)) for t in tokens],
        ), ua, ub


def _alignments(texts: _Texts, ua: np.ndarray, ub: np.ndarray) -> np.ndarray:
    """Per pair ``(texts[ua[i]], texts[ub[i]])``, the mean and minimum over the tokens of the
    shorter name of the best token similarity (an initial matches a word with that first letter),
    and the share of its short tokens (2 to 4 letters) kept in the other name (:func:`_kept`):
    (n, 3), zero for a pair with an empty side. All token pairs are scored at once."""
    n = len(ua)
    out = np.zeros((n, 3))
    count_a, count_b = texts.counts[ua], texts.counts[ub]
    sizes = count_a * count_b
    if not sizes.any():
        return out
    pair = np.repeat(np.arange(n), sizes)  # the name pair of each token pair
    k = np.arange(len(pair)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    ja, jb = k // count_b[pair], k % count_b[pair]  # token pairs run token of a by token of a
    slot_a = np.repeat(np.cumsum(count_a) - count_a, sizes) + ja  # (pair, token of a)
    slot_b = np.repeat(np.cumsum(count_b) - count_b, sizes) + jb
    ta, tb = texts.start[ua][pair] + ja, texts.start[ub][pair] + jb  # tokens in texts.token
    sim = _pairwise(Levenshtein.normalized_similarity, texts.token[ta].tolist(),
                    texts.token[tb].tolist())
    initial = (texts.length[ta] == 1) | (texts.length[tb] == 1)
    sim[initial] = np.where(texts.first[ta] == texts.first[tb], 0.9, 0.0)[initial]
    same_letters = texts.letters[ta] == texts.letters[tb]
    # a token of a kept in b, and a token of b kept in a
    kept_a = (np.char.find(texts.token[tb], texts.token[ta]) >= 0) | same_letters
    kept_a |= texts.token[tb] == texts.first[ta]
    kept_b = (np.char.find(texts.token[ta], texts.token[tb]) >= 0) | same_letters
    kept_b |= texts.token[ta] == texts.first[tb]
    for count, slot, short_side in ((count_a, slot_a, count_a <= count_b),
                                    (count_b, slot_b, count_a > count_b)):
        kept = kept_a if slot is slot_a else kept_b
        best = np.zeros(int(count.sum()))
        np.maximum.at(best, slot, sim)
        found = np.zeros(len(best), dtype=bool)
        np.logical_or.at(found, slot, kept)
        token = np.zeros(len(best), dtype=np.int64)
        token[slot] = ta if slot is slot_a else tb
        owner = np.repeat(np.arange(n), count)
        rows = np.flatnonzero(short_side & (sizes > 0))  # the pairs whose shorter name is this side
        mine = short_side[owner] & (sizes[owner] > 0)
        owner, best, found, length = owner[mine], best[mine], found[mine], texts.length[token[mine]]
        out[rows, 0] = (np.bincount(owner, weights=best, minlength=n) / np.maximum(count, 1))[rows]
        low = np.ones(n)
        np.minimum.at(low, owner, best)
        out[rows, 1] = low[rows]
        short = (length > 1) & (length <= _SHORT)
        shorts = np.bincount(owner, weights=short, minlength=n)
        kept_short = np.bincount(owner, weights=short & found, minlength=n)
        out[rows, 2] = np.where(shorts > 0, kept_short / np.maximum(shorts, 1), 1.0)[rows]
    return out


def pair_features(cosine: Sequence[float], a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Features of the pairs ``(a[i], b[i])`` of match texts, whose cosine is ``cosine[i]``:
    an array (n, len(FEATURES)) of values in [0, 1], computed for all pairs at once."""
    out = np.zeros((len(a), len(FEATURES)), dtype=np.float32)
    if not len(a):
        return out
    a, b = list(a), list(b)
    texts, ua, ub = _Texts.of(a, b)
    count_a, count_b = texts.counts[ua], texts.counts[ub]
    out[:, 0] = cosine
    for column, scorer in ((1, fuzz.ratio), (2, fuzz.token_sort_ratio), (3, fuzz.token_set_ratio),
                           (4, fuzz.partial_ratio), (12, fuzz.WRatio)):
        out[:, column] = _pairwise(scorer, a, b) / 100
    nospace = [t.replace(" ", "") for t in texts.texts]
    out[:, 5] = _pairwise(fuzz.ratio, [nospace[i] for i in ua.tolist()],
                          [nospace[i] for i in ub.tolist()]) / 100
    out[:, 6] = _pairwise(JaroWinkler.normalized_similarity,
                          [texts.sorted_tokens[i] for i in ua.tolist()],
                          [texts.sorted_tokens[i] for i in ub.tolist()])
    out[:, [7, 8, 11]] = _alignments(texts, ua, ub)
    out[:, 9] = np.minimum(count_a, count_b) / np.maximum(np.maximum(count_a, count_b), 1)
    out[:, 10] = out[:, 0] * out[:, 8]
    return out


def fuse(
    weights: Sequence[float], cosine: Sequence[float], a: Sequence[str], b: Sequence[str]
) -> list[float]:
    """Score in [0, 1] that ``a[i]`` and ``b[i]`` (match texts) name one entity, from the
    logistic model ``weights`` (one per feature, then the bias; see the module docstring);
    1.0 when the texts are equal."""
    if not len(a):
        return []
    w = np.asarray(weights, dtype=np.float64)
    features = pair_features(cosine, a, b).astype(np.float64)
    z = features @ w[:-1] + w[-1]
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    # "Zhang San" is no "Zhang Shan": a missing short token zeroes the model's half of the score.
    # The probability saturates near 0 and 1, where it ranks candidates poorly: the other half
    # is the plain mean of the cosine and WRatio, which keeps ranks apart.
    p *= features[:, FEATURES.index("short_exact")]
    p = 0.5 * p + 0.25 * features[:, 0] + 0.25 * features[:, FEATURES.index("wratio")]
    same = np.asarray(a, dtype=object) == np.asarray(b, dtype=object)
    return np.where(same, 1.0, np.round(p, 6)).tolist()


def fit_fusion(features: np.ndarray, labels: Sequence[bool], *, l2: float = 1e-3,
               steps: int = 200) -> list[float]:
    """Logistic-regression weights (then the bias) of ``features`` for ``labels``, by L-BFGS.

    >>> x = np.array([[0.9] * len(FEATURES), [0.2] * len(FEATURES)], dtype=np.float32)
    >>> w = fit_fusion(x, [True, False])
    >>> fuse(w, [0.5], ["ann lee"], ["ann lee x"])[0] > 0.0
    True
    """
    import torch

    x = torch.as_tensor(features, dtype=torch.float64)
    y = torch.as_tensor(np.asarray(labels, dtype=np.float64))
    w = torch.zeros(x.shape[1] + 1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([w], max_iter=steps, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        z = x @ w[:-1] + w[-1]
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
        loss = loss + l2 * (w[:-1] ** 2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    logger.debug("fusion fitted: %s", w.detach().tolist())
    return [round(float(v), 6) for v in w.detach()]
