"""Fusion: every recall component ranks some memories; weighted reciprocal rank fusion adds them up.

A *channel* is one component's ranked list (:class:`Channel`): lexical and semantic similarity
over turns and facts, the dialogue pairs, the facts of the entities the question names (graph),
the turns of a person it names (speaker), the turns and facts of the period it names (time).
:func:`channels` builds them for a question, :func:`fuse` adds ``weight / (rrf_k + rank)`` over
them; the helpers say which memories existed at a moment and which facts bear on a time.

>>> import numpy as np
>>> from kg_memory.recall.config import RecallConfig
>>> lists = [Channel("lexical", 1.0, "t", np.array([2, 0])), Channel("semantic", 0.5, "t", np.array([0]))]
>>> turn, fact, why = fuse(lists, 3, 0, RecallConfig(rrf_k=1.0))
>>> turn.round(3).tolist(), why[("t", 0)]
([0.583, 0.0, 0.5], ['lexical#2', 'semantic#1'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from ..neural.keys import predicate_name
from ..types import Entity, Fact
from .config import RecallConfig
from .index import HAN, han_words, mention_span, valid_since
from .relations import NAMING, ZH_QUESTION_WORDS, asks_name

if TYPE_CHECKING:
    from .adapter import QueryAdapter
    from .embeddings import Encoder
    from .index import RecallIndex

__all__ = ["HAN_LOOKUPS", "WHEN", "Channel", "allowed_at", "candidates", "channels", "fuse", "gather", "graph_rows",
           "later", "prefer_current", "prefer_valid", "ranked", "time_filter"]

#: A "when" question: it asks for a time.
WHEN = re.compile(
    r"\bwhen\b|\bwhat\s+(?:date|day|time|year|month|week)\b|\bhow\s+long\b|\bwhich\s+(?:year|month|day|week)\b"
    r"|\bhow\s+many\s+(?:days|weeks|months|years)\b|\bwhat\s+(?:date|day|time|year|month)\b",
    re.I,
)

_QUESTION_WORDS = {"what", "when", "where", "who", "why", "how", "which", "did", "does", "is", "are",
                   "was", "were", "would", "could", "has", "have", "based", "do", "can", "in", "on"}

#: How many Han words of a question are looked up at most (each lookup costs a few milliseconds).
HAN_LOOKUPS = 4

#: Looks a name up among the memory's entities: (entity, similarity) pairs, best first.
Lookup = Callable[[str], Iterable[tuple[Entity, float]]]
#: The fact rows the key-value memory reads for a question, best first (:mod:`.dense`).
Dense = Callable[[str], Sequence[int]]

#: An entity with more facts than this (a city half the people live in) is not followed to a second hop.
HUB_FACTS = 1000


class Channel(NamedTuple):
    """One component's ranked list: ``rows`` of turns (``kind="t"``) or facts (``"f"``), best first."""

    name: str
    weight: float
    kind: str
    rows: np.ndarray


def channels(question: str, index: RecallIndex, cfg: RecallConfig, *, at: datetime | None = None,
             encoder: Encoder | None = None, adapter: QueryAdapter | None = None,
             lookup: Lookup | None = None, dense: Dense | None = None) -> tuple[list[Channel], dict[str, np.ndarray]]:
    """The ranked lists to fuse, and the per-turn signals behind them (raw scores, adapted
    similarities, speaker and time masks) for the learned ranker.

    ``encoder`` (None: no semantic lists) embeds the question, ``adapter`` corrects its vector,
    ``lookup`` finds the entities a capitalised word names when no label matches it exactly,
    ``dense`` reads the fact rows a question asks for from the key-value memory (:mod:`.dense`).
    """
    allowed_t, allowed_f = allowed_at(index, at)
    lists: list[Channel] = []
    signals: dict[str, np.ndarray] = {}
    # relevance of every turn and fact: lexical and semantic scores, then their own RRF
    rel_t = np.zeros(len(index.turns))
    rel_f = np.zeros(len(index.facts))
    memo: dict[str, np.ndarray] = {}  # the question's vector, encoded once
    neural = ([j for j in dense(question) if allowed_f[j]]
              if cfg.neural and dense is not None and index.facts else [])
    # a relation question on a large memory reads its facts from the key-value memory (sublinear)
    # instead of scoring every fact lexically and semantically
    scan_facts = not (neural and len(index.facts) >= cfg.dense_from)
    for name, weight in (("lexical", cfg.lexical), ("semantic", cfg.semantic), ("dialogue", cfg.dialogue)):
        if not weight:
            continue
        scored = _scores(name, question, index, encoder, memo, facts=scan_facts)
        if scored is None:
            continue
        signals[name] = scored[0]
        for kind, scores, ok, rel, w in (("t", scored[0], allowed_t, rel_t, weight),
                                         ("f", scored[1], allowed_f, rel_f, weight * cfg.facts)):
            if kind == "f" and not scan_facts:
                continue
            order = ranked(scores, ok, cfg.depth, positive=name == "lexical")
            rel[order] += 1.0 / (cfg.rrf_k + 1 + np.arange(len(order)))
            if w:
                lists.append(Channel(name, w, kind, order))
    if cfg.learned and cfg.lexical and cfg.dialogue and index.turns:  # BM25 of a turn with the one before
        signals["lexical_dialogue"] = index.lexical_scores(question, "dialogue")
    # the adapter was fitted on English questions (MiniLM is English-only): none for a Chinese one
    if cfg.learned and cfg.adapter and adapter is not None and "q" in memo and index.turns and not HAN.search(question):
        for name, kind, signal in (("semantic", "turns", "adapted"), ("dialogue", "dialogue", "adapted_dialogue")):
            if name in signals and kind in adapter.matrices and encoder is not None:
                signals[signal] = index.vectors(kind, encoder) @ adapter.apply(memo["q"], kind)
    order_t = ranked(rel_t, allowed_t, len(rel_t), positive=True)
    entities, speakers = (index.link(question) if (cfg.graph or cfg.speaker) else (set(), set()))
    if cfg.graph and index.facts:
        if lookup is not None:
            entities |= _looked_up(question, index, entities, lookup)
        rows = graph_rows(index, entities)
        if rows and not asks_name(question):  # a name fact answers questions about names only
            rows = {j for j in rows if predicate_name(index.facts[j].predicate) not in NAMING}
        if rows:  # the graph's facts by relevance (ties by row)
            keep = np.zeros(len(index.facts), dtype=bool)
            keep[list(rows)] = True
            lists.append(Channel("graph", cfg.graph, "f", ranked(rel_f, allowed_f & keep, cfg.depth, positive=False)))
    if neural:
        lists.append(Channel("neural", cfg.neural, "f", np.asarray(neural[:cfg.depth], dtype=np.int64)))
    if cfg.speaker and speakers:
        keep = np.zeros(len(index.turns), dtype=bool)
        for s in speakers:
            keep[index.speakers[s]] = True
        if not keep.all():
            lists.append(Channel("speaker", cfg.speaker, "t", order_t[keep[order_t]][:cfg.depth]))
            signals["speaker"] = keep
    if cfg.time:
        period, valid = time_filter(question, index, at)
        if period is not None:
            lists.append(Channel("time", cfg.time, "t", order_t[period[order_t]][:cfg.depth]))
            signals["time"] = period
        if valid is not None:
            signals["valid"] = valid
        if WHEN.search(question):
            signals["when"] = index.has_time
    return lists, signals


def _scores(name: str, question: str, index: RecallIndex, encoder: Encoder | None,
            memo: dict[str, np.ndarray], *, facts: bool = True) -> tuple[np.ndarray, np.ndarray] | None:
    """A component's scores of every turn and every fact (none for ``dialogue``, nor when not ``facts``)."""
    if name == "lexical":
        return (index.lexical_scores(question, "turns"),
                index.lexical_scores(question, "facts") if facts else np.zeros(0))
    if encoder is None:
        return None
    if "q" not in memo:
        memo["q"] = encoder([question])[0]
    q = memo["q"]
    turns = index.vectors("dialogue" if name == "dialogue" else "turns", encoder) @ q if index.turns else np.zeros(0)
    if name == "dialogue":
        return turns, np.zeros(0)
    return turns, index.vectors("facts", encoder) @ q if index.facts and facts else np.zeros(0)


def _looked_up(question: str, index: RecallIndex, linked: set[str], lookup: Lookup) -> set[str]:
    """Capitalised words, and jieba's words of two to four Han characters (at most
    :data:`HAN_LOOKUPS`), not linked exactly, looked up through the memory's resolver (which also
    links 张三 to Zhang San)."""
    found: set[str] = set()
    linked_labels = {index.labels.get(i, "").lower() for i in linked}
    words = re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*", HAN.sub(" ", question))
    han = [w for run in HAN.findall(question) for w in han_words(run)
           if 2 <= len(w) <= 4 and w not in ZH_QUESTION_WORDS]  # 住在, 哪里: no lookup (each costs ms)
    for word in [*words, *dict.fromkeys(han).keys()][:len(words) + HAN_LOOKUPS]:
        word = word[:-2] if word.endswith("'s") else word
        if word.lower() in linked_labels or word.lower() in _QUESTION_WORDS:
            continue
        for entity, score in lookup(word):
            if score >= 0.9 and entity.iri in index.entity_facts:
                found.add(entity.iri)
    return found


def candidates(index: RecallIndex, turn_fused: np.ndarray) -> np.ndarray:
    """The turns the learned ranker orders: those some list ranked, and their neighbours."""
    return (turn_fused > 0) | (np.maximum(gather(turn_fused, index.previous), gather(turn_fused, index.next)) > 0)


def gather(scores: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``scores[rows]``, 0 where a row is -1 (no neighbour)."""
    out = np.zeros_like(scores)
    has = rows >= 0
    out[has] = scores[rows[has]]
    return out


def ranked(scores: np.ndarray, allowed: np.ndarray, depth: int, *, positive: bool) -> np.ndarray:
    """Rows by decreasing score (ties by row), only allowed ones (and > 0 when ``positive``)."""
    if not len(scores):
        return np.zeros(0, dtype=np.int64)
    keep = allowed & (scores > 0) if positive else allowed
    rows = np.flatnonzero(keep)
    if 0 < depth < len(rows):  # the best ``depth`` rows, ties at the cut by row, without sorting them all
        values = scores[rows]
        cut = -np.partition(-values, depth - 1)[depth - 1]
        above = rows[values > cut]
        rows = np.sort(np.concatenate([above, rows[values == cut][:depth - len(above)]]))
    order = rows[np.argsort(-scores[rows], kind="stable")]
    return order[:depth]


def fuse(lists: Sequence[Channel], n_turns: int, n_facts: int,
         cfg: RecallConfig) -> tuple[np.ndarray, np.ndarray, dict[tuple[str, int], list[str]]]:
    """Weighted RRF of the lists: each turn's and fact's score, and ``why`` (the components that
    ranked each item in their top 20, with its rank: ``{("t", row): ["lexical#1"]}``)."""
    turn_score = np.zeros(n_turns)
    fact_score = np.zeros(n_facts)
    why: dict[tuple[str, int], list[str]] = {}
    for name, weight, kind, rows in lists:
        target = turn_score if kind == "t" else fact_score
        target[rows] += weight / (cfg.rrf_k + 1 + np.arange(len(rows)))
        for rank, row in enumerate(rows[:20]):
            why.setdefault((kind, int(row)), []).append(f"{name}#{rank + 1}")
    return turn_score, fact_score, why


def allowed_at(index: RecallIndex, at: datetime | None) -> tuple[np.ndarray, np.ndarray]:
    """Which turns and facts existed (and held) at ``at``."""
    allowed_t = np.ones(len(index.turns), dtype=bool)
    allowed_f = np.ones(len(index.facts), dtype=bool)
    if at is None:
        return allowed_t, allowed_f
    for i, t in enumerate(index.turn_time):
        if t is not None and later(t, at):
            allowed_t[i] = False
    for j, f in enumerate(index.facts):
        start = valid_since(f)
        if (start is not None and later(start, at)) or (f.valid_to is not None and not later(f.valid_to, at)):
            allowed_f[j] = False
    return allowed_t, allowed_f


def later(a: datetime, b: datetime) -> bool:
    """``a > b``, comparing naive times when only one of them has a time zone."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a > b


def graph_rows(index: RecallIndex, entities: Iterable[str]) -> set[int]:
    """Facts of the entities (1 hop) and of the entities those facts reach (2 hops; an entity with
    more than :data:`HUB_FACTS` facts is not followed)."""
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
        found = index.entity_facts.get(iri, ())
        if len(found) <= HUB_FACTS:
            rows.update(found)
    return rows


def time_filter(question: str, index: RecallIndex,
                at: datetime | None) -> tuple[np.ndarray | None, np.ndarray | None]:
    """What bears on the question's time: the turns said in, or about, the period it names and
    the facts valid during it; for a "when" question, the turns that mention a time (and no fact
    mask; only the values of an attribute that changed over time are told apart by a period).
    (None, None) when the question is not about time."""
    from ..extract.timeexpr import find_time

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
                since = valid_since(f)
                valid[j] = since is not None and since.date() < end and (f.valid_to is None or f.valid_to.date() > start)
        return keep, valid if valid.any() else None
    if WHEN.search(question):
        return index.has_time, None
    return None, None


def prefer_valid(index: RecallIndex, fact_score: np.ndarray, valid: np.ndarray,
                 why: dict[tuple[str, int], list[str]]) -> np.ndarray:
    """Among the values an attribute had, those valid in the question's period rank first: each
    takes the best score of its attribute's values (a soft ``at``: the others stay recalled)."""
    out = fact_score.copy()
    for rows in _touched(index, None, fact_score):
        scores = fact_score[rows]
        best = float(scores.max())
        if best <= 0:
            continue
        for j in rows:
            if valid[j]:
                out[j] = best * (1 + 1e-6) + 1e-9 * fact_score[j]
                why.setdefault(("f", j), []).append("time")
    return out




def held_at(fact: Fact, at: datetime | None) -> bool:
    """Whether a fact still held at ``at`` (now when None): it is open, or closed after ``at``."""
    return fact.valid_to is None or (at is not None and later(fact.valid_to, at))


def prefer_current(index: RecallIndex, turn_score: np.ndarray, fact_score: np.ndarray, *, past: bool,
                   at: datetime | None, why: dict[tuple[str, int], list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Among the values an attribute had, the one that holds (at ``at``, else now) ranks first, above
    the other values and above the turns that stated only those; for a question about the past
    (``past``) the closed values rank first instead. Each preferred value takes the best score of its
    attribute's values and of their source turns; the others keep their own scores, behind it. An
    attribute with several values that hold at once (hobbies, pets, friends: one of them ended) is left
    as it is: one hobby asked about does not lift all the others ("What is Ann's relationship status?"
    drew every hobby of hers into the top 10 after one of them matched)."""
    turns, facts = turn_score.copy(), fact_score.copy()
    for rows in _touched(index, turn_score, fact_score):
        held = [j for j in rows if held_at(index.facts[j], at)]
        if len(held) > 1:  # several values hold at once (hobbies, pets): a set, not a value that replaced others
            continue
        preferred = [j for j in rows if (j in held) != past]
        if not preferred or len(preferred) == len(rows):
            continue
        sources = [r for j in rows for r in index.fact_turns[j]]
        best = max(float(fact_score[rows].max()), float(turn_score[sources].max(initial=0.0)))
        if best <= 0:
            continue
        for j in preferred:
            facts[j] = best * (1 + 1e-6) + 1e-9 * fact_score[j]
            why.setdefault(("f", j), []).append("time")
    return turns, facts


class _Attributes(NamedTuple):
    """Which changed attribute (a row of ``index.changed_values``) each fact and turn bears on."""

    of_fact: np.ndarray  # (facts,) the attribute of each fact, -1 for none
    turn_start: np.ndarray  # (turns + 1,) CSR offsets into turn_attributes
    turn_attributes: np.ndarray


def _attributes(index: RecallIndex) -> _Attributes:
    """The tables of :class:`_Attributes` (made once per index, by :meth:`RecallIndex.attribute_tables`)."""
    return _Attributes(*index.attribute_tables())


def _touched(index: RecallIndex, turn_score: np.ndarray | None, fact_score: np.ndarray) -> list[list[int]]:
    """The changed attributes (fact rows) with a scored value or a scored source turn, in order: the
    only ones :func:`prefer_current` and :func:`prefer_valid` can change (the others score 0)."""
    if not index.changed_values:
        return []
    tables = _attributes(index)
    found = tables.of_fact[np.flatnonzero(fact_score > 0)]
    parts = [found[found >= 0]]
    if turn_score is not None and len(turn_score):
        for t in np.flatnonzero(turn_score > 0):
            parts.append(tables.turn_attributes[tables.turn_start[t]:tables.turn_start[t + 1]])
    return [index.changed_values[a] for a in np.unique(np.concatenate(parts)).tolist()]
