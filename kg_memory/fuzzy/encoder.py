"""The entity-name encoder's features and its inference in numpy: no torch at run time.

A name is normalised (:func:`kg_memory.ids.normalize_name`), its diacritics folded and, when it is
Chinese, its pinyin appended (:func:`kg_memory.fuzzy.variants.feature_text`). The features are the
character n-grams of every word with its boundaries (``" zh"``, ``"zha"``... ``"ng "``) and the
whole words, hashed into ``config.buckets`` buckets. Their embeddings are summed, projected to
``config.dim`` and L2-normalised, so the dot product of two vectors is their cosine similarity.
Since n-grams never cross a word boundary, the token order does not matter.

:class:`NameEncoder` computes that from the weights alone (an ``.npz`` file); the torch module
that learns them is :class:`kg_memory.fuzzy.model.EntityEncoder`, whose ``to_numpy()`` gives the
same vectors. Hashing is vectorised with numpy (a polynomial hash modulo 2**64).

>>> rng = np.random.default_rng(0)
>>> config = EncoderConfig(buckets=1024, embed_dim=16, dim=8)
>>> enc = NameEncoder(config, rng.normal(size=(1024, 16)), rng.normal(size=(8, 16)))
>>> vecs = enc.encode(["Zhang San", "zhang  san", "张三"])
>>> vecs.shape
(3, 8)
>>> bool(np.abs(vecs[0] - vecs[1]).max() < 1e-6)
True
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import numpy as np

from kg_memory._files import atomic_open
from kg_memory.errors import FuzzyError
from kg_memory.fuzzy.variants import feature_text

__all__ = [
    "DEFAULT_ENCODER_FILE",
    "Encoder",
    "EncoderConfig",
    "Features",
    "NameEncoder",
    "featurize",
    "load_default_encoder",
]

#: The packaged encoder's weights for :class:`NameEncoder`, written by ``scripts/train_default_encoder.py``
#: (model card: ``MODEL_CARD.md`` beside them).
DEFAULT_ENCODER_FILE = "default_encoder.npz"
_CHUNK = 16384  # names encoded at a time
_SPARSE_FROM = 256  # names in a batch from which pooling is a sparse product

_FORMAT = "kg-memory-encoder/1"
_P = np.uint64(0x100000001B3)  # FNV-64 prime, the base of the polynomial hash
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SPACE = 32
_SALT = 0x9E3779B97F4A7C15  # xor-ed into the hashes of whole words
_MASK = (1 << 64) - 1
_FEW = 8  # up to this many names are hashed in plain Python (numpy's per-call cost dominates)


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
    """Hashed features of a batch of names, in ``nn.EmbeddingBag`` input form (numpy)."""

    ids: np.ndarray  # (F,) int64 bucket ids of all names, name after name
    offsets: np.ndarray  # (B,) int64 start of each name's ids


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the polynomial hash over all 64 bits."""
    h = (h ^ (h >> np.uint64(30))) * _MIX1
    h = (h ^ (h >> np.uint64(27))) * _MIX2
    return h ^ (h >> np.uint64(31))


def featurize(names: Sequence[str], config: EncoderConfig) -> Features:
    """Hash the word n-grams (and words) of each name into bucket ids.

    A few names (a lookup, a command line's mention) are hashed in plain Python, many with numpy:
    the ids are the same, in the same order.

    >>> f = featurize(["ab", ""], EncoderConfig(buckets=64, ngram_min=2, ngram_max=3))
    >>> f.offsets.tolist()  # " ab " has 3 bigrams, 2 trigrams and 1 word; "" has nothing
    [0, 6]
    """
    if len(names) > _FEW:
        return _featurize_arrays(names, config)
    per_name = [_text_hashes(f" {feature_text(n)} ", config) for n in names]
    counts = np.fromiter(map(len, per_name), dtype=np.int64, count=len(per_name))
    hashes = np.fromiter(chain.from_iterable(per_name), dtype=np.uint64, count=int(counts.sum()))
    ids = (_mix(hashes) % np.uint64(config.buckets)).astype(np.int64)  # arrays wrap silently
    return Features(ids, np.cumsum(counts) - counts)


def _text_hashes(text: str, config: EncoderConfig) -> list[int]:
    """:func:`featurize`'s hashes (before mixing) of one padded text (``" name "``), computed with
    Python ints: an n-gram's polynomial hash is the difference of two prefix hashes, so each
    costs one multiplication whatever its length."""
    cp = [ord(c) + 1 for c in text]
    base, mask = int(_P), _MASK
    prefix = [0]  # prefix[i]: the polynomial hash of cp[:i]
    spaces = [0]  # spaces[i]: the spaces in text[:i]
    h = count = 0
    for c, char in zip(cp, text):
        h = (h * base + c) & mask
        prefix.append(h)
        count += char == " "
        spaces.append(count)
    hashes = []
    for n in range(config.ngram_min, config.ngram_max + 1):
        power = pow(base, n, mask + 1)
        lead = n * power  # the hash starts at n, multiplied n times by the base
        for s in range(len(cp) - n + 1):
            if n == 2:
                if spaces[s + 2] - spaces[s] == 2:  # two spaces
                    continue
            elif n > 2 and spaces[s + n - 1] != spaces[s + 1]:  # a word boundary inside the n-gram
                continue
            hashes.append((lead + prefix[s + n] - prefix[s] * power) & mask)
    if config.words:  # the i-th letter of a word (from 1) weighs base ** (i + 1)
        h, power, letters = 0, base, False
        for c, char in zip(cp, text):
            if char == " ":
                if letters:
                    hashes.append(h ^ _SALT)
                h, power, letters = 0, base, False
            else:
                power = (power * base) & mask
                h, letters = (h + c * power) & mask, True
    return hashes


def _featurize_arrays(names: Sequence[str], config: EncoderConfig) -> Features:
    """:func:`featurize` with numpy, for many names."""
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
    return Features(ids, offsets.astype(np.int64))


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
    return owner[start_of_word[has_chars]], sums[has_chars] ^ np.uint64(_SALT)


class Encoder(Protocol):
    """What lookups need of an encoder: :class:`NameEncoder`, or the torch
    :class:`~kg_memory.fuzzy.model.EntityEncoder` (whose vectors are a tensor)."""

    config: EncoderConfig

    def encode(self, names: Sequence[str]) -> Any:
        """Unit vectors (len(names), dim), as an array or anything ``np.asarray`` takes."""


class NameEncoder:
    """Maps names to L2-normalised vectors whose dot product is a name similarity (numpy).

    ``embed`` is the (buckets, embed_dim) n-gram table, ``proj`` the (dim, embed_dim) projection;
    :meth:`encode` sums a name's rows of ``embed``, projects and normalises, as the torch
    :class:`~kg_memory.fuzzy.model.EntityEncoder` does.
    """

    def __init__(self, config: EncoderConfig, embed: np.ndarray, proj: np.ndarray) -> None:
        if embed.shape != (config.buckets, config.embed_dim) or proj.shape != (config.dim, config.embed_dim):
            raise FuzzyError(f"weights of shapes {embed.shape}, {proj.shape} do not fit {config}")
        self.config = config
        self.embed = np.ascontiguousarray(embed, dtype=np.float32)
        self.proj_t = np.ascontiguousarray(np.asarray(proj, dtype=np.float32).T)  # (embed_dim, dim)

    def encode(self, names: Sequence[str]) -> np.ndarray:
        """Vectors of ``names``: a float32 array (len(names), dim), rows of unit length (zero for
        an empty name)."""
        out = np.zeros((len(names), self.config.dim), dtype=np.float32)
        for start in range(0, len(names), _CHUNK):
            chunk = names[start:start + _CHUNK]
            vectors = self._pool(*featurize(chunk, self.config)) @ self.proj_t
            norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            out[start:start + len(chunk)] = vectors / norms
        return out

    def _pool(self, ids: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        """The sum of each name's rows of ``embed`` (what ``nn.EmbeddingBag`` does): (B, embed_dim).

        A batch of names goes through scipy's sparse product where scipy is installed (it comes
        with sentence-transformers), about ten times faster than numpy's ``reduceat``; a few names,
        as the command line encodes, do not pay for importing it.
        """
        if len(offsets) == 1 and len(ids):  # one lookup's name (reduceat: the same sums as below)
            return np.add.reduceat(self.embed[ids], offsets, axis=0)
        counts = np.diff(np.append(offsets, len(ids)))
        if len(offsets) >= _SPARSE_FROM:
            try:
                from scipy import sparse  # type: ignore[import-untyped]
            except ImportError:
                pass
            else:
                bag = sparse.csr_matrix((np.ones(len(ids), dtype=np.float32), ids, np.append(offsets, len(ids))),
                                        shape=(len(offsets), self.config.buckets))
                return np.asarray(bag @ self.embed, dtype=np.float32)
        pooled = np.zeros((len(offsets), self.config.embed_dim), dtype=np.float32)
        filled = counts > 0
        if filled.any():  # reduceat sums each name's rows; empty names stay zero
            pooled[filled] = np.add.reduceat(self.embed[ids], offsets[filled], axis=0)
        return pooled

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two names."""
        va, vb = self.encode([a, b])
        return round(float(va @ vb), 6)

    def save(self, path: str | Path) -> None:
        """Write the config (as JSON) and the weights (fp16) to one ``.npz`` file."""
        with atomic_open(Path(path), "wb") as f:  # a file object: numpy adds no ".npz" to the name
            np.savez(f, format=np.asarray(_FORMAT),
                     config=np.asarray(json.dumps(dataclasses.asdict(self.config))),
                     embed=self.embed.astype(np.float16), proj=self.proj_t.T.astype(np.float16))

    @classmethod
    def load(cls, path: str | Path) -> NameEncoder:
        """Read an encoder written by :meth:`save` (a torch ``.pt`` file:
        ``EntityEncoder.load(path).to_numpy()``)."""
        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as blob:
                if "format" not in blob or str(blob["format"]) != _FORMAT:
                    raise FuzzyError(f"{path} is not a kg-memory encoder file")
                config = config_from_json(str(blob["config"]))
                return cls(config, blob["embed"], blob["proj"])
        except (OSError, ValueError, KeyError) as e:
            raise FuzzyError(f"cannot read encoder {path}: {e}") from e

    def __repr__(self) -> str:
        return f"NameEncoder({self.config})"


def config_from_json(text: str) -> EncoderConfig:
    """An :class:`EncoderConfig` from its JSON, ignoring fields this version does not know."""
    known = {f.name for f in dataclasses.fields(EncoderConfig)}
    return EncoderConfig(**{k: v for k, v in json.loads(text).items() if k in known})


def load_default_encoder() -> NameEncoder:
    """The encoder shipped with kg-memory, trained on a generic corpus of generated names.

    Raises
    ------
    FuzzyError
        If the package was installed without its model file.
    """
    ref = resources.files("kg_memory.fuzzy").joinpath(DEFAULT_ENCODER_FILE)
    if not ref.is_file():
        raise FuzzyError(f"the default encoder {DEFAULT_ENCODER_FILE} is missing from the package")
    with resources.as_file(ref) as path:
        return NameEncoder.load(path)
