"""Entity resolution of a whole batch: one encoder call and one index search for its names.

:meth:`kg_memory.resolve.EntityResolver.prepare` searches the fuzzy index once for every mention of a
batch that has no exact match (:meth:`~kg_memory.fuzzy.EntityIndex.search_batch`), and a
:class:`PreparedBatch` then answers the resolver's per-mention questions from those results plus the
rows the batch itself adds (new entities and merged names), which are held here and added to the index
in one call when the batch ends. A fused score is at most ``0.75 + cosine / 4`` (and a plain cosine or
the WRatio mean less), so only candidates whose cosine reaches ``4 * threshold - 3`` (or with the
mention's own match text) can merge and are re-scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .types import types_compatible

if TYPE_CHECKING:
    from .fuzzy import EntityIndex, Match

__all__ = ["PreparedBatch", "cosine_bound"]

_ANY = "Thing"
_DEPTH = 32  # batch rows re-scored per mention, best cosines first (the index's re-scoring depth)


def cosine_bound(threshold: float) -> float:
    """The cosine below which no candidate can score ``threshold``.

    >>> round(cosine_bound(0.9), 6)
    0.6
    """
    return 4.0 * threshold - 3.0


class PreparedBatch:
    """The fuzzy matches of a batch's mentions, and the index rows the batch adds."""

    def __init__(self, index: EntityIndex, mentions: Sequence[tuple[str, str]], names: Sequence[str],
                 threshold: float) -> None:
        self.index, self.threshold, self.bound = index, threshold, cosine_bound(threshold)
        self._ahead = index.encode_ahead(names)  # one encoder call: the searches and adds use it
        by_type: dict[str, list[str]] = {}
        for label, type in dict.fromkeys(mentions):
            by_type.setdefault(type, []).append(label)
        self.matches: dict[tuple[str, str], list[Match]] = {}
        for type, labels in by_type.items():
            found = index.search_batch(labels, 5, [type], min_cosine=self.bound)
            self.matches.update(((label, type), m) for label, m in zip(labels, found))
        self.keys: list[str] = []
        self.names: list[str] = []
        self.types: list[str] = []
        self._rows_of: dict[str, list[int]] = {}  # name -> rows added
        self._by_text: dict[str, list[int]] = {}  # match text -> rows added
        self._near: dict[str, list[str]] = {}  # mention -> the batch's names of cosine >= bound, best first
        self._scores: dict[tuple[str, str], float] = {}
        self._score_ahead([label for labels in by_type.values() for label in labels])

    def _score_ahead(self, labels: list[str]) -> None:
        """Re-score at once the pairs of the batch's own names that :meth:`match` may meet: each
        mention with the ``_DEPTH`` names of the batch nearest by cosine (the rows the batch may add;
        as in an index search, only the nearest are re-scored)."""
        from .fuzzy import pair_scores

        names = list(self._ahead)  # in the order the batch meets them: a name's rows come with its first mention
        if len(names) < 2 or not labels:
            return
        order = {name: i for i, name in enumerate(names)}
        matrix = np.stack([self._ahead[n] for n in names])
        a: list[str] = []
        b: list[str] = []
        cosine: list[float] = []
        for start in range(0, len(labels), 512):
            chunk = labels[start:start + 512]
            scores = np.stack([self._ahead[label] for label in chunk]) @ matrix.T
            for label, row in zip(chunk, scores):
                rows = np.flatnonzero(row >= self.bound)
                if len(rows) > _DEPTH + 1:
                    rows = rows[np.argpartition(-row[rows], _DEPTH)[:_DEPTH + 1]]
                self._near[label] = [names[r] for r in rows.tolist() if names[r] != label]
                # only the names met before this mention can have rows when it is matched (a later
                # name's pair, should the batch meet them in another order, is scored by match)
                before = rows[rows < order[label]].tolist()
                a += [label] * len(before)
                b += [names[r] for r in before]
                cosine += row[before].tolist()
        if a:
            fused = pair_scores(self.index.encoder, a, b, rerank=self.index.rerank, cosine=cosine)
            self._scores = dict(zip(zip(a, b), fused))

    def covers(self, label: str, type: str) -> bool:
        """Whether the mention was searched for when the batch was prepared."""
        return (label, type) in self.matches

    def _vector(self, name: str) -> np.ndarray:
        vector = self._ahead.get(name)
        if vector is not None:
            return vector
        return np.asarray(self.index.encoder.encode([name]), dtype=np.float32)[0]

    def add(self, keys: Sequence[str], names: Sequence[str], types: Sequence[str]) -> None:
        """Rows the batch adds to the index (searched by :meth:`match`, added by :meth:`flush`)."""
        from .fuzzy.variants import match_text

        for key, name, type in zip(keys, names, types):
            row = len(self.keys)
            self._rows_of.setdefault(name, []).append(row)
            self.keys.append(key)
            self.names.append(name)
            self.types.append(type)
            self._by_text.setdefault(match_text(name), []).append(row)

    def match(self, label: str, type: str) -> Match | None:
        """The best match of a compatible type scoring at least the threshold, among the index's
        rows before the batch and the rows the batch added; None if there is none."""
        from .fuzzy import Match, pair_scores
        from .fuzzy.variants import match_text

        best = None
        for m in self.matches[(label, type)]:
            if types_compatible(m.type, type) and m.score >= self.threshold and (best is None or m.score > best.score):
                best = m
        if not self.keys:
            return best
        near = [r for name in self._near.get(label, ()) for r in self._rows_of.get(name, ())]
        candidates = [r for r in dict.fromkeys([*near, *self._by_text.get(match_text(label), [])])
                      if self.types[r] in (type, _ANY)]
        if not candidates:
            return best
        missing = [r for r in candidates if (label, self.names[r]) not in self._scores]
        if missing:
            query = self._vector(label)  # vectors are unit-length: the dot product is the cosine
            cosine = [float(self._vector(self.names[r]) @ query) for r in missing]
            fresh = pair_scores(self.index.encoder, [label] * len(missing), [self.names[r] for r in missing],
                                rerank=self.index.rerank, cosine=cosine)
            self._scores.update(((label, self.names[r]), score) for r, score in zip(missing, fresh))
        for r in candidates:
            score = self._scores[(label, self.names[r])]
            if types_compatible(self.types[r], type) and score >= self.threshold and (best is None or score > best.score):
                best = Match(self.keys[r], self.names[r], self.types[r], score)
        return best

    def flush(self) -> None:
        """Add the batch's rows to the index, in one call."""
        if self.keys:
            self.index.add(self.keys, self.names, self.types)
            self.keys, self.names, self.types = [], [], []
            self._rows_of.clear()
            self._by_text.clear()
