"""The :class:`Recaller`: one index per namespace, the channels fused, the learned ranker, the top ``k``."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .config import RecallConfig
from .index import RecallIndex
from .recalled import Recalled

# what ranks (fusion, the learned ranker, the question readers) is imported by the methods that rank:
# a process that only remembers (`kgmem remember`) follows the writes without it
if TYPE_CHECKING:
    import threading

    from ..memory import Memory
    from ..stores import Store
    from ..types import Entity, Fact, Turn
    from .adapter import QueryAdapter
    from .contents import Contents
    from .dense import DenseFacts
    from .embeddings import BackgroundEmbedding, Encoder
    from .fusion import Channel
    from .ranker import LinearRanker
    from .relations import Lexicon

__all__ = ["Recaller"]

logger = logging.getLogger(__name__)
#: The hop of a question for the places someone visited: a turn names them as things (see :mod:`.specific`).
_VISITED = frozenset({"visited"})

#: Rebuilding entries of at least this many turns and facts shows progress.
PROGRESS_FROM = 5000


class Recaller:
    """Ranks a memory's facts and turns for questions; caches one index per namespace.

    An index is rebuilt when :meth:`Memory.version <kg_memory.memory.Memory.version>` changes
    (every write bumps it). ``encoder`` maps texts to unit vectors (default: the packaged MiniLM,
    loaded on first semantic use); when it cannot be loaded the semantic part is skipped.
    ``adapter`` corrects question vectors for that encoder; by default the packaged one is used
    with the packaged encoder, and none with an encoder of your own. ``ranker`` replaces the packaged
    learned ranker (``benchmarks/locomo_cv.py`` passes one fitted without the conversations it asks
    about). :class:`~kg_memory.memory.Memory` holds one (configured by its ``recall_config``); build one
    yourself for another encoder.
    """

    def __init__(self, memory: Memory, *, config: RecallConfig | None = None, encoder: Encoder | None = None,
                 adapter: QueryAdapter | None = None, ranker: LinearRanker | None = None) -> None:
        self.memory = memory
        self.config = config or RecallConfig()
        self._encoder = encoder
        self._encoder_failed = False
        self._loading: threading.Thread | None = None
        self._adapter = adapter
        self._packaged_adapter = adapter is None and encoder is None
        self._ranker = ranker
        self._ranker_loaded = ranker is not None
        self._indexes: dict[str, tuple[int, RecallIndex]] = {}
        self._contents: dict[str, tuple[int, Contents]] = {}
        self._covered: set[str] = set()
        self._embedding_jobs: dict[tuple[str, object], BackgroundEmbedding] = {}
        self._lexicon: Lexicon | None = None
        self._dense: dict[str, DenseFacts] = {}

    def __repr__(self) -> str:
        return f"Recaller({self.memory!r}, config={self.config!r})"

    def encoder(self) -> Encoder | None:
        """The sentence encoder, or None when sentence-transformers cannot be loaded."""
        if self._encoder is None and not self._encoder_failed:
            from .embeddings import compressed_storage, load_encoder

            try:
                self._encoder = load_encoder()
                if self.config.compress:
                    self._encoder = compressed_storage(self._encoder)
            except (ImportError, OSError) as e:
                logger.warning("semantic recall is off: %s", e)
                self._encoder_failed = True
        return self._encoder

    def _ready_encoder(self, index: RecallIndex) -> Encoder | None:
        """The encoder; for a large index (its texts are embedded in the background anyway) the model
        is loaded in the background too, and recalls go without it until it is ready."""
        from .embeddings import EAGER_LIMIT

        if self._encoder is not None or self._encoder_failed or len(index.turns) + len(index.facts) <= EAGER_LIMIT:
            return self.encoder()
        if self._loading is None:
            import threading

            self._loading = threading.Thread(target=self.encoder, name="kg-memory-encoder", daemon=True)
            self._loading.start()
        return None

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
            from .ranker import load_ranker

            self._ranker, self._ranker_loaded = load_ranker(), True
        return self._ranker

    def index(self, namespace: str) -> RecallIndex:
        """The namespace's index, derived again from its entries if the memory changed since."""
        version = self.memory.version(namespace=namespace)
        cached = self._indexes.get(namespace)
        if cached is not None and cached[0] == version:
            return cached[1]
        index = self.contents(namespace).index(_cache_dir(self.memory.store, namespace))
        index.embedding_jobs = self._embedding_jobs  # one background encoding per kind, whatever the version
        self._indexes[namespace] = (version, index)
        logger.debug("derived the recall index of %r: %r", namespace, index)
        return index

    def contents(self, namespace: str) -> Contents:
        """The namespace's entries (:mod:`.contents`): followed since this recaller saw them, else
        read from disk, else (an empty namespace) none yet, else rebuilt from the store with progress."""
        from .contents import Contents

        version = self.memory.version(namespace=namespace)
        held = self._contents.get(namespace)
        if held is not None and held[0] == version:
            return held[1]
        store = self.memory.store
        directory = _cache_dir(store, namespace)
        if namespace not in store.namespaces():
            found = Contents(directory, predicate_iri=self._predicate_iri)
        else:
            loaded = Contents.load(directory, predicate_iri=self._predicate_iri) if directory is not None else None
            found = loaded if loaded is not None else self._rebuild(namespace, directory)
        self._contents[namespace] = (version, found)
        return found

    def follow(self, namespace: str) -> Callable[[Sequence[Turn], Sequence[Fact]], None]:
        """Called by :meth:`Memory.add_facts <kg_memory.memory.Memory.add_facts>` before it writes a
        batch; it calls the function returned with the turns and facts as stored, before its version
        changes (:meth:`changed`), so that the entries follow the write without reading the store."""
        held = self._contents.get(namespace)
        version = self.memory.version(namespace=namespace)
        store = self.memory.store
        contents: Contents | None = held[1] if held is not None and held[0] == version else None
        if contents is None and (namespace not in store.namespaces() or _has_log(store, namespace)):
            contents = self.contents(namespace)  # a new namespace, or entries kept on disk (no store read)

        def written(turns: Sequence[Turn], facts: Sequence[Fact]) -> None:
            if contents is None:
                return
            contents.add(turns, facts, self._functional())
            self._contents[namespace] = (version, contents)
            self._indexes.pop(namespace, None)
            self._covered.add(namespace)
            if self._lexicon is None and len(contents.turns) + len(contents.facts) >= PROGRESS_FROM:
                self.lexicon()  # compiled once per process (a quarter second), now rather than at the first recall

        return written

    def changed(self, namespace: str) -> None:
        """Called by the memory after every write: one the entries did not follow makes them stale
        (on disk too); the next recall rebuilds them from the store."""
        if namespace in self._covered:
            self._covered.discard(namespace)
            held = self._contents.get(namespace)
            if held is not None:
                self._contents[namespace] = (self.memory.version(namespace=namespace), held[1])
            return
        self._contents.pop(namespace, None)
        self._indexes.pop(namespace, None)
        directory = _cache_dir(self.memory.store, namespace)
        if directory is not None:
            from .contents import LOG_NAME
            from .dense import KV_FILE

            (directory / LOG_NAME).unlink(missing_ok=True)
            (directory / KV_FILE).unlink(missing_ok=True)  # may hold what was forgotten: saved again at the next recall

    def drop(self, namespace: str, *, turns: Iterable[tuple[str, str]] = (), facts: Iterable[str] = ()) -> None:
        """Remove the entries of forgotten ``turns`` ((conversation, turn) pairs) and ``facts`` (IRIs),
        and the cached embeddings of texts no longer held. Call it after the store forgot them and
        before the memory's version changes; a fact it does not hold makes the entries stale (the next
        recall rebuilds them from the store)."""
        version = self.memory.version(namespace=namespace)
        contents = self.contents(namespace)
        missing = contents.drop(turns, facts)
        if (folder := _cache_dir(self.memory.store, namespace)) is not None:
            from .dense import KV_FILE

            (folder / KV_FILE).unlink(missing_ok=True)  # it holds the forgotten facts: saved again at the next recall
        if missing:
            logger.debug("recall entries miss %d forgotten facts: rebuilt at the next recall", len(missing))
            return
        self._contents[namespace] = (version, contents)
        self._indexes.pop(namespace, None)
        self._covered.add(namespace)
        directory = _cache_dir(self.memory.store, namespace)
        if directory is not None:
            from .embeddings import prune_cached_embeddings

            index = contents.index(directory)
            prune_cached_embeddings(directory, [*index.turn_docs, *index.dialogue_docs, *index.fact_docs])

    def _rebuild(self, namespace: str, directory: Path | None) -> Contents:
        """The entries of a namespace read from the store (a store written before entries were kept,
        or after a change they could not follow); progress on stderr for a large one."""
        from .contents import Contents
        from .progress import Progress

        store = self.memory.store
        turns = list(store.turns(namespace=namespace))
        facts = list(store.facts(namespace=namespace, history=True))
        entities = list(store.entities(namespace=namespace))
        contents = Contents(directory, predicate_iri=self._predicate_iri)
        quiet = len(turns) + len(facts) < PROGRESS_FROM
        with Progress("recall: indexing the memory", len(turns) + len(facts), quiet=quiet) as bar:
            for start in range(0, max(len(turns), len(facts)), 2000):
                part_t, part_f = turns[start:start + 2000], facts[start:start + 2000]
                contents.extend(part_t, part_f)
                bar.advance(len(part_t) + len(part_f))
        contents.entities(entities)
        contents.save()
        return contents

    def _functional(self) -> set[str]:
        return {name for name, p in self.memory.vocabulary.predicates.items() if p.functional}

    def _predicate_iri(self, name: str) -> str:
        return self.memory.vocabulary.predicate_iri(name)

    def recall(self, question: str, k: int = 10, *, namespace: str, at: datetime | None = None,
               config: RecallConfig | None = None, speaker: str | None = None) -> list[Recalled]:
        """The ``k`` best memories for ``question``, best first (see :mod:`kg_memory.recall`); asked by
        ``speaker``, the first person is them (:mod:`.first_person`)."""
        from .asking import answer_scores, asking_factors
        from .categories import asked_kinds, member_turns, named_kinds
        from .first_person import about_speaker
        from .fusion import WHEN, allowed_at, candidates, fuse, gather, prefer_current, prefer_valid
        from .ranker import learned_scores, near_best, spread_sessions, turn_features
        from .relations import asks_list
        from .specific import specific_factors

        if speaker:
            question = about_speaker(question, speaker)
        cfg = config or self.config
        index = self.index(namespace)
        if k <= 0 or not (index.turns or index.facts):
            return []
        lists, signals = self._channels(question, index, cfg, at, namespace)
        turn_score, fact_score, why = fuse(lists, len(index.turns), len(index.facts), cfg)
        ranker = self.ranker() if cfg.learned and len(turn_score) else None
        if ranker is not None:
            features = turn_features(index, signals, turn_score, fact_score, cfg)
            candidate = candidates(index, turn_score)
            score = ranker.score(features, cfg)
            # before near_best (a turn that asks raises no neighbour); a relation question ("Who is
            # Ann's sister?") is answered by a turn that asks about it too ("Is she your sister?")
            ask = self.lexicon().parse(question) if cfg.asking or cfg.specific else None
            relation = ask is not None
            if cfg.asking and not relation:
                answers = answer_scores(score, index, candidate, cfg)
                score = np.maximum(score * asking_factors(score, index, candidate, cfg), answers)
            # a "when" question asks for a time, not a thing; a relation question has its own trigger words, except
            # one for the places visited ("Which cities has Ann been to?"), which a turn names as a thing
            places = ask is not None and all(hop == _VISITED for hop in ask.hops)
            if cfg.specific and (places or not relation) and not WHEN.search(question):
                score = score * specific_factors(score, index, candidate, cfg)
            if cfg.near:  # before the check, which may place another person's turn above these
                score = near_best(score, index, candidate, cfg)
            checked = ranker.checked_score(features, cfg, signals.get("speaker"), candidate, score)
            named = signals.get("speaker")
            kinds = asked_kinds(question) if cfg.kinds and named is not None else ()
            members = member_turns(index, kinds, named, named_kinds(question)) if kinds and named is not None else None
            if members is not None:
                candidate = candidate | (members > 0)
            if cfg.lists and asks_list(question):
                checked = spread_sessions(checked, index.session_of, candidate, cfg, named, members)
            elif members is not None:  # "What is Ann's relationship status?": no list, the members all the same
                checked = spread_sessions(checked, index.session_of, candidate, cfg, named, members, spread=False)
            turn_score, fact_score = learned_scores(index, checked, fact_score, allowed_at(index, at), candidate)
        elif cfg.neighbours and len(turn_score):
            inherited = np.maximum(gather(turn_score, index.previous), gather(turn_score, index.next))
            boosted = (turn_score == 0) & (inherited > 0)
            turn_score = turn_score + cfg.neighbours * inherited
            for i in np.flatnonzero(boosted):
                why.setdefault(("t", int(i)), []).append("neighbours")
        if "valid" in signals:
            fact_score = prefer_valid(index, fact_score, signals["valid"], why)
        elif cfg.time and index.changed_values:
            past = self.lexicon().asks_past(question)
            turn_score, fact_score = prefer_current(index, turn_score, fact_score, past=past, at=at, why=why)
        if cfg.answers:
            fact_score = self._answers_first(question, index, turn_score, fact_score, why, at, namespace)
        found = _select(index, turn_score, fact_score, why, k, allowed_at(index, at))
        if namespace in self._dense:
            self._dense[namespace].start()  # a build the dense channel asked for, now that the answer is ready
        return found

    def features(self, question: str, *, namespace: str, config: RecallConfig | None = None,
                 adapter: QueryAdapter | None = None) -> tuple[np.ndarray, np.ndarray, list[Turn]]:
        """The learned ranker's inputs for ``question``: one row per turn
        (:data:`~kg_memory.recall.ranker.FEATURES`), which turns are candidates, and the turns in
        row order (used to train the ranker; ``adapter`` replaces this recaller's query adapter)."""
        from .fusion import candidates, fuse
        from .ranker import turn_features

        cfg = config or self.config
        index = self.index(namespace)
        lists, signals = self._channels(question, index, cfg, None, namespace, adapter)
        turn_score, fact_score, _ = fuse(lists, len(index.turns), len(index.facts), cfg)
        return (turn_features(index, signals, turn_score, fact_score, cfg), candidates(index, turn_score),
                list(index.turns))

    def dense(self, namespace: str) -> DenseFacts:
        """The namespace's key-value memory as recall's dense fact channel (:mod:`.dense`)."""
        from .dense import DenseFacts

        return self._dense.setdefault(namespace, DenseFacts())

    def lexicon(self) -> Lexicon:
        """The phrases of relation questions, from the memory's vocabulary (built on first use)."""
        if self._lexicon is None:
            from .relations import Lexicon

            self._lexicon = Lexicon(self.memory.vocabulary)
        return self._lexicon

    def _answers_first(self, question: str, index: RecallIndex, turn_score: np.ndarray, fact_score: np.ndarray,
                       why: dict[tuple[str, int], list[str]], at: datetime | None, namespace: str) -> np.ndarray:
        """Fact scores with the facts answering the question (:mod:`.answers`) above everything; when none does, the
        facts of that relation about others lowered (:func:`.answers.others_rows`)."""
        from .answers import OTHERS_SHARE, answer_rows, others_rows

        def lookup(name: str) -> list[tuple[Entity, float]]:
            return self.memory.lookup(name, 1, namespace=namespace)

        rows = answer_rows(question, index, lexicon=self.lexicon(), at=at, lookup=lookup)
        if not rows:  # nothing answers for the one named: another's fact of that relation is no answer either
            out = fact_score.copy()
            for j in others_rows(question, index, np.flatnonzero(fact_score > 0).tolist(), lexicon=self.lexicon(),
                                 lookup=lookup):
                out[j] *= OTHERS_SHARE
            return out
        top = max(float(turn_score.max(initial=0.0)), float(fact_score.max(initial=0.0))) or 1.0
        out = fact_score.copy()
        for rank, j in enumerate(rows):
            out[j] = top * (2.0 - rank / len(rows))
            why.setdefault(("f", j), []).insert(0, f"answer#{rank + 1}")
        return out

    def _channels(self, question: str, index: RecallIndex, cfg: RecallConfig, at: datetime | None,
                  namespace: str, adapter: QueryAdapter | None = None,
                  ) -> tuple[list[Channel], dict[str, np.ndarray]]:
        from .fusion import channels

        encoder = self._ready_encoder(index) if cfg.semantic or cfg.dialogue else None
        return channels(question, index, cfg, at=at, encoder=encoder, adapter=adapter or self.adapter(),
                        lookup=lambda word: self.memory.lookup(word, 1, namespace=namespace),
                        dense=lambda text: self.dense(namespace).rows(text, index, lexicon=self.lexicon()))


def _has_log(store: Store, namespace: str) -> bool:
    from .contents import LOG_NAME

    directory = _cache_dir(store, namespace)
    return directory is not None and (directory / LOG_NAME).exists()


def _cache_dir(store: Store, namespace: str) -> Path | None:
    """Where the namespace's embeddings are kept: beside a store on this machine, else nowhere."""
    if store.data_dir is None:
        return None
    return store.data_dir / "recall" / hashlib.sha1(namespace.encode("utf-8")).hexdigest()[:16]


def _select(index: RecallIndex, turn_score: np.ndarray, fact_score: np.ndarray,
            why: dict[tuple[str, int], list[str]], k: int,
            allowed: tuple[np.ndarray, np.ndarray]) -> list[Recalled]:
    """The top ``k`` memories, a turn already behind a better fact not repeated."""
    items = [(float(turn_score[i]), "t", i) for i in np.flatnonzero((turn_score > 0) & allowed[0]).tolist()]
    items += [(float(fact_score[j]), "f", j) for j in np.flatnonzero((fact_score > 0) & allowed[1]).tolist()]
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
