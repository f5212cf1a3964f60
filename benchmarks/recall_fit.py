"""Speed of fitting the recall model: batched fits against the per-question fits they replaced.

``scripts/train_recall_model.py`` fits its query adapters and its ranker with one softmax per
conversation (the adapter) and one padded softmax over all questions (the ranker). Before, each
question's softmax was a term of a Python sum; those fits are kept here (:func:`per_question_adapter`,
:func:`per_question_ranker`) as the baseline, on the same LoCoMo data (the audited questions of
``--conversations``, default 0 alone: the per-question fit of all five takes over ten minutes of CPU), in
the same run. Printed: CPU and wall seconds of each, the ratio, and how far apart the
two fits' weights are (float32 sums in another order: L-BFGS stops within ~1e-3 of the same optimum).

Run::

    flock /tmp/kgmem-heavy.lock nice -n 10 .venv/bin/python benchmarks/recall_fit.py \\
        --embedding-cache /tmp/kgmem-locomo-minilm.npz
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from locomo import chosen_locomo, locomo_arguments, remembered

from kg_memory.recall import RecallConfig, Recaller
from kg_memory.recall.ranker import FEATURES

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from train_recall_model import adapter_groups, fit_adapter, fit_adapters, fit_arguments, fit_ranker  # noqa: E402


def softmax_loss(scores: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Cross-entropy of the evidence (``labels`` 1) under a softmax over ``scores``."""
    return -(torch.log_softmax(scores, 0) * labels).sum() / labels.sum()


def per_question_adapter(questions: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]], *, l2: float,
                         temperature: float) -> np.ndarray:
    """The adapter fit as it was: (question vector, document vectors, labels) triples, one softmax each."""
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


def per_question_ranker(rows: Sequence[tuple[np.ndarray, np.ndarray]], *, l2: float,
                        lexical_weight: float) -> np.ndarray:
    """The ranker fit as it was: one softmax per question (and per question without the encoder)."""
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
    return coef.detach().numpy()


def timed(fit: Callable[[], Any]) -> tuple[Any, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    out = fit()
    return out, time.process_time() - cpu, time.perf_counter() - wall


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    locomo_arguments(parser, quick=None)
    parser.add_argument("--embedding-cache", type=Path, help="an .npz of MiniLM vectors kept between runs")
    fit_arguments(parser)
    args = parser.parse_args(argv)
    args.conversations = args.conversations or "0"
    found = chosen_locomo(args)
    if found is None:
        return 2
    convs, questions = found
    audited = [q for q in questions if q.audited]
    memory, encoder = remembered(convs, args.embedding_cache)
    recaller = Recaller(memory, encoder=encoder)
    groups = adapter_groups(recaller, convs, audited, encoder)
    turns = [groups[c]["turns"] for c in convs if c in groups]
    flat = [(q, d, y) for qs, d, ys in turns for q, y in zip(qs, ys)]
    torch.manual_seed(0)
    settings = {"l2": args.adapter_l2, "temperature": args.temperature}
    old, old_cpu, old_wall = timed(lambda: per_question_adapter(flat, **settings))
    new, new_cpu, new_wall = timed(lambda: fit_adapter(turns, **settings))
    lines = [(f"adapter (turns, {len(flat)} questions)", old_cpu, old_wall, new_cpu, new_wall, float(np.abs(old - new).max()))]

    adapter = fit_adapters(groups, list(convs), args)
    rows = []
    for q in audited:
        x, candidate, ts = recaller.features(q.text, namespace=convs[q.conversation].sample_id,
                                             config=RecallConfig(), adapter=adapter)
        y = np.asarray([t.turn in q.evidence for t in ts], dtype=np.float32)[candidate]
        if y.any():
            rows.append((x[candidate], y))
    ranker = {"l2": args.ranker_l2, "lexical_weight": args.lexical_weight}
    old, old_cpu, old_wall = timed(lambda: per_question_ranker(rows, **ranker))
    weights, new_cpu, new_wall = timed(lambda: fit_ranker(rows, **ranker))
    lines.append((f"ranker ({len(rows)} questions)", old_cpu, old_wall, new_cpu, new_wall,
                  float(np.abs(old - np.asarray(weights["coef"])).max())))
    print(f"{'fit':<34}{'per-question CPU s':>19}{'wall s':>8}{'batched CPU s':>15}{'wall s':>8}"
          f"{'CPU ratio':>11}{'max |diff|':>12}")
    for name, oc, ow, nc, nw, diff in lines:
        print(f"{name:<34}{oc:>19.1f}{ow:>8.1f}{nc:>15.1f}{nw:>8.1f}{oc / max(nc, 1e-9):>10.1f}x{diff:>12.2e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
