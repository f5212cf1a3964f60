"""The trainable entity-name encoder: hashed character n-grams pooled by an ``nn.EmbeddingBag``.

The features are those of :func:`kg_memory.fuzzy.encoder.featurize`; their embeddings are summed,
projected to ``config.dim`` and L2-normalised. This torch module is what training
(:mod:`kg_memory.fuzzy.train`) needs; lookups run the same computation in numpy
(:meth:`EntityEncoder.to_numpy`, :class:`kg_memory.fuzzy.encoder.NameEncoder`).

>>> enc = EntityEncoder(EncoderConfig(buckets=1024, embed_dim=16, dim=8))
>>> vecs = enc.encode(["Zhang San", "zhang  san", "张三"])
>>> tuple(vecs.shape)
(3, 8)
>>> bool((vecs[0] - vecs[1]).abs().max() < 1e-6)
True
>>> bool(np.allclose(enc.to_numpy().encode(["Zhang San"]), vecs[:1].numpy(), atol=1e-6))
True
"""

from __future__ import annotations

import dataclasses
import json
import logging
import pickle
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy.encoder import EncoderConfig, Features, NameEncoder, config_from_json, featurize

__all__ = ["EncoderConfig", "EntityEncoder", "Features", "featurize"]

logger = logging.getLogger(__name__)

_FORMAT = "kg-memory-encoder/1"


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
        pooled = self.embed(torch.from_numpy(features.ids), torch.from_numpy(features.offsets))
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

    def to_numpy(self) -> NameEncoder:
        """The same encoder for inference without torch (equal vectors up to float rounding)."""
        return NameEncoder(self.config, self.embed.weight.detach().numpy().copy(),
                           self.proj.weight.detach().numpy().copy())

    @classmethod
    def from_numpy(cls, encoder: NameEncoder) -> EntityEncoder:
        """The torch module of a :class:`NameEncoder`'s weights (to train on, or to compare)."""
        module = cls(dataclasses.replace(encoder.config))
        with torch.no_grad():
            module.embed.weight.copy_(torch.from_numpy(encoder.embed))
            module.proj.weight.copy_(torch.from_numpy(np.ascontiguousarray(encoder.proj_t.T)))
        return module.eval()

    def save(self, path: str | Path) -> None:
        """Write the config (as JSON) and the weights (fp16) to one file: torch's format, or
        :class:`NameEncoder`'s when ``path`` ends in ``.npz``."""
        if Path(path).suffix == ".npz":
            self.to_numpy().save(path)
            return
        state = {k: v.detach().to(torch.float16) for k, v in self.state_dict().items()}
        blob = {"format": _FORMAT, "config": json.dumps(dataclasses.asdict(self.config)),
                "state_dict": state}
        torch.save(blob, Path(path))

    @classmethod
    def load(cls, path: str | Path) -> EntityEncoder:
        """Rebuild an encoder saved by :meth:`save`."""
        if Path(path).suffix == ".npz":
            return cls.from_numpy(NameEncoder.load(path))
        try:
            blob = torch.load(Path(path), map_location="cpu", weights_only=True)
        except (OSError, RuntimeError, EOFError, pickle.UnpicklingError) as e:
            raise FuzzyError(f"cannot read encoder {path}: {e}") from e
        if not isinstance(blob, dict) or blob.get("format") != _FORMAT:
            raise FuzzyError(f"{path} is not a kg-memory encoder file")
        encoder = cls(config_from_json(blob["config"]))
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
