"""Training the relation classifier: examples from dialogues with gold facts, a seeded loop, temperature.

:func:`examples` turns dialogues and their gold facts into :class:`TurnInput` rows with labelled
argument pairs, with the same featurisation the extractor uses; :func:`train` fits :class:`RelationNet` and then a temperature
on held-out rows (calibration); :func:`save` writes ``weights.npz`` (float16) and ``config.json``.

>>> from kg_memory.extract.model.generate import generate
>>> rows = examples([(g.turns, g.facts) for g in generate(20, seed=2)])
>>> all(0 <= label < len(LABELS) for _, pairs in rows for _, _, label in pairs)
True
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ...types import Turn
from .features import TurnInput, turn_input
from .net import LABELS, RelationNet, batch

__all__ = ["choose_threshold", "examples", "fit_temperature", "save", "shown_examples", "train"]

logger = logging.getLogger(__name__)
#: Turns and gold facts, optionally with the index of the first turn that states them (earlier turns: none).
Dialogue = tuple[Sequence[Turn], Sequence[tuple[str, str, str]]] | tuple[Sequence[Turn], Sequence[tuple[str, str, str]], int]


Row = tuple[TurnInput, list[tuple[int, int, int]]]


def examples(dialogues: Iterable[Dialogue], keep_none: float = 1.0, seed: int = 13) -> list[Row]:
    """Every turn with its argument pairs ``(subject, object, label)``, label the gold predicate or "none" (0).

    A gold fact labels its pair in every turn from the dialogue's first stating turn on (its third
    element, default 0) where both arguments are candidates (the model reads a window of turns); in
    earlier turns (a question answered later) the pair is "none". ``keep_none`` keeps that share of
    the "none" pairs (drawn with ``seed``).
    """
    rng = random.Random(seed)
    index = {label: i for i, label in enumerate(LABELS)}
    rows: list[Row] = []
    for dialogue in dialogues:
        turns, facts = dialogue[0], dialogue[1]
        first = dialogue[2] if len(dialogue) > 2 else 0
        gold = {(s, o): index[p] for s, p, o in facts if p in index}
        for i in range(len(turns)):
            row = turn_input(turns, i)
            labelled = []
            for a, b in row.pairs():
                label = gold.get((row.arguments[a].label, row.arguments[b].label), 0) if i >= first else 0
                if label or rng.random() < keep_none:
                    labelled.append((a, b, label))
            if labelled:
                rows.append((row, labelled))
    return rows


#: A dialogue annotated as a whole (DialogRE's format): turns and ``(subject, predicate, object, triggers)`` facts.
Annotated = tuple[Sequence[Turn], Sequence[tuple[str, str, str, Sequence[str]]]]


def shown_examples(dialogues: Iterable[Annotated], keep_none: float = 0.5, seed: int = 13) -> list[Row]:
    """Rows from dialogues annotated as a whole: a gold pair is labelled only where the model's window shows it.

    The window is the turn and the two before it (as the extractor reads). A gold pair is labelled there
    when both arguments speak or are named in the window and one of its triggers, if it has any, is said
    there; in other windows it is left out, neither the relation nor "none" (the annotation says the pair
    holds, not that this window says so). Pairs nobody annotated are "none", ``keep_none`` of them kept.

    >>> from kg_memory.types import Turn
    >>> turns = [Turn("d", "1", "Speaker 1", "Hi Ann!"), Turn("d", "2", "Speaker 2", "Hi! This is my brother Tom.")]
    >>> rows = shown_examples([(turns, [("Speaker 2", "sibling", "Tom", ["brother"])])], keep_none=0.0)
    >>> [(row.arguments[a].label, row.arguments[b].label, LABELS[label]) for row, pairs in rows for a, b, label in pairs]
    [('Speaker 2', 'Tom', 'sibling')]
    """
    rng = random.Random(seed)
    index = {label: i for i, label in enumerate(LABELS)}
    rows: list[Row] = []
    for turns, facts in dialogues:
        gold = {(s, o): (index[p], [t for t in triggers if t]) for s, p, o, triggers in facts if p in index}
        for i in range(len(turns)):
            row = turn_input(turns, i)
            window = turns[max(0, i - 2):i + 1]
            said = " ".join(t.text for t in window)
            speakers = {t.speaker for t in window}
            labelled = []
            for a, b in row.pairs():
                pair = (row.arguments[a].label, row.arguments[b].label)
                if pair not in gold:
                    if rng.random() < keep_none:
                        labelled.append((a, b, 0))
                    continue
                label, triggers = gold[pair]
                if all(x in speakers or x in said for x in pair) and (not triggers or any(t in said for t in triggers)):
                    labelled.append((a, b, label))
            if labelled:
                rows.append((row, labelled))
    return rows


def _forward(net: RelationNet, rows: Sequence[Row]) -> tuple[torch.Tensor, torch.Tensor]:
    logits = net(*batch([r for r, _ in rows], [[(a, b) for a, b, _ in pairs] for _, pairs in rows]))
    return logits, torch.tensor([label for _, pairs in rows for _, _, label in pairs])


def _logits(net: RelationNet, rows: Sequence[Row], size: int = 256) -> tuple[torch.Tensor, torch.Tensor]:
    net.eval()
    with torch.no_grad():
        parts = [_forward(net, rows[i:i + size]) for i in range(0, len(rows), size)]
    return torch.cat([p[0] for p in parts]), torch.cat([p[1] for p in parts])


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """The temperature minimising the negative log-likelihood of held-out ``labels`` (grid search)."""
    best, best_t = float("inf"), 1.0
    for t in np.arange(0.5, 4.01, 0.05):
        loss = nn.functional.cross_entropy(logits / float(t), labels).item()
        if loss < best:
            best, best_t = loss, float(t)
    return round(best_t, 2)


def choose_threshold(probs: np.ndarray, labels: np.ndarray, precision: float = 0.99) -> float:
    """The least probability at which the held-out facts reach ``precision`` (steps of 0.01, at most 0.99).

    ``probs``: calibrated probabilities ``(pairs, labels)``; ``labels``: the gold label of each pair
    (0 "no relation"). A pair is a fact when its best relation's probability reaches the threshold;
    it is right when that relation is its gold label.

    >>> choose_threshold(np.array([[0.1, 0.9], [0.4, 0.6]]), np.array([1, 0]), precision=0.9)
    0.61
    """
    best = probs[:, 1:].argmax(axis=1) + 1
    p = probs[np.arange(len(best)), best]
    right = best == labels
    for t in (round(0.5 + 0.01 * k, 2) for k in range(50)):
        chosen = p >= t
        if chosen.any() and right[chosen].mean() >= precision:
            return t
    return 0.99


def train(rows: Sequence[Row], epochs: int = 4, seed: int = 13, batch_size: int = 32,
          lr: float = 3e-3, held_out: float = 0.1, budget_s: float | None = None,
          precision: float = 0.99) -> tuple[RelationNet, dict]:
    """Fit a :class:`RelationNet` on ``rows``; return it and a report (losses, temperature, held-out scores)."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    order = list(range(len(rows)))
    rng.shuffle(order)
    cut = max(1, int(len(order) * held_out))
    held = [rows[i] for i in order[:cut]]
    fit = [rows[i] for i in order[cut:]]
    net = RelationNet()
    sparse = [net.words.weight]
    dense = [p for name, p in net.named_parameters() if name != "words.weight"]
    optimisers = [torch.optim.SparseAdam(sparse, lr=lr), torch.optim.Adam(dense, lr=lr)]
    counts = np.bincount([label for _, pairs in fit for _, _, label in pairs], minlength=len(LABELS)).astype(float)
    weights = torch.tensor(np.where(counts > 0, (counts.sum() / np.maximum(counts, 1)) ** 0.3, 1.0), dtype=torch.float)
    weights = weights / weights[0]
    loss_fn = nn.CrossEntropyLoss(weight=weights)
    start = time.perf_counter()
    report: dict = {"turns": len(fit), "pairs": int(counts.sum()), "held_out_turns": len(held), "epochs": []}
    for epoch in range(epochs):
        net.train()
        rng.shuffle(fit)
        total, seen = 0.0, 0
        for i in range(0, len(fit), batch_size):
            logits, labels = _forward(net, fit[i:i + batch_size])
            loss = loss_fn(logits, labels)
            for optimiser in optimisers:
                optimiser.zero_grad()
            loss.backward()
            for optimiser in optimisers:
                optimiser.step()
            total += loss.item() * len(labels)
            seen += len(labels)
        report["epochs"].append(round(total / max(seen, 1), 4))
        logger.info("epoch %d loss %.4f (%.0f s)", epoch + 1, total / max(seen, 1), time.perf_counter() - start)
        if budget_s is not None and time.perf_counter() - start > budget_s:
            break
    logits, labels = _logits(net, held)
    report["temperature"] = fit_temperature(logits, labels)
    probs = torch.softmax(logits / report["temperature"], dim=-1).numpy()
    report["threshold"] = choose_threshold(probs, labels.numpy(), precision)
    report["threshold_precision"] = precision
    predicted = logits.argmax(dim=-1)
    positive = labels != 0
    report["held_out_accuracy"] = round((predicted == labels).float().mean().item(), 4)
    report["held_out_recall"] = round((predicted[positive] == labels[positive]).float().mean().item(), 4) \
        if positive.any() else None
    chosen = predicted != 0
    report["held_out_precision"] = round((predicted[chosen] == labels[chosen]).float().mean().item(), 4) \
        if chosen.any() else None
    report["seconds"] = round(time.perf_counter() - start, 1)
    return net, report


def save(net: RelationNet, report: dict, folder: Path) -> None:
    """Write ``weights.npz`` (float16 tensors) and ``config.json`` (labels, temperature, report) to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {name: value.detach().numpy().astype(np.float16) for name, value in net.state_dict().items()}
    np.savez_compressed(folder / "weights.npz", **arrays)
    config = {"labels": list(LABELS), "temperature": report.get("temperature", 1.0),
              "threshold": report.get("threshold", 0.97), "report": report}
    (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
