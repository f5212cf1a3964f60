"""Fuzzy lookup speed on one saved index, before and after, in the same run (issue 16).

One entity index of ``--names`` generated names (people of 20 locales, organisations, places) is
built with this tree's package and saved; then each side, this tree's package and the
``--baseline`` one (a source tree: ``git archive HEAD kg_memory | tar -x -C /tmp/kgm-head``),
opens that same index in a fresh process and runs the same lookups: 300 one at a time (p50, p95,
lookups/s, wall and CPU time) and 1,000 in one ``search_batch`` call (lookups/s). The sides take
turns for ``--rounds`` rounds, so that the load of a shared machine falls on both alike; each
figure is the median over the rounds. Quality on the same queries: acc@1 of the generated
variants, and how often both sides return the same top-5 keys.

Before the timed lookups each side makes one warm-up batch of 300 other variants (Chinese names
among them), timed apart as "first batch": a process's first batch imports scipy for the encoder
and loads pypinyin's dictionaries (1-2 s of CPU), which is not the cost of a lookup. A baseline
tree without ``kg_memory/fuzzy/storage.py`` gets the index in the first file layout
(``rows.jsonl``); "load s" is each side's time to open its layout, and "load old layout s" is this
tree opening the first layout (which it rewrites once).

Run::

    git archive HEAD kg_memory | tar -x -C /tmp/kgm-head
    .venv/bin/python benchmarks/fuzzy_lookup.py --names 100000 --baseline /tmp/kgm-head
    flock /tmp/kgmem-heavy.lock nice -n 10 .venv/bin/python benchmarks/fuzzy_lookup.py \\
        --names 1000000 --baseline /tmp/kgm-head
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def build(n: int, directory: Path) -> tuple[float, list[str], list[int], list[str]]:
    """Build and save the index; return the build time, the queries, their targets' rows and
    the warm-up queries."""
    from kg_memory.fuzzy import EntityIndex, load_default_encoder
    from kg_memory.fuzzy.variants import make_variant, sample_names

    corpus = sample_names(n, seed=1)
    names, types = [c[0] for c in corpus], [c[1] for c in corpus]
    started = time.perf_counter()
    index = EntityIndex(load_default_encoder())
    index.add([str(i) for i in range(n)], names, types)
    elapsed = time.perf_counter() - started
    index.save(directory)
    rng = random.Random(7)
    targets = rng.sample(range(n), 1000)
    queries = [make_variant(names[i], rng, types[i]) for i in targets]
    others = rng.sample(range(n), 300)
    warm = [make_variant(names[i], rng, types[i]) for i in others] + ["张伟", "北京大学"]
    return elapsed, queries, targets, warm


def write_first_layout(directory: Path, to: Path) -> None:
    """Copy the index in ``directory`` to ``to`` in the first file layout (``rows.jsonl``, one
    ``[key, name, type, match text]`` line per row, beside ``vectors.npz``), for a baseline tree
    that reads only that layout."""
    from kg_memory.fuzzy import storage

    saved = storage.read(directory)
    to.mkdir(parents=True)
    with open(to / "rows.jsonl", "w", encoding="utf-8") as f:
        for key, name, t, text in zip(saved.keys, saved.names, saved.type_ids.tolist(), saved.texts):
            f.write(json.dumps([key, name, saved.types[t], text], ensure_ascii=False) + "\n")
    np.savez(to / "vectors.npz", **saved.arrays)
    meta = {**saved.meta, "format": storage.OLD_FORMAT}
    (to / "index.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    if (directory / "encoder.npz").exists():
        shutil.copy(directory / "encoder.npz", to / "encoder.npz")


def measure(directory: Path, queries: list[str], targets: list[int], warm: list[str],
            migrate: Path | None = None) -> dict:
    """Open the index and time the lookups (run in a fresh process for each side)."""
    import kg_memory
    from kg_memory.fuzzy import EntityIndex

    out: dict = {"package": str(Path(kg_memory.__file__).parent)}
    if migrate is not None:  # this tree opening (and rewriting) an index in the first layout
        t, c = time.perf_counter(), time.process_time()
        EntityIndex.load(migrate)
        out |= {"load old layout s": time.perf_counter() - t, "load old layout s cpu": time.process_time() - c}
    t, c = time.perf_counter(), time.process_time()
    index = EntityIndex.load(directory)
    out |= {"load s": time.perf_counter() - t, "load s cpu": time.process_time() - c}
    t, c = time.perf_counter(), time.process_time()
    index.search_batch(warm, k=5)  # a process's first batch: lazy imports (see the docstring)
    out |= {"first batch s": time.perf_counter() - t, "first batch s cpu": time.process_time() - c}
    index.search(warm[0], k=5)
    wall, cpu, single = [], [], []
    for q in queries[:300]:
        t, c = time.perf_counter(), time.process_time()
        single.append([(m.key, m.score) for m in index.search(q, k=5)])
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    t, c = time.perf_counter(), time.process_time()
    batch = [[(m.key, m.score) for m in found] for found in index.search_batch(queries, k=5)]
    batch_wall, batch_cpu = time.perf_counter() - t, time.process_time() - c
    wall.sort()
    out |= {
        "p50 ms": 1000 * statistics.median(wall), "p95 ms": 1000 * wall[int(0.95 * len(wall))],
        "p50 ms cpu": 1000 * statistics.median(cpu),
        "lookups/s single": len(wall) / sum(wall), "lookups/s single cpu": len(cpu) / sum(cpu),
        "lookups/s batch": len(queries) / batch_wall, "lookups/s batch cpu": len(queries) / batch_cpu,
        "acc@1 single": sum(bool(m) and m[0][0] == str(g) for m, g in zip(single, targets)) / len(single),
        "acc@1 batch": sum(bool(m) and m[0][0] == str(g) for m, g in zip(batch, targets)) / len(batch),
        "single": single, "batch": batch,
    }
    return out


def run_side(source: Path | None, directory: Path, queries_file: Path, migrate: Path | None = None) -> dict:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    extra = ["--migrate", str(migrate)] if migrate is not None else []
    done = subprocess.run([sys.executable, __file__, "--measure", str(directory), "--queries", str(queries_file),
                           *extra], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--baseline", type=Path, help="source tree of the kg_memory package to compare")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--migrate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:  # one side, in its own process
        data = json.loads(args.queries.read_text(encoding="utf-8"))
        print(json.dumps(measure(args.measure, data["queries"], data["targets"], data["warm"], args.migrate)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        directory, queries_file = Path(tmp) / "index", Path(tmp) / "queries.json"
        build_s, queries, targets, warm = build(args.names, directory)
        queries_file.write_text(json.dumps({"queries": queries, "targets": targets, "warm": warm}),
                                encoding="utf-8")
        first_layout = Path(tmp) / "index-v1"
        write_first_layout(directory, first_layout)
        baseline = args.baseline.resolve() if args.baseline else None
        old_reader = baseline is not None and not (baseline / "kg_memory" / "fuzzy" / "storage.py").exists()
        sides = [("before", baseline)] if baseline is not None else []
        sides.append(("after", None))
        results: dict[str, list[dict]] = {name: [] for name, _ in sides}
        for round_ in range(args.rounds):
            for name, source in sides:
                migrate = None
                if name == "after" and round_ == 0:  # once: this tree rewriting the first layout
                    migrate = Path(tmp) / "index-migrate"
                    shutil.copytree(first_layout, migrate)
                folder = first_layout if name == "before" and old_reader else directory
                results[name].append(run_side(source, folder, queries_file, migrate))
                if migrate is not None:
                    shutil.rmtree(migrate)
    print(f"fuzzy lookup on {args.names:,} names (index built in {build_s:.1f} s; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; median of {args.rounds} rounds)")
    for name, _ in sides:
        print(f"  {name}: {results[name][0]['package']}")
    metrics = ["load s", "load s cpu", "first batch s cpu", "p50 ms", "p95 ms", "p50 ms cpu", "lookups/s single",
               "lookups/s single cpu", "lookups/s batch", "lookups/s batch cpu", "acc@1 single", "acc@1 batch"]
    print(f"{'metric':<22}" + "".join(f"{name:>10}" for name, _ in sides) + ("   ratio" if len(sides) > 1 else ""))
    for metric in metrics:
        values = [statistics.median(r[metric] for r in results[name]) for name, _ in sides]
        ratio = f"{values[-1] / values[0]:>8.2f}" if len(values) > 1 and values[0] else ""
        print(f"{metric:<22}" + "".join(f"{v:>10.3f}" for v in values) + ratio)
    once = results["after"][0]
    if "load old layout s" in once:
        print(f"after, opening the first layout once (then rewritten): {once['load old layout s']:.2f} s wall, "
              f"{once['load old layout s cpu']:.2f} s CPU")
    if len(sides) > 1:
        before, after = results["before"][0], results["after"][0]
        for key in ("single", "batch"):
            pairs = list(zip(before[key], after[key]))
            same = sum([k for k, _ in a] == [k for k, _ in b] for a, b in pairs) / len(pairs)
            top1 = sum(a[:1] == b[:1] or (a and b and a[0][0] == b[0][0]) for a, b in pairs) / len(pairs)
            # a different best key with the same best score: two entities of one name (a tie)
            untied = sum(bool(a) and bool(b) and a[0][0] != b[0][0] and abs(a[0][1] - b[0][1]) > 1e-5
                         for a, b in pairs)
            print(f"{key}: same top-5 keys {same:.3f}, same top-1 key {top1:.3f}; "
                  f"top-1 differing other than by a tie of scores: {untied} of {len(pairs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
