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

import dataclasses
import functools
import itertools
import logging
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import numpy as np

from ..ids import normalize_name
from ..types import Entity, Fact, Turn
from .embeddings import EAGER_LIMIT, BackgroundEmbedding, EmbeddingCache, Encoder, encoder_identity
from .lexical import BM25, pairs
from .sentences import sentence_parts
from .tables import FACT_FIELDS, Facts, FactTables, LazyRows, Tables, attribute_tables

if TYPE_CHECKING:
    from ..extract.timeexpr import TimeMention

__all__ = ["FACT_FIELDS", "HAN", "TURN_FIELDS", "FactEntry", "Facts", "PartTerms", "RecallIndex", "TurnEntry", "Turns", "frozen_maker", "fact_entries", "han_words", "mention_span",
           "tokenize", "turn_doc", "turn_entries", "valid_since"]

# Words that carry no evidence in a question or a turn (on top of bm25s's English list).
logger = logging.getLogger(__name__)

_EXTRA_STOPWORDS = (
    "did does do done what when where which who whom whose why how would could should "
    "has have had is are was were be been being the a an of to in on at for with about "
    "likely yes no ever some any many much".split()
)
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
#: :data:`_TOKEN` on lower-cased ASCII text, where a letter or digit is one of these (twice as fast).
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)?")
#: A run of Han characters (CJK unified ideographs, extension A, compatibility ideographs).
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Chinese function and question words: no evidence either.
_ZH_STOPWORDS = frozenset(
    "的 了 是 在 我 你 他 她 它 我们 你们 他们 她们 吗 呢 吧 啊 呀 和 与 也 都 就 还 很 这 那 这个 那个 "
    "哪 哪里 哪儿 哪个 什么 谁 怎么 怎样 为什么 多少 几 有 没有 不 一 个 着 过 被 把 给 让 对 于 之 "
    "在哪 是谁 什么样".split()
)
def mention_span(mention: TimeMention) -> tuple[date, date]:
    """The days ``[start, end)`` covered by a resolved time mention."""
    start = mention.value
    steps = {"day": 1, "week": 7, "month": 31, "season": 92, "year": 366, "decade": 3653}
    end = start + timedelta(days=steps.get(mention.granularity, 1))
    if mention.granularity in ("month", "year", "season", "decade"):
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
                    cache_dir, None)

    @classmethod
    def from_entries(cls, turns: Iterable[TurnEntry], facts: Sequence[FactEntry], entities: Iterable[Entity],
                     vocabulary: dict[str, int], *, cache_dir: Path | None = None, tables: Tables | None = None,
                     keys: Sequence[tuple[Any, str]] | None = None) -> RecallIndex:
        """An index of entries computed beforehand (when the memories were written; see
        :mod:`~kg_memory.recall.contents`): no tokenizing and no time parsing here. ``tables`` are the
        entity tables of ``facts`` and ``entities`` (:mod:`.tables`), made here when None; ``keys`` the
        (conversation, turn id) of each turn entry, when known."""
        index = cls.__new__(cls)
        index._setup(turns, facts, entities, vocabulary, cache_dir, tables, keys)
        return index

    def _setup(self, turns: Iterable[TurnEntry], facts: Sequence[FactEntry], entities: Iterable[Entity],
               vocabulary: dict[str, int], cache_dir: Path | None, tables: Tables | None,
               keys: Sequence[tuple[Any, str]] | None = None) -> None:
        # One pass per table, over columns, with C-level maps where they do: at 100,000 turns every
        # Python step per entry counts (issue 18); what a recall may not need is made when first read.
        given = turns if isinstance(turns, list) else list(turns)
        orders = list(map(_ORDER, given))
        perm = sorted(range(len(given)), key=orders.__getitem__)  # the entries' order (stable)
        entries = [given[i] for i in perm]
        orders = [orders[i] for i in perm]
        self._keys = [keys[i] for i in perm] if keys is not None else None
        self.turns = Turns([e.turn for e in entries])
        columns = dict(zip(TURN_FIELDS, zip(*self.turns.rows()))) if entries else dict.fromkeys(TURN_FIELDS, ())
        conversations = columns["conversation"]
        self._columns = columns
        self.turn_time: list[datetime | None] = list(columns["time"])
        self.facts = Facts([e.fact for e in facts])
        self.cache_dir = cache_dir
        self.vocabulary = vocabulary
        self._turn_terms = [e.terms for e in entries]
        self._fact_terms = [e.terms for e in facts]
        self.fact_docs = [e.doc for e in facts]
        # entity tables (kept up to date by the entries as they are written, see :mod:`.tables`)
        if tables is None:
            built = FactTables()
            for e in entities:
                built.entity(e)
            for j, f in enumerate(self.facts):
                built.fact(j, f)
            tables = built.tables(list(range(len(self.facts))), [f.valid_to is not None for f in self.facts])
        self.names, self.labels, self.entity_facts, self.changed_values, normal, fact_sources = tables
        # facts -> turn rows behind them
        position = self.position
        get = position.get
        self.fact_turns: list[tuple[int, ...]] = []
        add = self.fact_turns.append
        for sources in fact_sources:
            if len(sources) == 1:
                r = get(sources[0])
                add(() if r is None else (r,))
            elif not sources:
                add(())
            else:
                found = {get(key) for key in sources}
                add(tuple(sorted(r for r in found if r is not None)))
        # neighbours inside a conversation (turns come sorted by conversation: a new one starts a session)
        n = len(entries)
        starts = np.fromiter(map(operator.ne, conversations[1:], conversations[:-1]), dtype=bool, count=max(n - 1, 0))
        codes = np.concatenate([np.zeros(min(n, 1), dtype=np.int64), np.cumsum(starts, dtype=np.int64)])
        self.previous = np.full(n, -1, dtype=np.int64)
        self.next = np.full(n, -1, dtype=np.int64)
        after = np.flatnonzero(~starts) + 1
        self.previous[after], self.next[after - 1] = after - 1, after
        #: Each turn's session (its position in :attr:`sessions`); the turns of a conversation are one.
        self.session_of = codes
        self._session_count = int(codes[-1]) + 1 if n else 0
        # speakers: each distinct name's normal form, its rows found when asked for
        speaker_codes, speaker_names = _codes(columns["speaker"])
        self.speakers: Mapping[str, np.ndarray] = SpeakerRows([normal[name] for name in speaker_names], speaker_codes)
        self.max_name_words = max(map(len, map(str.split, itertools.chain(self.names, self.speakers))), default=1)
        # times: when each turn was said, and the period it mentions (if any)
        self.turn_mention: list[tuple[date, date] | None] = [e.mention for e in entries]
        self.has_time = np.fromiter(map(operator.is_not, self.turn_mention, itertools.repeat(None)), dtype=bool,
                                    count=n)
        # the latest time said (entries are sorted by conversation, so the maximum is searched)
        said = list(map(operator.itemgetter(1), orders))
        latest = max(said, default=datetime.min)
        self.latest: datetime | None = None
        if latest != datetime.min:
            self.latest = self.turn_time[said.index(latest)]
        self._lexical: dict[str, BM25] = {}
        self._vectors: dict[tuple[str, object], np.ndarray] = {}
        self._partial: dict[tuple[str, object], np.ndarray] = {}
        #: Background encodings by (kind, encoder); a recaller shares one dict across its indexes.
        self.embedding_jobs: dict[tuple[str, object], BackgroundEmbedding] = {}

    def __repr__(self) -> str:
        return f"RecallIndex(turns={len(self.turns)}, facts={len(self.facts)})"

    @functools.cached_property
    def turn_docs(self) -> list[str]:
        """Each turn as ``"speaker: text"`` (made when first read: a lexical recall reads a few)."""
        return [f"{s}: {x}" for s, x in zip(self._columns["speaker"], self._columns["text"])]

    @functools.cached_property
    def position(self) -> dict[tuple[Any, str], int]:
        """The row of each (conversation, turn id) pair."""
        keys = self._keys
        if keys is None:
            keys = list(zip(self._columns["conversation"], map(str, self._columns["turn"])))
        return dict(zip(keys, range(len(keys))))

    def attribute_tables(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Which changed attribute (a row of :attr:`changed_values`) each fact and turn bears on (see
        :func:`.tables.attribute_tables`; made once, in array passes)."""
        found: tuple[np.ndarray, np.ndarray, np.ndarray] | None = vars(self).get("_attribute_arrays")
        if found is None:
            found = self._attribute_arrays = attribute_tables(self.changed_values, self.fact_turns, len(self.facts),
                                                               len(self.turns))
        return found

    @functools.cached_property
    def sessions(self) -> list[np.ndarray]:
        """The rows of each session (a conversation's turns), in order."""
        return _groups(self.session_of)

    def session_top_mean(self, x: np.ndarray, k: int = 3) -> np.ndarray:
        """For each turn, the mean of the ``k`` largest values of ``x`` in its session: what
        ``np.sort(x[rows])[::-1][:k].mean()`` gives for each session's rows, in a few array passes
        (a loop over 60,000 sessions takes seconds).

        >>> index = RecallIndex([Turn("a", "1", "A", "x"), Turn("a", "2", "B", "y"), Turn("b", "1", "A", "z")], [])
        >>> index.session_top_mean(np.array([1.0, 3.0, 5.0]), k=1).tolist()
        [3.0, 3.0, 5.0]
        """
        n = len(self.session_of)
        if not n:
            return np.zeros(0)
        first = np.where(np.isnan(x), -np.inf, -x)  # largest first, NaN before all (as in sort()[::-1])
        order = np.lexsort((first, self.session_of))
        codes = self.session_of[order]
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        place = np.arange(n) - np.repeat(starts, np.diff(np.r_[starts, n]))
        keep = place < k
        groups = self._session_count
        values = x[order][keep].astype(np.float64)
        sums = np.bincount(codes[keep], weights=values, minlength=groups)
        counts = np.bincount(codes[keep], minlength=groups)
        return (sums / np.maximum(counts, 1))[self.session_of]

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
            docs = self._fact_terms if kind == "facts" else self._turn_terms
            lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
            flat = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
            if kind == "dialogue":
                flat, lengths = pairs(flat, lengths, self.previous)
            lexical = self._lexical[kind] = BM25.from_flat(flat, lengths, self.vocabulary)
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
        text, any substring of two to eight characters that is a name); an entity named by an alias
        that is a speaker names that speaker too."""
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
        for iri in entities:  # a speaker named by an alias ("Daniel" for "user", who said "I'm Daniel Brooks")
            label = self.labels.get(iri)
            spoken = normalize_name(label) if label else ""
            if spoken and spoken not in speakers and spoken in self.speakers:
                speakers.add(spoken)
        return entities, speakers


def turn_doc(turn: Turn) -> str:
    """A turn as recall reads it: ``"speaker: text"``."""
    return f"{turn.speaker}: {turn.text}"


class TurnEntry(NamedTuple):
    """What the index needs of a turn, computed once when it is written: the term ids of its document,
    the days its text mentions, its place in conversation order. ``turn`` is the :class:`Turn`, or its
    field values (:data:`TURN_FIELDS`) as read from disk, made into a Turn when first asked for."""

    turn: Turn | tuple[Any, ...]
    terms: np.ndarray
    mention: tuple[date, date] | None
    order: tuple[str, datetime, tuple[Any, ...]]


class FactEntry(NamedTuple):
    """What the index needs of a fact: its sentence and the sentence's term ids. ``fact`` is the
    :class:`Fact`, or its field values (:data:`FACT_FIELDS`: entities as :class:`Entity`, sources as
    tuples of :class:`Provenance` field values) as read from disk, made into a Fact when first asked
    for (:func:`as_fact`)."""

    fact: Fact | tuple[Any, ...]
    doc: str
    terms: np.ndarray


#: The fields of :class:`Turn`, in the order of the tuples :class:`Turns` holds.
TURN_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Turn))
_ORDER = operator.attrgetter("order")
T = TypeVar("T")


def frozen_maker(cls: type[T], names: Sequence[str]) -> Callable[[Iterable[Any]], T]:
    """A constructor of the frozen dataclass ``cls`` from its field values in ``names`` order, without
    its ``__init__`` (a tenth of the time: a new process makes every fact of the index).

    >>> frozen_maker(Turn, TURN_FIELDS)(("c", "1", "Ann", "Hi.", None)) == Turn("c", "1", "Ann", "Hi.")
    True
    """
    new = object.__new__
    fields = tuple(names)

    def make(values: Iterable[Any]) -> T:
        obj = new(cls)
        obj.__dict__.update(zip(fields, values))
        return obj

    return make


def _make_turn(values: tuple[Any, ...]) -> Turn:
    turn = object.__new__(Turn)
    turn.__dict__.update(zip(TURN_FIELDS, values))
    return turn


class SpeakerRows(Mapping[str, np.ndarray]):
    """Speaker keys (normal forms of names) -> their turn rows, in order; ``keys`` gives each distinct
    name's key (names that normalise alike share one) and ``codes`` each turn's name. Rows are found
    when first asked for (a question names one or two of 30,000 speakers)."""

    def __init__(self, keys: Sequence[str], codes: np.ndarray) -> None:
        self._names: dict[str, int | list[int]] = dict(zip(keys, range(len(keys))))
        if len(self._names) < len(keys):  # names that normalise alike
            merged: dict[str, list[int]] = {}
            for code, key in enumerate(keys):
                merged.setdefault(key, []).append(code)
            self._names = {k: v[0] if len(v) == 1 else v for k, v in merged.items()}
        self._codes = codes
        self._rows: dict[str, np.ndarray] = {}

    def __getitem__(self, key: str) -> np.ndarray:
        found = self._rows.get(key)
        if found is None:
            names = self._names[key]
            mask = self._codes == names if isinstance(names, int) else np.isin(self._codes, names)
            found = self._rows[key] = np.flatnonzero(mask)
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class Turns(LazyRows[Turn]):
    """An index's turns in row order, made into :class:`Turn` objects when first asked for."""

    __slots__ = ()

    @staticmethod
    def make(values: tuple[Any, ...]) -> Turn:
        return _make_turn(values)

    def rows(self) -> list[tuple[Any, ...]]:
        """Every turn's field values (:data:`TURN_FIELDS`), without making Turn objects."""
        values = operator.attrgetter(*TURN_FIELDS)
        return [item if type(item) is tuple else values(item) for item in self._items]


def _codes(values: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """Each value's position among the distinct values (in order of first appearance), and those."""
    distinct = list(dict.fromkeys(values))
    code = {v: i for i, v in enumerate(distinct)}
    return np.fromiter(map(code.__getitem__, values), dtype=np.int64, count=len(values)), distinct


def _groups(codes: np.ndarray) -> list[np.ndarray]:
    """The rows of each code (codes numbered from 0), in row order."""
    order = np.argsort(codes, kind="stable")
    ends = np.cumsum(np.bincount(codes)).tolist() if len(codes) else []
    return [order[a:b] for a, b in zip([0, *ends[:-1]], ends)]


def turn_entries(turns: Sequence[Turn], vocabulary: dict[str, int]) -> list[TurnEntry]:
    """The entries of ``turns`` (tokenized in one batch), adding new words to ``vocabulary``."""
    from ..extract.timeexpr import find_time

    tokens = tokenize([turn_doc(t) for t in turns])
    # the batch's term ids in one array (as term_ids gives them, turn by turn); each turn's a view of it
    ids = np.asarray([vocabulary.setdefault(w, len(vocabulary)) for words in tokens for w in words], dtype=np.int32)
    ends = list(itertools.accumulate(map(len, tokens)))
    out: list[TurnEntry] = []
    add = out.append
    for t, a, b in zip(turns, [0, *ends], ends):
        m = find_time(t.text, t.time)
        add(TurnEntry(t, ids[a:b], mention_span(m) if m is not None else None, _turn_key(t)))
    return out


#: Term ids of a part of fact sentences: its words', then its Han tokens' (see :func:`fact_entries`).
PartTerms = dict[str, tuple[tuple[int, ...], tuple[int, ...]]]


def fact_entries(facts: Sequence[Fact], vocabulary: dict[str, int], parts: PartTerms | None = None) -> list[FactEntry]:
    """The entries of ``facts``, adding new words to ``vocabulary``.

    A sentence's parts (names, relation words, validity: :func:`sentence_parts`) recur from fact to
    fact, and no token spans the spaces between them: ``parts`` (kept by the caller with its
    ``vocabulary``) holds each part's term ids, so that a part is analysed once. The ids are those
    :func:`tokenize` and :func:`~.lexical.term_ids` give the whole sentence (its words, then its Han
    tokens; new words numbered in order of first appearance).
    """
    split = [sentence_parts(f) for f in facts]
    known = {} if parts is None else parts
    if len(known) >= _PARTS_KEPT:
        known.clear()
    new = [p for p in dict.fromkeys(p for ps in split for p in ps) if p not in known]
    analysed = dict(zip(new, _analysed(new)))
    number = vocabulary.setdefault
    flat: list[int] = []
    ends: list[int] = []
    for ps in split:
        for kind in (0, 1):  # the words of every part, then the Han tokens; a new part's numbered here
            for p in ps:
                held = known.get(p)
                flat += held[kind] if held is not None else [number(t, len(vocabulary)) for t in analysed[p][kind]]
        for p in ps:
            if p not in known:
                words, han = analysed[p]
                known[p] = (tuple(map(vocabulary.__getitem__, words)), tuple(map(vocabulary.__getitem__, han)))
        ends.append(len(flat))
    terms = np.asarray(flat, dtype=np.int32)
    return [FactEntry(f, " ".join(ps), terms[a:b]) for f, ps, a, b in zip(facts, split, [0, *ends], ends)]


_DIGITS = re.compile(r"(\d+)")
_PARTS_KEPT = 50_000  # parts of fact sentences whose term ids fact_entries keeps (then forgotten); tuples of
# ints, which the garbage collector stops tracking


def _turn_key(turn: Turn) -> tuple[str, datetime, tuple[Any, ...]]:
    """Conversation, time, then the turn id in natural order ("D1:9" before "D1:10")."""
    natural = tuple([int(p) if p.isdigit() else p for p in _DIGITS.split(str(turn.turn))])  # a list: faster
    when = turn.time
    return turn.conversation, (when if when.tzinfo is None else _naive(when)) if when else datetime.min, natural


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
    return [words + han for words, han in _analysed(texts)]


def _analysed(texts: Sequence[str]) -> list[tuple[list[str], list[str]]]:
    """Each text's tokens as :func:`tokenize` gives them, in two lists: the stemmed words, the Han tokens."""
    import Stemmer

    stem: Callable[[list[str]], list[str]] = Stemmer.Stemmer("english").stemWords
    stop = _stopwords()
    found: list[tuple[list[str], list[str]]] = []
    for text in texts:
        lowered = text.lower()
        if lowered.isascii():
            runs, words = [], _ASCII_TOKEN.findall(lowered)
        else:
            runs = HAN.findall(lowered)
            if runs:
                lowered = HAN.sub(" ", lowered)
            words = _TOKEN.findall(lowered)
        if "'" in lowered:
            words = [w.replace("'", "") for w in words]
        found.append(([w for w in words if w not in stop], runs))
    distinct = list(dict.fromkeys(w for words, _ in found for w in words))  # each word stemmed once
    stems = dict(zip(distinct, stem(distinct))).__getitem__
    out = []
    for words, runs in found:
        han: list[str] = []
        for run in runs:
            han += _han_tokens(run)
        out.append((list(map(stems, words)), han))
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
