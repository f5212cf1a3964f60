"""The entity-name encoder: hashed character n-grams pooled by an ``nn.EmbeddingBag``.

A name is normalised (:func:`kg_memory.ids.normalize_name`), its diacritics folded and, when it is
Chinese, its pinyin appended (:func:`kg_memory.fuzzy.variants.feature_text`). The features are the
character n-grams of every word with its boundaries (``" zh"``, ``"zha"``... ``"ng "``) and the
whole words, hashed into ``config.buckets`` buckets. Their embeddings are summed, projected to
``config.dim`` and L2-normalised, so the dot product of two vectors is their cosine similarity.
Since n-grams never cross a word boundary, the token order does not matter.

Hashing is vectorised with numpy (a polynomial hash modulo 2**64), so encoding a million names
takes seconds.

>>> enc = EntityEncoder(EncoderConfig(buckets=1024, embed_dim=16, dim=8))
>>> vecs = enc.encode(["Zhang San", "zhang  san", "张三"])
>>> tuple(vecs.shape)
(3, 8)
>>> bool((vecs[0] - vecs[1]).abs().max() < 1e-6)
True
"""

from __future__ import annotations

import dataclasses
import json
import logging
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy.variants import feature_text

__all__ = ["EncoderConfig", "EntityEncoder", "Features", "featurize"]

logger = logging.getLogger(__name__)

_FORMAT = "kg-memory-encoder/1"
_P = np.uint64(0x100000001B3)  # FNV-64 prime, the base of the polynomial hash
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SPACE = 32


@dataclass
class EncoderConfig:
    """The shape of an :class:`EntityEncoder`; saved with its weights.

    ``threshold`` is the pair score (:func:`kg_memory.fuzzy.pair_scores`) from which
    :func:`kg_memory.fuzzy.resolve` merges two names, and ``fusion`` the weights of that score's
    logistic model; ``scripts/train_default_encoder.py`` fits both on generated pairs
    (:func:`kg_memory.fuzzy.calibration.fit_scoring`).
    """

    buckets: int = 1 << 15  # hashed feature buckets (the embedding table's rows)
    embed_dim: int = 64  # width of the n-gram embeddings
    dim: int = 64  # width of the output vectors
    ngram_min: int = 2
    ngram_max: int = 4
    words: bool = True  # whole words as features too
    temperature: float = 0.05  # InfoNCE temperature
    threshold: float = 0.9  # merge threshold of resolve(), calibrated after training
    # weights of the logistic fusion of the cosine with string scores (kg_memory.fuzzy.scoring),
    # fitted after training; None: scores average the cosine and rapidfuzz's WRatio
    fusion: list[float] | None = None


class Features(NamedTuple):
    """Hashed features of a batch of names, in ``nn.EmbeddingBag`` input form."""

    ids: torch.Tensor  # (F,) int64 bucket ids of all names, name after name
    offsets: torch.Tensor  # (B,) int64 start of each name's ids


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the polynomial hash over all 64 bits."""
    h = (h ^ (h >> np.uint64(30))) * _MIX1
    h = (h ^ (h >> np.uint64(27))) * _MIX2
    return h ^ (h >> np.uint64(31))


def featurize(names: Sequence[str], config: EncoderConfig) -> Features:
    """Hash the word n-grams (and words) of each name into bucket ids.

    >>> f = featurize(["ab", ""], EncoderConfig(buckets=64, ngram_min=2, ngram_max=3))
    >>> f.offsets.tolist()  # " ab " has 3 bigrams, 2 trigrams and 1 word; "" has nothing
    [0, 6]
    """
    texts = [f" {feature_text(n)} " for n in names]
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    cp = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)  # name of each position
    is_space = cp == _SPACE
    spaces = np.concatenate(([0], np.cumsum(is_space)))  # spaces before position i
    cp = cp + np.uint64(1)
    total = len(cp)
    owners: list[np.ndarray] = []
    hashes: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for n in range(config.ngram_min, config.ngram_max + 1):
            if total < n:
                continue
            starts = np.arange(total - n + 1)
            h = np.full(len(starts), np.uint64(n))
            for j in range(n):
                h = h * _P + cp[j:total - n + 1 + j]
            interior = spaces[starts + n - 1] - spaces[starts + 1] if n > 2 else 0
            keep = (owner[starts] == owner[starts + n - 1]) & (interior == 0)
            keep &= ~(is_space[starts] & is_space[starts + n - 1] & (n == 2))
            owners.append(owner[starts[keep]])
            hashes.append(h[keep])
        if config.words:
            owners_w, hashes_w = _word_hashes(cp, is_space, owner)
            owners.append(owners_w)
            hashes.append(hashes_w)
        if owners:
            all_owners = np.concatenate(owners)
            ids = _mix(np.concatenate(hashes)) % np.uint64(config.buckets)
            order = np.argsort(all_owners, kind="stable")
            all_owners, ids = all_owners[order], ids[order].astype(np.int64)
        else:
            all_owners, ids = np.zeros(0, np.int64), np.zeros(0, np.int64)
    counts = np.bincount(all_owners, minlength=len(texts))
    offsets = np.concatenate(([0], np.cumsum(counts)[:-1])) if len(texts) else np.zeros(0)
    return Features(torch.from_numpy(ids), torch.from_numpy(offsets.astype(np.int64)))


def _word_hashes(
    cp: np.ndarray, is_space: np.ndarray, owner: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Hash each whole word (the characters between two spaces) with its own salt."""
    word = np.cumsum(is_space) - 1  # index of the word a position belongs to
    start_of_word = np.flatnonzero(is_space)
    pos = np.arange(len(cp)) - start_of_word[np.maximum(word, 0)]
    inside = ~is_space & (word >= 0)
    max_len = int(pos.max()) + 1 if len(pos) else 1
    powers = np.cumprod(np.full(max_len, _P, dtype=np.uint64))
    sums = np.zeros(len(start_of_word), dtype=np.uint64)
    np.add.at(sums, word[inside], cp[inside] * powers[pos[inside]])
    has_chars = np.zeros(len(start_of_word), dtype=bool)
    has_chars[word[inside]] = True
    salt = np.uint64(0x9E3779B97F4A7C15)
    return owner[start_of_word[has_chars]], sums[has_chars] ^ salt


def _info_nce(a: torch.Tensor, b: torch.Tensor, temperature: float) -> torch.Tensor:
    """Symmetric InfoNCE: row i of ``a`` should pick row i of ``b`` among all rows of ``b``."""
    logits = a @ b.T / temperature  # (B, B)
    target = torch.arange(len(a), device=a.device)
    return 0.5 * (F.cross_entropy(logits, target) + F.cross_entropy(logits.T, target))


class EntityEncoder(nn.Module):
    """Maps names to L2-normalised vectors whose dot product is a name similarity.

    ``forward(features, positives=None)`` returns ``(embeddings, loss)``; ``loss`` is the
    in-batch InfoNCE loss between the names and their positives (``None`` without positives).
    """

    def __init__(self, config: EncoderConfig | None = None) -> None:
        super().__init__()
        self.config = config or EncoderConfig()
        self.embed = nn.EmbeddingBag(self.config.buckets, self.config.embed_dim, mode="sum",
                                     sparse=True)  # sparse gradients: a batch touches few rows
        self.proj = nn.Linear(self.config.embed_dim, self.config.dim, bias=False)
        nn.init.normal_(self.embed.weight, std=self.config.embed_dim ** -0.5)

    def embed_features(self, features: Features) -> torch.Tensor:
        """Vectors of featurised names: (B, dim), unit length (zero for an empty name)."""
        pooled = self.embed(features.ids, features.offsets)  # (B, embed_dim)
        return F.normalize(self.proj(pooled), dim=-1)  # (B, dim)

    def forward(
        self, features: Features, positives: Features | None = None
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        emb = self.embed_features(features)
        if positives is None:
            return emb, None
        return emb, _info_nce(emb, self.embed_features(positives), self.config.temperature)

    def featurize(self, names: Sequence[str]) -> Features:
        """Hash names into this encoder's buckets."""
        return featurize(names, self.config)

    @torch.no_grad()
    def encode(self, names: Sequence[str], batch_size: int = 65536) -> torch.Tensor:
        """Vectors of ``names``: a float32 tensor (len(names), dim), rows of unit length."""
        was_training = self.training
        self.eval()
        out = [self.embed_features(self.featurize(names[i:i + batch_size]))
               for i in range(0, len(names), batch_size)]
        self.train(was_training)
        return torch.cat(out) if out else torch.zeros(0, self.config.dim)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two names.

        >>> EntityEncoder(EncoderConfig(buckets=256, embed_dim=8, dim=8)).similarity("Ann", "ann")
        1.0
        """
        va, vb = self.encode([a, b])
        return round(float(va @ vb), 6)

    def save(self, path: str | Path) -> None:
        """Write the config (as JSON) and the weights (fp16) to one file."""
        state = {k: v.detach().to(torch.float16) for k, v in self.state_dict().items()}
        blob = {"format": _FORMAT, "config": json.dumps(dataclasses.asdict(self.config)),
                "state_dict": state}
        torch.save(blob, Path(path))

    @classmethod
    def load(cls, path: str | Path) -> EntityEncoder:
        """Rebuild an encoder saved by :meth:`save`."""
        try:
            blob = torch.load(Path(path), map_location="cpu", weights_only=True)
        except (OSError, RuntimeError, EOFError, pickle.UnpicklingError) as e:
            raise FuzzyError(f"cannot read encoder {path}: {e}") from e
        if not isinstance(blob, dict) or blob.get("format") != _FORMAT:
            raise FuzzyError(f"{path} is not a kg-memory encoder file")
        config = json.loads(blob["config"])
        known = {f.name for f in dataclasses.fields(EncoderConfig)}
        encoder = cls(EncoderConfig(**{k: v for k, v in config.items() if k in known}))
        encoder.load_state_dict({k: v.float() for k, v in blob["state_dict"].items()})
        encoder.eval()
        return encoder

    def round_to_fp16(self) -> EntityEncoder:
        """Round the weights to fp16 precision in place, so vectors equal those after save/load."""
        with torch.no_grad():
            for p in self.parameters():
                p.copy_(p.to(torch.float16).float())
        return self

    def __repr__(self) -> str:
        return f"EntityEncoder({self.config})"
