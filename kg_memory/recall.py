"""Recall: the memories (facts and turns) that bear on a question, ranked, and a prompt block.

Ranking combines independent pieces of evidence by *weighted reciprocal rank fusion* (RRF,
Cormack et al. 2009): every component ranks some memories, and a memory's score is

    score(m) = sum over components c of  weight_c / (rrf_k + rank_c(m))

so no component's raw scores need calibrating against another's. The components
(:class:`RecallConfig` documents each weight):

``lexical``
    BM25 over the turns (``"speaker: text"``) and over the facts as sentences.
``semantic``
    cosine similarity of MiniLM embeddings (the packaged all-MiniLM-L6-v2), turns and facts.
``dialogue``
    the same over each turn read with the turn before it (an answer with its question).
``graph``
    the facts of the entities the question names (linked by exact normalised name, then
    :meth:`Memory.lookup <kg_memory.memory.Memory.lookup>`), and of their neighbours (2 hops),
    ordered by their lexical+semantic relevance.
``speaker``
    the turns said by a person the question names, ordered by relevance.
``time``
    for "when" questions, the turns that mention a time; for a question naming a period
    ("in 2022", "last week"), the turns said in it or about it and the facts valid during it
    (a past city of residence for "where did Ann live in 2021?"); all ordered by relevance.
``neighbours``
    a turn inherits a share of its neighbours' score (answers follow questions).

``learned`` (on by default)
    the fused score is only one input: turns are finally ranked by a small linear ranker
    (:class:`LinearRanker`, 27 weights in the packaged ``recall_ranker.json``) over every
    component's score and rank, the fused score, the neighbours' scores, how good the turn's
    session is (the mean of its best three turns; a LoCoMo session is one conversation id) and
    the ``adapter``'s similarities.
``adapter``
    the cosine of each turn with the question's vector corrected by a learned
    :class:`~kg_memory.recall_index.QueryAdapter` (packaged ``recall_adapter.npz``, fitted for
    the packaged MiniLM), a feature of the learned ranker.

The ranker and the adapter were fitted on LoCoMo conversations 0-4 only
(``scripts/train_recall_model.py``; the ranker by a softmax over each question's candidate turns,
on adapter similarities computed out of fold). A relevant fact is placed just above the best of
its source turns and stands for them. A switched-off component's features take their training
mean; ``learned=0`` is plain RRF.

A fact's memory carries the turns it came from; a turn already behind a better-ranked fact is
not repeated. ``at`` recalls as of a past moment: later turns and facts not valid then are left out.

>>> from kg_memory import Memory, Turn
>>> memory = Memory()
>>> _ = memory.remember([Turn("c1", "1", "Ann", "I live in Lisbon."),
...                      Turn("c1", "2", "Bob", "I just bought a red bike.")])
>>> top = memory.recall("Where does Ann live?", k=3)
>>> top[0].text, [t.turn for t in top[0].turns], top[0].why
('Ann lives in Lisbon', ['1'], ('lexical#1', 'semantic#1', 'graph#1'))
>>> [(r.text, [t.turn for t in r.turns]) for r in top if r.kind == "fact"]
[('Ann lives in Lisbon', ['1']), ('Bob owns red bike', ['2'])]
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .types import Entity, Fact, Turn

if TYPE_CHECKING:
    from .memory import Memory
    from .recall_index import Encoder, QueryAdapter, RecallIndex

__all__ = [
    "COMPONENTS",
    "Profile",
    "RecallConfig",
    "Recalled",
    "Recaller",
    "build_profile",
    "estimate_tokens",
    "format_context",
]

logger = logging.getLogger(__name__)

#: The components that can be switched off with :meth:`RecallConfig.without`.
COMPONENTS = ("lexical", "semantic", "dialogue", "facts", "graph", "speaker", "time", "neighbours", "sessions",
              "adapter", "learned")

_WHEN = re.compile(
    r"\bwhen\b|\bwhat\s+(?:date|day|time|year|month|week)\b|\bhow\s+long\b|\bwhich\s+(?:year|month|day|week)\b"
    r"|\bhow\s+many\s+(?:days|weeks|months|years)\b|\bwhat\s+(?:date|day|time|year|month)\b",
    re.I,
)


@dataclass(frozen=True)
class RecallConfig:
    """Weights of the fusion (see the module docstring). A weight of 0 switches a part off.

    The defaults were chosen on LoCoMo conversations 0-4 by a small coordinate-wise grid (each
    weight in {0, 0.25, 0.5, 1, 1.5}, ``rrf_k`` in {5, 10, 20, 30, 60}) and are reported on
    conversations 5-9 too (``benchmarks/locomo.py --split``); they are not a fit.
    """

    #: RRF's damping constant (60 in the original paper); smaller trusts each list's top ranks more,
    #: which paid here (R@10 0.67 -> 0.73 on conversations 0-4 going from 60 to 10).
    rrf_k: float = 10.0
    #: BM25 over turns and fact sentences.
    lexical: float = 1.0
    #: MiniLM cosine over turns and fact sentences (needs sentence-transformers).
    semantic: float = 0.5
    #: Multiplier of the lexical and semantic lists over *facts* (0 ranks turns only).
    facts: float = 0.5
    #: Facts of the linked entities and their neighbours.
    graph: float = 0.5
    #: Turns said by a person the question names.
    speaker: float = 1.0
    #: Time-bearing turns for "when" questions; turns of the period a question names.
    time: float = 1.0
    #: MiniLM cosine over each turn read together with the turn before it.
    dialogue: float = 0.5
    #: Share of the best neighbouring turn's fused score a turn inherits (plain RRF); with the
    #: learned ranker, 0 drops its neighbour features.
    neighbours: float = 0.25
    #: With the learned ranker, 0 drops the session features (how good a turn's session is).
    sessions: float = 1.0
    #: With the learned ranker, 0 drops the query adapter's similarities.
    adapter: float = 1.0
    #: How many items of each list enter the fusion.
    depth: int = 100
    #: 1 ranks turns with the learned linear ranker (:file:`recall_ranker.json`) over the
    #: components' scores, ranks and fused score; 0 keeps plain RRF with the neighbour share.
    learned: float = 1.0

    def without(self, *components: str) -> RecallConfig:
        """A copy with ``components`` (names of :data:`COMPONENTS`) switched off.

        >>> RecallConfig().without("semantic").semantic
        0.0
        """
        unknown = set(components) - set(COMPONENTS)
        if unknown:
            raise ValueError(f"unknown recall components {sorted(unknown)}; known: {', '.join(COMPONENTS)}")
        return dataclasses.replace(self, **dict.fromkeys(components, 0.0))


@dataclass(frozen=True)
class Recalled:
    """One recalled memory: a fact (with the turns it came from) or a turn.

    ``why`` names the components that ranked it, with its rank in each (``"semantic#1"``).
    """

    kind: str
    score: float
    fact: Fact | None = None
    turn: Turn | None = None
    turns: tuple[Turn, ...] = ()
    why: tuple[str, ...] = ()
    text: str = ""

    @property
    def time(self) -> datetime | None:
        """When the memory was said (the first source turn's time)."""
        times = [t.time for t in self.turns if t.time is not None]
        return min(times, key=lambda t: t.replace(tzinfo=None)) if times else None

    def as_row(self) -> dict[str, Any]:
        """A flat dict for tables and JSON."""
        return {
            "kind": self.kind,
            "score": round(self.score, 5),
            "text": self.text,
            "time": self.time.isoformat() if self.time else None,
            "sources": [f"{t.conversation}#{t.turn}" for t in self.turns],
            "why": list(self.why),
        }


# -- ranking ------------------------------------------------------------------------------------


class Recaller:
    """Ranks a memory's facts and turns for questions; caches one index per namespace.

    An index is rebuilt when :meth:`Memory.version <kg_memory.memory.Memory.version>` changes
    (every write bumps it). ``encoder`` maps texts to unit vectors (default: the packaged MiniLM,
    loaded on first semantic use); without sentence-transformers the semantic part is skipped.
    ``adapter`` corrects question vectors for that encoder; by default the packaged one is used
    with the packaged encoder, and none with an encoder of your own.
    """

    def __init__(self, memory: Memory, *, config: RecallConfig | None = None, encoder: Encoder | None = None,
                 adapter: QueryAdapter | None = None) -> None:
        self.memory = memory
        self.config = config or RecallConfig()
        self._encoder = encoder
        self._encoder_failed = False
        self._adapter = adapter
        self._packaged_adapter = adapter is None and encoder is None
        self._indexes: dict[str, tuple[int, RecallIndex]] = {}

    def __repr__(self) -> str:
        return f"Recaller({self.memory!r}, config={self.config!r})"

    def encoder(self) -> Encoder | None:
        """The sentence encoder, or None when sentence-transformers is missing."""
        if self._encoder is None and not self._encoder_failed:
            from .recall_index import load_encoder

            try:
                self._encoder = load_encoder()
            except (ImportError, OSError) as e:
                logger.warning("semantic recall is off: %s", e)
                self._encoder_failed = True
        return self._encoder

    def adapter(self) -> QueryAdapter | None:
        """The query adapter (the packaged one is loaded on first use), or None."""
        if self._adapter is None and self._packaged_adapter:
            from .recall_index import load_adapter

            self._adapter = load_adapter()
            self._packaged_adapter = False
        return self._adapter

    def index(self, namespace: str) -> RecallIndex:
        """The namespace's index, rebuilt if the memory changed since it was built."""
        from .recall_index import RecallIndex

        version = self.memory.version(namespace=namespace)
        cached = self._indexes.get(namespace)
        if cached is not None and cached[0] == version:
            return cached[1]
        store = self.memory.store
        turns = list(store.turns(namespace=namespace))
        facts = list(store.facts(namespace=namespace, history=True))
        entities = list(store.entities(namespace=namespace))
        index = RecallIndex(turns, facts, entities, cache_dir=_cache_dir(store, namespace))
        self._indexes[namespace] = (version, index)
        logger.debug("built the recall index of %r: %r", namespace, index)
        return index

    def recall(self, question: str, k: int = 10, *, namespace: str, at: datetime | None = None,
               config: RecallConfig | None = None) -> list[Recalled]:
        """The ``k`` best memories for ``question``, best first (see the module docstring)."""
        cfg = config or self.config
        index = self.index(namespace)
        if k <= 0 or not (index.turns or index.facts):
            return []
        lists, signals = self._lists(question, index, cfg, at, namespace)
        turn_score, fact_score, why = _fuse(lists, len(index.turns), len(index.facts), cfg)
        ranker = _load_ranker() if cfg.learned and len(turn_score) else None
        if ranker is not None:
            features = turn_features(index, signals, turn_score, fact_score, cfg)
            turn_score, fact_score = _learned_scores(index, ranker.score(features, cfg), fact_score,
                                                     _allowed(index, at), _candidates(index, turn_score))
        elif cfg.neighbours and len(turn_score):
            inherited = np.maximum(_gather(turn_score, index.previous), _gather(turn_score, index.next))
            boosted = (turn_score == 0) & (inherited > 0)
            turn_score = turn_score + cfg.neighbours * inherited
            for i in np.flatnonzero(boosted):
                why.setdefault(("t", int(i)), []).append("neighbours")
        if "valid" in signals:
            fact_score = _prefer_valid(index, fact_score, signals["valid"], why)
        return _select(index, turn_score, fact_score, why, k, _allowed(index, at))

    def _lists(self, question: str, index: RecallIndex, cfg: RecallConfig, at: datetime | None, namespace: str,
               adapter: QueryAdapter | None = None,
               ) -> tuple[list[tuple[str, float, str, np.ndarray]], dict[str, np.ndarray]]:
        """The ranked lists to fuse: (component, weight, "t" or "f", item rows best first), and the
        per-turn signals behind them (raw scores, adapted similarities, speaker and time masks)
        for the learned ranker."""
        allowed_t, allowed_f = _allowed(index, at)
        lists: list[tuple[str, float, str, np.ndarray]] = []
        signals: dict[str, np.ndarray] = {}
        # relevance of every turn and fact: lexical and semantic scores, then their own RRF
        rel_t = np.zeros(len(index.turns))
        rel_f = np.zeros(len(index.facts))
        memo: dict[str, np.ndarray] = {}  # the question's vector, encoded once
        for name, weight in (("lexical", cfg.lexical), ("semantic", cfg.semantic), ("dialogue", cfg.dialogue)):
            if not weight:
                continue
            scored = self._scores(name, question, index, memo)
            if scored is None:
                continue
            signals[name] = scored[0]
            for kind, scores, allowed, rel, w in (("t", scored[0], allowed_t, rel_t, weight),
                                                  ("f", scored[1], allowed_f, rel_f, weight * cfg.facts)):
                ranked = _ranked(scores, allowed, cfg.depth, positive=name == "lexical")
                rel[ranked] += 1.0 / (cfg.rrf_k + 1 + np.arange(len(ranked)))
                if w:
                    lists.append((name, w, kind, ranked))
        if cfg.learned and cfg.lexical and cfg.dialogue and index.turns:  # BM25 of a turn with the one before
            signals["lexical_dialogue"] = index.lexical_scores(question, "dialogue")
        adapter = adapter or self.adapter()
        if cfg.learned and cfg.adapter and adapter is not None and "q" in memo:
            encoder = self.encoder()
            for name, kind, signal in (("semantic", "turns", "adapted"), ("dialogue", "dialogue", "adapted_dialogue")):
                if name in signals and kind in adapter.matrices and encoder is not None:
                    signals[signal] = index.vectors(kind, encoder) @ adapter.apply(memo["q"], kind)
        order_t = _ranked(rel_t, allowed_t, len(rel_t), positive=True)
        order_f = _ranked(rel_f, allowed_f, len(rel_f), positive=False)
        entities, speakers = (index.link(question) if (cfg.graph or cfg.speaker) else (set(), set()))
        if cfg.graph and index.facts:
            entities |= self._lookup(question, index, entities, namespace)
            rows = _graph_rows(index, entities)
            if rows:
                keep = np.zeros(len(index.facts), dtype=bool)
                keep[list(rows)] = True
                lists.append(("graph", cfg.graph, "f", order_f[keep[order_f]][:cfg.depth]))
        if cfg.speaker and speakers:
            keep = np.zeros(len(index.turns), dtype=bool)
            for s in speakers:
                keep[index.speakers[s]] = True
            if not keep.all():
                lists.append(("speaker", cfg.speaker, "t", order_t[keep[order_t]][:cfg.depth]))
                signals["speaker"] = keep
        if cfg.time:
            keep, valid = _time_filter(question, index, at)
            if keep is not None:
                lists.append(("time", cfg.time, "t", order_t[keep[order_t]][:cfg.depth]))
                signals["time"] = keep
            if valid is not None:
                signals["valid"] = valid
            if _WHEN.search(question):
                signals["when"] = index.has_time
        return lists, signals

    def features(self, question: str, *, namespace: str, config: RecallConfig | None = None,
                 adapter: QueryAdapter | None = None) -> tuple[np.ndarray, np.ndarray, list[Turn]]:
        """The learned ranker's inputs for ``question``: one row per turn (:data:`FEATURES`), which
        turns are candidates, and the turns in row order (used to train :file:`recall_ranker.json`;
        ``adapter`` replaces this recaller's query adapter)."""
        cfg = config or self.config
        index = self.index(namespace)
        lists, signals = self._lists(question, index, cfg, None, namespace, adapter)
        turn_score, fact_score, _ = _fuse(lists, len(index.turns), len(index.facts), cfg)
        return (turn_features(index, signals, turn_score, fact_score, cfg), _candidates(index, turn_score),
                list(index.turns))

    def _scores(self, name: str, question: str, index: RecallIndex,
                memo: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray] | None:
        if name == "lexical":
            return index.lexical_scores(question, "turns"), index.lexical_scores(question, "facts")
        encoder = self.encoder()
        if encoder is None:
            return None
        if "q" not in memo:
            memo["q"] = encoder([question])[0]
        q = memo["q"]
        turns = index.vectors("dialogue" if name == "dialogue" else "turns", encoder) @ q if index.turns else np.zeros(0)
        if name == "dialogue":
            return turns, np.zeros(0)
        facts = index.vectors("facts", encoder) @ q if index.facts else np.zeros(0)
        return turns, facts

    def _lookup(self, question: str, index: RecallIndex, linked: set[str], namespace: str) -> set[str]:
        """Capitalised words not linked exactly, looked up through the memory's resolver."""
        found: set[str] = set()
        linked_labels = {index.labels.get(i, "").lower() for i in linked}
        for word in re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*", question):
            word = word[:-2] if word.endswith("'s") else word
            if word.lower() in linked_labels or word.lower() in _QUESTION_WORDS:
                continue
            for entity, score in self.memory.lookup(word, 1, namespace=namespace):
                if score >= 0.9 and entity.iri in index.entity_facts:
                    found.add(entity.iri)
        return found


_QUESTION_WORDS = {"what", "when", "where", "who", "why", "how", "which", "did", "does", "is", "are",
                   "was", "were", "would", "could", "has", "have", "based", "do", "can", "in", "on"}


def _cache_dir(store: Any, namespace: str) -> Path | None:
    path = getattr(store, "path", None)
    if not getattr(store, "persistent", False) or path is None:
        return None
    import hashlib

    return Path(path) / "recall" / hashlib.sha1(namespace.encode("utf-8")).hexdigest()[:16]


def _candidates(index: RecallIndex, turn_fused: np.ndarray) -> np.ndarray:
    """The turns the learned ranker orders: those some list ranked, and their neighbours."""
    return (turn_fused > 0) | (np.maximum(_gather(turn_fused, index.previous), _gather(turn_fused, index.next)) > 0)


def _gather(scores: np.ndarray, rows: np.ndarray) -> np.ndarray:
    out = np.zeros_like(scores)
    has = rows >= 0
    out[has] = scores[rows[has]]
    return out


def _ranked(scores: np.ndarray, allowed: np.ndarray, depth: int, *, positive: bool) -> np.ndarray:
    """Rows by decreasing score (ties by row), only allowed ones (and > 0 when ``positive``)."""
    if not len(scores):
        return np.zeros(0, dtype=np.int64)
    keep = allowed & (scores > 0) if positive else allowed
    rows = np.flatnonzero(keep)
    order = rows[np.argsort(-scores[rows], kind="stable")]
    return order[:depth]


def _fuse(lists: Sequence[tuple[str, float, str, np.ndarray]], n_turns: int, n_facts: int,
          cfg: RecallConfig) -> tuple[np.ndarray, np.ndarray, dict[tuple[str, int], list[str]]]:
    turn_score = np.zeros(n_turns)
    fact_score = np.zeros(n_facts)
    why: dict[tuple[str, int], list[str]] = {}
    for name, weight, kind, rows in lists:
        target = turn_score if kind == "t" else fact_score
        target[rows] += weight / (cfg.rrf_k + 1 + np.arange(len(rows)))
        for rank, row in enumerate(rows[:20]):
            why.setdefault((kind, int(row)), []).append(f"{name}#{rank + 1}")
    return turn_score, fact_score, why


def _allowed(index: RecallIndex, at: datetime | None) -> tuple[np.ndarray, np.ndarray]:
    """Which turns and facts existed (and held) at ``at``."""
    allowed_t = np.ones(len(index.turns), dtype=bool)
    allowed_f = np.ones(len(index.facts), dtype=bool)
    if at is None:
        return allowed_t, allowed_f
    for i, t in enumerate(index.turn_time):
        if t is not None and _later(t, at):
            allowed_t[i] = False
    for j, f in enumerate(index.facts):
        start = _valid_since(f)
        if (start is not None and _later(start, at)) or (f.valid_to is not None and not _later(f.valid_to, at)):
            allowed_f[j] = False
    return allowed_t, allowed_f


def _valid_since(f: Fact) -> datetime | None:
    """When a fact began to hold: its ``valid_from``, else when it was first said."""
    return f.valid_from or (f.source.time if f.source else None)


def _later(a: datetime, b: datetime) -> bool:
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a > b


def _graph_rows(index: RecallIndex, entities: Iterable[str]) -> set[int]:
    """Facts of the entities (1 hop) and of the entities those facts reach (2 hops)."""
    rows: set[int] = set()
    hop2: set[str] = set()
    for iri in entities:
        for j in index.entity_facts.get(iri, ()):
            rows.add(j)
            f = index.facts[j]
            for e in (f.subject, f.object):
                if isinstance(e, Entity) and e.iri and e.iri not in entities:
                    hop2.add(e.iri)
    for iri in hop2:
        rows.update(index.entity_facts.get(iri, ()))
    return rows


def _time_filter(question: str, index: RecallIndex,
                 at: datetime | None) -> tuple[np.ndarray | None, np.ndarray | None]:
    """What bears on the question's time: the turns said in, or about, the period it names and
    the facts valid during it; for a "when" question, the turns that mention a time (and no fact
    mask; only the values of an attribute that changed over time are told apart by a period).
    (None, None) when the question is not about time."""
    from .extract.timeexpr import find_time
    from .recall_index import mention_span

    reference = at or index.latest
    mention = find_time(question, reference)
    if mention is not None:
        start, end = mention_span(mention)
        keep = np.zeros(len(index.turns), dtype=bool)
        for i, (t, span) in enumerate(zip(index.turn_time, index.turn_mention)):
            said = t.date() if t is not None else None
            keep[i] = (said is not None and start <= said < end) or (
                span is not None and span[0] < end and start < span[1])
        valid = np.zeros(len(index.facts), dtype=bool)
        for rows in index.changed_values:
            for j in rows:
                f = index.facts[j]
                since = _valid_since(f)
                valid[j] = since is not None and since.date() < end and (f.valid_to is None or f.valid_to.date() > start)
        return keep, valid if valid.any() else None
    if _WHEN.search(question):
        return index.has_time, None
    return None, None


def _prefer_valid(index: RecallIndex, fact_score: np.ndarray, valid: np.ndarray,
                  why: dict[tuple[str, int], list[str]]) -> np.ndarray:
    """Among the values an attribute had, those valid in the question's period rank first: each
    takes the best score of its attribute's values (a soft ``at``: the others stay recalled)."""
    out = fact_score.copy()
    for rows in index.changed_values:
        scores = fact_score[rows]
        best = float(scores.max())
        if best <= 0:
            continue
        for j in rows:
            if valid[j]:
                out[j] = best * (1 + 1e-6) + 1e-9 * fact_score[j]
                why.setdefault(("f", j), []).append("time")
    return out


def _select(index: RecallIndex, turn_score: np.ndarray, fact_score: np.ndarray,
            why: dict[tuple[str, int], list[str]], k: int,
            allowed: tuple[np.ndarray, np.ndarray]) -> list[Recalled]:
    """The top ``k`` memories, a turn already behind a better fact not repeated."""
    candidates = [(float(s), "t", int(i)) for i, s in enumerate(turn_score) if s > 0 and allowed[0][i]]
    candidates += [(float(s), "f", int(j)) for j, s in enumerate(fact_score) if s > 0 and allowed[1][j]]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    shown: set[int] = set()
    out: list[Recalled] = []
    for score, kind, row in candidates:
        if kind == "t":
            if row in shown:
                continue
            shown.add(row)
            turn = index.turns[row]
            out.append(Recalled("turn", score, turn=turn, turns=(turn,), why=tuple(why.get(("t", row), ())),
                                text=index.turn_docs[row]))
        else:
            rows = tuple(r for r in index.fact_turns[row] if allowed[0][r])  # observations made by then
            shown.update(rows)
            out.append(Recalled("fact", score, fact=index.facts[row], turns=tuple(index.turns[r] for r in rows),
                                why=tuple(why.get(("f", row), ())), text=index.fact_docs[row]))
        if len(out) >= k:
            break
    return out


# -- learned ranking ----------------------------------------------------------------------------

#: The learned ranker's per-turn inputs, with the components each one needs (switched off, or
#: without its signal, a feature takes its training mean and so adds nothing). "fused" is the
#: RRF score of all lists, "session" the mean of the best three turns of a turn's session,
#: "nb" the better of the turns just before and after, "adapted" the cosine with the adapted
#: question (:class:`~kg_memory.recall_index.QueryAdapter`).
FEATURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lexical", ("lexical",)), ("lexical_rank", ("lexical",)),
    ("semantic", ("semantic",)), ("semantic_gap", ("semantic",)), ("semantic_rank", ("semantic",)),
    ("dialogue", ("dialogue",)), ("dialogue_gap", ("dialogue",)), ("dialogue_rank", ("dialogue",)),
    ("lexical_dialogue", ("lexical", "dialogue")), ("lexical_dialogue_rank", ("lexical", "dialogue")),
    ("fused", ()), ("fused_rank", ()),
    ("speaker_named", ("speaker",)), ("speaker_other", ("speaker",)),
    ("time_period", ("time",)), ("time_when", ("time",)), ("fact", ("facts",)),
    ("nb_lexical", ("lexical", "neighbours")), ("nb_semantic", ("semantic", "neighbours")),
    ("nb_fused", ("neighbours",)),
    ("session_semantic", ("semantic", "sessions")), ("session_lexical", ("lexical", "sessions")),
    ("session_fused", ("sessions",)),
    ("adapted", ("semantic", "adapter")), ("adapted_gap", ("semantic", "adapter")),
    ("adapted_dialogue", ("dialogue", "adapter")), ("adapted_dialogue_gap", ("dialogue", "adapter")),
)


@dataclass(frozen=True)
class LinearRanker:
    """A linear ranker over :data:`FEATURES` (standardised by ``mean`` and ``scale``), fitted by a
    softmax over each training question's candidate turns."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearRanker:
        """Read the weights written by ``scripts/train_recall_model.py``."""
        names = [name for name, _ in FEATURES]
        if data.get("features") != names:
            raise ValueError(f"ranker features {data.get('features')} differ from {names}")
        return cls(*(np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "coef")),
                   float(data["intercept"]))

    def score(self, features: np.ndarray, cfg: RecallConfig) -> np.ndarray:
        """Each turn's softmax weight relative to the best turn's, in (0, 1] (a row of ``features``
        per turn; NaN: unknown)."""
        off = np.asarray([any(not getattr(cfg, c) for c in needs) for _, needs in FEATURES])
        x = np.where(np.isnan(features) | off, self.mean, features)
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return np.exp(z - z.max()) if len(z) else z


@functools.lru_cache(maxsize=1)
def _load_ranker() -> LinearRanker | None:
    """The packaged ranker (trained on LoCoMo conversations 0-4), or None when it is missing."""
    import json
    from importlib import resources

    try:
        text = resources.files("kg_memory").joinpath("recall_ranker.json").read_text(encoding="utf-8")
        return LinearRanker.from_json(json.loads(text))
    except (OSError, ValueError, KeyError) as e:
        logger.warning("learned recall ranking is off: %s", e)
        return None


def turn_features(index: RecallIndex, signals: dict[str, np.ndarray], turn_fused: np.ndarray,
                  fact_fused: np.ndarray, cfg: RecallConfig) -> np.ndarray:
    """The :data:`FEATURES` of every turn, shape (turns, features); NaN where a signal is absent."""
    n = len(index.turns)
    nan = np.full(n, np.nan)

    def rank(scores: np.ndarray, positive: bool = False) -> np.ndarray:
        out = np.zeros(n)
        rows = _ranked(scores, np.ones(n, dtype=bool), cfg.depth, positive=positive)
        out[rows] = 1.0 / np.sqrt(1 + np.arange(len(rows)))
        return out

    def neighbour(x: np.ndarray) -> np.ndarray:
        return np.maximum(_gather(x, index.previous), _gather(x, index.next))

    def session(x: np.ndarray) -> np.ndarray:
        out = np.zeros(n)
        for rows in index.sessions:
            out[rows] = np.sort(x[rows])[::-1][:3].mean()
        return out

    lexical = signals.get("lexical")
    lex = lexical / lexical.max() if lexical is not None and lexical.max() > 0 else lexical
    cols: dict[str, np.ndarray] = {}
    cols["lexical"], cols["lexical_rank"] = (lex, rank(lex, True)) if lex is not None else (nan, nan)
    pair = signals.get("lexical_dialogue")
    if pair is not None and pair.max() > 0:
        cols["lexical_dialogue"], cols["lexical_dialogue_rank"] = pair / pair.max(), rank(pair, True)
    else:
        cols["lexical_dialogue"] = cols["lexical_dialogue_rank"] = nan if pair is None else np.zeros(n)
    for name in ("semantic", "dialogue"):
        sim = signals.get(name)
        if sim is None:
            cols[name] = cols[f"{name}_gap"] = cols[f"{name}_rank"] = nan
        else:
            cols[name], cols[f"{name}_gap"], cols[f"{name}_rank"] = sim, sim - sim.max(), rank(sim)
    fused = turn_fused / (turn_fused.max() or 1.0)
    cols["fused"], cols["fused_rank"] = fused, rank(turn_fused, True)
    named = signals.get("speaker")
    cols["speaker_named"] = named.astype(float) if named is not None else np.zeros(n)
    cols["speaker_other"] = (~named).astype(float) if named is not None else np.zeros(n)
    period = signals.get("time")
    cols["time_period"] = period.astype(float) if period is not None else np.zeros(n)
    when = signals.get("when")
    cols["time_when"] = when.astype(float) if when is not None else np.zeros(n)
    fact = np.zeros(n)
    if len(fact_fused) and fact_fused.max() > 0:
        share = fact_fused / fact_fused.max()
        for j in np.flatnonzero(share):
            rows = list(index.fact_turns[j])
            fact[rows] = np.maximum(fact[rows], share[j])
    cols["fact"] = fact
    semantic_gap = cols["semantic_gap"]
    cols["nb_lexical"] = neighbour(lex) if lex is not None else nan
    cols["nb_semantic"] = neighbour(semantic_gap)
    cols["nb_fused"] = neighbour(fused)
    cols["session_semantic"] = session(semantic_gap)
    cols["session_lexical"] = session(lex) if lex is not None else nan
    cols["session_fused"] = session(fused)
    for name in ("adapted", "adapted_dialogue"):
        sim = signals.get(name)
        cols[name], cols[f"{name}_gap"] = (sim, sim - sim.max()) if sim is not None else (nan, nan)
    return np.stack([cols[name] for name, _ in FEATURES], axis=1)


def _learned_scores(index: RecallIndex, ranker_score: np.ndarray, fact_fused: np.ndarray,
                    allowed: tuple[np.ndarray, np.ndarray], candidate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Turn scores from the ranker's (candidate turns only), and fact scores that put
    the best relevant fact of a turn just above it (the fact, with its words, stands for it); a
    fact without source turns ranks by its fused score against the best turn."""
    turn = np.where(allowed[0] & candidate, ranker_score, 0.0)
    fact = np.zeros(len(fact_fused))
    if not len(fact_fused) or fact_fused.max() <= 0:
        return turn, fact
    best = float(turn.max()) if len(turn) else 1.0
    claimed: set[int] = set()
    for j in _ranked(fact_fused, allowed[1], len(fact_fused), positive=True):
        rows = [r for r in index.fact_turns[j] if allowed[0][r]]
        share = fact_fused[j] / fact_fused.max()
        if not rows:
            fact[j] = share * best
        elif len(rows) == 1 and rows[0] not in claimed:
            # only a single-turn fact stands in for its turn: one with several sources would spend
            # one memory on turns the ranker did not pick (their own scores place them)
            fact[j] = float(turn[rows[0]]) + 1e-6 * share
            claimed.add(rows[0])
    return turn, fact


# -- prompt context -----------------------------------------------------------------------------


def estimate_tokens(text: str) -> int:
    """A cheap upper estimate of a text's token count (4 characters or 0.75 words a token).

    >>> estimate_tokens("Alice lives in Paris.")
    6
    """
    return max(math.ceil(len(text) / 4), math.ceil(len(text.split()) * 4 / 3))


def format_context(recalled: Sequence[Recalled], *, budget_tokens: int = 800,
                   header: str = "Relevant memories (most relevant first):") -> str:
    """Memories as a compact prompt block with dates and sources, within ``budget_tokens``.

    Lines are added best first while the estimate (:func:`estimate_tokens`) stays in the budget;
    an empty string when nothing fits.

    >>> t = Turn("c1", "4", "Ann", "I moved to Lisbon.", datetime(2024, 3, 1))
    >>> print(format_context([Recalled("turn", 1.0, turn=t, turns=(t,), text="Ann: I moved to Lisbon.")]))
    Relevant memories (most relevant first):
    - [2024-03-01] Ann: I moved to Lisbon. (c1#4)
    """
    lines: list[str] = []
    used = estimate_tokens(header)
    for r in recalled:
        line = _context_line(r)
        cost = estimate_tokens(line) + 1
        if used + cost > budget_tokens:
            continue
        lines.append(line)
        used += cost
    if not lines:
        return ""
    return "\n".join([header, *lines])


def _context_line(r: Recalled) -> str:
    when = f"[{r.time.date().isoformat()}] " if r.time else ""
    sources = ", ".join(f"{t.conversation}#{t.turn}" for t in r.turns[:3])
    text = r.text
    if r.kind == "fact" and len(r.turns) == 1:  # the words behind the fact, which it summarises lossily
        said = r.turns[0].text if len(r.turns[0].text) <= 160 else r.turns[0].text[:157] + "..."
        text += f' - {r.turns[0].speaker} said: "{said}"'
    return f"- {when}{text}" + (f" ({sources})" if sources else "")


# -- profiles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """What the memory knows about an entity: current facts grouped by predicate, then history."""

    entity: Entity
    current: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    history: tuple[Fact, ...] = ()

    def text(self) -> str:
        """A readable rendering (also ``str(profile)``)."""
        from .recall_index import fact_sentence

        lines = [f"{self.entity.label} ({self.entity.type})"]
        for predicate, facts in self.current.items():
            values = "; ".join(_value(f) + _since(f) for f in facts)
            lines.append(f"  {predicate}: {values}")
        if self.history:
            lines.append("  history:")
            lines += [f"    {fact_sentence(f)}" for f in self.history]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()

    def rows(self) -> list[dict[str, Any]]:
        """One row per fact (current first) for tables and JSON."""
        rows = []
        for facts, status in ((tuple(f for fs in self.current.values() for f in fs), "current"),
                              (self.history, "past")):
            for f in facts:
                rows.append({"status": status, "predicate": f.predicate, "value": _value(f),
                             "valid_from": f.valid_from, "valid_to": f.valid_to,
                             "sources": ", ".join(f"{s.conversation}#{s.turn}" for s in f.sources if s.turn)})
        return rows


def _value(fact: Fact) -> str:
    return fact.object.label if isinstance(fact.object, Entity) else str(fact.object)


def _since(fact: Fact) -> str:
    return f" (since {fact.valid_from.date().isoformat()})" if fact.valid_from else ""


def build_profile(memory: Memory, entity: str | Entity, *, namespace: str | None = None) -> Profile:
    """Summarise an entity: current facts (as subject, then as object) by predicate, then history.

    >>> from kg_memory import Memory
    >>> m = Memory()
    >>> _ = m.add("Ann", "livesIn", "Lisbon")
    >>> print(build_profile(m, "Ann"))
    Ann (Person)
      livesIn: Lisbon
    """
    found = memory.entity(entity, namespace=namespace)
    facts = memory.facts(found, history=True, incoming=True, namespace=namespace)
    current: dict[str, list[Fact]] = {}
    past: list[Fact] = []
    for f in sorted(facts, key=lambda f: (f.subject.iri != found.iri, f.predicate, _start(f))):
        if f.is_current:
            current.setdefault(f.predicate, []).append(f)
        else:
            past.append(f)
    past.sort(key=lambda f: (f.predicate, _start(f)))
    return Profile(found, {p: tuple(fs) for p, fs in current.items()}, tuple(past))


def _start(f: Fact) -> datetime:
    t = _valid_since(f)
    return t.replace(tzinfo=None) if t else datetime.min
