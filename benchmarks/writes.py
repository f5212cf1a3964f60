"""Fact write speed against the engine's own bulk load of the same data, in one run.

Generates memory-shaped facts (``benchmarks/stores.py``'s generator: people, places, organisations,
pets, 10 predicates, fixed seed; names without IRIs, so every write resolves its entities) and writes
them in batches:

* ``memory.add_facts``: ``Memory(dir).add_facts`` on disk (entity resolution + the store's write);
* ``store.add``: ``RdfStore(dir).add`` of the same facts already resolved (the store's write alone);

then takes the quads the store ended up holding and loads them into a fresh on-disk
``pyoxigraph.Store`` three ways: ``bulk_extend`` of ready-made ``Quad`` objects, ``bulk_load`` of their
N-Quads text (the loader a large write uses) and ``load`` (N-Quads, one transaction): the engine's
limit for the same triples. These are exactly the quads the writes leave, all of them (each fact's
plain triple and its statement node with provenance, the entities' types and labels, the open
relations' labels): the same quads, so the same facts; ``quads/fact`` shows how many a fact takes.
The ratio is the write's speed over the engine's (1.0: as fast as the raw bulk load).

With ``--neo4j`` (a Neo4j server started by ``tests/servers.py``, or ``$NEO4J_URI``) it also writes
the resolved facts with ``Neo4jStore.add`` and compares with a plain ``UNWIND $rows AS r CREATE ...`` of
the same nodes and relationships.

    nice -n 10 python benchmarks/writes.py --facts 20000
    nice -n 10 python benchmarks/writes.py --facts 20000 --neo4j
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from stores import generate  # noqa: E402

from kg_memory import Memory  # noqa: E402
from kg_memory.types import Entity, Fact  # noqa: E402


def unresolved(facts: list[Fact]) -> list[Fact]:
    """The facts with names only (the memory resolves them)."""
    def bare(e: object) -> object:
        return Entity(e.label, e.type) if isinstance(e, Entity) else e
    return [dataclasses.replace(f, subject=bare(f.subject), object=bare(f.object)) for f in facts]


def engine_baseline(quads: list, work: Path) -> dict[str, tuple[float, float]]:
    """Seconds pyoxigraph takes to load ``quads`` into a fresh on-disk store, two ways (wall, CPU)."""
    import pyoxigraph as ox

    out = {}
    work.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(work / "bulk_extend"))
    t, c = time.perf_counter(), time.process_time()
    store.bulk_extend(quads)
    store.flush()
    out["bulk_extend"] = (time.perf_counter() - t, time.process_time() - c)
    del store
    data = io.BytesIO()
    ox.serialize(quads, data, format=ox.RdfFormat.N_QUADS)
    for method in ("bulk_load", "load"):
        store = ox.Store(str(work / method))
        t, c = time.perf_counter(), time.process_time()
        getattr(store, method)(data.getvalue(), format=ox.RdfFormat.N_QUADS)
        store.flush()
        out[method] = (time.perf_counter() - t, time.process_time() - c)
        del store
    return out


def timed_batches(write, facts: list[Fact], batch: int) -> float:
    return cpu_timed_batches(write, facts, batch)[0]


def cpu_timed_batches(write, facts: list[Fact], batch: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process, every thread) of writing ``facts`` in batches."""
    t, c = time.perf_counter(), time.process_time()
    for start in range(0, len(facts), batch):
        write(facts[start:start + batch])
    return time.perf_counter() - t, time.process_time() - c


def unwind_rows(facts: list[Fact], vocab) -> tuple[list[dict], list[dict]]:
    """The entity rows and fact rows that plain ``UNWIND ... CREATE`` writes (the baseline of Neo4j writes)."""
    ents = {}
    rels = []
    for f in facts:
        ents[f.subject.iri] = f.subject
        row = {"s": f.subject.iri, "p": vocab.predicate_iri(f.predicate), "c": f.confidence}
        if isinstance(f.object, Entity):
            ents[f.object.iri] = f.object
            row["o"] = f.object.iri
        else:
            row["v"] = str(f.object)
        rels.append(row)
    return [{"iri": e.iri, "label": e.label, "type": e.type} for e in ents.values()], rels


def unwind_create(session, nodes: list[dict], rels: list[dict], batch: int) -> None:
    """Plain ``UNWIND ... CREATE`` of the rows, ``batch`` rows a statement: nodes, then relationships."""
    for start in range(0, len(nodes), batch):
        session.run("UNWIND $rows AS r CREATE (:BenchEntity {iri: r.iri, label: r.label, type: r.type, ns: 'bench'})",
                    rows=nodes[start:start + batch]).consume()
    for start in range(0, len(rels), batch):
        chunk = rels[start:start + batch]
        session.run("UNWIND $rows AS r WITH r WHERE r.o IS NOT NULL MATCH (a:BenchEntity {iri: r.s}), "
                    "(b:BenchEntity {iri: r.o}) CREATE (a)-[:FACT {p: r.p, confidence: r.c}]->(b)", rows=chunk).consume()
        session.run("UNWIND $rows AS r WITH r WHERE r.v IS NOT NULL MATCH (a:BenchEntity {iri: r.s}) "
                    "CREATE (a)-[:FACT {p: r.p, confidence: r.c}]->(:BenchValue {value: r.v})", rows=chunk).consume()


def neo4j_rows(uri: str, auth, facts: list[Fact], batch: int, functional: set[str]) -> list[dict]:
    """``Neo4jStore.add`` of the facts against plain ``UNWIND ... CREATE`` of the same rows."""
    import neo4j

    from kg_memory.stores.neo4j import Neo4jStore
    from kg_memory.vocab import Vocabulary

    def wipe() -> None:
        with neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as d, d.session() as s:
            s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()

    wipe()
    with Neo4jStore(uri, auth=auth) as store:
        seconds = timed_batches(lambda chunk: store.add(chunk, namespace="bench", functional=functional), facts, batch)
    wipe()
    nodes, rels = unwind_rows(facts, Vocabulary.load())
    with neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as d, d.session() as s:
        s.run("CREATE INDEX bench_iri IF NOT EXISTS FOR (n:BenchEntity) ON (n.iri)").consume()
        t = time.perf_counter()
        unwind_create(s, nodes, rels, batch)
        plain = time.perf_counter() - t
    wipe()
    return [{"write": "neo4j store.add", "facts": len(facts), "seconds": seconds, "facts_per_s": len(facts) / seconds,
             "baseline": "UNWIND ... CREATE", "baseline_s": plain, "ratio": plain / seconds}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--neo4j", action="store_true", help="also Neo4j (starts a server unless $NEO4J_URI)")
    parser.add_argument("--skip-memory", action="store_true", help="only the store's write (no resolution)")
    args = parser.parse_args()
    import pyoxigraph as ox

    from kg_memory.stores.rdf import RdfStore
    from kg_memory.vocab import Vocabulary

    facts = generate(args.facts)
    functional = {p.iri for p in Vocabulary.load().predicates.values() if p.functional}
    rows = []
    with tempfile.TemporaryDirectory(prefix="kgmem-writes-") as tmp:
        work = Path(tmp)
        runs = [("store.add", facts)]
        if not args.skip_memory:
            runs.insert(0, ("memory.add_facts", unresolved(facts)))
        for name, data in runs:
            path = work / name
            if name == "memory.add_facts":
                memory = Memory(path)
                seconds, cpu = cpu_timed_batches(lambda chunk, m=memory: m.add_facts(chunk, namespace="bench"), data,
                                                 args.batch)
                store = memory.store
            else:
                store = RdfStore(path)
                seconds, cpu = cpu_timed_batches(
                    lambda chunk, st=store: st.add(chunk, namespace="bench", functional=functional), data, args.batch)
            quads = list(store.db.quads_for_pattern(None, None, None, None))  # type: ignore[attr-defined]
            store.close()
            base = engine_baseline(quads, work / f"{name}-baseline")
            for how, (secs, base_cpu) in base.items():
                rows.append({"write": name, "facts": len(data), "seconds": seconds, "cpu_s": cpu,
                             "facts_per_s": len(data) / seconds, "quads": len(quads),
                             "quads/fact": len(quads) / len(data), "baseline": f"pyoxigraph {how}",
                             "baseline_s": secs, "baseline_cpu_s": base_cpu, "ratio": secs / seconds,
                             "cpu_ratio": base_cpu / cpu})
            del quads
        if args.neo4j:
            import os

            from tests.servers import running_neo4j
            if os.environ.get("NEO4J_URI"):
                user = os.environ.get("NEO4J_USER")
                auth = (user, os.environ.get("NEO4J_PASSWORD", "")) if user else None
                rows += neo4j_rows(os.environ["NEO4J_URI"], auth, facts, args.batch, functional)
            else:
                with running_neo4j(work / "neo4j") as server:
                    rows += neo4j_rows(server.uri, None, facts, args.batch, functional)
    print(f"pyoxigraph {ox.__version__}; {args.facts} facts in batches of {args.batch}; ratio = baseline_s / seconds "
          "(wall), cpu_ratio = baseline_cpu_s / cpu_s (CPU of this process, every thread)")
    cols = ["write", "facts", "seconds", "cpu_s", "facts_per_s", "quads", "quads/fact", "baseline", "baseline_s",
            "baseline_cpu_s", "ratio", "cpu_ratio"]
    table = [[f"{r.get(c, ''):.2f}" if isinstance(r.get(c), float) else str(r.get(c, "")) for c in cols] for r in rows]
    widths = [max(len(c), *(len(t[i]) for t in table)) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for t in table:
        print("  ".join(x.ljust(w) for x, w in zip(t, widths)))


if __name__ == "__main__":
    main()
