"""Fit the recall model shipped as ``kg_memory/recall/recall_adapter.npz`` and ``.../recall_ranker.json``.

Both are fitted on LoCoMo conversations 0-4 only (the audited questions of categories 1-4), so
``benchmarks/locomo.py --split`` reports conversations 5-9 as held out.

1. Query adapters (:class:`kg_memory.recall.adapter.QueryAdapter`), one for the turns and one for
   the turns read with the turn before them: ``W`` minimises, over the questions, the softmax
   cross-entropy of the evidence turns among all the conversation's turns, scored by the cosine
   with ``normalise(q + W q)`` at temperature ``--temperature``, plus ``--adapter-l2 * |W|^2``
   (L-BFGS from ``W = 0``, deterministic).
2. The linear ranker (:class:`kg_memory.recall.ranker.LinearRanker`): the same softmax loss over each
   question's candidate turns, on the :data:`kg_memory.recall.ranker.FEATURES` (standardised), plus
   ``--ranker-l2 * |w|^2``. The adapter features of a conversation's questions come from the
   adapter fitted on the *other* four conversations, so the ranker learns how far an adapter can
   be trusted on conversations it has not seen. Every question also counts once more, with weight
   ``--lexical-weight``, with the sentence encoder's features at their mean (as when the semantic
   parts are off): the same weights then still rank well without them.

Run (about 3 minutes on 2 cores; LoCoMo from ``../shared/data``)::

    .venv/bin/python scripts/train_recall_model.py
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from locomo import CachedEncoder, load_locomo  # noqa: E402

from kg_memory import Memory  # noqa: E402
from kg_memory.recall import RecallConfig, Recaller  # noqa: E402
from kg_memory.recall.adapter import ADAPTER_FILE, QueryAdapter  # noqa: E402
from kg_memory.recall.embeddings import load_encoder  # noqa: E402
from kg_memory.recall.ranker import FEATURES, RANKER_FILE  # noqa: E402

#: (adapter kind, the index's document kind it is fitted on)
KINDS = (("turns", "turns"), ("dialogue", "dialogue"))
TRAIN = (0, 1, 2, 3, 4)


def softmax_loss(scores: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Cross-entropy of the evidence (``labels`` 1) under a softmax over ``scores``."""
    return -(torch.log_softmax(scores, 0) * labels).sum() / labels.sum()


def fit_adapter(questions: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]], *, l2: float,
                temperature: float) -> np.ndarray:
    """``W`` for (question vector, document vectors, labels) triples (see the module docstring)."""
    q = torch.tensor(np.stack([x for x, _, _ in questions]))
    docs = [(torch.tensor(d), torch.tensor(y, dtype=torch.float32)) for _, d, y in questions]
    w = torch.zeros(q.shape[1], q.shape[1], requires_grad=True)
    optimizer = torch.optim.LBFGS([w], max_iter=100, history_size=20, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        adapted = q + q @ w.T
        adapted = adapted / adapted.norm(dim=1, keepdim=True)
        loss = sum(softmax_loss(d @ a / temperature, y) for a, (d, y) in zip(adapted, docs)) / len(docs)
        loss = loss + l2 * (w ** 2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return w.detach().numpy()


def fit_ranker(rows: Sequence[tuple[np.ndarray, np.ndarray]], *, l2: float, lexical_weight: float) -> dict[str, object]:
    """Weights of the linear ranker for (candidate features, labels) pairs, ready for JSON."""
    x_all = np.concatenate([x for x, _ in rows])
    mean = np.nanmean(x_all, axis=0)
    scale = np.nanstd(x_all, axis=0) + 1e-6
    encoded = torch.tensor([bool({"semantic", "dialogue"} & set(needs)) for _, needs in FEATURES])
    data = []
    for x, y in rows:
        z = torch.tensor((np.where(np.isnan(x), mean, x) - mean) / scale, dtype=torch.float32)
        data.append((1.0, z, torch.tensor(y, dtype=torch.float32)))
        if lexical_weight:
            data.append((lexical_weight, z.masked_fill(encoded, 0.0), data[-1][2]))
    total = sum(w for w, _, _ in data)
    coef = torch.zeros(len(mean), requires_grad=True)
    optimizer = torch.optim.LBFGS([coef], max_iter=200, history_size=20, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = sum(w * softmax_loss(z @ coef, y) for w, z, y in data) / total + l2 * (coef ** 2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return {"features": [name for name, _ in FEATURES], "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(), "coef": coef.detach().numpy().round(6).tolist(), "intercept": 0.0}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "kg_memory" / "recall")
    parser.add_argument("--embedding-cache", type=Path, help="an .npz of MiniLM vectors kept between runs")
    parser.add_argument("--adapter-l2", type=float, default=0.1)
    parser.add_argument("--temperature", type=float, default=0.05)
    parser.add_argument("--ranker-l2", type=float, default=1e-2)
    parser.add_argument("--lexical-weight", type=float, default=0.25)
    args = parser.parse_args(argv)
    torch.manual_seed(0)
    conversations, questions = load_locomo(args.data)
    questions = [q for q in questions if q.audited and q.conversation in TRAIN]
    encoder = load_encoder()
    if args.embedding_cache:
        encoder = CachedEncoder(encoder, args.embedding_cache)
    memory = Memory()
    recaller = Recaller(memory, encoder=encoder)  # an encoder of our own: no packaged adapter
    for i in TRAIN:
        memory.remember(conversations[i].turns, namespace=conversations[i].sample_id)

    # 1. adapters: one per kind on all five conversations, and each conversation's out-of-fold one
    vectors = encoder([q.text for q in questions])
    labelled = []
    for q, v in zip(questions, vectors):
        index = recaller.index(conversations[q.conversation].sample_id)
        labels = np.asarray([t.turn in q.evidence for t in index.turns], dtype=np.float32)
        if labels.any():
            labelled.append((q.conversation, v, index, labels))
    fits: dict[int | None, QueryAdapter] = {}
    for held in (None, *TRAIN):
        matrices = {}
        for kind, docs in KINDS:
            rows = [(v, index.vectors(docs, encoder), y) for conv, v, index, y in labelled if conv != held]
            matrices[kind] = fit_adapter(rows, l2=args.adapter_l2, temperature=args.temperature)
        fits[held] = QueryAdapter(matrices)
        print(f"adapter without conversation {held}: fitted", file=sys.stderr)

    # 2. the ranker, on out-of-fold adapter features
    rows = []
    for q in questions:
        namespace = conversations[q.conversation].sample_id
        x, candidate, turns = recaller.features(q.text, namespace=namespace, config=RecallConfig(),
                                                adapter=fits[q.conversation])
        y = np.asarray([t.turn in q.evidence for t in turns], dtype=np.float32)[candidate]
        if y.any():
            rows.append((x[candidate], y))
    weights = fit_ranker(rows, l2=args.ranker_l2, lexical_weight=args.lexical_weight)
    weights = {"about": f"kg-memory recall ranker: linear, softmax over each question's candidate turns, fitted by "
                        f"scripts/train_recall_model.py on LoCoMo conversations {list(TRAIN)} ({len(rows)} audited "
                        f"questions of categories 1-4 with a candidate evidence turn), L2 {args.ranker_l2}, without "
                        f"the encoder's features at weight {args.lexical_weight}; adapter "
                        f"L2 {args.adapter_l2}, temperature {args.temperature}", **weights}
    fits[None].save(args.out / ADAPTER_FILE)
    (args.out / RANKER_FILE).write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    if isinstance(encoder, CachedEncoder):
        encoder.save()
    print(f"wrote {args.out / ADAPTER_FILE} and {args.out / RANKER_FILE}: {weights['about']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
