"""Recall: the memories (facts and turns) that bear on a question, ranked, and a prompt block.

Ranking combines independent pieces of evidence by *weighted reciprocal rank fusion* (RRF,
Cormack et al. 2009): every component ranks some memories, and a memory's score is

    score(m) = sum over components c of  weight_c / (rrf_k + rank_c(m))

so no component's raw scores need calibrating against another's. The components
(:class:`RecallConfig` documents each weight; pass one as ``Memory(recall_config=...)``):

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
``answers``
    a question that names an entity and a relation ("Where does Ann live?", "Who is Ann's
    sister?", "张三住在哪里？", "张三的妻子是谁？") puts the facts that answer it first, with their
    source turns: the current ones, the past ones first for "before" / "以前", those valid then
    for "in 2021"; "Where does Ann's sister work?" follows two edges; "Who lives in Berlin?" /
    "谁住在北京？" reads the relation backwards
    (:mod:`~kg_memory.recall.answers`, phrasings in :mod:`~kg_memory.recall.relations`).
``neural``
    for such a question, the facts a torch key-value memory reads (softmax attention over
    (subject, predicate) keys: :mod:`~kg_memory.recall.dense`, the memory ``Memory.neural()``
    returns); from ``dense_from`` facts it replaces the lexical and semantic scans of every fact.

Chinese: the lexical channel segments Han text with jieba (plus character bigrams) and keeps
English tokens as they were; Chinese names in a question are linked as substrings, and across
scripts (张三 / Zhang San) by :meth:`Memory.lookup <kg_memory.memory.Memory.lookup>`. The
semantic channel (MiniLM) is English-only.

``learned`` (on by default)
    the fused score is only one input: turns are finally ranked by a small linear ranker
    (:class:`~kg_memory.recall.ranker.LinearRanker`, 27 weights in the packaged ``recall_ranker.json``) over every
    component's score and rank, the fused score, the neighbours' scores, how good the turn's
    session is (the mean of its best three turns; a LoCoMo session is one conversation id) and
    the ``adapter``'s similarities.
``adapter``
    the cosine of each turn with the question's vector corrected by a learned
    :class:`~kg_memory.recall.adapter.QueryAdapter` (packaged ``recall_adapter.npz``, fitted for
    the packaged MiniLM), a feature of the learned ranker.

The ranker and the adapter were fitted on LoCoMo conversations 0-4 only
(``scripts/train_recall_model.py``; the ranker by a softmax over each question's candidate turns,
on adapter similarities computed out of fold). A relevant fact is placed just above the best of
its source turns and stands for them. A switched-off component's features take their training
mean; ``learned=0`` is plain RRF.

A fact's memory carries the turns it came from; a turn already behind a better-ranked fact is
not repeated. ``at`` recalls as of a past moment: later turns and facts not valid then are left out.

Time: among the values an attribute had (Ann lived in Porto, then Lisbon), the one that holds now
(or at ``at``) ranks first, above the others and the turns that stated only them, whatever ranked
the facts; a question about the past ("did", "used to", "before", "以前", "过去") puts the closed
values first, and one naming a period ("in 2023") the values valid then.

Speed: the index is derived from *entries* made when memories are written and kept beside a store
on disk (:mod:`~kg_memory.recall.contents`), so the first recall does not read the store; a large
memory's sentence embeddings are made in the background (the recall uses those that are ready).

The package, one responsibility a module:

``config``      :class:`RecallConfig`, the weights (and :data:`COMPONENTS`)
``recalled``    :class:`Recalled`, what recall returns
``index``       :class:`~kg_memory.recall.index.RecallIndex`, the documents and tables of one namespace
``lexical``     BM25 over term ids (the scores of bm25s, built in one numpy pass)
``contents``    the entries an index derives from, followed at write time and kept on disk
``progress``    progress on stderr for work a user waits for
``embeddings``  the packaged sentence encoder and the embedding cache (keyed by encoder)
``fusion``      the channels (one ranked list per component) and their reciprocal rank fusion
``ranker``      the learned linear ranker, its weights in ``recall_ranker.json`` beside it
``adapter``     the learned query adapter, its matrices in ``recall_adapter.npz`` beside it
``recaller``    :class:`Recaller`: index per namespace, channels, fusion, ranker, top ``k``
``context``     :func:`format_context`, memories as a prompt block
``profile``     :class:`Profile` and :func:`build_profile`, an entity's facts
``relations``   question phrasings (English, Chinese) -> vocabulary predicates: :func:`~.relations.parse_question`
``answers``     the facts answering an entity-and-relation question, current or past, over graph hops

Only ``config``, ``recalled`` and ``context`` are imported with the package (no numpy, no torch);
the rest is imported on first use.

>>> from kg_memory import Memory, Turn
>>> memory = Memory()
>>> _ = memory.remember([Turn("c1", "1", "Ann", "I live in Lisbon."),
...                      Turn("c1", "2", "Bob", "I just bought a red bike.")])
>>> top = memory.recall("Where does Ann live?", k=3)
>>> top[0].text, [t.turn for t in top[0].turns], top[0].why
('Ann lives in Lisbon', ['1'], ('answer#1', 'lexical#1', 'semantic#1', 'graph#1', 'neural#1'))
>>> [(r.text, [t.turn for t in r.turns]) for r in top if r.kind == "fact"]
[('Ann lives in Lisbon', ['1']), ('Bob owns red bike', ['2'])]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import COMPONENTS, RecallConfig
from .context import estimate_tokens, format_context
from .recalled import Recalled

if TYPE_CHECKING:
    from .profile import Profile, build_profile
    from .recaller import Recaller

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

_LAZY = {"Profile": ".profile", "build_profile": ".profile", "Recaller": ".recaller"}


def __getattr__(name: str) -> Any:
    """Import the numpy-backed names on first use, so that ``import kg_memory`` stays cheap."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module, __name__), name)
