"""What the key-value memory stores: key, value and query vectors of facts and questions (numpy).

A fact ``(subject, predicate, object)`` becomes one key and one value:

* the key is ``[name_weight * name(subject), predicate_weight * predicate(p)]`` and, when a
  sentence encoder is given, ``sentence_weight * sentence(fact sentence)`` after them;
* the value is ``name(object)`` (a literal's text for a literal object).

``name`` is the packaged fuzzy name encoder (:mod:`kg_memory.fuzzy`: hashed character n-grams,
64 dimensions, so "Zhang Sna" and "张三" land near "Zhang San"); ``predicate`` is a fixed random
unit vector per predicate (seeded by its name: the same in every process, nothing to train); the
sentence part is any :data:`~kg_memory.recall.embeddings.Encoder` (the packaged MiniLM, say).
Relations that hold both ways (``spouse``, ``sibling``...) get a second key from the object's end,
and ``parent``/``child`` a key of the inverse relation, so "Who is Bea's sister?" finds
``Ann sibling Bea``.

A question is read by :func:`~kg_memory.recall.relations.parse_question` into the name it asks about
and the relations to follow; its query is built like a key. A question it cannot read queries by
its words alone (the name part; no predicate part).

>>> space = KeySpace(KVConfig())
>>> from kg_memory.types import Entity, Fact
>>> keys, values, rows = space.fact_vectors([Fact(Entity("Ann"), "sibling", Entity("Bea"))])
>>> keys.shape, values.shape, rows.tolist()   # a symmetric relation: a key from each end
((2, 96), (2, 64), [0, 0])
>>> q = space.question_queries("Who is Bea's sister?")[0]
>>> [round(float(s), 2) for s in keys @ q]
[0.59, 1.49]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from ..recall.relations import INVERSE, Lexicon
from ..types import Entity, Fact
from ..vocab import Vocabulary

if TYPE_CHECKING:
    from ..fuzzy import NameEncoder
    from ..recall.embeddings import Encoder

__all__ = ["KVConfig", "KeySpace", "fact_identity", "predicate_name"]

_QUESTION_WORDS = re.compile(
    r"\b(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|does|do|did|the|a|an|of|s)\b|[?？。，,.!！]",
    re.I)


@dataclass(frozen=True)
class KVConfig:
    """The shape of a :class:`~kg_memory.neural.KeyValueMemory`; saved with its state.

    ``temperature`` divides the scores before the softmax; ``index_from`` is the number of keys from
    which reads go through an inverted file (``nprobe`` of its lists scanned) instead of every key.
    """

    name_weight: float = 1.0
    predicate_weight: float = 0.7
    sentence_weight: float = 0.0  # > 0: keys carry the fact sentence (needs a sentence encoder)
    predicate_dim: int = 32
    temperature: float = 0.05
    index_from: int = 32_768
    nprobe: int = 12
    seed: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KVConfig:
        """The config saved by :func:`dataclasses.asdict` (unknown keys ignored)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def predicate_name(predicate: str) -> str:
    """A predicate's local name (``livesIn`` for its IRI too)."""
    return predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def fact_identity(fact: Fact) -> str:
    """What tells two stored facts apart: the fact IRI, else its three parts."""
    if fact.iri:
        return fact.iri
    obj = fact.object
    o = (obj.iri or obj.label) if isinstance(obj, Entity) else repr(obj)
    return f"{fact.subject.iri or fact.subject.label}\x1f{fact.predicate}\x1f{o}"


def _label(node: Any) -> str:
    return node.label if isinstance(node, Entity) else str(node)


class KeySpace:
    """Encodes facts into (key, value) rows and questions into queries (see the module doc)."""

    def __init__(self, config: KVConfig, *, names: NameEncoder | None = None,
                 sentences: Encoder | None = None) -> None:
        if config.sentence_weight > 0 and sentences is None:
            from ..errors import InputError

            raise InputError("a KVConfig with sentence_weight > 0 needs a sentence encoder")
        if names is None:
            from ..fuzzy import load_default_encoder

            names = load_default_encoder()
        self.config = config
        self.names = names
        self.sentences = sentences if config.sentence_weight > 0 else None
        self._predicates: dict[str, np.ndarray] = {}
        self._sentence_dim: int | None = None
        self._lexicon: Lexicon | None = None

    @property
    def name_dim(self) -> int:
        return int(self.names.config.dim)

    def predicate_vector(self, predicate: str) -> np.ndarray:
        """The fixed unit vector of a predicate (seeded by its local name)."""
        name = predicate_name(predicate)
        found = self._predicates.get(name)
        if found is None:
            seed = int.from_bytes(hashlib.sha1(f"{self.config.seed}:{name}".encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(self.config.predicate_dim).astype(np.float32)
            found = self._predicates[name] = v / np.linalg.norm(v)
        return found

    def _sentence_vectors(self, texts: Sequence[str]) -> np.ndarray | None:
        if self.sentences is None:
            return None
        vectors = np.asarray(self.sentences(list(texts)), dtype=np.float32)
        self._sentence_dim = vectors.shape[1] if len(vectors) else self._sentence_dim
        return vectors

    def fact_vectors(self, facts: Sequence[Fact]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Keys (R, D), values (R, name_dim) and the fact behind each row (R,) for ``facts``:
        one row a fact, two for a relation that holds both ways or has an inverse."""
        from ..recall.sentences import fact_sentence

        cfg = self.config
        subjects: list[str] = []
        predicates: list[str] = []
        objects: list[str] = []
        rows: list[int] = []
        symmetric = Vocabulary.load().symmetric
        for i, f in enumerate(facts):
            name = predicate_name(f.predicate)
            subjects.append(f.subject.label)
            predicates.append(name)
            objects.append(_label(f.object))
            rows.append(i)
            if isinstance(f.object, Entity) and (name in symmetric or name in INVERSE):
                subjects.append(f.object.label)
                predicates.append(name if name in symmetric else INVERSE[name])
                objects.append(f.subject.label)
                rows.append(i)
        # one encoding per distinct name: a person is the subject of many facts
        distinct = list(dict.fromkeys([*subjects, *objects]))
        table = self.names.encode(distinct) if distinct else np.zeros((0, self.name_dim), np.float32)
        where = {n: j for j, n in enumerate(distinct)}
        name_of = np.asarray([where[s] for s in subjects], dtype=np.int64)
        value_of = np.asarray([where[o] for o in objects], dtype=np.int64)
        parts = [cfg.name_weight * table[name_of],
                 cfg.predicate_weight * np.stack([self.predicate_vector(p) for p in predicates])
                 if predicates else np.zeros((0, cfg.predicate_dim), np.float32)]
        sentences = self._sentence_vectors([fact_sentence(f) for f in facts])
        if sentences is not None:
            parts.append(cfg.sentence_weight * sentences[np.asarray(rows, dtype=np.int64)])
        keys = np.concatenate(parts, axis=1).astype(np.float32)
        return keys, table[value_of].astype(np.float32), np.asarray(rows, dtype=np.int64)

    def query(self, name_vector: np.ndarray, predicates: Sequence[str] = (),
              sentence: np.ndarray | None = None) -> np.ndarray:
        """A query from a name vector (a value read before, say), the relations to follow and a
        sentence vector (when keys carry sentences)."""
        cfg = self.config
        pred = np.zeros(cfg.predicate_dim, dtype=np.float32)
        for p in predicates:
            pred += self.predicate_vector(p)
        if predicates:
            pred /= max(float(np.linalg.norm(pred)), 1e-12)
        parts = [cfg.name_weight * np.asarray(name_vector, dtype=np.float32), cfg.predicate_weight * pred]
        if self.sentences is not None:
            if sentence is None:
                sentence = np.zeros(self._sentence_dim or 0, dtype=np.float32)
            parts.append(cfg.sentence_weight * sentence)
        return np.concatenate(parts).astype(np.float32)

    def question_queries(self, question: str, lexicon: Lexicon | None = None) -> list[np.ndarray]:
        """The queries of a question, one per hop ("Where does Ann's sister work?": two). Hops after
        the first have a zero name part, to be filled with the value read at the hop before."""
        sentence = None
        if self.sentences is not None:
            sentence = self._sentence_vectors([question])[0]  # type: ignore[index]
        if lexicon is None:
            if self._lexicon is None:
                self._lexicon = Lexicon()
            lexicon = self._lexicon
        ask = lexicon.parse(question)
        if ask is None or ask.reverse:  # keys start from the subject: a reverse question reads by its words
            words = _QUESTION_WORDS.sub(" ", question)
            return [self.query(self.names.encode([words])[0], (), sentence)]
        out = [self.query(self.names.encode([ask.subject])[0], sorted(ask.hops[0]), sentence)]
        zero = np.zeros(self.name_dim, dtype=np.float32)
        out += [self.query(zero, sorted(hop), sentence) for hop in ask.hops[1:]]
        return out
