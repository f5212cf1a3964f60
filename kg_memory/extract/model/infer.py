"""The relation classifier's forward pass in numpy (what the extractor runs; no torch).

The same network as :class:`~.net.RelationNet` in evaluation mode, read from ``weights.npz``:
embeddings summed per token, three dilated convolutions computed as one matrix product each over
the shifted copies of the sequence, the maximum over each argument's mentions, a two-layer head.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

__all__ = ["NumpyNet"]

_DILATIONS = (1, 2, 4)


class NumpyNet:
    """Logits and probabilities of :class:`~.net.RelationNet` from its state dict (numpy arrays)."""

    def __init__(self, state: Mapping[str, np.ndarray]) -> None:
        f = {k: np.asarray(v, dtype=np.float32) for k, v in state.items()}
        self.words, self.segments, self.position, self.marks = (f["words.weight"], f["segments.weight"],
                                                                f["position.weight"], f["marks.weight"])
        self.kinds = f["kinds.weight"]
        # Conv1d weight (out, in, 3) -> (3 * in, out) for [x(t - d); x(t); x(t + d)]
        self.convs = [(f[f"convs.{i}.weight"].transpose(2, 1, 0).reshape(-1, f[f"convs.{i}.weight"].shape[0]),
                       f[f"convs.{i}.bias"]) for i in range(len(_DILATIONS))]
        self.out = [(f["out.0.weight"].T.copy(), f["out.0.bias"]), (f["out.2.weight"].T.copy(), f["out.2.bias"])]

    def logits(self, a: Mapping[str, np.ndarray]) -> np.ndarray:
        """``(pairs, labels)`` logits of the arrays :func:`~.features.arrays` makes."""
        ids = a["ids"]
        turns, length = ids.shape
        x = self.words[ids] + self.words[a["suffixes"]] + self.segments[a["segments"]] + self.marks[a["marks"]]
        x += self.position[:length][None]
        h = None
        for (w, b), d in zip(self.convs, _DILATIONS):
            src = x if h is None else h
            padded = np.zeros((turns, length + 2 * d, src.shape[2]), dtype=np.float32)
            padded[:, d:d + length] = src
            stacked = np.concatenate([padded[:, :length], src, padded[:, 2 * d:]], axis=2)
            y = stacked @ w + b
            h = np.maximum(y if h is None else y + h, 0.0)
        assert h is not None
        whole = np.where((ids == 0)[..., None], 0.0, h).max(axis=1)[a["turn"]]
        states = np.zeros((len(a["kind"]), h.shape[2]), dtype=np.float32)
        np.maximum.at(states, a["mention_argument"], h[a["mention_turn"], a["mention_position"]])
        s, o = states[a["subject"]], states[a["object"]]
        kinds = self.kinds[a["kind"]]
        z = np.concatenate([s, o, whole, s * o, kinds[a["subject"]], kinds[a["object"]]], axis=1)
        (w1, b1), (w2, b2) = self.out
        return np.maximum(z @ w1 + b1, 0.0) @ w2 + b2

    def probabilities(self, a: Mapping[str, np.ndarray], temperature: float = 1.0) -> np.ndarray:
        """Softmax of the logits at ``temperature``."""
        z = self.logits(a) / temperature
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)
