"""Neo4jStore.add against plain ``UNWIND ... CREATE`` of the same rows, in one run, with CPU times.

The same measurement as ``benchmarks/writes.py --neo4j`` (``benchmarks/stores.py``'s generator, batches
of ``--batch`` facts, the same ``UNWIND ... CREATE`` baseline), on one server that stays up, so
``--baseline TREE`` (a checkout, e.g. ``git archive HEAD | tar -x -C /tmp/head``) runs the same write
with that tree's ``kg_memory`` before this one's: before/after in one run. Prints wall seconds, the
client's CPU seconds and the server's (read from /proc when the server runs on this machine).

Fair to both sides: each run first writes throw-away data (another seed, another namespace) with the
store and with the baseline, untimed (the JVM's JIT and plan cache warm up, the store makes its indexes),
then times both on the real data, the store first or the baseline first (``--order``; ``both``, the
default, runs each order and prints a row for each: column ``first``). ``cold_*`` columns are the
untimed warm-up write of the store (the first write of a fresh namespace, indexes made).

    nice -n 10 python benchmarks/neo4j_writes.py --facts 20000 --baseline /tmp/head
    nice -n 10 python benchmarks/neo4j_writes.py --facts 100000 --batch 20000 --stats 5 --no-unwind --baseline /tmp/head
    nice -n 10 python benchmarks/neo4j_writes.py --facts 20000 --rust on off   # the driver's Rust extension or not

``--stats N`` times ``store.stats()`` N times after the writes (median, wall and server CPU); ``--rust off``
runs the driver without its Rust extension (``neo4j-rust-ext``) in that child.
    NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PID=<java pid> python benchmarks/neo4j_writes.py \
        --unwind 1000 5000 20000 --batch 20000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def server_cpu(pid: int | None) -> float:
    if pid is None:
        return float("nan")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one(tree: str, uri: str, facts_n: int, batch: int, unwind: int, pid: int | None, options: dict) -> dict:
    """Run in a child process with ``tree`` first on sys.path: store.add, then the baseline."""
    sys.path.insert(0, tree)
    if options["rust"] == "off":
        sys.modules["neo4j._rust"] = None  # type: ignore[assignment]  # the driver falls back to Python
    import neo4j

    from kg_memory.stores.neo4j import Neo4jStore  # from ``tree`` (imported before stores.py edits sys.path)
    from kg_memory.vocab import Vocabulary

    sys.path.insert(1, str(REPO / "benchmarks"))
    from stores import generate
    from writes import unwind_create, unwind_rows

    assert Path(sys.modules["kg_memory"].__file__ or "").resolve().is_relative_to(Path(tree).resolve())

    facts = generate(facts_n)
    vocab = Vocabulary.load()
    functional = {p.iri for p in vocab.predicates.values() if p.functional}

    def wipe() -> None:
        with neo4j.GraphDatabase.driver(uri, notifications_min_severity="OFF") as d, d.session() as s:
            s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()

    wipe()
    with neo4j.GraphDatabase.driver(uri, notifications_min_severity="OFF") as d, d.session() as s:
        # each tree makes the indexes it uses: none left by another tree's run
        for name in s.run("SHOW INDEXES YIELD name WHERE name STARTS WITH 'kgm_fact_iri_' RETURN name").value():
            s.run(f"DROP INDEX {name}").consume()
        s.run("CREATE INDEX bench_iri IF NOT EXISTS FOR (n:BenchEntity) ON (n.iri)").consume()

    def timed(write: Callable[[], object]) -> tuple[float, float, float]:
        """Wall, client CPU and server CPU seconds of ``write()``."""
        c0, s0, t0 = time.process_time(), server_cpu(pid), time.perf_counter()
        write()
        return time.perf_counter() - t0, time.process_time() - c0, server_cpu(pid) - s0

    def store_write(data: list, namespace: str) -> Callable[[], None]:
        def write() -> None:
            for start in range(0, len(data), batch):
                store.add(data[start:start + batch], namespace=namespace, functional=functional)
        return write

    def baseline_write(data: list) -> Callable[[], None]:
        nodes, rels = unwind_rows(data, vocab)
        return lambda: unwind_create(session, nodes, rels, batch)

    base_wall = base_cpu = base_srv = float("nan")
    stats_s: list[float] = []
    stats_srv: list[float] = []
    with (Neo4jStore(uri, unwind_size=unwind) as store,
          neo4j.GraphDatabase.driver(uri, notifications_min_severity="OFF") as driver, driver.session() as session):
        warm = generate(facts_n, seed=11)  # throw-away: same shape, other data
        cold = timed(store_write(warm, "warmup"))
        wipe()
        if options["unwind"]:
            baseline_write(warm)()
            wipe()
        order = ["unwind", "store"] if options["first"] == "unwind" else ["store", "unwind"]
        for side in order:
            if side == "store":
                wall, cpu, srv = timed(store_write(facts, "bench"))
                count = store.count(namespace="bench")
                for _ in range(options["stats"]):
                    s0, t0 = server_cpu(pid), time.perf_counter()
                    store.stats(namespace="bench")
                    stats_s.append(time.perf_counter() - t0)
                    stats_srv.append(server_cpu(pid) - s0)
            elif options["unwind"]:
                base_wall, base_cpu, base_srv = timed(baseline_write(facts))
            wipe()
    from neo4j._codec.packstream import v1

    return {"tree": tree, "first": options["first"], "rust": "on" if v1._rust_pack else "off", "facts": facts_n,
            "batch": batch, "cold_wall_s": round(cold[0], 2), "cold_server_cpu_s": round(cold[2], 2),
            "unwind": unwind, "count": count,
            "stats_ms": round(1000 * statistics.median(stats_s), 1) if stats_s else float("nan"),
            "stats_srv_ms": round(1000 * statistics.median(stats_srv), 1) if stats_srv else float("nan"),
            "wall_s": round(wall, 2), "client_cpu_s": round(cpu, 2), "server_cpu_s": round(srv, 2),
            "facts_per_s": round(facts_n / wall), "baseline_wall_s": round(base_wall, 2),
            "baseline_client_cpu_s": round(base_cpu, 2), "baseline_server_cpu_s": round(base_srv, 2),
            "ratio": round(base_wall / wall, 3),
            "cpu_ratio": round((base_cpu + base_srv) / (cpu + srv), 3) if pid else float("nan")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=5000, help="facts per store.add (and per baseline statement)")
    parser.add_argument("--unwind", type=int, nargs="+", default=[5000], help="Neo4jStore unwind_size values")
    parser.add_argument("--baseline", help="another checkout to measure first (before/after in one run)")
    parser.add_argument("--rounds", type=int, default=1, help="alternate the trees this many times")
    parser.add_argument("--stats", type=int, default=0, help="time store.stats() this many times after the writes")
    parser.add_argument("--no-unwind", action="store_true", help="skip the UNWIND ... CREATE baseline")
    parser.add_argument("--order", choices=["store", "unwind", "both"], default="both",
                        help="which side is timed first after the warm-up (both: a run of each)")
    parser.add_argument("--rust", nargs="+", choices=["on", "off"], default=["on"],
                        help="run with the driver's Rust extension (on), without it (off), or both")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        tree, uri, unwind, pid, options = json.loads(args.child)
        print(json.dumps(one(tree, uri, args.facts, args.batch, unwind, pid, options)))
        return
    sys.path.insert(0, str(REPO))
    from tests.servers import running_neo4j

    trees = ([args.baseline] if args.baseline else []) + [str(REPO)]
    rows = []

    def run(uri: str, pid: int | None) -> None:
        for _ in range(args.rounds):
            for tree in trees:
                firsts = ["store", "unwind"] if args.order == "both" else [args.order]
                for unwind, rust, first in [(u, r, f) for u in args.unwind for r in args.rust for f in firsts]:
                    options = {"rust": rust, "stats": args.stats, "unwind": not args.no_unwind, "first": first}
                    child = json.dumps([tree, uri, unwind, pid, options])
                    out = subprocess.run([sys.executable, __file__, "--facts", str(args.facts), "--batch",
                                          str(args.batch), "--child", child], capture_output=True, text=True)
                    if out.returncode:
                        sys.exit(out.stderr)
                    rows.append(json.loads(out.stdout.splitlines()[-1]))
                    print(f"# {rows[-1]}", file=sys.stderr, flush=True)

    if os.environ.get("NEO4J_URI"):
        pid = os.environ.get("NEO4J_PID")
        run(os.environ["NEO4J_URI"], int(pid) if pid else None)
    else:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kgmem-neo4j-writes-") as tmp, running_neo4j(Path(tmp)) as server:
            run(server.uri, server.pid)
    cols = ["tree", "first", "rust", "unwind", "count", "cold_wall_s", "cold_server_cpu_s", "wall_s", "client_cpu_s", "server_cpu_s", "facts_per_s",
            "baseline_wall_s", "baseline_client_cpu_s", "baseline_server_cpu_s", "ratio", "cpu_ratio"]
    if args.stats:
        cols += ["stats_ms", "stats_srv_ms"]
    table = [[str(r[c]) for c in cols] for r in rows]
    widths = [max(len(c), *(len(t[i]) for t in table)) for i, c in enumerate(cols)]
    print(f"{args.facts} facts in batches of {args.batch}; ratio = baseline wall / store.add wall; "
          "cpu_ratio = baseline (client + server) CPU / store.add's")
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for t in table:
        print("  ".join(x.ljust(w) for x, w in zip(t, widths)))


if __name__ == "__main__":
    main()
