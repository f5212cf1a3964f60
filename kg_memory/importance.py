"""How much each memory matters: an importance score for every fact and turn of a namespace.

The score uses only what the memory knows, and is in ``[0, 1]`` (a pinned memory is ``inf``)::

    fact  = 0.30 confidence
          + 0.20 sat(restated)               restated: observations of the fact beyond the first
          + 0.20 sat(recalled)               times recall returned it (this process, or the usage file)
          + 0.10 recency(last use)           last use: the latest of its observations and recalls
          + 0.20 [current and functional]   the value that holds now (livesIn, worksFor, ...)

    turn  = 0.35 content                     what the turn tells that the others do not (below)
          + 0.25 max(fact of the turn)       the best fact observed in it (0 without one)
          + 0.20 sat(recalled)
          + 0.05 recency(last use)

    content = sigmoid(sum of weight * z(feature))   z: standardised over the namespace's turns
        info      0.5   log(1 + sum of log(turns / turns with the word)) over its distinct content
                        words (filler words left out): rare words tell much
        novel     0.5   content words no earlier turn used: a first mention, not a restatement
        answer    1.0   the turn before it, by someone else, asked a question: an answer
        numbers   1.0   numbers, dates and times it mentions ("in 2022", "last Friday")
        names     0.25  capitalised names inside a sentence (people, places, titles)
        personal  0.5   first-person words (I, my, we; 我): the speaker tells about themselves

    sat(n) = 1 - 2^-n                        0, 0.5, 0.75, ... saturating at 1
    recency(t) = 2^(-(newest - t) / half_life)   newest: the latest time the namespace knows;
                                                 an undated memory has recency 0

Times are relative to the newest time in the namespace (not the wall clock), so a memory left
unused for a year scores the same whenever the score is computed. "Earlier" is the order of the
turns' times, then of their ids. The turn weights were chosen on LoCoMo conversations 0-4 (the
share of questions' evidence turns kept when half the turns go; see ``benchmarks/compact.py``;
the formula reads only the memory, never a question): first mentions, answers and turns with
numbers and names are what later questions ask about; a turn's own time says little there (recency
weight 0.05). :mod:`kg_memory.compact` removes the least important turns first and never a pinned
memory or a current fact; the weights are a :class:`Weights` and can be changed.

>>> from kg_memory import Memory, Turn
>>> m = Memory()
>>> _ = m.remember([Turn("c", "1", "Ann", "I live in Lisbon."), Turn("c", "2", "Ann", "Ha, nice.")])
>>> scores = importance(m)
>>> scores.turns[("c", "1")] > scores.turns[("c", "2")]
True
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import ids

if TYPE_CHECKING:
    from .memory import Memory
    from .recall import Recalled
    from .types import Fact, Turn

__all__ = ["Importance", "Usage", "Weights", "importance", "score", "turn_key", "usage_path"]

logger = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W\d_\u3400-\u9fff]{3,}|\d+", re.UNICODE)

_CAPTION = re.compile(r"\[shares [^\]]*\]")  # an image's caption, as chats describe it
_NUMBER = re.compile(
    r"\b\d+\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow|ago|(?:last|next) (?:week|month|year|"
    r"weekend|night))\b|[\d零一二三四五六七八九十]+[年月日号]|昨天|今天|明天|上周|下周|去年|明年", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")  # capitalised, not opening a sentence
_PERSONAL = re.compile(r"\b(?:I|my|I'm|I've|we|our)\b|我")

_FILLER = frozenset(
    "the and that this with have has was were are you your for not but just what they them then than "
    "there their from about been really yeah yes wow haha thanks thank great good nice cool awesome "
    "sounds glad too very much so all can will would could should also know like love it's that's".split()
)


@dataclass(frozen=True)
class Weights:
    """The weights of the importance formula (see the module docstring)."""

    confidence: float = 0.30
    restated: float = 0.20
    recalled: float = 0.20
    recency: float = 0.10
    current_functional: float = 0.20
    turn_content: float = 0.35
    turn_facts: float = 0.25
    turn_recalled: float = 0.20
    turn_recency: float = 0.05
    half_life_days: float = 30.0
    #: The weights inside a turn's content (see the module docstring).
    info: float = 0.5
    novel: float = 0.5
    answer: float = 1.0
    numbers: float = 1.0
    names: float = 0.25
    personal: float = 0.5


def turn_key(turn: Turn) -> tuple[str, str]:
    """The key of a turn in :class:`Importance` and :class:`Usage`: (conversation, turn id)."""
    return (turn.conversation, str(turn.turn))


@dataclass
class Usage:
    """How often and when recall returned each memory (a fact or turn IRI), saved to ``path``
    (beside a store on this machine) by :meth:`save`."""

    path: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)
    last: dict[str, datetime] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> Usage:
        """The usage saved at ``path`` (empty when there is none or it is unreadable)."""
        usage = cls(path)
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                usage.counts = {k: int(v) for k, v in data.get("counts", {}).items()}
                usage.last = {k: datetime.fromisoformat(v) for k, v in data.get("last", {}).items()}
            except (OSError, ValueError, AttributeError) as e:
                logger.warning("ignoring unreadable usage file %s: %s", path, e)
        return usage

    def record(self, recalled: Iterable[Recalled], when: datetime | None = None) -> None:
        """Count one use of each recalled fact and turn, and of the turns behind a recalled fact."""
        now = when or datetime.now(UTC)
        for r in recalled:
            keys = [r.fact.iri] if r.fact is not None and r.fact.iri else []
            keys += [ids.turn_iri(t.conversation, t.turn) for t in r.turns]  # a fact's source turns are shown too
            for key in keys:
                self.counts[key] = self.counts.get(key, 0) + 1
                self.last[key] = now

    def save(self) -> None:
        """Write the usage to its file (nothing without a path)."""
        if self.path is None or not self.counts:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"counts": self.counts,
                                       "last": {k: v.isoformat() for k, v in self.last.items()}}), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as e:
            logger.warning("cannot save the usage file %s: %s", self.path, e)


@dataclass(frozen=True)
class Importance:
    """Scores of one namespace: facts by IRI, turns by :func:`turn_key`; pinned ones are ``inf``."""

    facts: Mapping[str, float]
    turns: Mapping[tuple[str, str], float]
    pinned: frozenset[str] = frozenset()

    def fact(self, fact: Fact) -> float:
        """The score of a fact (0 for one without an IRI)."""
        return self.facts.get(fact.iri or "", 0.0)


def _sat(n: float) -> float:
    return 1.0 - 2.0 ** (-max(0.0, n))


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def _words(text: str) -> set[str]:
    """The distinct content words of a text: words of 3+ letters but filler, numbers, Han bigrams.

    >>> sorted(_words("Wow, that's great! I adopted Max in 2022.")), sorted(_words("张伟住在上海"))
    (['2022', 'adopted', 'max'], ['上海', '伟住', '住在', '在上', '张伟'])
    """
    words = {w for w in (m.lower() for m in _WORD.findall(text)) if w not in _FILLER}
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        words.update(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    return words


def _content(turns: list[Turn], w: Weights) -> dict[tuple[str, str], float]:
    """The content part of each turn with text, in [0, 1] (see the module docstring).

    >>> from kg_memory import Turn
    >>> c = _content([Turn("c", "1", "Ann", "How was your weekend?"),
    ...               Turn("c", "2", "Bo", "Great! I ran my first marathon in Boston on May 3."),
    ...               Turn("c", "3", "Ann", "Wow, great.")], Weights())
    >>> c[("c", "2")] > c[("c", "1")] > c[("c", "3")]
    True
    """
    said = sorted(((t, i) for i, t in enumerate(turns) if t.text),
                  key=lambda ti: (ti[0].time is None, _aware(ti[0].time).isoformat() if ti[0].time else "", ti[1]))
    if not said:
        return {}
    words = [_words(t.text) for t, _ in said]
    df = Counter(x for ws in words for x in ws)
    n = len(said)
    seen: set[str] = set()
    rows = []
    for j, ((t, _), ws) in enumerate(zip(said, words)):
        body = _CAPTION.sub(" ", t.text)
        before = said[j - 1][0] if j else None
        asked = (before is not None and before.conversation == t.conversation and before.speaker != t.speaker
                 and ("?" in before.text or "？" in before.text))
        rows.append((math.log1p(sum(math.log(n / df[x]) for x in ws)), len(ws - seen), float(asked),
                     len(_NUMBER.findall(body)), len(_NAME.findall(body)), len(_PERSONAL.findall(body))))
        seen |= ws
    weights = (w.info, w.novel, w.answer, w.numbers, w.names, w.personal)
    columns = list(zip(*rows))
    z = [0.0] * n
    for column, weight in zip(columns, weights):
        mean = sum(column) / n
        sd = math.sqrt(sum((v - mean) ** 2 for v in column) / n) or 1.0
        for i, v in enumerate(column):
            z[i] += weight * (v - mean) / sd
    return {turn_key(t): 1.0 / (1.0 + math.exp(-zi)) for (t, _), zi in zip(said, z)}


def score(
    facts: Iterable[Fact], turns: Iterable[Turn], *, functional: Iterable[str] = (), pinned: Iterable[str] = (),
    usage: Usage | None = None, weights: Weights | None = None,
) -> Importance:
    """The importance of the given facts and turns (see the module docstring for the formula).

    ``functional``: the functional predicates (names or IRIs); ``pinned``: fact and turn IRIs.
    """
    w = weights or Weights()
    usage = usage or Usage()
    fact_list, turn_list = list(facts), list(turns)
    pins = frozenset(pinned)
    func = set(functional)
    times = [_aware(t.time) for t in turn_list if t.time is not None]
    times += [_aware(s.time) for f in fact_list for s in f.sources if s.time is not None]
    times += [_aware(t) for t in usage.last.values()]
    newest = max(times) if times else None
    half_life = w.half_life_days * 86400.0

    def recency(last: datetime | None) -> float:
        if last is None or newest is None:
            return 0.0
        return 2.0 ** (-max(0.0, (newest - _aware(last)).total_seconds()) / half_life)

    def latest(*candidates: datetime | None) -> datetime | None:
        known = [_aware(t) for t in candidates if t is not None]
        return max(known) if known else None

    fact_scores: dict[str, float] = {}
    by_turn: dict[tuple[str, str], float] = {}
    for f in fact_list:
        iri = f.iri or ""
        if iri in pins:
            s = math.inf
        else:
            seen = latest(*(src.time for src in f.sources), usage.last.get(iri))
            s = (w.confidence * f.confidence + w.restated * _sat(len(f.sources) - 1)
                 + w.recalled * _sat(usage.counts.get(iri, 0)) + w.recency * recency(seen)
                 + w.current_functional * float(f.is_current and (f.predicate in func or _local(f.predicate) in func)))
        if iri:
            fact_scores[iri] = s
        for src in f.sources:
            if src.conversation is not None and src.turn is not None:
                k = (src.conversation, str(src.turn))
                by_turn[k] = max(by_turn.get(k, 0.0), min(s, 1.0))
    content = _content(turn_list, w)
    turn_scores: dict[tuple[str, str], float] = {}
    for t in turn_list:
        key = turn_key(t)
        iri = ids.turn_iri(*key)
        if iri in pins:
            turn_scores[key] = math.inf
            continue
        turn_scores[key] = (w.turn_content * content.get(key, 0.0)
                            + w.turn_facts * by_turn.get(key, 0.0)
                            + w.turn_recalled * _sat(usage.counts.get(iri, 0))
                            + w.turn_recency * recency(latest(t.time, usage.last.get(iri))))
    return Importance(fact_scores, turn_scores, pins)


def usage_path(data_dir: Path | None, namespace: str) -> Path | None:
    """Where the usage of a namespace is kept: beside a store on this machine, else nowhere."""
    if data_dir is None:
        return None
    return data_dir / "usage" / f"{hashlib.sha1(namespace.encode('utf-8')).hexdigest()[:16]}.json"


def _local(predicate: str) -> str:
    return predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def importance(memory: Memory, *, namespace: str | None = None, weights: Weights | None = None) -> Importance:
    """The importance of every fact (current and closed) and turn of a memory's namespace."""
    ns = memory.namespace if namespace is None else namespace
    functional = {p.name for p in memory.vocabulary.predicates.values() if p.functional}
    return score(memory.store.facts(namespace=ns, history=True), memory.store.turns(namespace=ns),
                 functional=functional, pinned=memory.store.pinned(namespace=ns), usage=memory.usage(namespace=ns),
                 weights=weights)
