"""Top-k lookup of entity names by encoder vectors, and entity resolution on top of it.

An :class:`EntityIndex` holds rows ``(key, name, type)``, one per name of an entity (several
names of one key are aliases), and their vectors. Below ``ivf_min`` rows a lookup scans every
vector with one matrix product; above it the vectors are clustered by k-means into about
``2*sqrt(N)`` lists and a lookup scans the ``nprobe`` lists nearest to the query (an inverted file
index), which keeps a lookup in a million names at about a millisecond. Results are deduplicated
per key: the best alias wins.

>>> from kg_memory.fuzzy.model import EncoderConfig, EntityEncoder
>>> index = EntityIndex(EntityEncoder(EncoderConfig(buckets=4096, embed_dim=32, dim=32)))
>>> index.add(["p1", "p2", "p1"], ["Zhang San", "Angela Merkel", "张三"], ["Person"] * 3)
>>> [m.key for m in index.search("zhang  san", k=2)]
['p1', 'p2']
>>> resolve(index, "ZHANG SAN", "Person", threshold=0.9).key
'p1'
>>> resolve(index, "Zhang San", "Place", threshold=0.9) is None
True
"""

from __future__ import annotations

import json
import logging
import math
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy.model import EntityEncoder
from kg_memory.fuzzy.train import load_default_encoder
from kg_memory.fuzzy.variants import feature_text

__all__ = [
    "EntityIndex",
    "Match",
    "calibrate_threshold",
    "pair_scores",
    "resolve",
    "types_compatible",
]

logger = logging.getLogger(__name__)

_FORMAT = "kg-memory-entity-index/1"
_ANY = "Thing"


@dataclass(frozen=True)
class Match:
    """One search result: the entity ``key``, its ``name`` that matched, ``type`` and cosine
    ``score`` (1.0 for the same normalised name)."""

    key: str
    name: str
    type: str
    score: float


def types_compatible(a: str, b: str) -> bool:
    """Whether entities of types ``a`` and ``b`` may be the same: equal types, or one is Thing.

    >>> types_compatible("Person", "Place"), types_compatible("Thing", "Place")
    (False, True)
    """
    return a == b or a == _ANY or b == _ANY


def pair_scores(
    encoder: EntityEncoder, a: Sequence[str], b: Sequence[str], *, rerank: bool = True
) -> list[float]:
    """Similarity of ``a[i]`` and ``b[i]``: the encoder's cosine, averaged with rapidfuzz's
    WRatio of the normalised texts when ``rerank`` (the score :class:`EntityIndex` reports).

    >>> from kg_memory.fuzzy.model import EncoderConfig
    >>> pair_scores(EntityEncoder(EncoderConfig(buckets=256, embed_dim=8, dim=8)), ["Ann"], ["ann"])
    [1.0]
    """
    cosine = (encoder.encode(list(a)) * encoder.encode(list(b))).sum(dim=1).tolist()
    return _fuse(cosine, a, b) if rerank else [round(c, 6) for c in cosine]


def _fuse(cosine: Sequence[float], a: Sequence[str], b: Sequence[str]) -> list[float]:
    """Average of the cosine and rapidfuzz's WRatio (0..1) of the normalised texts."""
    from rapidfuzz import fuzz  # the second, character-exact stage

    texts: dict[str, str] = {}
    for name in (*a, *b):
        if name not in texts:
            texts[name] = feature_text(name)
    return [round(0.5 * c + 0.005 * fuzz.WRatio(texts[x], texts[y]), 6)
            for c, x, y in zip(cosine, a, b)]


def _quantize(vectors: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Symmetric int8 per row: ``vectors ~= q * scale[:, None]``."""
    scale = vectors.abs().amax(dim=1).clamp_min(1e-8) / 127.0  # (N,)
    q = torch.round(vectors / scale[:, None]).clamp(-127, 127).to(torch.int8)  # (N, dim)
    return q, scale


class EntityIndex:
    """Vectors of entity names with top-k search (see the module docstring).

    Parameters
    ----------
    encoder
        The name encoder; the packaged default encoder when omitted (saved as a reference).
    quantize
        Store vectors as int8 with one fp32 scale per row (4x smaller, scores within ~1e-2).
    ivf_min
        Row count from which searches use the inverted file instead of a full scan.
    nprobe
        Number of inverted lists scanned per lookup.
    rerank
        Re-score the best ``max(50, 4k)`` rows by vector with :func:`pair_scores` (cosine
        averaged with a character-exact string score); the vector stage carries the speed.
    """

    def __init__(
        self, encoder: EntityEncoder | None = None, *, quantize: bool = False,
        ivf_min: int = 50_000, nprobe: int = 24, rerank: bool = True,
    ) -> None:
        self.rerank = rerank
        self._default_encoder = encoder is None
        self.encoder = encoder if encoder is not None else load_default_encoder()
        self.quantize = quantize
        self.ivf_min = ivf_min
        self.nprobe = nprobe
        dim = self.encoder.config.dim
        self._keys: list[str] = []
        self._names: list[str] = []
        self._type_names: list[str] = []  # the type vocabulary; rows hold indices into it
        self._type_ids = torch.zeros(0, dtype=torch.int32)
        self._vectors = torch.zeros(0, dim, dtype=torch.int8 if quantize else torch.float32)
        self._scales = torch.zeros(0)
        self._centroids: torch.Tensor | None = None  # (L, dim) k-means centroids
        self._trained_on = 0  # row count when the centroids were trained
        self._assign = torch.zeros(0, dtype=torch.int64)  # list of each row
        self._lists: tuple[torch.Tensor, torch.Tensor] | None = None  # rows by list, bounds

    # --- content ----------------------------------------------------------------------------

    def __len__(self) -> int:
        """The number of distinct entity keys."""
        return len(set(self._keys))

    @property
    def rows(self) -> int:
        """The number of (key, name) rows, aliases included."""
        return len(self._keys)

    def add(
        self, keys: Sequence[str], names: Sequence[str], types: Sequence[str] | None = None
    ) -> None:
        """Add names of entities; a key given several names gets them all as aliases.

        ``types`` defaults to ``Thing`` (compatible with every type).
        """
        if len(keys) != len(names) or (types is not None and len(types) != len(names)):
            raise FuzzyError("keys, names and types must have the same length")
        if not names:
            return
        types = list(types) if types is not None else [_ANY] * len(names)
        vectors = self.encoder.encode(list(names))  # (n, dim)
        type_index = {t: i for i, t in enumerate(self._type_names)}
        for t in types:
            if t not in type_index:
                type_index[t] = len(self._type_names)
                self._type_names.append(t)
        type_ids = torch.tensor([type_index[t] for t in types], dtype=torch.int32)
        self._keys.extend(keys)
        self._names.extend(names)
        self._type_ids = torch.cat([self._type_ids, type_ids])
        if self.quantize:
            q, scale = _quantize(vectors)
            self._vectors = torch.cat([self._vectors, q])
            self._scales = torch.cat([self._scales, scale])
        else:
            self._vectors = torch.cat([self._vectors, vectors])
        self._update_ivf(vectors)

    def remove(self, keys: Iterable[str]) -> int:
        """Remove every row of ``keys``; return how many of the keys were present."""
        gone = set(keys)
        keep = [i for i, k in enumerate(self._keys) if k not in gone]
        removed = len(gone & set(self._keys))
        if len(keep) == len(self._keys):
            return 0
        idx = torch.tensor(keep, dtype=torch.int64)
        self._keys = [self._keys[i] for i in keep]
        self._names = [self._names[i] for i in keep]
        self._type_ids = self._type_ids[idx]
        self._vectors = self._vectors[idx]
        if self.quantize:
            self._scales = self._scales[idx]
        if self._centroids is not None:
            self._assign = self._assign[idx]
            self._lists = None
        return removed

    # --- inverted file ----------------------------------------------------------------------

    def _float_rows(self, rows: torch.Tensor | None = None) -> torch.Tensor:
        v = self._vectors if rows is None else self._vectors[rows]
        if not self.quantize:
            return v
        s = self._scales if rows is None else self._scales[rows]
        return v.float() * s[:, None]

    def _update_ivf(self, new_vectors: torch.Tensor) -> None:
        n = len(self._keys)
        if n < self.ivf_min:
            return
        if self._centroids is None or n > 2 * self._trained_on:
            self._train_ivf()
        else:
            self._assign = torch.cat([self._assign, self._nearest_list(new_vectors)])
            self._lists = None

    def _train_ivf(self, iterations: int = 8, sample: int = 100_000) -> None:
        n = len(self._keys)
        lists = max(16, int(2 * math.sqrt(n)))
        gen = torch.Generator().manual_seed(0)
        pick = torch.randperm(n, generator=gen)[:max(sample, 32 * lists)]
        data = self._float_rows(pick)
        centroids = data[torch.randperm(len(data), generator=gen)[:lists]].clone()
        for _ in range(iterations):
            assign = torch.argmax(data @ centroids.T, dim=1)
            sums = torch.zeros_like(centroids).index_add_(0, assign, data)
            counts = torch.bincount(assign, minlength=lists)
            filled = counts > 0
            centroids[filled] = torch.nn.functional.normalize(sums[filled], dim=1)
        self._centroids = centroids
        self._trained_on = n
        self._assign = torch.cat([self._nearest_list(self._float_rows(torch.arange(i, min(i + 65536, n))))
                                  for i in range(0, n, 65536)])
        self._lists = None
        logger.debug("inverted file: %d lists over %d rows", lists, n)

    def _nearest_list(self, vectors: torch.Tensor) -> torch.Tensor:
        assert self._centroids is not None
        return torch.argmax(vectors @ self._centroids.T, dim=1)

    def _inverted_lists(self) -> tuple[torch.Tensor, torch.Tensor]:
        if self._lists is None:
            assert self._centroids is not None
            order = torch.argsort(self._assign, stable=True)
            counts = torch.bincount(self._assign, minlength=len(self._centroids))
            bounds = torch.cat([torch.zeros(1, dtype=torch.int64), torch.cumsum(counts, 0)])
            self._lists = (order, bounds)
        return self._lists

    def _candidates(self, query: torch.Tensor) -> torch.Tensor | None:
        """Rows in the ``nprobe`` lists nearest to ``query``, or None for a full scan."""
        if self._centroids is None or len(self._keys) < self.ivf_min:
            return None
        order, bounds = self._inverted_lists()
        probe = torch.topk(self._centroids @ query, min(self.nprobe, len(self._centroids))).indices
        return torch.cat([order[bounds[i]:bounds[i + 1]] for i in probe.tolist()])

    # --- search -----------------------------------------------------------------------------

    def _type_mask(self, types: Iterable[str] | None) -> torch.Tensor | None:
        if types is None:
            return None
        wanted = set(types)
        if _ANY in wanted:
            return None
        ok = [i for i, t in enumerate(self._type_names) if t == _ANY or t in wanted]
        allowed = torch.zeros(len(self._type_names) + 1, dtype=torch.bool)
        allowed[ok] = True
        return allowed

    def _top(
        self, query: str, scores: torch.Tensor, rows: torch.Tensor | None, k: int,
        allowed: torch.Tensor | None,
    ) -> list[Match]:
        type_ids = self._type_ids if rows is None else self._type_ids[rows]
        if allowed is not None:
            scores = scores.masked_fill(~allowed[type_ids.long()], float("-inf"))
        if self.rerank:
            scores = self._rescore(query, scores, rows, max(50, 4 * k))
        want = min(len(scores), 4 * k + 8)
        while True:
            top = torch.topk(scores, want)
            out: list[Match] = []
            seen: set[str] = set()
            for score, pos in zip(top.values.tolist(), top.indices.tolist()):
                if score == float("-inf"):
                    break
                row = pos if rows is None else int(rows[pos])
                key = self._keys[row]
                if key in seen:
                    continue
                seen.add(key)
                out.append(Match(key, self._names[row], self._type_names[int(self._type_ids[row])],
                                 round(score, 6)))
                if len(out) == k:
                    return out
            if want == len(scores) or (top.values[-1] == float("-inf")):
                return out
            want = min(len(scores), want * 4)

    def _rescore(
        self, query: str, scores: torch.Tensor, rows: torch.Tensor | None, depth: int
    ) -> torch.Tensor:
        """Scores with the best ``depth`` replaced by :func:`pair_scores`, the rest -inf."""
        top = torch.topk(scores, min(depth, len(scores)))
        keep = top.indices[top.values > float("-inf")]
        out = torch.full_like(scores, float("-inf"))
        if len(keep):
            picked = keep if rows is None else rows[keep]
            names = [self._names[i] for i in picked.tolist()]
            fused = _fuse(scores[keep].tolist(), [query] * len(names), names)
            out[keep] = torch.tensor(fused, dtype=scores.dtype)
        return out

    def search(self, name: str, k: int = 5, types: Iterable[str] | None = None) -> list[Match]:
        """The ``k`` entities whose names are most similar to ``name``, best first.

        ``types`` keeps entities whose type is compatible with one of them (Thing matches all).
        """
        return self.search_batch([name], k, types)[0]

    def search_batch(
        self, names: Sequence[str], k: int = 5, types: Iterable[str] | None = None
    ) -> list[list[Match]]:
        """:meth:`search` for many names at once (one matrix product per chunk of queries)."""
        if not self._keys or not names:
            return [[] for _ in names]
        queries = self.encoder.encode(list(names))  # (Q, dim)
        allowed = self._type_mask(types)
        results: list[list[Match]] = []
        if self._centroids is not None and len(self._keys) >= self.ivf_min:
            for q in queries:
                rows = self._candidates(q)
                results.append(self._top(names[len(results)], self._float_rows(rows) @ q, rows,
                                         k, allowed))
            return results
        for start in range(0, len(queries), 256):
            chunk = queries[start:start + 256]
            if self.quantize:
                scores = (self._vectors.float() @ chunk.T).T * self._scales  # (q, N)
            else:
                scores = chunk @ self._vectors.T  # (q, N)
            results.extend(self._top(names[start + i], row, None, k, allowed)
                           for i, row in enumerate(scores))
        return results

    # --- persistence ------------------------------------------------------------------------

    def save(self, directory: str | Path) -> None:
        """Write the index to ``directory``: ``index.json`` (settings, encoder reference),
        ``rows.jsonl`` (key, name, type), ``vectors.pt`` and ``encoder.pt`` unless the encoder
        is the packaged default."""
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        meta = {"format": _FORMAT, "quantize": self.quantize, "ivf_min": self.ivf_min,
                "rerank": self.rerank,
                "nprobe": self.nprobe, "encoder": "default" if self._default_encoder else "encoder.pt"}
        (path / "index.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        with open(path / "rows.jsonl", "w", encoding="utf-8") as f:
            for key, name, t in zip(self._keys, self._names, self._type_ids.tolist()):
                f.write(json.dumps([key, name, self._type_names[t]], ensure_ascii=False) + "\n")
        tensors = {"vectors": self._vectors, "scales": self._scales, "assign": self._assign}
        if self._centroids is not None:
            tensors["centroids"] = self._centroids
        torch.save(tensors, path / "vectors.pt")
        if not self._default_encoder:
            self.encoder.save(path / "encoder.pt")

    @classmethod
    def load(cls, directory: str | Path) -> EntityIndex:
        """Open an index written by :meth:`save`."""
        path = Path(directory)
        try:
            meta = json.loads((path / "index.json").read_text(encoding="utf-8"))
            rows = [json.loads(line) for line in open(path / "rows.jsonl", encoding="utf-8")]
            tensors = torch.load(path / "vectors.pt", map_location="cpu", weights_only=True)
        except (OSError, ValueError, RuntimeError, EOFError, pickle.UnpicklingError) as e:
            raise FuzzyError(f"cannot read entity index {path}: {e}") from e
        if meta.get("format") != _FORMAT:
            raise FuzzyError(f"{path} is not a kg-memory entity index")
        encoder = None if meta["encoder"] == "default" else EntityEncoder.load(path / meta["encoder"])
        index = cls(encoder, quantize=meta["quantize"], ivf_min=meta["ivf_min"],
                    nprobe=meta["nprobe"], rerank=meta.get("rerank", True))
        index._keys = [r[0] for r in rows]
        index._names = [r[1] for r in rows]
        index._type_names = sorted({r[2] for r in rows})
        type_index = {t: i for i, t in enumerate(index._type_names)}
        index._type_ids = torch.tensor([type_index[r[2]] for r in rows], dtype=torch.int32)
        index._vectors = tensors["vectors"]
        index._scales = tensors["scales"]
        index._assign = tensors["assign"]
        if "centroids" in tensors:
            index._centroids = tensors["centroids"]
            index._trained_on = len(rows)
        return index


def resolve(
    index: EntityIndex, name: str, type: str = _ANY, threshold: float | None = None,
    *, k: int = 5,
) -> Match | None:
    """The entity of ``index`` that ``name`` (of class ``type``) denotes, or None.

    The best match of a compatible type (:func:`types_compatible`) whose score reaches
    ``threshold`` wins; the default threshold is the encoder's calibrated one
    (``index.encoder.config.threshold``), chosen for high precision: keeping a duplicate is
    cheaper than merging two people.
    """
    limit = index.encoder.config.threshold if threshold is None else threshold
    for match in index.search(name, k=k, types=[type]):
        if types_compatible(match.type, type) and match.score >= limit:
            return match
    return None


def calibrate_threshold(
    encoder: EntityEncoder, pairs: Iterable[tuple[str, str, bool]], *, precision: float = 0.98,
    rerank: bool = True,
) -> float:
    """The lowest score threshold whose merges reach ``precision`` on labelled pairs.

    Scores are :func:`pair_scores` (with ``rerank``, as :class:`EntityIndex` reports them).

    ``pairs`` are ``(name_a, name_b, same_entity)``. Scores are sorted from high to low and the
    threshold is put at the lowest score where the precision of "merge if score >= threshold"
    is still at least ``precision`` (1.0 if no threshold reaches it).

    >>> from kg_memory.fuzzy.model import EncoderConfig
    >>> enc = EntityEncoder(EncoderConfig(buckets=512, embed_dim=16, dim=16))
    >>> calibrate_threshold(enc, [("Ann", "ann", True), ("Ann", "Bob", False)])
    1.0
    """
    pairs = list(pairs)
    if not pairs:
        raise FuzzyError("calibration needs labelled pairs")
    scores = pair_scores(encoder, [p[0] for p in pairs], [p[1] for p in pairs], rerank=rerank)
    ranked = sorted(zip(scores, (p[2] for p in pairs)), key=lambda x: -x[0])
    best = 1.0
    tp = fp = 0
    for i, (score, same) in enumerate(ranked):
        tp += same
        fp += not same
        next_lower = i + 1 == len(ranked) or ranked[i + 1][0] < score
        if next_lower and tp / (tp + fp) >= precision:
            best = score
    return round(min(best, 1.0), 4)
