"""The relation classifier (torch): hashed token embeddings, two convolutions, pooled argument states.

Imported only when the model extractor is used or trained (``import kg_memory`` never imports torch).
``LABELS[0]`` is "no relation"; the others are vocabulary predicates read as (subject, object) of the
ordered pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from .features import DIST, MAX_LEN, VOCAB, PairInput

__all__ = ["LABELS", "RelationNet", "batch"]

LABELS = (
    "none", "spouse", "partner", "dated", "sibling", "parent", "child", "relative", "friend", "roommate",
    "neighbor", "boss", "employee", "client", "acquaintance", "classmate", "colleague", "positiveImpression",
    "negativeImpression", "alternateName", "livesIn", "visited", "birthPlace", "nationality", "worksFor",
    "educatedAt", "founded",
)


class RelationNet(nn.Module):
    """Embeddings -> 2 convolutions -> [subject; object; max] -> labels.

    A token's embedding sums its word, suffix, role, segment, position and distances to the arguments.
    """

    def __init__(self, dim: int = 64, hidden: int = 96, labels: int = len(LABELS)) -> None:
        super().__init__()
        # one hashed table for words and suffixes, updated sparsely (only the rows a batch uses)
        self.words = nn.Embedding(VOCAB, dim, padding_idx=0, sparse=True)
        self.roles = nn.Embedding(3, dim)
        self.segments = nn.Embedding(2, dim)
        self.position = nn.Embedding(MAX_LEN, dim)
        self.to_subject = nn.Embedding(2 * DIST + 2, dim)
        self.to_object = nn.Embedding(2 * DIST + 2, dim)
        self.conv1 = nn.Conv1d(dim, hidden, 3, padding=1)
        self.conv2 = nn.Conv1d(hidden, hidden, 3, padding=1)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Sequential(nn.Linear(3 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, labels))

    def forward(self, ids: torch.Tensor, suffixes: torch.Tensor, roles: torch.Tensor,
                segments: torch.Tensor, to_subject: torch.Tensor, to_object: torch.Tensor) -> torch.Tensor:
        """Logits ``(batch, labels)`` for padded ``(batch, length)`` inputs."""
        length = ids.shape[1]
        positions = torch.arange(length, device=ids.device).unsqueeze(0)
        x = self.words(ids) + self.words(suffixes) + self.roles(roles) + self.segments(segments)
        x = x + self.position(positions) + self.to_subject(to_subject) + self.to_object(to_object)
        x = self.drop(x)
        h = torch.relu(self.conv1(x.transpose(1, 2)))
        h = torch.relu(self.conv2(h) + h).transpose(1, 2)  # (batch, length, hidden)
        pad = (ids == 0).unsqueeze(-1)
        pooled = [h.masked_fill(pad, -1e4).max(dim=1).values]
        for role in (1, 2):
            mask = (roles == role).unsqueeze(-1)
            pooled.insert(role - 1, h.masked_fill(~mask, -1e4).max(dim=1).values.clamp(min=0.0))
        return self.out(self.drop(torch.cat(pooled, dim=-1)))


def batch(inputs: Sequence[PairInput]) -> tuple[torch.Tensor, ...]:
    """Pad a list of inputs to six ``(batch, length)`` long tensors."""
    length = max(len(p.ids) for p in inputs)
    arrays = []
    for field in ("ids", "suffixes", "roles", "segments", "to_subject", "to_object"):
        rows = [list(getattr(p, field)) + [0] * (length - len(p.ids)) for p in inputs]
        arrays.append(torch.tensor(rows, dtype=torch.long))
    return tuple(arrays)
