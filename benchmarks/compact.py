"""Benchmark of compaction on LoCoMo: recall@10 after keeping half of each conversation's turns.

Each LoCoMo conversation is remembered (rule extraction, as in ``benchmarks/locomo.py``) into three
kinds of namespace:

* ``full``: every turn;
* ``importance 50%``: ``Memory.compact(max_turns=half)``, the least important turns removed
  (:mod:`kg_memory.importance`);
* ``random 50%``: the same number of turns removed, chosen at random (``--seeds`` draws, averaged),
  through the same store call (``Store.strip_turns``), so only the choice differs.

A removed turn loses its text; where a fact was extracted from it, a stub stays so the fact keeps its
source (the fact itself is never removed). Every audited question of categories 1-4 is then asked
(``Recaller.recall``, the same recall as ``benchmarks/locomo.py``), and

    R@10 = |gold evidence turns & turns behind the top 10 memories| / |gold evidence turns|

(a fact's memory is the turns it came from). A text-less stub returned as a turn is no memory at all
for a user, so it is skipped, and the next memory takes its place (recall asked for 10 + 40 memories).
The loss is the full memory's R@10 minus the compacted one's (target: <= 0.05 for importance).

Run::

    .venv/bin/python benchmarks/compact.py --quick     # conversations 0 and 1
    .venv/bin/python benchmarks/compact.py             # all 10
    .venv/bin/python benchmarks/compact.py --embedding-cache /tmp/locomo-emb.npz   # MiniLM vectors kept

LoCoMo is read from ``--data`` (default ``../shared/data``) and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from locomo import CATEGORIES, CachedEncoder, Conversation, Question, chosen_locomo, locomo_arguments  # noqa: E402

from kg_memory import Memory, ids  # noqa: E402
from kg_memory.recall import Recaller  # noqa: E402

K = 10
EXTRA = 40


def remember(memory: Memory, conv: Conversation, namespace: str) -> None:
    memory.remember(conv.turns, namespace=namespace)


def strip_random(memory: Memory, namespace: str, n: int, seed: int) -> None:
    turns = [t for t in memory.turns(namespace=namespace) if t.text]
    chosen = random.Random(seed).sample(turns, n)
    memory.store.strip_turns([ids.turn_iri(t.conversation, t.turn) for t in chosen], namespace=namespace)
    memory._changed(namespace)  # the store was written behind the Memory's back: refresh recall's index


def evaluate(recaller: Recaller, namespace: str, questions: Sequence[Question]) -> list[dict[str, float]]:
    rows = []
    for q in questions:
        found = recaller.recall(q.text, K + EXTRA, namespace=namespace)
        shown = [r for r in found if r.kind != "turn" or (r.turn is not None and r.turn.text)][:K]
        behind = {t.turn for r in shown for t in r.turns}
        hits = len(q.evidence & behind)
        first = list(dict.fromkeys(t.turn for r in shown for t in r.turns))[:K]
        rows.append({"R@10": hits / len(q.evidence), "hit@10": float(hits > 0),
                     "R@10t": len(q.evidence & set(first)) / len(q.evidence)})
    return rows


def mean(rows: Sequence[dict[str, float]], key: str) -> float:
    return statistics.fmean(r[key] for r in rows) if rows else float("nan")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    locomo_arguments(parser)
    parser.add_argument("--keep", type=float, default=0.5, help="share of the turns kept")
    parser.add_argument("--seeds", type=int, default=3, help="random draws averaged")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--embedding-cache", type=Path, help="an .npz file keeping MiniLM vectors between runs")
    args = parser.parse_args(argv)
    found = chosen_locomo(args)
    if found is None:
        return 2
    conversations, questions = found
    chosen = list(conversations)
    memory = Memory()
    encoder = None
    if args.embedding_cache:
        from kg_memory.recall.embeddings import load_encoder

        encoder = CachedEncoder(load_encoder(), args.embedding_cache)
    recaller = Recaller(memory, encoder=encoder)
    methods = ["full", f"importance {args.keep:.0%}"] + [f"random {args.keep:.0%} #{s}" for s in range(args.seeds)]
    rows: dict[str, list[dict[str, float]]] = {m: [] for m in methods}
    asked: list[Question] = []
    timing: dict[str, float] = {"compact_s": 0.0}
    kept_turns: dict[str, list[int]] = {m: [] for m in methods}
    for i in chosen:
        conv = conversations[i]
        qs = [q for q in questions if q.conversation == i and q.audited and q.category in CATEGORIES]
        asked += qs
        n_turns = len(conv.turns)
        remove = n_turns - int(round(n_turns * args.keep))
        for m in methods:
            ns = f"{conv.sample_id}|{m}"
            remember(memory, conv, ns)
            if m.startswith("importance"):
                start = time.perf_counter()
                memory.compact(max_turns=n_turns - remove, namespace=ns)
                timing["compact_s"] += time.perf_counter() - start
            elif m.startswith("random"):
                strip_random(memory, ns, remove, seed=1000 * i + int(m.rsplit("#", 1)[1]))
            kept_turns[m].append(sum(1 for t in memory.turns(namespace=ns) if t.text))
            rows[m] += evaluate(recaller, ns, qs)
        print(f"conversation {i}: {n_turns} turns, {len(qs)} questions, "
              + ", ".join(f"{m} R@10 {mean(rows[m][-len(qs):], 'R@10'):.3f}" for m in methods), file=sys.stderr)
    if isinstance(encoder, CachedEncoder):
        encoder.save()

    def summary(method_rows: list[dict[str, float]], subset: list[int] | None = None) -> dict[str, float]:
        picked = method_rows if subset is None else [method_rows[j] for j in subset]
        return {k: mean(picked, k) for k in ("R@10", "hit@10", "R@10t")}

    randoms = [m for m in methods if m.startswith("random")]
    result: dict[str, dict[str, float]] = {m: summary(rows[m]) for m in methods[:2]}
    result[f"random {args.keep:.0%} (mean of {args.seeds})"] = {
        k: statistics.fmean(summary(rows[m])[k] for m in randoms) for k in ("R@10", "hit@10", "R@10t")}
    by_category = {}
    for cat, name in CATEGORIES.items():
        subset = [j for j, q in enumerate(asked) if q.category == cat]
        by_category[name] = {"n": len(subset), "full": summary(rows["full"], subset)["R@10"],
                             "importance": summary(rows[methods[1]], subset)["R@10"],
                             "random": statistics.fmean(summary(rows[m], subset)["R@10"] for m in randoms)}
    full = result["full"]["R@10"]
    report = {"conversations": chosen, "questions": len(asked), "keep": args.keep, "seeds": args.seeds,
              "turns_kept": {m: sum(v) for m, v in kept_turns.items()},
              "turns_total": sum(len(conversations[i].turns) for i in chosen),
              "compact_s_per_conversation": timing["compact_s"] / len(chosen),
              "results": {m: {**r, "loss_R@10": full - r["R@10"]} for m, r in result.items()},
              "by_category_R@10": by_category}
    if args.format == "json":
        print(json.dumps(report, indent=2))
        return 0
    print(f"LoCoMo compaction: {len(chosen)} conversations, {len(asked)} audited questions (categories 1-4), "
          f"{report['turns_total']} turns; keep {args.keep:.0%} of each conversation's turns")
    print(f"\n{'memory':<28}{'turns kept':>11}{'R@10':>8}{'loss':>8}{'hit@10':>8}{'R@10t':>8}")
    for m, r in report["results"].items():
        kept = report["turns_kept"].get(m, round(statistics.fmean(report["turns_kept"][x] for x in randoms)))
        print(f"{m:<28}{kept:>11}{r['R@10']:>8.3f}{r['loss_R@10']:>8.3f}{r['hit@10']:>8.3f}{r['R@10t']:>8.3f}")
    print(f"\n{'R@10 by category':<20}{'n':>6}{'full':>8}{'importance':>12}{'random':>8}")
    for name, c in by_category.items():
        print(f"{name:<20}{c['n']:>6}{c['full']:>8.3f}{c['importance']:>12.3f}{c['random']:>8.3f}")
    print(f"\ncompaction (importance + strip): {report['compact_s_per_conversation']:.2f} s per conversation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
