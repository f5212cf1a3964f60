"""Compressed memory embeddings: a small autoencoder stores a 384-float sentence vector in 98 bytes.

:class:`Compressor` maps a unit vector ``x`` (384 dimensions, the packaged MiniLM's) to a code
``z = E (x - mean)`` of ``code_dim`` numbers, stored as int8 with one float16 scale per vector
(``code_dim + 2`` bytes, against 1,536 for float32), and back to ``normalise(D z + b)``. It runs on
numpy; the weights are trained with torch by :func:`kg_memory.neural.train.train_compressor`
(``scripts/train_compressor.py``), to reconstruct the vectors and to keep their dot products with
uncompressed vectors (a question's vector meets the stored memories' decoded vectors).

The packaged weights (``compressor.npz``, see ``MODEL_CARD.md`` beside it) were trained on MiniLM
embeddings of generated sentences and of kg-memory's own documentation.

>>> import numpy as np
>>> c = Compressor(np.eye(4, 8, dtype=np.float32), np.eye(8, 4, dtype=np.float32), np.zeros(8, np.float32),
...                np.zeros(8, np.float32))
>>> x = np.array([[0.6, 0.8, 0, 0, 0, 0, 0, 0]], dtype=np.float32)
>>> codes, scales = c.encode(x)
>>> codes.dtype, codes.shape, c.bytes_per_vector
(dtype('int8'), (1, 4), 6)
>>> [round(float(v), 2) for v in c.decode(codes, scales)[0]]
[0.6, 0.8, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from importlib import resources

import numpy as np

from ..errors import InputError

__all__ = ["COMPRESSOR_FILE", "Compressor", "load_compressor"]

#: The packaged weights, in this package's folder.
COMPRESSOR_FILE = "compressor.npz"
_FORMAT = "kg-memory-compressor/1"


class Compressor:
    """An embedding autoencoder's weights, applied with numpy (see the module doc).

    ``encoder`` is (code_dim, dim), ``decoder`` (dim, code_dim), ``bias`` (dim,) the decoder's
    bias and ``mean`` (dim,) what is subtracted before encoding.
    """

    def __init__(self, encoder: np.ndarray, decoder: np.ndarray, bias: np.ndarray, mean: np.ndarray,
                 identity: str = "") -> None:
        self.encoder = np.asarray(encoder, dtype=np.float32)
        self.decoder = np.asarray(decoder, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.mean = np.asarray(mean, dtype=np.float32)
        self.identity = identity

    def __repr__(self) -> str:
        return f"Compressor({self.dim} -> {self.code_dim} int8{', ' + self.identity if self.identity else ''})"

    @property
    def dim(self) -> int:
        return int(self.encoder.shape[1])

    @property
    def code_dim(self) -> int:
        return int(self.encoder.shape[0])

    @property
    def bytes_per_vector(self) -> int:
        """Bytes of one compressed vector: its int8 code and a float16 scale."""
        return self.code_dim + 2

    def encode(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """int8 codes (N, code_dim) and float16 scales (N,) of ``vectors`` (N, dim)."""
        x = np.asarray(vectors, dtype=np.float32)
        if x.ndim != 2 or x.shape[1] != self.dim:
            raise InputError(f"expected vectors of shape (N, {self.dim}), got {x.shape}")
        z = (x - self.mean) @ self.encoder.T
        scales = (np.abs(z).max(axis=1) / 127.0).astype(np.float16)
        safe = np.maximum(scales.astype(np.float32), 1e-12)[:, None]
        codes = np.clip(np.rint(z / safe), -127, 127).astype(np.int8)
        return codes, scales

    def decode(self, codes: np.ndarray, scales: np.ndarray) -> np.ndarray:
        """Unit vectors (N, dim) back from codes and scales."""
        z = codes.astype(np.float32) * scales.astype(np.float32)[:, None]
        x = z @ self.decoder.T + self.bias
        return (x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)).astype(np.float32)

    def round_trip(self, vectors: np.ndarray) -> np.ndarray:
        """``decode(encode(vectors))``: what a stored vector reads back as."""
        return self.decode(*self.encode(vectors))

    def wrap(self, encoder: Callable[[Sequence[str]], np.ndarray]) -> Callable[[Sequence[str]], np.ndarray]:
        """An encoder whose vectors are those of ``encoder`` after a round trip (for measuring)."""
        def encode(texts: Sequence[str]) -> np.ndarray:
            return self.round_trip(encoder(texts))

        return encode

    def save(self, path: str | os.PathLike[str]) -> None:
        np.savez(path, format=np.asarray(_FORMAT), encoder=self.encoder, decoder=self.decoder, bias=self.bias,
                 mean=self.mean, identity=np.asarray(self.identity))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Compressor:
        with np.load(path) as data:
            if "format" not in data or str(data["format"]) != _FORMAT:
                raise InputError(f"{os.fspath(path)} is not a kg-memory compressor")
            return cls(data["encoder"], data["decoder"], data["bias"], data["mean"], str(data["identity"]))


def load_compressor() -> Compressor:
    """The packaged compressor (384 -> 96 dimensions, for the packaged MiniLM encoder's vectors)."""
    ref = resources.files("kg_memory.neural").joinpath(COMPRESSOR_FILE)
    if not ref.is_file():
        raise InputError(f"the packaged compressor {COMPRESSOR_FILE} is missing")
    with resources.as_file(ref) as path:
        return Compressor.load(path)
