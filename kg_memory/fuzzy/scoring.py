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

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler, Levenshtein

__all__ = ["FEATURES", "fit_fusion", "fuse", "pair_features"]

logger = logging.getLogger(__name__)

#: Names of the columns of :func:`pair_features`; a fusion has one weight each plus a bias.
FEATURES = (
    "cosine", "ratio", "token_sort", "token_set", "partial", "nospace", "jaro_winkler",
    "token_mean", "token_min", "token_count", "cosine_x_token_min", "short_exact", "wratio",
)
_SHORT = 4  # tokens this short ("san", "shan", "li") differ as names, not as typos


def _token_similarity(s: str, t: str) -> float:
    if len(s) == 1 or len(t) == 1:  # an initial matches a word with that first letter
        return 0.9 if s[0] == t[0] else 0.0
    return Levenshtein.normalized_similarity(s, t)


def _kept(token: str, other: list[str]) -> bool:
    """Whether ``token`` is in a token of ``other`` ("san" in "sanfeng"), is its initial, or has
    its letters in another order (a transposition typo: "sna")."""
    letters = sorted(token)
    return any(token in t or t == token[0] or sorted(t) == letters for t in other)


def _alignment(a: list[str], b: list[str]) -> tuple[float, float, float]:
    """Mean and minimum, over the tokens of the shorter name, of the best token similarity, and
    the share of its short tokens (2 to 4 letters) found exactly in the other name."""
    if not a or not b:
        return 0.0, 0.0, 0.0
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    best = [max(_token_similarity(s, t) for t in other) for s in short]
    shorts = [s for s in short if 1 < len(s) <= _SHORT]
    exact = sum(_kept(s, other) for s in shorts) / len(shorts) if shorts else 1.0
    return sum(best) / len(best), min(best), exact


def pair_features(cosine: Sequence[float], a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Features of the pairs ``(a[i], b[i])`` of match texts, whose cosine is ``cosine[i]``:
    an array (n, len(FEATURES)) of values in [0, 1]."""
    out = np.zeros((len(a), len(FEATURES)), dtype=np.float32)
    for i, (x, y) in enumerate(zip(a, b)):
        tx, ty = x.split(), y.split()
        mean, low, exact = _alignment(tx, ty)
        out[i, 11] = exact
        out[i, 12] = fuzz.WRatio(x, y) / 100
        out[i, :10] = (
            cosine[i],
            fuzz.ratio(x, y) / 100,
            fuzz.token_sort_ratio(x, y) / 100,
            fuzz.token_set_ratio(x, y) / 100,
            fuzz.partial_ratio(x, y) / 100,
            fuzz.ratio(x.replace(" ", ""), y.replace(" ", "")) / 100,
            JaroWinkler.normalized_similarity(" ".join(sorted(tx)), " ".join(sorted(ty))),
            mean,
            low,
            min(len(tx), len(ty)) / max(len(tx), len(ty), 1),
        )
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
    return [1.0 if x == y else round(float(s), 6) for s, x, y in zip(p, a, b)]


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
