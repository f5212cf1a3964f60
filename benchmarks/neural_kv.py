"""Benchmark of the key-value memory (``Memory.neural()``) on a memory of facts only.

The facts and templated questions are those of ``benchmarks/facts_only.py`` (made-up people in
English and Chinese: where they live, who employs them, a sibling, a spouse; some moved, so their
old home is a closed fact). A question counts at 1 when the first fact the key-value read returns
(``KeyValueMemory.ask(question, 1)``: attention alone, no lexical or graph channel) is the answering
fact. The key-value memory holds current facts only (closed facts leave it), so the "where did ...
live before" questions are left out of both columns.

Beside it in the same run, on the same questions: ``Memory.recall``
(``RecallConfig().without("semantic", "dialogue")``, as ``facts_only.py --lexical``: lexical, graph,
answers and the key-value memory itself as its dense fact channel), first memory recalled. ``--direct`` builds the key-value memory from the generated facts without a store (for a
million facts, whose store ingestion takes too long here) and skips the baseline.

Run::

    nice -n 10 .venv/bin/python benchmarks/neural_kv.py --facts 100000
    nice -n 10 .venv/bin/python benchmarks/neural_kv.py --facts 1000000 --direct
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_only import Question, generate  # noqa: E402

from kg_memory import Entity, Fact, Memory  # noqa: E402
from kg_memory.recall import RecallConfig  # noqa: E402


def answers(fact: Fact | None, q: Question) -> bool:
    if fact is None:
        return False
    obj = fact.object.label if isinstance(fact.object, Entity) else str(fact.object)
    return fact.predicate == q.predicate and {fact.subject.label, obj} == {q.subject, q.answer}


def measure(ask: Callable[[str], Fact | None], questions: Sequence[Question]) -> dict[str, object]:
    by_kind: dict[str, list[bool]] = defaultdict(list)
    latencies, cpu = [], []
    for q in questions:
        start, start_cpu = time.perf_counter(), time.process_time()
        fact = ask(q.text)
        latencies.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        by_kind[f"{q.kind} ({q.language})"].append(answers(fact, q))
    latencies.sort()
    cpu.sort()
    every = [ok for oks in by_kind.values() for ok in oks]
    return {"top1": statistics.mean(every), "by_kind": {k: statistics.mean(v) for k, v in sorted(by_kind.items())},
            "p50": latencies[len(latencies) // 2], "p95": latencies[int(len(latencies) * 0.95)],
            "cpu_p50": cpu[len(cpu) // 2]}


def current(facts: Sequence[Fact]) -> list[Fact]:
    """The facts a store keeps current: the latest home of each person (the earlier one is closed)."""
    home: dict[str, Fact] = {}
    for f in facts:
        if f.predicate == "livesIn":
            home[f.subject.label] = f
    return [f for f in facts if f.predicate != "livesIn" or home[f.subject.label] is f]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--direct", action="store_true", help="build from the generated facts, no store, no baseline")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    facts, questions = generate(args.facts, args.questions, args.seed)
    asked = [q for q in questions if q.kind != "livesIn/past"]
    rows: dict[str, dict[str, object]] = {}
    timings: dict[str, float] = {}
    if args.direct:
        from kg_memory.neural import KeyValueMemory

        start = time.perf_counter()
        kv = KeyValueMemory()
        kv.update(current(facts))
        timings["kv build"] = time.perf_counter() - start
    else:
        config = RecallConfig().without("semantic", "dialogue")
        memory = Memory(recall_config=config)
        start = time.perf_counter()
        for i in range(0, len(facts), 10_000):
            memory.add_facts(facts[i:i + 10_000])
        timings["store add"] = time.perf_counter() - start
        start = time.perf_counter()
        kv = memory.neural()
        timings["kv build (Memory.neural)"] = time.perf_counter() - start
        start = time.perf_counter()
        memory.recall("Where does anyone live?", 1)
        timings["recall index build"] = time.perf_counter() - start

        def recall_top(text: str) -> Fact | None:
            found = memory.recall(text, 5)
            return found[0].fact if found else None

        rows["recall (answers, graph, lexical, neural)"] = measure(recall_top, asked)
        # an update: 1% new people, one forgotten fact
        extra, _ = generate(max(4, args.facts // 100), 0, args.seed + 1)
        memory.add_facts(extra)
        memory.forget(fact=kv.facts[0].iri)
        start = time.perf_counter()
        memory.neural()
        timings[f"kv update (+{len(extra)} facts, 1 forgotten)"] = time.perf_counter() - start
    rows["key-value read (attention)"] = measure(lambda text: next(iter(kv.ask(text, 1).facts), None), asked)

    key_bytes = kv.keys.element_size() * kv.keys.nelement() + kv.values.element_size() * kv.values.nelement()
    print(f"facts-only key-value memory: {len(facts)} facts generated, {len(kv)} current in the memory "
          f"({kv.keys.shape[0]} keys, {kv.centroids.shape[0]} index lists), {len(asked)} questions "
          f"(past-home questions left out)")
    base = rows.get("recall (answers, graph, lexical, neural)")
    print(f"{'method':<32}{'top-1':>8}{'p50 ms':>9}{'p95 ms':>9}{'CPU p50':>9}" + ("   ratio to baseline (top-1, p50)" if base else ""))
    for name, r in rows.items():
        ratio = (f"   {float(r['top1']) / max(float(base['top1']), 1e-9):.2f}x, "  # type: ignore[arg-type]
                 f"1/{float(base['p50']) / max(float(r['p50']), 1e-9):.0f}") if base and r is not base else ""  # type: ignore[arg-type]
        print(f"{name:<32}{float(r['top1']):>8.3f}{float(r['p50']):>9.1f}{float(r['p95']):>9.1f}{float(r['cpu_p50']):>9.1f}{ratio}")  # type: ignore[arg-type]
    print("top-1 by question kind:")
    for kind in rows["key-value read (attention)"]["by_kind"]:  # type: ignore[union-attr]
        cells = "  ".join(f"{name.split(',')[0].split(' (')[0]} {r['by_kind'][kind]:.3f}"  # type: ignore[index]
                          for name, r in rows.items())
        print(f"  {kind:<20} {cells}")
    print("(ms: wall-clock per question, and CPU time of the process, which a loaded machine does not inflate)")
    print("; ".join(f"{k} {v:.1f} s" for k, v in timings.items())
          + f"; keys+values {key_bytes / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
