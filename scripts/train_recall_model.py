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

The fits are batched: one softmax per conversation for an adapter (its questions share its turns),
one padded softmax over all questions for the ranker (``benchmarks/recall_fit.py`` times them against
the per-question fits they replaced). ``benchmarks/locomo_cv.py`` runs :func:`train` once per fold.

Run (LoCoMo from ``../shared/data``; heavy: under ``flock /tmp/kgmem-heavy.lock nice -n 10``)::

    .venv/bin/python scripts/train_recall_model.py
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from locomo import CachedEncoder, Conversation, Question, load_locomo  # noqa: E402

from kg_memory import Memory  # noqa: E402
from kg_memory.recall import RecallConfig, Recaller  # noqa: E402
from kg_memory.recall.adapter import ADAPTER_FILE, QueryAdapter  # noqa: E402
from kg_memory.recall.embeddings import Encoder, load_encoder  # noqa: E402
from kg_memory.recall.ranker import FEATURES, RANKER_FILE  # noqa: E402

#: (adapter kind, the index's document kind it is fitted on)
KINDS = (("turns", "turns"), ("dialogue", "dialogue"))
TRAIN = (0, 1, 2, 3, 4)


#: One conversation's questions for the adapter fit: question vectors (n, d), the vectors of the
#: conversation's documents (m, d), and which documents are each question's evidence (n, m).
Group = tuple[np.ndarray, np.ndarray, np.ndarray]


def fit_adapter(groups: Sequence[Group], *, l2: float, temperature: float) -> np.ndarray:
    """``W`` for the questions of ``groups`` (see the module docstring): one batched softmax per
    conversation (its questions share its documents), so each step is a few matrix products."""
    data = [(torch.tensor(q), torch.tensor(d), torch.tensor(y, dtype=torch.float32)) for q, d, y in groups]
    data = [(q, d, y / y.sum(1, keepdim=True)) for q, d, y in data if len(q)]
    total = sum(len(q) for q, _, _ in data)
    w = torch.zeros(data[0][0].shape[1], data[0][0].shape[1], requires_grad=True)
    optimizer = torch.optim.LBFGS([w], max_iter=100, history_size=20, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = l2 * (w ** 2).sum()
        for q, d, y in data:
            adapted = q + q @ w.T
            adapted = adapted / adapted.norm(dim=1, keepdim=True)
            loss = loss - (torch.log_softmax(adapted @ d.T / temperature, 1) * y).sum() / total
        loss.backward()
        return loss

    optimizer.step(closure)
    return w.detach().numpy()


def fit_ranker(rows: Sequence[tuple[np.ndarray, np.ndarray]], *, l2: float, lexical_weight: float) -> dict[str, object]:
    """Weights of the linear ranker for (candidate features, labels) pairs, ready for JSON: the
    questions' candidates padded to one (questions, candidates, features) tensor, one softmax."""
    x_all = np.concatenate([x for x, _ in rows])
    mean = np.nanmean(x_all, axis=0)
    scale = np.nanstd(x_all, axis=0) + 1e-6
    encoded = torch.tensor([bool({"semantic", "dialogue"} & set(needs)) for _, needs in FEATURES])
    width = max(len(x) for x, _ in rows)
    z = torch.zeros(len(rows), width, len(mean))
    y = torch.zeros(len(rows), width)
    present = torch.zeros(len(rows), width, dtype=torch.bool)
    for i, (x, labels) in enumerate(rows):
        z[i, :len(x)] = torch.tensor((np.where(np.isnan(x), mean, x) - mean) / scale, dtype=torch.float32)
        y[i, :len(x)] = torch.tensor(labels, dtype=torch.float32) / float(labels.sum())
        present[i, :len(x)] = True
    blocks = [(1.0, z)] + ([(lexical_weight, z.masked_fill(encoded, 0.0))] if lexical_weight else [])
    total = len(rows) * sum(weight for weight, _ in blocks)
    coef = torch.zeros(len(mean), requires_grad=True)
    optimizer = torch.optim.LBFGS([coef], max_iter=200, history_size=20, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = l2 * (coef ** 2).sum()
        for weight, block in blocks:
            logp = torch.log_softmax((block @ coef).masked_fill(~present, -torch.inf), 1).masked_fill(~present, 0.0)
            loss = loss - weight * (logp * y).sum() / total
        loss.backward()
        return loss

    optimizer.step(closure)
    return {"features": [name for name, _ in FEATURES], "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(), "coef": coef.detach().numpy().round(6).tolist(), "intercept": 0.0}


def fit_arguments(parser: argparse.ArgumentParser) -> None:
    """The fitting options (also taken by ``benchmarks/locomo_cv.py``)."""
    parser.add_argument("--adapter-l2", type=float, default=0.1)
    parser.add_argument("--temperature", type=float, default=0.05)
    parser.add_argument("--ranker-l2", type=float, default=1e-2)
    parser.add_argument("--lexical-weight", type=float, default=0.25)


def adapter_groups(recaller: Recaller, conversations: Mapping[int, Conversation], questions: Sequence[Question],
                   encoder: Encoder) -> dict[int, dict[str, Group]]:
    """Each conversation's questions with an evidence turn, as one :data:`Group` per adapter kind."""
    vectors = encoder([q.text for q in questions])
    out: dict[int, dict[str, Group]] = {}
    for c in sorted({q.conversation for q in questions}):
        index = recaller.index(conversations[c].sample_id)
        ids = [t.turn for t in index.turns]
        chosen = [(v, np.asarray([t in q.evidence for t in ids], dtype=np.float32))
                  for q, v in zip(questions, vectors) if q.conversation == c]
        chosen = [(v, y) for v, y in chosen if y.any()]
        if chosen:
            qs, ys = np.stack([v for v, _ in chosen]), np.stack([y for _, y in chosen])
            out[c] = {kind: (qs, index.vectors(docs, encoder), ys) for kind, docs in KINDS}
    return out


def fit_adapters(groups: dict[int, dict[str, Group]], train: Sequence[int], args: argparse.Namespace) -> QueryAdapter:
    """One adapter per kind, fitted on the questions of conversations ``train``."""
    return QueryAdapter({kind: fit_adapter([groups[c][kind] for c in train if c in groups], l2=args.adapter_l2,
                                           temperature=args.temperature) for kind, _ in KINDS})


def train(recaller: Recaller, conversations: Mapping[int, Conversation], questions: Sequence[Question],
          train_on: Sequence[int], groups: dict[int, dict[str, Group]], args: argparse.Namespace,
          adapters: dict[tuple[int, ...], QueryAdapter] | None = None) -> tuple[QueryAdapter, dict[str, object], int]:
    """The adapter and the ranker's weights fitted on conversations ``train_on`` (their audited
    questions among ``questions``), and how many questions the ranker was fitted on. The ranker's
    adapter features of each conversation come from the adapter fitted on the others. ``adapters``
    keeps the adapters fitted, by their conversations, for the next call (cross-validation folds
    share them)."""
    adapters = {} if adapters is None else adapters
    fits: dict[int | None, QueryAdapter] = {}
    for held in (None, *train_on):
        key = tuple(sorted(c for c in train_on if c != held))
        if key not in adapters:
            adapters[key] = fit_adapters(groups, key, args)
            print(f"adapter on conversations {list(key)}: fitted", file=sys.stderr)
        fits[held] = adapters[key]
    rows = []
    for q in questions:
        if q.conversation not in train_on:
            continue
        namespace = conversations[q.conversation].sample_id
        x, candidate, turns = recaller.features(q.text, namespace=namespace, config=RecallConfig(),
                                                adapter=fits[q.conversation])
        y = np.asarray([t.turn in q.evidence for t in turns], dtype=np.float32)[candidate]
        if y.any():
            rows.append((x[candidate], y))
    weights = fit_ranker(rows, l2=args.ranker_l2, lexical_weight=args.lexical_weight)
    return fits[None], weights, len(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "kg_memory" / "recall")
    parser.add_argument("--embedding-cache", type=Path, help="an .npz of MiniLM vectors kept between runs")
    fit_arguments(parser)
    args = parser.parse_args(argv)
    torch.manual_seed(0)
    loaded, questions = load_locomo(args.data)
    conversations = dict(enumerate(loaded))
    questions = [q for q in questions if q.audited and q.conversation in TRAIN]
    encoder: Encoder = load_encoder()
    if args.embedding_cache:
        encoder = CachedEncoder(encoder, args.embedding_cache)
    memory = Memory()
    recaller = Recaller(memory, encoder=encoder)  # an encoder of our own: no packaged adapter
    for i in TRAIN:
        memory.remember(conversations[i].turns, namespace=conversations[i].sample_id)

    groups = adapter_groups(recaller, conversations, questions, encoder)
    adapter, weights, fitted = train(recaller, conversations, questions, TRAIN, groups, args)
    weights = {"about": f"kg-memory recall ranker: linear, softmax over each question's candidate turns, fitted by "
                        f"scripts/train_recall_model.py on LoCoMo conversations {list(TRAIN)} ({fitted} audited "
                        f"questions of categories 1-4 with a candidate evidence turn), L2 {args.ranker_l2}, without "
                        f"the encoder's features at weight {args.lexical_weight}; adapter "
                        f"L2 {args.adapter_l2}, temperature {args.temperature}", **weights}
    adapter.save(args.out / ADAPTER_FILE)
    (args.out / RANKER_FILE).write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    if isinstance(encoder, CachedEncoder):
        encoder.save()
    print(f"wrote {args.out / ADAPTER_FILE} and {args.out / RANKER_FILE}: {weights['about']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
