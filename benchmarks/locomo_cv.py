"""Cross-validated LoCoMo recall on the tuning conversations: the instrument for choosing a change.

The shipped recall model (query adapter and learned ranker) is fitted on generated chats only
(``scripts/train_recall_model.py``), so LoCoMo is unseen by it; conversations 5-9 are the held-out
check that must not be tuned on. The weights fitted here on LoCoMo folds are a measuring instrument
(LoCoMo is CC BY-NC 4.0): they are never written to the package. This benchmark folds over conversations 0-4 (by default): for each conversation, the adapter AND the
ranker are fitted again on the other four (``scripts/train_recall_model.py``'s own ``train``, the
ranker's adapter features again out of fold inside them), and that conversation's questions are
asked with them. The rows, measured in one run:

- ``BM25 raw turns``: the baseline of ``benchmarks/locomo.py``;
- ``shipped model``: the packaged adapter and ranker (fitted on generated chats: out of sample);
- ``cross-validated``: the estimate of held-out recall of the code as it stands in the working tree
  (a feature added to :data:`kg_memory.recall.ranker.FEATURES` is fitted here before it is shipped).

With ``--refit`` each ``--compare`` row's ranker is fitted again with its own config, and ``--base``
changes the fields of the ``cross-validated`` row itself (its ranker fitted with them): a feature that
:func:`~kg_memory.recall.ranker.turn_features` leaves unknown (NaN) when a field is 0 gets weight 0 in
that fit, as if it were not in :data:`~kg_memory.recall.ranker.FEATURES`. That is the paired instrument
for a new ranker feature: give it a field that switches it off, then ``--base FIELD=0 --refit --compare
FIELD=1`` (``--refit --compare adapter=0``: a ranker fitted without the adapter's features). Without
``--refit`` a row only changes the config the same ranker ranks with. Each refit adds a ranker fit per
fold (one run of ``--base``, ``--refit`` and one row: 1,885 s wall on the loaded 2 shared cores).

Each ``--compare`` row is also given as its paired difference from ``cross-validated`` (question by
question, so both rows' shared difficulty cancels), with a 95% bootstrap interval: a change whose
interval holds 0 is not told apart from noise. For a new ranker feature, the interval's half-width was
about 0.008 of R@10 on the 709 questions of categories 1-4 and 0.02 on the 129 multi-hop ones.

Run (about 5 minutes of CPU with a warm embedding cache; heavy jobs one at a time)::

    flock /tmp/kgmem-heavy.lock nice -n 10 .venv/bin/python benchmarks/locomo_cv.py \\
        --embedding-cache /tmp/kgmem-locomo-minilm.npz
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from locomo import (
    CATEGORIES,
    CachedEncoder,
    Question,
    bm25_baseline,
    chosen_locomo,
    evaluate,
    locomo_arguments,
    recall_ranker,
    remembered,
    summarise,
    table,
)

from kg_memory.recall import RecallConfig, Recaller
from kg_memory.recall.adapter import QueryAdapter, load_adapter
from kg_memory.recall.ranker import LinearRanker, load_ranker

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from train_recall_model import adapter_groups, fit_arguments, train  # noqa: E402


def changed(config: RecallConfig, fields: str) -> RecallConfig:
    """``config`` with ``"name=value,..."`` fields replaced (each value read as the field's type).

    >>> changed(RecallConfig(), "lists=1,list_keep=3").list_keep
    3
    """
    values: dict[str, Any] = {}
    for item in fields.split(","):
        name, _, value = item.partition("=")
        values[name.strip()] = type(getattr(config, name.strip()))(value)
    return dataclasses.replace(config, **values)


#: The groups and measures of the paired differences.
DIFFERENCE_GROUPS = ("all 1-4", "multi-hop", "adversarial (5)")
DIFFERENCE_MEASURES = ("R@10", "hit@5")


def paired_interval(new: Sequence[float], old: Sequence[float], *, resamples: int = 2000,
                    seed: int = 0) -> tuple[float, float, float]:
    """The mean of ``new - old`` (one pair per question) and its 95% bootstrap interval.

    >>> paired_interval([1.0, 1.0, 0.5, 1.0], [0.0, 1.0, 0.5, 1.0])
    (0.25, 0.0, 0.75)
    """
    d = np.asarray(new, dtype=np.float64) - np.asarray(old, dtype=np.float64)
    if not len(d):
        raise ValueError("no questions to compare")
    means = d[np.random.default_rng(seed).integers(0, len(d), size=(resamples, len(d)))].mean(axis=1)
    return float(d.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def group_of(q: Question) -> list[str]:
    """The groups of :data:`DIFFERENCE_GROUPS` a question counts in (as in ``summarise``)."""
    if q.audited:
        return ["all 1-4", CATEGORIES[q.category]]
    return ["adversarial (5)"] if q.category == 5 else []


def differences(rows: dict[str, list[dict[str, float]]], questions: Sequence[Question],
                base: str = "cross-validated") -> dict[str, dict[str, dict[str, tuple[float, float, float]]]]:
    """Each other cross-validated row's paired difference from ``base`` (:func:`paired_interval`), by
    group of :data:`DIFFERENCE_GROUPS` and measure of :data:`DIFFERENCE_MEASURES`."""
    out: dict[str, dict[str, dict[str, tuple[float, float, float]]]] = {}
    for name, found in rows.items():
        if name == base or not name.startswith(base):
            continue
        for group in DIFFERENCE_GROUPS:
            chosen = [i for i, q in enumerate(questions) if group in group_of(q)]
            if chosen:
                out.setdefault(name, {})[group] = {
                    m: paired_interval([found[i][m] for i in chosen], [rows[base][i][m] for i in chosen])
                    for m in DIFFERENCE_MEASURES}
    return out


def difference_table(found: dict[str, dict[str, dict[str, tuple[float, float, float]]]]) -> str:
    """:func:`differences` as text: the mean difference and its interval."""
    lines = ["\nPaired differences from 'cross-validated' (mean [95% bootstrap interval], per question)",
             f"{'method':<40}{'questions':<18}" + "".join(f"{m:>26}" for m in DIFFERENCE_MEASURES)]
    for name, groups in found.items():
        for group, measures in groups.items():
            lines.append(f"{name:<40}{group:<18}" + "".join(
                f"{f'{d:+.3f} [{lo:+.3f}, {hi:+.3f}]':>26}" for d, lo, hi in measures.values()))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    locomo_arguments(parser, quick=None)
    parser.add_argument("--embedding-cache", type=Path,
                        help="an .npz file keeping MiniLM vectors of turns and questions between runs")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--compare", action="append", default=[], metavar="FIELD=VALUE,...",
                        help="also a cross-validated row with these RecallConfig fields changed (repeatable), "
                             "e.g. lists=1,list_keep=5")
    parser.add_argument("--base", default="", metavar="FIELD=VALUE,...",
                        help="the RecallConfig fields of the cross-validated row (its ranker fitted with them)")
    parser.add_argument("--refit", action="store_true",
                        help="fit each --compare row's ranker again with its own config")
    fit_arguments(parser)
    args = parser.parse_args(argv)
    args.conversations = args.conversations or "0,1,2,3,4"
    found = chosen_locomo(args)
    if found is None:
        return 2
    convs, questions = found
    if len(convs) < 3:  # a fold's ranker is fitted on adapter features from out of its own fold too
        parser.error("cross-validation needs at least three conversations")
    if any(c >= 5 for c in convs):
        print("warning: conversations 5-9 are the held-out check; do not choose on them", file=sys.stderr)
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    memory, encoder = remembered(convs, args.embedding_cache)
    fitting = Recaller(memory, encoder=encoder)  # an encoder of our own: no packaged adapter
    audited = [q for q in questions if q.audited]
    groups = adapter_groups(fitting, convs, audited, encoder)

    rows: dict[str, list[dict[str, float]]] = {}
    rows["BM25 raw turns"] = evaluate(bm25_baseline(list(convs.values())), convs, questions)
    shipped = load_ranker()
    if shipped is not None:  # None when FEATURES changed since the shipped weights were fitted
        recaller = Recaller(memory, encoder=encoder, adapter=load_adapter(), ranker=shipped)
        rows["shipped model (in-sample)"] = evaluate(recall_ranker(recaller, recaller.config), convs, questions)
    base = changed(RecallConfig(), args.base) if args.base else RecallConfig()
    variants = {"cross-validated": base}
    variants.update((f"cross-validated {v}", changed(base, v)) for v in args.compare)
    folded: dict[str, dict[int, dict[str, float]]] = {name: {} for name in variants}
    adapters: dict[tuple[int, ...], QueryAdapter] = {}  # folds share the adapters of the same conversations
    for held in convs:
        train_on = [c for c in convs if c != held]
        adapter, weights, _ = train(fitting, convs, audited, train_on, groups, args, adapters, config=base)
        asked = [q for q in questions if q.conversation == held]
        for name, config in variants.items():
            fitted = weights
            if args.refit and config != base:
                fitted = train(fitting, convs, audited, train_on, groups, args, adapters, config=config)[1]
            recaller = Recaller(memory, encoder=encoder, adapter=adapter, ranker=LinearRanker.from_json(fitted))
            folded[name].update(zip((id(q) for q in asked), evaluate(recall_ranker(recaller, config), convs, asked)))
        print(f"fold {held}: done", file=sys.stderr)
    for name in variants:
        rows[name] = [folded[name][id(q)] for q in questions]
    if isinstance(encoder, CachedEncoder):
        encoder.save()

    results = {name: summarise(r, questions) for name, r in rows.items()}
    compared = differences(rows, questions)
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
    if args.format == "json":
        print(json.dumps({"conversations": sorted(convs), "results": results, "differences": compared,
                          "cpu_s": cpu, "wall_s": wall}, indent=2))
        return 0
    print(f"LoCoMo recall, {len(convs)}-fold cross-validation over conversations {sorted(convs)} "
          f"({sum(q.audited for q in questions)} audited questions of categories 1-4)")
    print(table("By category", results, ["all 1-4", *CATEGORIES.values(), "adversarial (5)"]))
    if compared:
        print(difference_table(compared))
    print(f"\n{cpu:.0f} s CPU, {wall:.0f} s wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
