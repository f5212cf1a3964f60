"""The embedded store at 100k and 1M facts (or ``--sizes``), end to end, with a growth table.

Each size runs in its own process (so that its peak RSS is its own):

1. **write**: ``RdfStore(dir).add`` of the first ``--write-facts`` memory-shaped facts (``benchmarks/stores.py``'s
   generator, resolved IRIs) in batches of ``--batch``, beside pyoxigraph's own ``bulk_extend`` of the
   quads they became, in a fresh on-disk store (the engine's limit), and their ratio;
2. **fill** to the size: copies of those quads with renamed entities, facts and turns, loaded with
   ``RdfStore.load`` (the engine's bulk loader) - writing 1M facts fact by fact takes too long on a
   small machine; the rate of step 1 extrapolates it (``fill_by_add_s``);
3. **reads** at that size: ``stats()`` (the first after the load counts everything; after a write it
   reads kept counts), all facts about one entity p50/p95 (``store.facts(subject=...)``), a 2-hop
   SPARQL query p50, ``dump`` as N-Quads (seconds, RSS growth), store size on disk, peak RSS.

Fuzzy lookup at 1M names and remember-vs-extraction are measured by ``benchmarks/startup.py``,
``benchmarks/fuzzy.py`` and ``benchmarks/remember.py``.

    nice -n 10 python benchmarks/scale.py --sizes 100000 1000000
    nice -n 10 python benchmarks/scale.py --sizes 20000 100000 --write-facts 10000   # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

TWO_HOP = ("SELECT ?f ?city WHERE { ?p :knows ?f . ?f :livesIn ?c . ?c rdfs:label ?city } LIMIT 100")
_ENTITY = re.compile(r"(https://w3id\.org/kg-memory/id/[a-z]+\.)")
_RENAME = re.compile(r"(https://w3id\.org/kg-memory/id/[a-z]+\.)|(\"(?:Person|City|Org|Pet) )"
                     r"|https://w3id\.org/kg-memory/fact/([0-9a-f]{20})|(https://w3id\.org/kg-memory/(?:turn|conversation)/)")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ms(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times) * 1000, times[int(0.95 * (len(times) - 1))] * 1000


def _current(db, graph) -> dict[str, tuple[str, str, str]]:
    """The current facts of a graph: the digest of each statement IRI -> (subject, predicate, object N-Triples)."""
    from kg_memory import ids
    from kg_memory.stores._rdf_layout import ENTITY_META, is_internal

    out = {}
    for q in db.quads_for_pattern(None, None, None, graph):
        if q.predicate not in ENTITY_META and not is_internal(q.subject):
            iri = ids.fact_iri(q.subject.value, q.predicate.value, str(q.object))
            out[iri.rsplit("/", 1)[1]] = (q.subject.value, q.predicate.value, str(q.object))
    return out


def _copy(text: str, k: int, current: dict[str, tuple[str, str, str]]) -> str:
    """The N-Quads ``text`` with its entities, facts, turns and names renamed for copy ``k``: a current
    fact's statement gets the IRI of its renamed triple (as a write would give it), a closed one a new name."""
    from kg_memory import ids

    def entity(s: str) -> str:
        return _ENTITY.sub(lambda m: m.group(1) + f"r{k}_", s)

    facts = {h: ids.fact_iri(entity(s), p, entity(o)) for h, (s, p, o) in current.items()}

    def sub(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) + f"r{k}_"
        if m.group(2):
            return m.group(2) + f"r{k} "
        if m.group(3):
            return facts.get(m.group(3)) or f"https://w3id.org/kg-memory/fact/r{k}_{m.group(3)}"
        return m.group(4) + f"r{k}_"

    return _RENAME.sub(sub, text)


def run_size(n: int, write_facts: int, batch: int, work: Path) -> dict:
    import io

    import pyoxigraph as ox
    from stores import generate

    from kg_memory import ids
    from kg_memory.stores.rdf import RdfStore
    from kg_memory.vocab import Vocabulary

    functional = {p.iri for p in Vocabulary.load().predicates.values() if p.functional}
    row: dict = {"facts": n}
    w = min(n, write_facts)
    facts = generate(w)
    store = RdfStore(work / "store")
    t = time.perf_counter()
    for start in range(0, w, batch):
        store.add(facts[start:start + batch], namespace="bench", functional=functional)
    secs = time.perf_counter() - t
    quads = list(store.db.quads_for_pattern(None, None, None, None))
    base = ox.Store(str(work / "baseline"))
    t = time.perf_counter()
    base.bulk_extend(quads)
    base.flush()
    base_s = time.perf_counter() - t
    del base
    row.update({"write_facts": w, "add_facts_per_s": round(w / secs), "engine_facts_per_s": round(w / base_s),
                "add_vs_engine": round(base_s / secs, 2)})
    buf = io.BytesIO()
    store.dump(buf, format="nq")
    text = buf.getvalue().decode()
    del quads, buf
    copies = (n + w - 1) // w - 1
    current = _current(store.db, ox.NamedNode(ids.graph_iri("bench")))
    t = time.perf_counter()
    for k in range(1, copies + 1):
        store.load(io.BytesIO(_copy(text, k, current).encode()), format="nq")
    row["fill_s"] = round(time.perf_counter() - t, 1)
    row["fill_by_add_s"] = round((n - w) / (w / secs))
    del text
    t = time.perf_counter()
    stats = store.stats(namespace="bench")
    row["stats_first_ms"] = round((time.perf_counter() - t) * 1000, 1)
    row["stored_facts"] = stats["facts"] + stats["closed_facts"]
    store.add(generate(10, seed=99), namespace="bench", functional=functional)  # a write: counts kept from here
    times = []
    for _ in range(20):
        t = time.perf_counter()
        assert store.stats(namespace="bench")["facts"] > 0
        times.append(time.perf_counter() - t)
    row["stats_ms"] = round(_ms(times)[0], 2)
    rng = random.Random(3)
    people = [f.subject.iri for f in rng.sample(facts, min(200, len(facts)))]
    people = [p if rng.random() < 0.5 or copies == 0 else p.replace("/id/person.", f"/id/person.r{rng.randint(1, copies)}_")
              for p in people]
    times, cpu, bare = [], [], 0
    for p in people:
        t, c = time.perf_counter(), time.process_time()
        found = list(store.facts(namespace="bench", subject=p))
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        bare += sum(f.iri is None for f in found)
    row["entity_facts_p50_ms"], row["entity_facts_p95_ms"] = (round(x, 2) for x in _ms(times))
    row["entity_facts_cpu_p50_ms"] = round(_ms(cpu)[0], 2)
    row["facts_without_statement"] = bare  # 0: every copied fact kept its statement (a check of the fill)
    times = []
    for _ in range(50):
        t = time.perf_counter()
        store.query(TWO_HOP, namespace="bench")
        times.append(time.perf_counter() - t)
    row["two_hop_p50_ms"] = round(_ms(times)[0], 2)
    rss = _rss_mb()
    t = time.perf_counter()
    with open(os.devnull, "wb") as out:
        store.dump(out, format="nq", namespace="bench")
    row["dump_nq_s"] = round(time.perf_counter() - t, 1)
    row["dump_rss_growth_mb"] = round(_rss_mb() - rss)
    store.close()
    row["disk_mb"] = round(sum(f.stat().st_size for f in (work / "store").rglob("*") if f.is_file()) / 2**20)
    row["peak_rss_mb"] = round(_rss_mb())
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--write-facts", type=int, default=20_000, help="facts written with store.add per size")
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size (child process)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_size(args.one, args.write_facts, args.batch, args.work)))
        return
    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="kgmem-scale-") as tmp:
            out = subprocess.run([sys.executable, __file__, "--one", str(n), "--write-facts", str(args.write_facts),
                                  "--batch", str(args.batch), "--work", tmp], capture_output=True, text=True)
            if out.returncode:
                sys.exit(f"size {n} failed:\n{out.stderr}")
            rows.append(json.loads(out.stdout.splitlines()[-1]))
            print(f"# {rows[-1]}", file=sys.stderr, flush=True)
    columns = list(rows[0])
    print("scale (embedded store, on disk; one process per size)")
    for c in columns:
        print(f"{c:<22}" + "".join(f"{str(r.get(c, '')):>14}" for r in rows))
    if len(rows) > 1:
        print("\ngrowth: time per operation at each size over the first size (1.0 = flat)")
        for c in ("stats_ms", "entity_facts_p50_ms", "two_hop_p50_ms"):
            print(f"{c:<22}" + "".join(f"{r[c] / max(rows[0][c], 1e-9):>14.2f}" for r in rows))
        for c in ("dump_nq_s", "peak_rss_mb", "disk_mb"):
            print(f"{c + ' per fact':<22}" + "".join(
                f"{(r[c] / r['facts']) / max(rows[0][c] / rows[0]['facts'], 1e-12):>14.2f}" for r in rows))


if __name__ == "__main__":
    main()
