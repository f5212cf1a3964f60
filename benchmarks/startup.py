"""Start-up time of every ``kgmem`` command that neither trains nor embeds, beside ``kgmem --version``.

Each command runs ``--runs`` times in a fresh interpreter (as a user's shell runs it) on a small
embedded store that holds entities, so that commands which resolve names load the fuzzy index,
after one warm-up run (as an installed package, with its bytecode written). The runs go round
after round over all the commands (a change of the machine's load falls on all alike); the table
gives the median wall time and its ratio to ``--version`` measured in the same run, the median CPU
time (user + system) and its ratio, steadier on a busy machine, and whether the command imported
torch. Target (issue 16): every ratio <= 2. ``recall`` embeds
(sentence-transformers) and ``serve`` never exits; ``cypher`` needs Neo4j: they are left out.

Run::

    .venv/bin/python benchmarks/startup.py            # 5 runs per command
    .venv/bin/python benchmarks/startup.py --runs 3 --format json
    .venv/bin/python benchmarks/startup.py --runs 5 --commands remember   # --version and remember only
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: Runs the CLI as the ``kgmem`` script does, then says on stderr whether torch was imported.
_RUN = ("import sys\nfrom kg_memory.cli import cli\ntry:\n    cli.main(sys.argv[1:], prog_name='kgmem')\n"
        "finally:\n    print('torch' in sys.modules, file=sys.stderr)\n")

FACTS = [("Zhang San", "livesIn", "Beijing"), ("Zhang San", "worksFor", "Huawei"), ("Zoe", "livesIn", "Oslo"),
         ("Angela Merkel", "livesIn", "Berlin"), ("Olaf Scholz", "worksFor", "SPD"), ("Li Si", "knows", "Zhang San")]


def commands(tmp: Path) -> list[tuple[str, list[str]]]:
    """(label, arguments) of each command measured; ``--store`` is added after the command name."""
    chat = tmp / "chat.txt"
    chat.write_text("Anna: I live in Vienna and I work for Siemens.\nBen: My sister Carla lives in Graz.\n",
                    encoding="utf-8")
    triples = tmp / "more.nt"
    triples.write_text('<https://example.org/a> <https://example.org/p> "x" .\n', encoding="utf-8")
    return [
        ("add (new entity)", ["add", "Person {n}", "livesIn", "Bergen"]),  # a fuzzy search, a new row
        ("add (similar name)", ["add", "Zhang San {n}", "livesIn", "Shanghai"]),
        ("facts", ["facts", "Zhang San"]),
        ("history", ["history", "Zhang San"]),
        ("profile", ["profile", "Zhang San"]),
        ("lookup", ["lookup", "zhang sna"]),
        ("stats", ["stats"]),
        ("query", ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]),
        ("merges", ["merges"]),
        ("dump", ["dump", "-o", str(tmp / "dump.ttl")]),
        ("export", ["export", "-o", str(tmp / "graph.graphml")]),
        ("ingest", ["ingest", str(triples)]),
        ("remember (rules)", ["remember", str(chat)]),
        ("sync", ["sync", "--from", "{store}", "--to", str(tmp / "copy")]),
        ("forget", ["forget", "--conversation", "no-such-conversation"]),
    ]


def run_once(args: list[str], n: int = 0) -> tuple[float, float, bool]:
    """Wall time and CPU time (user + system) of one ``kgmem ARGS`` in a fresh interpreter
    (``{n}`` in an argument replaced by ``n``: a new name each run), and whether it imported torch."""
    args = [a.replace("{n}", str(n)) for a in args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True,
                          env={**env, "COLUMNS": "120"})
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if done.returncode != 0:
        raise SystemExit(f"kgmem {' '.join(args)} failed:\n{done.stderr}")
    return elapsed, cpu, done.stderr.strip().splitlines()[-1] == "True"


def measure(runs: int, only: str = "") -> list[dict]:
    """Rows of the table; ``only`` (comma-separated words) keeps the commands whose label holds one of them."""
    from kg_memory import Memory

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = tmp / "store"
        with Memory(str(store)) as memory:  # entities, and the fuzzy index saved beside them
            for fact in FACTS:
                memory.add(*fact)
        todo: list[tuple[str, list[str]]] = []
        wanted = [w.strip() for w in only.split(",") if w.strip()]
        chosen = [c for c in commands(tmp) if not wanted or any(w in c[0] for w in wanted)]
        for label, args in [("--version", ["--version"]), *chosen]:
            if args[0] == "sync":  # no --store: --from and --to
                args = [a.replace("{store}", str(store)) for a in args]
            elif args[0] != "--version":
                args = [args[0], "--store", str(store), *args[1:]]
            todo.append((label, args))
            run_once(args, runs)  # warm-up: bytecode written, files in the page cache
        # round after round of every command, so that a change of the machine's load falls on
        # all of them alike (measuring one command's runs after another's skewed the ratios)
        walls: dict[str, list[float]] = {label: [] for label, _ in todo}
        cpus: dict[str, list[float]] = {label: [] for label, _ in todo}
        torch: dict[str, bool] = {label: False for label, _ in todo}
        for n in range(runs):
            for label, args in todo:
                elapsed, cpu, imported = run_once(args, n)
                walls[label].append(elapsed)
                cpus[label].append(cpu)
                torch[label] |= imported
    rows: list[dict[str, Any]] = [
        {"command": label, "median_s": statistics.median(walls[label]), "min_s": min(walls[label]),
         "cpu_s": statistics.median(cpus[label]), "torch": torch[label]} for label, _ in todo]
    for row in rows:
        row["ratio"] = row["median_s"] / rows[0]["median_s"]
        row["cpu_ratio"] = row["cpu_s"] / rows[0]["cpu_s"]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per command (the median is reported)")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--commands", default="", metavar="WORDS",
                        help="comma-separated: measure only the commands whose label holds one (e.g. remember)")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    rows = measure(args.runs, args.commands)
    if args.format == "json":
        print(json.dumps({"load_average": load, "rows": rows}, indent=2))
        return 0
    print(f"kgmem start-up, median of {args.runs} runs (load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"{'command':<20}{'median s':>10}{'min s':>8}{'x --version':>13}{'cpu s':>8}{'cpu x':>7}  torch")
    for r in rows:
        flag = "  <= 2x" if r["ratio"] <= 2 else "  > 2x"
        print(f"{r['command']:<20}{r['median_s']:>10.3f}{r['min_s']:>8.3f}{r['ratio']:>13.2f}"
              f"{r['cpu_s']:>8.3f}{r['cpu_ratio']:>7.2f}  {'yes' if r['torch'] else 'no'}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
