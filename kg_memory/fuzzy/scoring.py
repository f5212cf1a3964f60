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
from typing import Any

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
_CPDIST_FROM = 256  # pairs from which rapidfuzz's cpdist beats a call per pair
_LOOP_BELOW = 40  # pairs below which token alignment is a Python loop (faster than numpy's calls)
_SHORT = 4  # tokens this short ("san", "shan", "li") differ as names, not as typos


def _kept(token: str, other: list[str]) -> bool:
    """Whether ``token`` is in a token of ``other`` ("san" in "sanfeng"), is its initial, or has
    its letters in another order (a transposition typo: "sna")."""
    letters = None
    for t in other:  # a plain loop: this runs for every pair of a lookup's few candidates
        if token in t or t == token[0]:
            return True
        if len(t) == len(token):  # only a word of the same length can be an anagram
            if letters is None:
                letters = sorted(token)
            if sorted(t) == letters:
                return True
    return False


def _pairwise(scorer: Any, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """``scorer(a[i], b[i])`` for every i (float64), in rapidfuzz's C++: one text against many
    (a lookup's re-scoring) by ``cdist``, which prepares that text once; many pairs by ``cpdist``;
    a few pairs one call each (``cpdist`` costs ~0.2 ms a call, a pair ~1 us)."""
    n = len(a)
    if n > 1 and a.count(a[0]) == n:
        return process.cdist(a[:1], b, scorer=scorer, dtype=np.float64, workers=1)[0]
    if n < _CPDIST_FROM:
        return np.fromiter(map(scorer, a, b), dtype=np.float64, count=n)
    return process.cpdist(a, b, scorer=scorer, dtype=np.float64, workers=1)


def _wratio(a: list[str], b: list[str], length_a: np.ndarray, length_b: np.ndarray,
            ratio: np.ndarray, token_sort: np.ndarray, token_set: np.ndarray) -> np.ndarray:
    """rapidfuzz's ``fuzz.WRatio(a[i], b[i])`` (0 to 100) from the scores already at hand: for
    texts of similar length (the longer under 1.5 times the shorter) WRatio is
    ``max(ratio, 0.95 * max(token_sort, token_set))``; the other pairs are scored by WRatio."""
    longer, shorter = np.maximum(length_a, length_b), np.minimum(length_a, length_b)
    similar = longer < 1.5 * shorter
    out = np.where(similar, np.maximum(ratio, 0.95 * np.maximum(token_sort, token_set)), 0.0)
    other = np.flatnonzero(~similar & (shorter > 0)).tolist()
    if other:
        out[other] = _pairwise(fuzz.WRatio, [a[i] for i in other], [b[i] for i in other])
    return out


def _aligned(a: list[str], b: list[str]) -> tuple[float, float, float]:
    """:func:`_alignments` of one pair of token lists, in plain Python (for a few pairs, where
    numpy's cost per call outweighs the work)."""
    if not a or not b:
        return 0.0, 0.0, 0.0
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    similarity = Levenshtein.normalized_similarity
    best = []  # plain loops, not generators: a lookup scores a few pairs and this is most of it
    shorts = kept = 0
    for s in short:
        top = 0.0
        for t in other:
            value = similarity(s, t) if len(s) > 1 and len(t) > 1 else 0.9 if s[0] == t[0] else 0.0
            if value > top:
                top = value
        best.append(top)
        if 1 < len(s) <= _SHORT:
            shorts += 1
            kept += _kept(s, other)
    return sum(best) / len(best), min(best), kept / shorts if shorts else 1.0


def _alignments(tokens: list[list[str]], ua: np.ndarray, ub: np.ndarray) -> np.ndarray:
    """Per pair ``(texts[ua[i]], texts[ub[i]])`` of texts split into ``tokens``: the mean and
    minimum over the tokens of the shorter name (a's on a tie) of the best token similarity (an
    initial matches a word with that first letter), and the share of its short tokens (2 to 4
    letters) kept in the other name (:func:`_kept`): (n, 3), zero for a pair with an empty side.

    All token pairs are scored at once, the shorter name's tokens outside, so that each token's
    partners are contiguous and every reduction is a ``reduceat``."""
    n = len(ua)
    if n < _LOOP_BELOW:
        return np.array([_aligned(tokens[i], tokens[j]) for i, j in zip(ua.tolist(), ub.tolist())],
                        dtype=np.float64).reshape(n, 3)
    out = np.zeros((n, 3))
    count = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    a_short = count[ua] <= count[ub]
    us, ul = np.where(a_short, ua, ub), np.where(a_short, ub, ua)  # shorter and longer name
    live = np.flatnonzero((count[us] > 0) & (count[ul] > 0))
    if not len(live):
        return out
    us, ul = us[live], ul[live]
    cs, cl = count[us], count[ul]
    # the distinct tokens: their text, length, first letter and letters sorted
    flat_tokens = list(chain.from_iterable(tokens))
    token_id = {t: i for i, t in enumerate(dict.fromkeys(flat_tokens))}
    flat = np.fromiter(map(token_id.__getitem__, flat_tokens), dtype=np.int64, count=len(flat_tokens))
    start = np.cumsum(count) - count  # each text's first token in flat
    vocab = np.empty(len(token_id), dtype=object)
    vocab[:] = words = list(token_id)
    length = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    first = np.fromiter(map(ord, [w[0] for w in words]), dtype=np.int64, count=len(words))
    letters: dict[str, int] = {}
    anagram = np.fromiter((letters.setdefault("".join(sorted(w)), len(letters)) if len(w) <= _SHORT else -1
                           for w in words), dtype=np.int64, count=len(words))
    # token pairs: name pair after name pair, token of the shorter name after token
    sizes = cs * cl
    pair = np.repeat(np.arange(len(live)), sizes)
    k = np.arange(len(pair)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    js, jl = k // cl[pair], k % cl[pair]
    ts, tl = flat[start[us][pair] + js], flat[start[ul][pair] + jl]
    len_s, len_l = length[ts], length[tl]
    same_first = first[ts] == first[tl]
    sim = np.where(same_first, 0.9, 0.0)  # an initial on either side
    whole = np.flatnonzero((len_s > 1) & (len_l > 1))
    sim[whole] = _pairwise(Levenshtein.normalized_similarity, vocab[ts[whole]].tolist(),
                           vocab[tl[whole]].tolist())
    short = (len_s > 1) & (len_s <= _SHORT)  # token pairs whose shorter-name token is short
    kept = short & (((len_l == 1) & same_first) | ((len_s == len_l) & (anagram[ts] == anagram[tl])))
    inside = np.flatnonzero(short & ~kept & (len_l > len_s)).tolist()
    if inside:
        kept[inside] = [s in t for s, t in zip(vocab[ts[inside]].tolist(), vocab[tl[inside]].tolist())]
    token_starts = np.flatnonzero(np.concatenate(([True], (pair[1:] != pair[:-1]) | (js[1:] != js[:-1]))))
    best = np.maximum.reduceat(sim, token_starts)  # per token of the shorter name
    found = np.logical_or.reduceat(kept, token_starts)
    short_token = short[token_starts]
    pair_starts = np.cumsum(cs) - cs
    out[live, 0] = np.add.reduceat(best, pair_starts) / cs
    out[live, 1] = np.minimum.reduceat(best, pair_starts)
    shorts = np.add.reduceat(short_token.astype(np.float64), pair_starts)
    kept_short = np.add.reduceat((short_token & found).astype(np.float64), pair_starts)
    out[live, 2] = np.where(shorts > 0, kept_short / np.maximum(shorts, 1), 1.0)
    return out


def pair_features(cosine: Sequence[float], a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Features of the pairs ``(a[i], b[i])`` of match texts, whose cosine is ``cosine[i]``:
    an array (n, len(FEATURES)) of values in [0, 1], computed for all pairs at once (each
    distinct text is split once; ``token_sort`` is the ratio of the sorted tokens and ``wratio``
    is put together from the other scores where rapidfuzz's WRatio would compute the same)."""
    n = len(a)
    if n < _LOOP_BELOW:  # one lookup's few candidates: numpy's cost per call outweighs the work
        return _few_features(cosine, a, b)
    out = np.zeros((n, len(FEATURES)), dtype=np.float32)
    a, b = list(a), list(b)
    ids = {t: i for i, t in enumerate(dict.fromkeys(chain(a, b)))}
    ua = np.fromiter(map(ids.__getitem__, a), dtype=np.int64, count=n)
    ub = np.fromiter(map(ids.__getitem__, b), dtype=np.int64, count=n)
    texts = list(ids)
    tokens = [t.split() for t in texts]
    joined = [" ".join(sorted(t)) for t in tokens]
    nospace = [t.replace(" ", "") for t in texts]
    length = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    la, lb = ua.tolist(), ub.tolist()
    sorted_a, sorted_b = [joined[i] for i in la], [joined[i] for i in lb]
    ratio = _pairwise(fuzz.ratio, a, b)
    token_sort = _pairwise(fuzz.ratio, sorted_a, sorted_b)  # fuzz.token_sort_ratio
    token_set = _pairwise(fuzz.token_set_ratio, a, b)
    out[:, 0] = cosine
    out[:, 1] = ratio / 100
    out[:, 2] = token_sort / 100
    out[:, 3] = token_set / 100
    out[:, 4] = _pairwise(fuzz.partial_ratio, a, b) / 100
    out[:, 5] = _pairwise(fuzz.ratio, [nospace[i] for i in la], [nospace[i] for i in lb]) / 100
    out[:, 6] = _pairwise(JaroWinkler.normalized_similarity, sorted_a, sorted_b)
    out[:, 12] = _wratio(a, b, length[ua], length[ub], ratio, token_sort, token_set) / 100
    out[:, [7, 8, 11]] = _alignments(tokens, ua, ub)
    count = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    count_a, count_b = count[ua], count[ub]
    out[:, 9] = np.minimum(count_a, count_b) / np.maximum(np.maximum(count_a, count_b), 1)
    out[:, 10] = out[:, 0] * out[:, 8]
    return out


def _few_features(cosine: Sequence[float], a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """:func:`pair_features` of a few pairs, pair by pair in plain Python (the same values)."""
    rows = []
    parts: dict[str, tuple[list[str], str, str]] = {}  # tokens, sorted tokens, no spaces: per text
    for text in (*a, *b):
        if text not in parts:
            tokens = text.split()
            parts[text] = tokens, " ".join(sorted(tokens)), text.replace(" ", "")
    ratio_of, token_set_of, partial_of = fuzz.ratio, fuzz.token_set_ratio, fuzz.partial_ratio
    for x, y in zip(a, b):
        (tx, sx, nx), (ty, sy, ny) = parts[x], parts[y]
        ratio, token_sort, token_set = ratio_of(x, y), ratio_of(sx, sy), token_set_of(x, y)
        longer, shorter = max(len(x), len(y)), min(len(x), len(y))
        if longer < 1.5 * shorter:  # as _wratio
            wratio = max(ratio, 0.95 * max(token_sort, token_set))
        else:
            wratio = fuzz.WRatio(x, y) if shorter > 0 else 0.0
        mean, low, kept = _aligned(tx, ty)
        rows.append((0.0, ratio / 100, token_sort / 100, token_set / 100, partial_of(x, y) / 100,
                     ratio_of(nx, ny) / 100, JaroWinkler.normalized_similarity(sx, sy), mean, low,
                     min(len(tx), len(ty)) / max(len(tx), len(ty), 1), 0.0, kept, wratio / 100))
    out = np.array(rows, dtype=np.float32).reshape(len(rows), len(FEATURES))
    out[:, 0] = cosine
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
