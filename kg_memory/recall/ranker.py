"""The learned ranker: a linear model over every recall component's evidence about a turn.

Its weights ship beside this module (:data:`RANKER_FILE`, written by
``scripts/train_recall_model.py`` from generated chats only: :mod:`~kg_memory.recall.generated`,
``MODEL_CARD.md``). :func:`turn_features`
turns the components' scores into one row of :data:`FEATURES` per turn; :meth:`LinearRanker.score`
ranks the rows (:meth:`LinearRanker.checked_score` also checks that the person a question names
said the thing); :func:`learned_scores` places each relevant fact just above the best of its turns.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .config import RecallConfig
from .fusion import gather, ranked

if TYPE_CHECKING:
    from .index import RecallIndex

__all__ = ["FEATURES", "RANKER_FILE", "LinearRanker", "learned_scores", "load_ranker", "near_best",
           "spread_sessions", "turn_features"]

logger = logging.getLogger(__name__)

#: The packaged ranker's weights, in this package.
RANKER_FILE = "recall_ranker.json"

#: The check of :meth:`LinearRanker.checked_score` (chosen on LoCoMo conversations 0-4): another
#: person's turn that matches a question's content better (in the ranker's logits, speaker unknown)
#: than every turn of the person it names is placed just below the best turn (at most
#: ``CHECK_TURNS`` of them), and above it when it matches better by ``CHECK_FIRST_MARGIN``.
CHECK_MARGIN = 0.0
CHECK_FIRST_MARGIN = 1.0
CHECK_TURNS = 2

#: The learned ranker's per-turn inputs, with the components each one needs (switched off, or
#: without its signal, a feature takes its training mean and so adds nothing). "fused" is the
#: RRF score of all lists, "session" the mean of the best three turns of a turn's session,
#: "nb" the better of the turns just before and after, "adapted" the cosine with the adapted
#: question (:class:`~kg_memory.recall.adapter.QueryAdapter`).
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
        mean, scale, coef = (np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "coef"))
        return cls(mean, scale, coef, float(data["intercept"]))

    def score(self, features: np.ndarray, cfg: RecallConfig) -> np.ndarray:
        """Each turn's softmax weight relative to the best turn's, in (0, 1] (a row of ``features``
        per turn; NaN: unknown)."""
        z = self.logits(features, cfg)
        return np.exp(z - z.max()) if len(z) else z

    def logits(self, features: np.ndarray, cfg: RecallConfig) -> np.ndarray:
        """Each turn's linear score (a row of ``features`` per turn; NaN: unknown, its training mean)."""
        off = np.asarray([any(not getattr(cfg, c) for c in needs) for _, needs in FEATURES])
        x = np.where(np.isnan(features) | off, self.mean, features)
        return ((x - self.mean) / self.scale) @ self.coef + self.intercept

    def checked_score(self, features: np.ndarray, cfg: RecallConfig, named: np.ndarray | None,
                      candidate: np.ndarray, score: np.ndarray | None = None) -> np.ndarray:
        """:meth:`score`, with a check that the person a question names said or did the thing.

        The ranker favours the turns of a person the question names ("What did Ann paint?"). When
        the question's content (the same score with the speaker features unknown) is matched better
        by another person's turn than by any turn of the named person, the named person may not have
        said or done it (LoCoMo's adversarial questions ask about Ann what Bob did): the best such
        turns are placed just below the best turn, and the best of them above it when its content
        matches clearly better (:data:`CHECK_FIRST_MARGIN`). ``named`` is the mask of the named
        person's turns (None: no one is named), ``candidate`` the turns being ranked, ``score`` the
        scores to check (default: :meth:`score`; the recaller passes them raised by :func:`near_best`).
        """
        score = self.score(features, cfg) if score is None else score
        if named is None or not named.any() or named.all() or not len(score):
            return score
        blind = features.copy()
        blind[:, [i for i, (name, _) in enumerate(FEATURES) if name.startswith("speaker_")]] = np.nan
        content = np.where(candidate, self.logits(blind, cfg), -np.inf)
        best_named = float(content[named].max())
        others = np.flatnonzero(~named & candidate & (content > best_named + CHECK_MARGIN))
        if not len(others):
            return score
        top = float(score.max())
        out = score.copy()
        for rank, i in enumerate(others[np.argsort(-content[others], kind="stable")][:CHECK_TURNS]):
            first = rank == 0 and content[i] > best_named + CHECK_FIRST_MARGIN
            out[i] = max(out[i], top * (1.01 if first else 1 - 1e-3 * (rank + 1)))
        return out


def load_ranker() -> LinearRanker | None:
    """The packaged ranker (trained on generated chats), or None when it is missing.

    >>> len(load_ranker().coef) == len(FEATURES)
    True
    """
    import json
    from importlib import resources

    try:
        text = resources.files("kg_memory.recall").joinpath(RANKER_FILE).read_text(encoding="utf-8")
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
        rows = ranked(scores, np.ones(n, dtype=bool), cfg.depth, positive=positive)
        out[rows] = 1.0 / np.sqrt(1 + np.arange(len(rows)))
        return out

    def neighbour(x: np.ndarray) -> np.ndarray:
        return np.maximum(gather(x, index.previous), gather(x, index.next))

    def session(x: np.ndarray) -> np.ndarray:
        return index.session_top_mean(x, 3)

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


def learned_scores(index: RecallIndex, ranker_score: np.ndarray, fact_fused: np.ndarray,
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
    for j in ranked(fact_fused, allowed[1], len(fact_fused), positive=True):
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


def near_best(score: np.ndarray, index: RecallIndex, candidate: np.ndarray, cfg: RecallConfig) -> np.ndarray:
    """Scores that raise the turns said by the person who said one of the best ``cfg.near_top``
    turns, at most ``cfg.near_span`` rows from it in its session: each such candidate's logit gains
    ``cfg.near`` times the best turn's score (relative to the top turn's) over the distance in rows,
    up to just below that best turn (a turn is raised towards the one it goes on with, never past it).
    What a question asks is often told over several turns of one speaker ("We went camping." ...
    "The kids loved roasting marshmallows."), of which only one shares the question's words.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.recall.index import RecallIndex
    >>> index = RecallIndex([Turn("c", str(i), "AB"[i % 2], "x") for i in range(4)], [])
    >>> cfg = RecallConfig(near=1.0, near_top=1, near_span=2)
    >>> near_best(np.array([1.0, 0.5, 0.2, 0.3]), index, np.ones(4, bool), cfg).round(3).tolist()
    [1.0, 0.5, 0.33, 0.3]
    >>> near_best(np.array([1.0, 0.5, 0.8, 0.3]), index, np.ones(4, bool), cfg).round(3).tolist()
    [1.0, 0.5, 0.999, 0.3]
    """
    order = np.flatnonzero(candidate & (score > 0))
    if not cfg.near or not len(order):
        return score
    best = order[np.argsort(-score[order], kind="stable")][:cfg.near_top]
    top = float(score[best[0]])
    out = score.copy()
    for j in best.tolist():
        speaker, anchor = index.turns[j].speaker, float(score[j])
        for d in range(1, cfg.near_span + 1):
            for i in (j - d, j + d):
                if (0 <= i < len(score) and candidate[i] and index.session_of[i] == index.session_of[j]
                        and index.turns[i].speaker == speaker and score[i] < anchor):
                    raised = min(float(score[i]) * np.exp(cfg.near * anchor / top / d), anchor * (1 - 1e-3))
                    out[i] = max(out[i], raised)
    return out


def spread_sessions(score: np.ndarray, session_of: np.ndarray, candidate: np.ndarray, cfg: RecallConfig,
                    named: np.ndarray | None = None, members: np.ndarray | None = None, *,
                    spread: bool = True) -> np.ndarray:
    """Scores that fill the places after the first ``cfg.list_keep`` turns with the best turn of each
    further session (of the person the question names, when it names one), best first, as long as
    its score is at least ``cfg.list_floor`` of the best turn's; the other turns follow. A list
    question ("What activities does Ann do?") is answered by one turn in each of several sessions,
    which the ranker alone ranks below the second and third turns of the best session.

    ``members`` (above 0 for the turns that name a member of the kind of thing the question asks for,
    :func:`.categories.member_turns`) go first among those places: the best ``cfg.kind_places`` of them,
    those naming more of what the question names first, whatever their session or score ("What exercises
    has John done?": "I started a yoga class" ranks low, sharing no word with the question). With
    ``spread`` False only they are placed (a question that names a kind but asks for no list: "What is
    Ann's relationship status?").

    >>> cfg = RecallConfig(lists=1.0, list_keep=1, list_floor=0.1)
    >>> spread_sessions(np.array([1.0, 0.9, 0.5]), np.array([0, 0, 1]), np.ones(3, bool), cfg).round(3).tolist()
    [1.0, 0.9, 0.999]
    >>> members = np.array([False, False, False, True])
    >>> spread_sessions(np.array([1.0, 0.9, 0.5, 0.001]), np.array([0, 0, 1, 0]), np.ones(4, bool), cfg,
    ...                 members=members).round(3).tolist()
    [1.0, 0.9, 0.998, 0.999]
    """
    order = np.flatnonzero(candidate & (score > 0))
    order = order[np.argsort(-score[order], kind="stable")]
    keep = max(cfg.list_keep, 1)
    if len(order) <= keep:
        return score
    floor = cfg.list_floor * float(score[order[0]])
    seen = set(session_of[order[:keep]].tolist())
    out = score.copy()
    top = float(score[order[keep - 1]])
    placed = 0
    raised: set[int] = set()
    rest = order[keep:]
    if members is not None:  # the turns naming the most of what the question names first, then by score
        rest = rest[np.argsort(-members[rest].astype(float), kind="stable")]
    for i in rest if members is not None else ():
        if placed >= cfg.kind_places:
            break
        if members is not None and members[i] > 0 and (named is None or not named.any() or named[i]):
            seen.add(int(session_of[i]))
            raised.add(int(i))
            placed += 1
            out[i] = max(float(score[i]), top * (1 - 1e-3 * placed))
    for i in order[keep:] if spread else ():
        if score[i] < floor:
            break
        session = int(session_of[i])
        if i in raised or session in seen or (named is not None and named.any() and not named[i]):
            continue
        seen.add(session)
        placed += 1
        out[i] = max(float(score[i]), top * (1 - 1e-3 * placed))
    return out
