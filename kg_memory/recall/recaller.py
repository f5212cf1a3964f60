"""The :class:`Recaller`: one index per namespace, the channels fused, the learned ranker, the top ``k``."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .config import RecallConfig
from .fusion import allowed_at, candidates, channels, fuse, gather, prefer_valid
from .index import RecallIndex
from .ranker import LinearRanker, learned_scores, load_ranker, turn_features
from .recalled import Recalled

if TYPE_CHECKING:
    from ..memory import Memory
    from ..stores import Store
    from ..types import Turn
    from .adapter import QueryAdapter
    from .embeddings import Encoder
    from .fusion import Channel
    from .relations import Lexicon

__all__ = ["Recaller"]

logger = logging.getLogger(__name__)


class Recaller:
    """Ranks a memory's facts and turns for questions; caches one index per namespace.

    An index is rebuilt when :meth:`Memory.version <kg_memory.memory.Memory.version>` changes
    (every write bumps it). ``encoder`` maps texts to unit vectors (default: the packaged MiniLM,
    loaded on first semantic use); when it cannot be loaded the semantic part is skipped.
    ``adapter`` corrects question vectors for that encoder; by default the packaged one is used
    with the packaged encoder, and none with an encoder of your own. :class:`~kg_memory.memory.Memory`
    holds one (configured by its ``recall_config``); build one yourself for another encoder.
    """

    def __init__(self, memory: Memory, *, config: RecallConfig | None = None, encoder: Encoder | None = None,
                 adapter: QueryAdapter | None = None) -> None:
        self.memory = memory
        self.config = config or RecallConfig()
        self._encoder = encoder
        self._encoder_failed = False
        self._adapter = adapter
        self._packaged_adapter = adapter is None and encoder is None
        self._ranker: LinearRanker | None = None
        self._ranker_loaded = False
        self._indexes: dict[str, tuple[int, RecallIndex]] = {}
        self._lexicon: Lexicon | None = None

    def __repr__(self) -> str:
        return f"Recaller({self.memory!r}, config={self.config!r})"

    def encoder(self) -> Encoder | None:
        """The sentence encoder, or None when sentence-transformers cannot be loaded."""
        if self._encoder is None and not self._encoder_failed:
            from .embeddings import load_encoder

            try:
                self._encoder = load_encoder()
            except (ImportError, OSError) as e:
                logger.warning("semantic recall is off: %s", e)
                self._encoder_failed = True
        return self._encoder

    def adapter(self) -> QueryAdapter | None:
        """The query adapter (the packaged one is loaded on first use), or None."""
        if self._adapter is None and self._packaged_adapter:
            from .adapter import load_adapter

            self._adapter = load_adapter()
            self._packaged_adapter = False
        return self._adapter

    def ranker(self) -> LinearRanker | None:
        """The learned ranker (the packaged one, loaded on first use), or None when it is missing."""
        if not self._ranker_loaded:
            self._ranker, self._ranker_loaded = load_ranker(), True
        return self._ranker

    def index(self, namespace: str) -> RecallIndex:
        """The namespace's index, rebuilt if the memory changed since it was built."""
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
        """The ``k`` best memories for ``question``, best first (see :mod:`kg_memory.recall`)."""
        cfg = config or self.config
        index = self.index(namespace)
        if k <= 0 or not (index.turns or index.facts):
            return []
        lists, signals = self._channels(question, index, cfg, at, namespace)
        turn_score, fact_score, why = fuse(lists, len(index.turns), len(index.facts), cfg)
        ranker = self.ranker() if cfg.learned and len(turn_score) else None
        if ranker is not None:
            features = turn_features(index, signals, turn_score, fact_score, cfg)
            turn_score, fact_score = learned_scores(index, ranker.score(features, cfg), fact_score,
                                                    allowed_at(index, at), candidates(index, turn_score))
        elif cfg.neighbours and len(turn_score):
            inherited = np.maximum(gather(turn_score, index.previous), gather(turn_score, index.next))
            boosted = (turn_score == 0) & (inherited > 0)
            turn_score = turn_score + cfg.neighbours * inherited
            for i in np.flatnonzero(boosted):
                why.setdefault(("t", int(i)), []).append("neighbours")
        if "valid" in signals:
            fact_score = prefer_valid(index, fact_score, signals["valid"], why)
        if cfg.answers:
            fact_score = self._answers_first(question, index, turn_score, fact_score, why, at, namespace)
        return _select(index, turn_score, fact_score, why, k, allowed_at(index, at))

    def features(self, question: str, *, namespace: str, config: RecallConfig | None = None,
                 adapter: QueryAdapter | None = None) -> tuple[np.ndarray, np.ndarray, list[Turn]]:
        """The learned ranker's inputs for ``question``: one row per turn
        (:data:`~kg_memory.recall.ranker.FEATURES`), which turns are candidates, and the turns in
        row order (used to train the ranker; ``adapter`` replaces this recaller's query adapter)."""
        cfg = config or self.config
        index = self.index(namespace)
        lists, signals = self._channels(question, index, cfg, None, namespace, adapter)
        turn_score, fact_score, _ = fuse(lists, len(index.turns), len(index.facts), cfg)
        return (turn_features(index, signals, turn_score, fact_score, cfg), candidates(index, turn_score),
                list(index.turns))

    def lexicon(self) -> Lexicon:
        """The phrases of relation questions, from the memory's vocabulary (built on first use)."""
        if self._lexicon is None:
            from .relations import Lexicon

            self._lexicon = Lexicon(self.memory.vocabulary)
        return self._lexicon

    def _answers_first(self, question: str, index: RecallIndex, turn_score: np.ndarray, fact_score: np.ndarray,
                       why: dict[tuple[str, int], list[str]], at: datetime | None, namespace: str) -> np.ndarray:
        """Fact scores with the facts answering the question (:mod:`.answers`) above everything."""
        from .answers import answer_rows

        rows = answer_rows(question, index, lexicon=self.lexicon(), at=at,
                           lookup=lambda name: self.memory.lookup(name, 1, namespace=namespace))
        if not rows:
            return fact_score
        top = max(float(turn_score.max(initial=0.0)), float(fact_score.max(initial=0.0))) or 1.0
        out = fact_score.copy()
        for rank, j in enumerate(rows):
            out[j] = top * (2.0 - rank / len(rows))
            why.setdefault(("f", j), []).insert(0, f"answer#{rank + 1}")
        return out

    def _channels(self, question: str, index: RecallIndex, cfg: RecallConfig, at: datetime | None,
                  namespace: str, adapter: QueryAdapter | None = None,
                  ) -> tuple[list[Channel], dict[str, np.ndarray]]:
        encoder = self.encoder() if cfg.semantic or cfg.dialogue else None
        return channels(question, index, cfg, at=at, encoder=encoder, adapter=adapter or self.adapter(),
                        lookup=lambda word: self.memory.lookup(word, 1, namespace=namespace))


def _cache_dir(store: Store, namespace: str) -> Path | None:
    """Where the namespace's embeddings are kept: beside a store on this machine, else nowhere."""
    if store.data_dir is None:
        return None
    return store.data_dir / "recall" / hashlib.sha1(namespace.encode("utf-8")).hexdigest()[:16]


def _select(index: RecallIndex, turn_score: np.ndarray, fact_score: np.ndarray,
            why: dict[tuple[str, int], list[str]], k: int,
            allowed: tuple[np.ndarray, np.ndarray]) -> list[Recalled]:
    """The top ``k`` memories, a turn already behind a better fact not repeated."""
    items = [(float(s), "t", int(i)) for i, s in enumerate(turn_score) if s > 0 and allowed[0][i]]
    items += [(float(s), "f", int(j)) for j, s in enumerate(fact_score) if s > 0 and allowed[1][j]]
    items.sort(key=lambda c: (-c[0], c[1], c[2]))
    shown: set[int] = set()
    out: list[Recalled] = []
    for score, kind, row in items:
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
