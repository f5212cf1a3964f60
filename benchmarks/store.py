"""Bulk ingest and query speed of the embedded store, beside pyoxigraph's own loader and rdflib.

Generates a memory-shaped graph (people, places, organisations, ~10 predicates; fixed seed) as
N-Triples, then measures in separate processes (so that peak RSS is each one's own):

* ``kg-memory``: ``Memory(dir).ingest(file)`` (validation pass + journal + Oxigraph bulk loader);
* ``pyoxigraph bulk (disk)`` / ``(memory)``: ``Store.bulk_load`` alone, the reference;
* ``rdflib``: ``rdflib.Graph().parse`` (in memory).

and the p50/p95 latency of three queries: all facts about one entity, a 2-hop query, COUNT GROUP BY.

    python benchmarks/store.py                # 100k and 1M triples
    python benchmarks/store.py --sizes 100000 # quicker
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KGM = "https://w3id.org/kg-memory/ns#"
ENT = "https://w3id.org/kg-memory/id/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

QUERIES = {
    "entity facts": "SELECT ?p ?o WHERE {{ <{e}> ?p ?o }}",
    "2-hop": "SELECT ?f ?city WHERE {{ <{e}> :friend ?f . ?f :livesIn ?c . ?c rdfs:label ?city }}",
    "count by predicate": "SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }} GROUP BY ?p",
}


def generate(path: Path, n_triples: int, seed: int = 7) -> list[str]:
    """Write about ``n_triples`` memory-shaped triples; returns a sample of person IRIs."""
    rng = random.Random(seed)
    people = max(10, n_triples // 12)
    places, orgs = max(5, people // 20), max(5, people // 50)
    person = lambda i: f"<{ENT}person.p{i}>"  # noqa: E731
    place = lambda i: f"<{ENT}place.c{i}>"  # noqa: E731
    org = lambda i: f"<{ENT}organization.o{i}>"  # noqa: E731
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        def w(s: str, p: str, o: str) -> None:
            nonlocal written
            f.write(f"{s} <{KGM}{p}> {o} .\n" if not p.startswith("<") else f"{s} {p} {o} .\n")
            written += 1
        for i in range(places):
            f.write(f"{place(i)} <{LABEL}> \"City {i}\" .\n{place(i)} <{TYPE}> <{KGM}Place> .\n")
            written += 2
        for i in range(orgs):
            f.write(f"{org(i)} <{LABEL}> \"Org {i}\" .\n")
            written += 1
        i = 0
        while written < n_triples:
            s = person(i % people)
            w(s, f"<{LABEL}>", f'"Person {i % people}"')
            w(s, f"<{TYPE}>", f"<{KGM}Person>")
            w(s, "livesIn", place(rng.randrange(places)))
            w(s, "birthPlace", place(rng.randrange(places)))
            w(s, "worksFor", org(rng.randrange(orgs)))
            w(s, "age", f'"{rng.randrange(18, 90)}"^^<http://www.w3.org/2001/XMLSchema#integer>')
            for _ in range(3):
                w(s, "friend", person(rng.randrange(people)))
            w(s, "likes", f'"thing {rng.randrange(500)}"')
            w(s, "hobby", f'"hobby {rng.randrange(60)}"')
            w(s, "jobTitle", f'"job {rng.randrange(200)}"')
            i += 1
    return [f"{ENT}person.p{rng.randrange(people)}" for _ in range(200)]


def _child(args: argparse.Namespace) -> None:
    """Runs one measurement in this process and prints a JSON line."""
    import pyoxigraph as ox

    path, work = Path(args.file), Path(args.work)
    entities = json.loads(Path(args.entities).read_text())
    if args.engine == "kg-memory":
        from kg_memory import Memory

        t0 = time.perf_counter()
        memory = Memory(work / "kgm")
        memory.ingest(path, format="nt")
        load = time.perf_counter() - t0
        run = lambda q: memory.query(q).rows  # noqa: E731
        run("ASK {}")  # first call imports the result classes
    elif args.engine.startswith("pyoxigraph"):
        t0 = time.perf_counter()
        store = ox.Store(str(work / "ox")) if "disk" in args.engine else ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        load = time.perf_counter() - t0
        prefixes = {"": KGM, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
        run = lambda q: list(store.query(q, prefixes=prefixes))  # noqa: E731
    else:
        import rdflib

        t0 = time.perf_counter()
        graph = rdflib.Graph()
        graph.parse(str(path), format="nt")
        load = time.perf_counter() - t0
        prologue = f"PREFIX : <{KGM}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        run = lambda q: list(graph.query(prologue + q))  # noqa: E731
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    latencies: dict[str, list[float]] = {}
    for name, template in QUERIES.items():
        reps = args.reps if args.engine != "rdflib" or name == "entity facts" else max(2, args.reps // 50)
        times = []
        for i in range(reps):
            q = template.format(e=entities[i % len(entities)])
            t = time.perf_counter()
            run(q)
            times.append((time.perf_counter() - t) * 1000)
        latencies[name] = times
    print(json.dumps({"load_s": load, "rss_mb": rss, "latencies": latencies}))


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 2 else max(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--reps", type=int, default=200, help="queries per latency figure")
    parser.add_argument("--engines", nargs="+", default=["kg-memory", "pyoxigraph bulk (disk)", "pyoxigraph bulk (memory)", "rdflib"])
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--entities", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    results = []
    for size in args.sizes:
        tmp = Path(tempfile.mkdtemp(prefix="kgm-bench-"))
        try:
            data = tmp / "graph.nt"
            entities = tmp / "entities.json"
            entities.write_text(json.dumps(generate(data, size)))
            triples = sum(1 for _ in open(data, "rb"))
            for engine in args.engines:
                work = tmp / engine.replace(" ", "_").replace("(", "").replace(")", "")
                work.mkdir()
                out = subprocess.run(
                    [sys.executable, __file__, "--child", "--engine", engine, "--file", str(data), "--work", str(work),
                     "--entities", str(entities), "--reps", str(args.reps)],
                    capture_output=True, text=True,
                )
                if out.returncode != 0:
                    sys.exit(f"{engine} failed:\n{out.stderr}")
                r = json.loads(out.stdout.strip().splitlines()[-1])
                row = {"triples": triples, "engine": engine, "ingest triples/s": round(triples / r["load_s"]),
                       "peak RSS MB": round(r["rss_mb"])}
                for name, times in r["latencies"].items():
                    row[f"{name} p50 ms"] = round(statistics.median(times), 3)
                    row[f"{name} p95 ms"] = round(_pct(times, 95), 3)
                results.append(row)
                print(f"  measured {engine} at {triples} triples", file=sys.stderr, flush=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    for size in {r["triples"] for r in results}:
        group = [r for r in results if r["triples"] == size]
        ref = next((r for r in group if r["engine"] == "pyoxigraph bulk (disk)"), None)
        for r in group:
            r["ingest vs pyoxigraph disk"] = round(r["ingest triples/s"] / ref["ingest triples/s"], 2) if ref else None
    if args.format == "json":
        print(json.dumps(results, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="kg-memory embedded store vs pyoxigraph and rdflib")
    for c in results[0]:
        table.add_column(c, justify="right" if c != "engine" else "left")
    for r in results:
        table.add_row(*[str(v) for v in r.values()])
    Console(width=250).print(table)


if __name__ == "__main__":
    main()
