"""Cross-validated LoCoMo recall on the tuning conversations: the instrument for choosing a change.

The shipped recall model (query adapter and learned ranker) is fitted on conversations 0-4, so its
figures there are in-sample, and conversations 5-9 are the held-out check that must not be tuned on.
This benchmark folds over conversations 0-4 (by default): for each conversation, the adapter AND the
ranker are fitted again on the other four (``scripts/train_recall_model.py``'s own ``train``, the
ranker's adapter features again out of fold inside them), and that conversation's questions are
asked with them. The rows, measured in one run:

- ``BM25 raw turns``: the baseline of ``benchmarks/locomo.py``;
- ``shipped model``: the packaged adapter and ranker (in-sample on 0-4: an upper bound, not an estimate);
- ``cross-validated``: the estimate of held-out recall of the code as it stands in the working tree
  (a feature added to :data:`kg_memory.recall.ranker.FEATURES` is fitted here before it is shipped).

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

from locomo import (
    CATEGORIES,
    CachedEncoder,
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    locomo_arguments(parser, quick=None)
    parser.add_argument("--embedding-cache", type=Path,
                        help="an .npz file keeping MiniLM vectors of turns and questions between runs")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--compare", action="append", default=[], metavar="FIELD=VALUE,...",
                        help="also a cross-validated row with these RecallConfig fields changed (repeatable), "
                             "e.g. lists=1,list_keep=5")
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
    variants = {"cross-validated": RecallConfig()}
    variants.update((f"cross-validated {v}", changed(RecallConfig(), v)) for v in args.compare)
    folded: dict[str, dict[int, dict[str, float]]] = {name: {} for name in variants}
    adapters: dict[tuple[int, ...], QueryAdapter] = {}  # folds share the adapters of the same conversations
    for held in convs:
        adapter, weights, _ = train(fitting, convs, audited, [c for c in convs if c != held], groups, args, adapters)
        recaller = Recaller(memory, encoder=encoder, adapter=adapter, ranker=LinearRanker.from_json(weights))
        asked = [q for q in questions if q.conversation == held]
        for name, config in variants.items():
            folded[name].update(zip((id(q) for q in asked), evaluate(recall_ranker(recaller, config), convs, asked)))
        print(f"fold {held}: done", file=sys.stderr)
    for name in variants:
        rows[name] = [folded[name][id(q)] for q in questions]
    if isinstance(encoder, CachedEncoder):
        encoder.save()

    results = {name: summarise(r, questions) for name, r in rows.items()}
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
    if args.format == "json":
        print(json.dumps({"conversations": sorted(convs), "results": results, "cpu_s": cpu, "wall_s": wall}, indent=2))
        return 0
    print(f"LoCoMo recall, {len(convs)}-fold cross-validation over conversations {sorted(convs)} "
          f"({sum(q.audited for q in questions)} audited questions of categories 1-4)")
    print(table("By category", results, ["all 1-4", *CATEGORIES.values(), "adversarial (5)"]))
    print(f"\n{cpu:.0f} s CPU, {wall:.0f} s wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
