"""Time ``kgmem remember`` on LoCoMo's 5,882 turns (10 conversations), end to end.

Beside it, in the same run: the rule extractor alone (no store), in a process of its own once a
round, the clock started after the package's core is imported and before the extractor is (loading the
extractor's modules and rules is extraction's work in both); so the table shows what storage, entity
resolution, recall's entries and starting ``kgmem`` add. Data is read from ``--data`` (default ``../shared/data``);
nothing is copied. Each row gives wall seconds and CPU seconds of its process: ``cpu_ratio``
(extraction CPU over remember CPU) is the end-to-end share of the work that is extraction, and does
not move with the load of the machine the way wall time does.

Both run as an installed package does, from compiled bytecode (pip compiles it at install): the
bytecode goes to a temporary ``PYTHONPYCACHEPREFIX``, written by one untimed run of each tree on a
few turns, even where ``PYTHONDONTWRITEBYTECODE`` is set (as on the project's machines, where each
process would otherwise compile about 100 modules from source). ``--from-source`` measures that way
instead.

    .venv/bin/python benchmarks/remember.py
    .venv/bin/python benchmarks/remember.py --baseline /tmp/head --rounds 3   # against another tree
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the extraction-only step runs this tree's extractor, as remember does
sys.path.insert(0, str(REPO / "benchmarks"))

from locomo import load_locomo  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--baseline", type=Path, help="another source tree (e.g. HEAD's) to run remember from too, "
                        "taking turns with this one")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each step, taking turns "
                        "(the fastest CPU of each is shown)")
    parser.add_argument("--extract-only", action="store_true", help=argparse.SUPPRESS)  # the child of extract_only
    parser.add_argument("--from-source", action="store_true", help="no bytecode cache: each remember process "
                        "compiles the package from source (where PYTHONDONTWRITEBYTECODE is set)")
    args = parser.parse_args()
    conversations, _ = load_locomo(args.data)
    if args.extract_only:
        t0, c0 = time.perf_counter(), time.process_time()  # loading the extractor is extraction's work, as in remember
        from kg_memory.extract import RuleExtractor

        extractor = RuleExtractor()
        facts = sum(len(extractor.extract(c.turns)) for c in conversations)
        print(json.dumps([time.perf_counter() - t0, time.process_time() - c0, facts]))
        return
    turns = [t for c in conversations for t in c.turns]
    tmp = Path(tempfile.mkdtemp(prefix="kgm-remember-"))
    trees = {"kgmem remember (process, store on disk, resolution)": REPO}
    if args.baseline is not None:
        trees[f"baseline {args.baseline}: kgmem remember"] = args.baseline.resolve()
    runs: dict[str, tuple[float, float, dict]] = {}
    try:
        chat = tmp / "locomo.jsonl"
        with open(chat, "w", encoding="utf-8") as f:
            for t in turns:
                f.write(json.dumps({"conversation": t.conversation, "turn": t.turn, "speaker": t.speaker,
                                    "text": t.text, "time": t.time.isoformat()}, ensure_ascii=False) + "\n")
        cache = None if args.from_source else tmp / "pycache"
        if cache is not None:  # untimed: compiles what remember imports, into the cache
            warm = tmp / "warm.jsonl"
            with open(chat, encoding="utf-8") as src, open(warm, "w", encoding="utf-8") as dst:
                dst.writelines(line for _, line in zip(range(50), src))
            for tree in trees.values():
                remember(tree, warm, tmp / f"warm-{len(list(tmp.iterdir()))}", cache)
        extract_s, extract_cpu, facts = float("inf"), float("inf"), 0
        for n in range(args.rounds):
            seconds, cpu, facts = extract_only(args.data, cache)
            if cpu < extract_cpu:
                extract_s, extract_cpu = seconds, cpu
            for step, tree in trees.items():
                run = remember(tree, chat, tmp / f"store-{n}-{len(runs)}", cache)
                if step not in runs or run[1] < runs[step][1]:
                    runs[step] = run
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = [
        {"step": "rule extraction only (own process)", "turns": len(turns), "facts": facts,
         "seconds": round(extract_s, 2), "cpu_s": round(extract_cpu, 2), "turns/s": round(len(turns) / extract_s),
         "turns/cpu_s": round(len(turns) / extract_cpu), "ratio": 1.0, "cpu_ratio": 1.0},
    ]
    for step, (remember_s, remember_cpu, report) in runs.items():
        rows.append({"step": step, "turns": report["turns"], "facts": report["facts"], "seconds": round(remember_s, 2),
                     "cpu_s": round(remember_cpu, 2), "turns/s": round(report["turns"] / remember_s),
                     "turns/cpu_s": round(report["turns"] / remember_cpu), "ratio": round(extract_s / remember_s, 2),
                     "cpu_ratio": round(extract_cpu / remember_cpu, 2)})
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    how = "from source (no bytecode cache)" if args.from_source else "from cached bytecode"
    table = Table(title=f"kgmem remember on LoCoMo (remember processes run {how})")
    for c in rows[0]:
        table.add_column(c)
    for r in rows:
        table.add_row(*[str(v) for v in r.values()])
    Console(width=180).print(table)


def extract_only(data: Path, cache: Path | None) -> tuple[float, float, int]:
    """Wall and CPU seconds of this tree's rule extractor on LoCoMo in a process of its own (its loading
    counted, patterns compiled on first use as in remember), and its facts."""
    env = dict(os.environ)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    out = subprocess.run([sys.executable, __file__, "--extract-only", "--data", str(data)], capture_output=True,
                         text=True, check=True, env=env)
    seconds, cpu, facts = json.loads(out.stdout)
    return seconds, cpu, facts


def remember(tree: Path, chat: Path, store: Path, cache: Path | None = None) -> tuple[float, float, dict]:
    """Wall and CPU seconds of ``kgmem remember`` (run from the source ``tree``) of the chat into a new
    store, and its report; with ``cache``, bytecode is read from (and written to) that folder."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    t0, c0 = time.perf_counter(), _children_cpu()
    out = subprocess.run([sys.executable, "-m", "kg_memory.cli", "remember", str(chat), "--store", str(store),
                          "-f", "json"], capture_output=True, text=True, check=True, env=env, cwd=tree)
    return time.perf_counter() - t0, _children_cpu() - c0, json.loads(out.stdout)[0]


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes of this one."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
