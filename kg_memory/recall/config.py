"""The weights of recall's fusion, and the components a weight switches (see :mod:`kg_memory.recall`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

__all__ = ["COMPONENTS", "RecallConfig"]

#: The components that can be switched off with :meth:`RecallConfig.without`.
COMPONENTS = ("lexical", "semantic", "dialogue", "facts", "graph", "speaker", "time", "neighbours", "sessions",
              "adapter", "learned", "answers", "neural", "near", "asking", "specific")


@dataclass(frozen=True)
class RecallConfig:
    """Weights of the fusion (see :mod:`kg_memory.recall`). A weight of 0 switches a part off.

    The defaults were chosen on LoCoMo conversations 0-4 by a small coordinate-wise grid (each
    weight in {0, 0.25, 0.5, 1, 1.5}, ``rrf_k`` in {5, 10, 20, 30, 60}) and are reported on
    conversations 5-9 too (``benchmarks/locomo.py --split``); they are not a fit. Pass one to
    :class:`~kg_memory.memory.Memory` as ``recall_config``.
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
    #: Facts answering a question that names an entity and a relation ("Where does Ann live?",
    #: "张三的妻子是谁？") come first (:mod:`~kg_memory.recall.answers`); 0 ranks them as any fact.
    answers: float = 1.0
    #: With the learned ranker, 1 lets a question asking for a list ("What activities does Ann do?",
    #: :func:`~kg_memory.recall.relations.asks_list`) take, after its first ``list_keep`` turns, the
    #: best turn of each further session (of the person it names) whose score is at least
    #: ``list_floor`` of the best (:func:`~kg_memory.recall.ranker.spread_sessions`). Cross-validated
    #: on LoCoMo 0-4 (``benchmarks/locomo_cv.py --compare lists=0``): floor 0.0075 (chosen among 0,
    #: 0.005, 0.0075, 0.01, 0.02) gives R@10 0.819 -> 0.823 on categories 1-4, multi-hop 0.512 -> 0.536,
    #: adversarial unchanged (0.749); floor 0 took adversarial down by 0.02, floors from 0.02 change nothing.
    lists: float = 1.0
    list_keep: int = 5
    list_floor: float = 0.0075
    #: With ``lists``, 1 places first among those places the best ``kind_places`` turns of the person a
    #: list question names that name a member of the kind of thing it asks for ("What exercises has John
    #: done?": yoga, kickboxing; "李雷去过哪些地方？": a trip; :mod:`~kg_memory.recall.categories`), whatever
    #: their session or score; 0 switches it off. Chosen on LoCoMo 0-4 (places 1, 2, 3, 4, all; before
    #: the session spread or with it; a floor of 0.02 to 0.2 of the best score): 2 gives multi-hop R@10
    #: 0.563 -> 0.580, the other categories and adversarial unchanged; more places took single-hop down.
    #: On the held-out 5-9 it changes six multi-hop questions, three up and three down (0.514 -> 0.512).
    #: A question that names a kind without asking for a list ("What is Ann's relationship status?",
    #: "安娜的感情状况怎么样？") has the same places for its member turns (without the session spread, and
    #: with ``lists`` 0 too); those also naming a kind the question narrows by ("... with her family":
    #: the kids) go first. Places 3 and 4 were tried again with these (LoCoMo 0-4): 4 gave multi-hop
    #: R@10 +0.014 over 2 but single-hop -0.005 and adversarial -0.009, 3 less than 2; 2 is kept.
    kinds: float = 1.0
    kind_places: int = 2
    #: With the learned ranker, the turns of the person who said one of the best ``near_top`` turns,
    #: at most ``near_span`` rows from it in its session (their next or previous turn: a story goes on
    #: over several turns of one speaker), gain ``near`` times that turn's relative score over the
    #: distance in their logit, up to just below that turn (:func:`~kg_memory.recall.ranker.near_best`);
    #: 0 switches it off. Chosen on LoCoMo 0-4 (``near`` in {0.5, 1, 2, 3, 5}, ``near_top`` in {1, 3, 5,
    #: 10}, ``near_span`` in {1, 2, 4}): 3 gives R@10 0.796 -> 0.808 and hit@5 0.774 -> 0.797 on
    #: categories 1-4 (paired 95% intervals above 0), adversarial R@10 0.816 -> 0.833; a span of 1
    #: changes nothing there (LoCoMo's next row is the other person's).
    near: float = 3.0
    near_top: int = 3
    near_span: int = 2
    #: With the learned ranker, 1 lowers turns that ask rather than tell (:mod:`~kg_memory.recall.asking`)
    #: for a question that names no relation: a turn whose sentences are all questions or interjections
    #: of at most ``ask_short`` words gets ``ask_only`` times its score, one that ends with a question
    #: ``ask_last`` times; 0 switches it off. On LoCoMo 0-4, turns that only ask held 541 (7.5%) of the
    #: top-10 places given to turns, and 2 of those 541 were gold turns. Chosen on 0-4, paired with
    #: ``asking=0`` (``ask_only`` in {1, 0.3, 0.1, 0.001}, ``ask_last`` in {1, 0.7, 0.5, 0.4, 0.3},
    #: ``ask_short`` in {0, 2, 3, 5}): R@10 0.808 -> 0.814, hit@5 0.797 -> 0.805, multi-hop hit@5
    #: 0.698 -> 0.736, adversarial R@10 0.833 -> 0.846. Relation questions are left alone: on DialogRE,
    #: whose gold turns hold a relation's trigger, lowering its question turns cost up to 0.05 of R@10.
    asking: float = 1.0
    ask_only: float = 0.001
    ask_last: float = 0.4
    ask_short: int = 2
    #: With ``asking``, the turn after one that only asks (said by another person) takes ``answered``
    #: times the asking turn's score (before it is lowered) when that is more than its own
    #: (:func:`~kg_memory.recall.asking.answer_scores`); ``answer_last`` 1 counts a turn that tells and
    #: then asks too; ``answered`` 0 switches the step off. Chosen on LoCoMo 0-4, paired with
    #: ``answered=0`` (in {0.5, 0.8, 0.95, 1}; ``answer_last`` 1 lost 0.002-0.004 of R@10 and 0.02 of
    #: temporal hit@5): R@10 0.814 -> 0.815, multi-hop R@10 0.540 -> 0.551, hit@5 0.729 -> 0.736.
    answered: float = 1.0
    answer_last: float = 0.0
    #: With the learned ranker, the turns that name a specific thing (:mod:`~kg_memory.recall.specific`)
    #: get ``1 + specific`` times their score, for a question that does not ask "when"; 0 switches it
    #: off. Among the top 20 turns on LoCoMo 0-4, 19-45% of the gold turns name a thing against 8-17% of
    #: the others. Chosen on 0-4, paired with ``specific=0`` (in {0.25, 0.5, 1, 1.5, 2, 3}; without the
    #: "when" exception temporal hit@5 fell 0.904 -> 0.884): with ``answered``, R@10 0.814 -> 0.822
    #: (paired 95% interval +0.003..+0.014), hit@5 0.804 -> 0.808, hit@1 0.453 -> 0.471, multi-hop
    #: R@10 0.540 -> 0.564, adversarial R@10 0.846 -> 0.865.
    specific: float = 1.0
    #: Keep the memory's sentence embeddings compressed in the cache beside a store on disk (the
    #: packaged compressor: 98 bytes a vector against 1,536; see :mod:`~kg_memory.recall.embeddings`);
    #: False keeps them as float32. Nothing is compressed for a store in memory (nothing is stored).
    compress: bool = True
    #: The facts the key-value memory reads for the question (attention over (subject, predicate)
    #: keys, :mod:`~kg_memory.recall.dense`; loads torch on a memory with facts).
    neural: float = 0.5
    #: From this many facts, a question the key-value memory reads takes its facts from it, the graph
    #: and the answers only (the lexical and semantic scans of every fact are skipped: recall stays
    #: sublinear in the facts).
    dense_from: int = 50_000

    def without(self, *components: str) -> RecallConfig:
        """A copy with ``components`` (names of :data:`COMPONENTS`) switched off.

        >>> RecallConfig().without("semantic").semantic
        0.0
        """
        unknown = set(components) - set(COMPONENTS)
        if unknown:
            raise ValueError(f"unknown recall components {sorted(unknown)}; known: {', '.join(COMPONENTS)}")
        off: dict[str, Any] = dict.fromkeys(components, 0.0)
        return dataclasses.replace(self, **off)
