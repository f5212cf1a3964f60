"""The search index behind :mod:`kg_memory.recall`, one per namespace.

A :class:`RecallIndex` is built from a namespace's turns and facts (current and closed) and holds
what ranking needs:

* the *documents*: each turn as ``"speaker: text"`` and each fact as a short sentence
  (``"Alice lives in Paris (since 2024-03-01)"``), with the turns behind every fact;
* BM25 indexes over both (:mod:`.lexical`, the scores of bm25s): Snowball-stemmed English tokens, and for Han text
  jieba's words with the character bigrams (which keep a name that jieba glues to a verb);
* sentence embeddings of both, computed on first semantic use with the encoder asked for (and
  saved beside a persistent store by :class:`~kg_memory.recall.embeddings.EmbeddingCache`, so a
  reopened store does not encode again);
* an entity table (normalised names -> entity IRIs -> fact rows) and a speaker table, for
  linking the entities named in a question (in Han text, any substring naming one);
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

import functools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..ids import normalize_name
from ..types import Entity, Fact, Turn
from .embeddings import EAGER_LIMIT, BackgroundEmbedding, EmbeddingCache, Encoder, encoder_identity
from .lexical import BM25, term_ids

if TYPE_CHECKING:
    from ..extract.timeexpr import TimeMention

__all__ = ["HAN", "FactEntry", "RecallIndex", "TurnEntry", "fact_entries", "fact_sentence", "han_words", "mention_span",
           "tokenize", "turn_doc", "turn_entries", "valid_since"]

# Words that carry no evidence in a question or a turn (on top of bm25s's English list).
logger = logging.getLogger(__name__)

_EXTRA_STOPWORDS = (
    "did does do done what when where which who whom whose why how would could should "
    "has have had is are was were be been being the a an of to in on at for with about "
    "likely yes no ever some any many much".split()
)
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
#: A run of Han characters (CJK unified ideographs, extension A, compatibility ideographs).
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Chinese function and question words: no evidence either.
_ZH_STOPWORDS = frozenset(
    "的 了 是 在 我 你 他 她 它 我们 你们 他们 她们 吗 呢 吧 啊 呀 和 与 也 都 就 还 很 这 那 这个 那个 "
    "哪 哪里 哪儿 哪个 什么 谁 怎么 怎样 为什么 多少 几 有 没有 不 一 个 着 过 被 把 给 让 对 于 之 "
    "在哪 是谁 什么样".split()
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


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


def valid_since(fact: Fact) -> datetime | None:
    """When a fact began to hold: its ``valid_from``, else when it was first said."""
    return fact.valid_from or (fact.source.time if fact.source else None)


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
        vocabulary: dict[str, int] = {}
        self._setup(turn_entries(turns, vocabulary), fact_entries(facts, vocabulary), entities, vocabulary,
                    cache_dir)

    @classmethod
    def from_entries(cls, turns: Iterable[TurnEntry], facts: Sequence[FactEntry], entities: Iterable[Entity],
                     vocabulary: dict[str, int], *, cache_dir: Path | None = None) -> RecallIndex:
        """An index of entries computed beforehand (when the memories were written; see
        :mod:`~kg_memory.recall.contents`): no tokenizing and no time parsing here."""
        index = cls.__new__(cls)
        index._setup(turns, facts, entities, vocabulary, cache_dir)
        return index

    def _setup(self, turns: Iterable[TurnEntry], facts: Sequence[FactEntry], entities: Iterable[Entity],
               vocabulary: dict[str, int], cache_dir: Path | None) -> None:
        entries = sorted(turns, key=lambda e: e.order)
        self.turns = [e.turn for e in entries]
        self.facts = [e.fact for e in facts]
        self.cache_dir = cache_dir
        self.vocabulary = vocabulary
        self._turn_terms = [e.terms for e in entries]
        self._fact_terms = [e.terms for e in facts]
        self.turn_docs = [turn_doc(t) for t in self.turns]
        self.fact_docs = [e.doc for e in facts]
        self.position: dict[tuple[str | None, str], int] = {
            (t.conversation, str(t.turn)): i for i, t in enumerate(self.turns)}
        # facts -> turn rows behind them
        self.fact_turns: list[tuple[int, ...]] = []
        for f in self.facts:
            rows = {self.position.get((s.conversation, str(s.turn))) for s in f.sources if s.turn is not None}
            self.fact_turns.append(tuple(sorted(r for r in rows if r is not None)))
        # neighbours inside a conversation (turns come sorted by conversation and turn order)
        conversations = [t.conversation for t in self.turns]
        same = np.asarray([a == b for a, b in zip(conversations[1:], conversations[:-1])], dtype=bool)
        self.previous = np.full(len(self.turns), -1, dtype=np.int64)
        self.next = np.full(len(self.turns), -1, dtype=np.int64)
        after = np.flatnonzero(same) + 1
        self.previous[after], self.next[after - 1] = after - 1, after
        # sessions: the turns of each conversation (a LoCoMo session is one), as row arrays
        by_session: dict[str, list[int]] = {}
        for i, c in enumerate(conversations):
            by_session.setdefault(c, []).append(i)
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
            for node in (f.subject, f.object):
                if isinstance(node, Entity) and node.iri:
                    self.entity_facts.setdefault(node.iri, []).append(j)
                    if node.iri not in self.labels:
                        self.labels[node.iri] = node.label
                        self.names.setdefault(normalize_name(node.label), set()).add(node.iri)
        # attributes whose value changed (several values of one subject and predicate, one closed)
        by_attribute: dict[tuple[str, str], list[int]] = {}
        for j, f in enumerate(self.facts):
            by_attribute.setdefault((f.subject.iri or f.subject.label, f.predicate), []).append(j)
        self.changed_values = [rows for rows in by_attribute.values()
                               if len(rows) > 1 and any(self.facts[j].valid_to is not None for j in rows)]
        by_speaker: dict[str, list[int]] = {}
        speaker_keys: dict[str, str] = {}
        for i, t in enumerate(self.turns):
            key = speaker_keys.get(t.speaker)
            if key is None:
                key = speaker_keys[t.speaker] = normalize_name(t.speaker)
            by_speaker.setdefault(key, []).append(i)
        self.speakers: dict[str, np.ndarray] = {k: np.asarray(v, dtype=np.int64) for k, v in by_speaker.items()}
        self.max_name_words = max((len(k.split()) for k in (*self.names, *self.speakers)), default=1)
        # times: when each turn was said, and the period it mentions (if any)
        self.turn_time = [t.time for t in self.turns]
        self.turn_mention: list[tuple[date, date] | None] = [e.mention for e in entries]
        self.has_time = np.asarray([m is not None for m in self.turn_mention], dtype=bool)
        times = [t for t in self.turn_time if t is not None]
        self.latest: datetime | None = max(times, key=_naive) if times else None
        self._lexical: dict[str, BM25] = {}
        self._vectors: dict[tuple[str, object], np.ndarray] = {}
        self._partial: dict[tuple[str, object], np.ndarray] = {}
        #: Background encodings by (kind, encoder); a recaller shares one dict across its indexes.
        self.embedding_jobs: dict[tuple[str, object], BackgroundEmbedding] = {}

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
        """BM25 scores of every turn (``kind="turns"``), dialogue pair (``"dialogue"``) or fact
        (``"facts"``) for ``question``."""
        lexical = self._lexical.get(kind)
        if lexical is None:
            if kind == "facts":
                docs = self._fact_terms
            elif kind == "dialogue":
                docs = [np.concatenate((self._turn_terms[p], d)) if p >= 0 else d
                        for d, p in zip(self._turn_terms, self.previous)]
            else:
                docs = self._turn_terms
            lexical = self._lexical[kind] = BM25(docs, self.vocabulary)
        if not lexical.size:
            return np.zeros(0, dtype=np.float32)
        return lexical.scores(tokenize([question])[0])

    # -- semantic -------------------------------------------------------------------------------

    def vectors(self, kind: str, encoder: Encoder) -> np.ndarray:
        """Embeddings of the turns, dialogue pairs or facts by ``encoder`` (computed once per
        encoder; cached on disk for an encoder with an identity, see :mod:`.embeddings`). When more
        than :data:`~.embeddings.EAGER_LIMIT` texts have no vector, they are encoded in the
        background and their rows are zeros until it is done."""
        key = (kind, encoder_identity(encoder) or encoder)
        found = self._vectors.get(key)
        if found is not None:
            return found
        job = self.embedding_jobs.get(key)
        if job is not None and not job.finished and key in self._partial:
            return self._partial[key]  # still encoding: the vectors that were ready
        cache = EmbeddingCache(self.cache_dir, encoder)
        docs = self._docs(kind)
        vectors, missing = cache.encode(docs, limit=EAGER_LIMIT)
        if not missing:
            self._vectors[key] = vectors
            return vectors
        if job is None or job.finished:
            logger.warning("recall: %d texts have no embedding yet; encoding them in the background "
                           "(semantic recall uses the vectors that are ready)", len(missing))
            job = self.embedding_jobs[key] = BackgroundEmbedding(cache, [docs[i] for i in missing])
            job.start()
        self._partial[key] = vectors
        return vectors

    # -- entities -------------------------------------------------------------------------------

    def link(self, question: str) -> tuple[set[str], set[str]]:
        """Entity IRIs and speaker keys named in ``question`` (exact, after normalisation; in Han
        text, any substring of two to eight characters that is a name)."""
        entities: set[str] = set()
        speakers: set[str] = set()
        for run in HAN.findall(question):
            for n in range(min(len(run), 8), 1, -1):
                for i in range(len(run) - n + 1):
                    key = normalize_name(run[i:i + n])
                    if key in self.speakers:
                        speakers.add(key)
                    entities |= self.names.get(key, set())
        words = [w for w in _TOKEN.findall(HAN.sub(" ", question))]
        words = [w[:-2] if w.lower().endswith("'s") else w for w in words]
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


def turn_doc(turn: Turn) -> str:
    """A turn as recall reads it: ``"speaker: text"``."""
    return f"{turn.speaker}: {turn.text}"


@dataclass
class TurnEntry:
    """What the index needs of a turn, computed once when it is written: the term ids of its document,
    the days its text mentions, its place in conversation order."""

    turn: Turn
    terms: np.ndarray
    mention: tuple[date, date] | None
    order: tuple[str, datetime, list[Any]]


@dataclass
class FactEntry:
    """What the index needs of a fact: its sentence and the sentence's term ids."""

    fact: Fact
    doc: str
    terms: np.ndarray


def turn_entries(turns: Sequence[Turn], vocabulary: dict[str, int]) -> list[TurnEntry]:
    """The entries of ``turns`` (tokenized in one batch), adding new words to ``vocabulary``."""
    from ..extract.timeexpr import find_time

    tokens = tokenize([turn_doc(t) for t in turns])
    out = []
    for t, words in zip(turns, tokens):
        m = find_time(t.text, t.time)
        out.append(TurnEntry(t, term_ids(words, vocabulary), mention_span(m) if m is not None else None,
                             _turn_key(t)))
    return out


def fact_entries(facts: Sequence[Fact], vocabulary: dict[str, int]) -> list[FactEntry]:
    """The entries of ``facts``, adding new words to ``vocabulary``."""
    docs = [fact_sentence(f) for f in facts]
    return [FactEntry(f, d, term_ids(words, vocabulary)) for f, d, words in zip(facts, docs, tokenize(docs))]


def _turn_key(turn: Turn) -> tuple[str, datetime, list[Any]]:
    """Conversation, time, then the turn id in natural order ("D1:9" before "D1:10")."""
    natural = [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", str(turn.turn))]
    return turn.conversation, _naive(turn.time) if turn.time else datetime.min, natural


def _naive(t: datetime) -> datetime:
    return t.replace(tzinfo=None)


@functools.cache  # a constant, read once
def _stopwords() -> frozenset[str]:
    """bm25s's English stop words and ours; its module is read alone, as importing the bm25s
    package takes about a second (scipy) and recall does not need it."""
    import importlib.util

    spec = importlib.util.find_spec("bm25s")
    folder = spec.submodule_search_locations[0] if spec and spec.submodule_search_locations else None
    words: frozenset[str] = frozenset()
    if folder is not None:
        part = importlib.util.spec_from_file_location("_kgm_bm25s_stopwords", Path(folder) / "stopwords.py")
        if part is not None and part.loader is not None:
            module = importlib.util.module_from_spec(part)
            part.loader.exec_module(module)
            words = frozenset(module.STOPWORDS_EN)
    return words | frozenset(_EXTRA_STOPWORDS)


_STOPWORDS: frozenset[str] = frozenset(_EXTRA_STOPWORDS)


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lower-cased tokens without stop words (the BM25 analyser): Snowball-stemmed English words,
    and for each run of Han characters jieba's words (search mode) and its character bigrams.

    >>> tokenize(["When did Melanie paint a sunrise?"])
    [['melani', 'paint', 'sunris']]
    >>> tokenize(["李雷在Google工作"])
    [['googl', '李雷', '雷在', '工作']]
    """
    import Stemmer

    stem: Callable[[list[str]], list[str]] = Stemmer.Stemmer("english").stemWords
    stop = _stopwords()
    out = []
    for text in texts:
        lowered = text.lower()
        runs = HAN.findall(lowered)
        if runs:
            lowered = HAN.sub(" ", lowered)
        words = [w.replace("'", "") for w in _TOKEN.findall(lowered)]
        tokens = stem([w for w in words if w not in stop])
        for run in runs:
            tokens += _han_tokens(run)
        out.append(tokens)
    return out


def han_words(run: str) -> list[str]:
    """jieba's words (search mode) of a run of Han text, without function and question words.

    >>> han_words("最近张三怎么样")
    ['最近', '张三', '怎么样']
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" lines on first use
    return [w for w in jieba.cut_for_search(run) if w not in _ZH_STOPWORDS]


def _han_tokens(run: str) -> list[str]:
    """jieba's words of a run of Han text, then the bigrams that are not already words."""
    words = han_words(run)
    seen = set(words)
    bigrams = [run[i:i + 2] for i in range(len(run) - 1)]
    return words + [b for b in bigrams if b not in seen and b not in _ZH_STOPWORDS]
