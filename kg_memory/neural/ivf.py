"""An inverted file in front of the key-value memory's attention: reads scan a few lists of keys.

The keys are clustered by spherical k-means (seeded, on a sample of at most ``64 * lists`` keys;
``lists`` about the square root of the number of keys); each key belongs to the list of its
nearest centroid. A read scores the centroids, keeps the ``nprobe`` best and attends over the keys
of those lists only: at a million keys, about 1.5% of them. Keys outside the scanned lists would
get a softmax weight near zero anyway when their scores are far below the best (the temperature
is small), which is what the probe count is chosen for.

>>> import torch
>>> g = torch.Generator().manual_seed(0)
>>> keys = torch.nn.functional.normalize(torch.randn(1000, 8, generator=g), dim=1)
>>> centroids = train_centroids(keys, 16, seed=0)
>>> lists = assign(keys, centroids)
>>> order, offsets = sort_lists(lists, 16)
>>> int(offsets[-1]), bool((lists[order][1:] >= lists[order][:-1]).all())
(1000, True)
"""

from __future__ import annotations

import math

import torch

__all__ = ["assign", "list_count", "probe", "sort_lists", "train_centroids"]

_ASSIGN_CHUNK = 65536


def list_count(n_keys: int) -> int:
    """How many lists an index of ``n_keys`` keys gets (about the square root, at least 16)."""
    return max(16, int(math.sqrt(max(n_keys, 1))))


def train_centroids(keys: torch.Tensor, lists: int, *, seed: int = 0, iterations: int = 8) -> torch.Tensor:
    """Spherical k-means centroids (lists, D) of ``keys`` (N, D), trained on a seeded sample."""
    g = torch.Generator().manual_seed(seed)
    n = keys.shape[0]
    sample = keys[torch.randperm(n, generator=g)[: min(n, 64 * lists)]]
    centroids = sample[torch.randperm(sample.shape[0], generator=g)[:lists]].clone()
    for _ in range(iterations):
        nearest = (sample @ centroids.T).argmax(dim=1)  # (S,)
        sums = torch.zeros_like(centroids).index_add_(0, nearest, sample)
        counts = torch.bincount(nearest, minlength=lists)
        empty = counts == 0
        sums[empty] = centroids[empty]  # an empty list keeps its centroid
        centroids = torch.nn.functional.normalize(sums, dim=1)
    return centroids


def assign(keys: torch.Tensor, centroids: torch.Tensor) -> torch.Tensor:
    """The list of each key (N,): its nearest centroid by dot product."""
    out = torch.empty(keys.shape[0], dtype=torch.int64)
    for start in range(0, keys.shape[0], _ASSIGN_CHUNK):
        out[start:start + _ASSIGN_CHUNK] = (keys[start:start + _ASSIGN_CHUNK] @ centroids.T).argmax(dim=1)
    return out


def sort_lists(lists: torch.Tensor, n_lists: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The permutation putting keys in list order, and the (n_lists + 1,) offsets of each list."""
    order = torch.argsort(lists, stable=True)
    counts = torch.bincount(lists, minlength=n_lists)
    offsets = torch.zeros(n_lists + 1, dtype=torch.int64)
    offsets[1:] = torch.cumsum(counts, 0)
    return order, offsets


def probe(query: torch.Tensor, centroids: torch.Tensor, bounds: list[int], nprobe: int) -> list[tuple[int, int]]:
    """The row spans ``[start, end)`` (in list order) of the ``nprobe`` lists whose centroids score best
    for ``query`` (D,); ``bounds`` are the lists' offsets as Python ints."""
    best = torch.topk(centroids @ query, min(nprobe, centroids.shape[0])).indices.tolist()
    return [(bounds[c], bounds[c + 1]) for c in sorted(best) if bounds[c + 1] > bounds[c]]
