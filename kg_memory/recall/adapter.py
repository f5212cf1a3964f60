"""The learned query adapter: a linear correction of question embeddings, shipped beside this module."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["ADAPTER_FILE", "QueryAdapter", "load_adapter"]

logger = logging.getLogger(__name__)

#: The packaged query adapter (in this package), fitted for the packaged MiniLM on generated chats
#: (``scripts/train_recall_model.py``, ``MODEL_CARD.md``).
ADAPTER_FILE = "recall_adapter.npz"


@dataclass(frozen=True)
class QueryAdapter:
    """A learned linear correction of question embeddings: ``a = normalise(q + W q)``.

    MiniLM places a question near other questions; the turn that answers it says something else
    ("When did Ann paint?" / "Ann: I painted a sunrise yesterday"). One matrix ``W`` per kind of
    document (``"turns"``, and ``"dialogue"``: a turn read with the one before it) is fitted so
    that the adapted question's cosine ranks the evidence turns of generated questions first
    (softmax over a conversation's turns, L2 towards ``W = 0``: the plain question).

    >>> adapter = QueryAdapter({"turns": np.zeros((2, 2), dtype=np.float32)})
    >>> adapter.apply(np.array([3.0, 4.0], dtype=np.float32), "turns").tolist()
    [0.6000000238418579, 0.800000011920929]
    """

    matrices: dict[str, np.ndarray]

    def apply(self, question: np.ndarray, kind: str) -> np.ndarray:
        """The adapted, unit-length question vector for documents of ``kind``."""
        adapted = question + self.matrices[kind] @ question
        return (adapted / (np.linalg.norm(adapted) or 1.0)).astype(np.float32)

    def save(self, path: Path) -> None:
        """Write the matrices (float16: a third of a megabyte for MiniLM's 384 dimensions)."""
        arrays: dict[str, Any] = {k: v.astype(np.float16) for k, v in self.matrices.items()}
        np.savez_compressed(path, **arrays)


def load_adapter(path: Path | None = None) -> QueryAdapter | None:
    """The query adapter at ``path`` (default: the packaged one), or None when it is missing."""
    from importlib import resources

    try:
        source = path or resources.files("kg_memory.recall").joinpath(ADAPTER_FILE)
        with source.open("rb") as f, np.load(f) as data:
            return QueryAdapter({k: data[k].astype(np.float32) for k in data.files})
    except (OSError, ValueError) as e:
        logger.warning("the recall query adapter is off: %s", e)
        return None
