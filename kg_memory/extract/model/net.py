"""The relation classifier (torch, for training): hashed token embeddings, three convolutions, pooled mentions.

Imported only when the model is trained (``import kg_memory`` never imports torch; the extractor runs
the same network in numpy, :mod:`.infer`). ``LABELS[0]`` is "no relation"; the others are vocabulary
predicates read as (subject, object) of the ordered pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from .features import KINDS, MARKS, MAX_LEN, VOCAB, TurnInput, arrays

__all__ = ["LABELS", "RelationNet", "batch"]

LABELS = (
    "none", "spouse", "partner", "dated", "sibling", "parent", "child", "relative", "friend", "roommate",
    "neighbor", "boss", "employee", "client", "acquaintance", "classmate", "colleague", "positiveImpression",
    "negativeImpression", "alternateName", "livesIn", "visited", "birthPlace", "nationality", "worksFor",
    "educatedAt", "founded",
)
#: Dilations of the three convolutions (kernel 3): a state sees 15 tokens around it.
DILATIONS = (1, 2, 4)


class RelationNet(nn.Module):
    """Embeddings -> 3 convolutions (once per turn) -> per pair [subject; object; max; subject*object; kinds] -> labels.

    A token's embedding sums its word, suffix, segment, position and mark; an argument's state is the
    maximum over its mentions.
    """

    def __init__(self, dim: int = 64, hidden: int = 128, kind_dim: int = 16, labels: int = len(LABELS)) -> None:
        super().__init__()
        # one hashed table for words and suffixes, updated sparsely (only the rows a batch uses)
        self.words = nn.Embedding(VOCAB, dim, padding_idx=0, sparse=True)
        self.segments = nn.Embedding(2, dim)
        self.position = nn.Embedding(MAX_LEN, dim)
        self.marks = nn.Embedding(MARKS, dim)
        self.convs = nn.ModuleList(nn.Conv1d(dim if i == 0 else hidden, hidden, 3, padding=d, dilation=d)
                                   for i, d in enumerate(DILATIONS))
        self.kinds = nn.Embedding(len(KINDS), kind_dim)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Sequential(nn.Linear(4 * hidden + 2 * kind_dim, hidden), nn.ReLU(), nn.Linear(hidden, labels))

    def forward(self, ids: torch.Tensor, suffixes: torch.Tensor, segments: torch.Tensor, marks: torch.Tensor,
                mention_turn: torch.Tensor, mention_position: torch.Tensor, mention_argument: torch.Tensor,
                kind: torch.Tensor, turn: torch.Tensor, subject: torch.Tensor, obj: torch.Tensor) -> torch.Tensor:
        """Logits ``(pairs, labels)`` (arguments as :func:`~.features.arrays` makes them)."""
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.words(ids) + self.words(suffixes) + self.segments(segments) + self.marks(marks)
        x = self.drop(x + self.position(positions)).transpose(1, 2)
        h = torch.relu(self.convs[0](x))
        for conv in self.convs[1:]:
            h = torch.relu(conv(h) + h)
        h = h.transpose(1, 2)  # (turns, length, hidden), all >= 0
        whole = h.masked_fill((ids == 0).unsqueeze(-1), 0.0).max(dim=1).values[turn]
        index = mention_argument.unsqueeze(-1).expand(-1, h.shape[2])
        states = h.new_zeros((kind.shape[0], h.shape[2])).scatter_reduce(
            0, index, h[mention_turn, mention_position], reduce="amax", include_self=True)
        s, o = states[subject], states[obj]
        features = torch.cat([s, o, whole, s * o, self.kinds(kind[subject]), self.kinds(kind[obj])], dim=-1)
        return self.out(self.drop(features))


_FIELDS = ("ids", "suffixes", "segments", "marks", "mention_turn", "mention_position", "mention_argument", "kind",
           "turn", "subject", "object")


def batch(inputs: Sequence[TurnInput], pairs: Sequence[Sequence[tuple[int, int]]] | None = None) -> tuple[torch.Tensor, ...]:
    """The network's arguments for ``inputs`` (and their ``pairs``) as tensors."""
    a = arrays(inputs, pairs)
    return tuple(torch.from_numpy(a[k]) for k in _FIELDS)
