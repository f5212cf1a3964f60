"""Write and read speed of the store backends: Neo4j, the embedded store (on disk), an Oxigraph server.

Generates memory-shaped facts (people, places, organisations, pets; 10 predicates; fixed seed) and
writes them through the Store contract (``store.add`` in batches, each one atomic transaction) into:

* ``neo4j``: a throw-away Neo4j 5 started here (or ``$NEO4J_URI``), sweeping the batch size (facts per
  transaction, also the rows per ``UNWIND``) over ``--neo4j-batches``;
* ``embedded``: ``RdfStore(dir)``, the baseline;
* ``oxigraph-server``: ``SparqlEndpointStore`` against ``oxigraph serve`` started here.

then measures "all facts about one entity" (``store.facts(subject=...)``) p50/p95 over random people.

    python benchmarks/stores.py --quick      # 100k facts
    python benchmarks/stores.py              # 100k, then 1M where 100k predicts it finishes in --budget s
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg_memory import ids  # noqa: E402
from kg_memory.stores.base import Store  # noqa: E402
from kg_memory.types import Entity, Fact  # noqa: E402
from kg_memory.vocab import Vocabulary  # noqa: E402

ENTITY_PREDICATES = [("livesIn", "Place"), ("worksFor", "Organization"), ("friend", "Person"),
                     ("knows", "Person"), ("visited", "Place"), ("hasPet", "Animal"), ("memberOf", "Organization")]
LITERAL_PREDICATES = ["age", "birthDate", "jobTitle"]
JOBS = ["engineer", "teacher", "nurse", "chef", "pilot", "designer", "writer", "farmer"]


def generate(n_facts: int, seed: int = 7) -> list[Fact]:
    """``n_facts`` facts about ``n_facts / 10`` people, in a fixed pseudo-random order."""
    rng = random.Random(seed)
    n_people = max(10, n_facts // 10)
    pools = {
        "Person": [Entity(f"Person {i}", "Person", ids.entity_iri(f"Person {i}", "Person")) for i in range(n_people)],
        "Place": [Entity(f"City {i}", "Place", ids.entity_iri(f"City {i}", "Place")) for i in range(max(10, n_people // 50))],
        "Organization": [Entity(f"Org {i}", "Organization", ids.entity_iri(f"Org {i}", "Organization"))
                         for i in range(max(10, n_people // 20))],
        "Animal": [Entity(f"Pet {i}", "Animal", ids.entity_iri(f"Pet {i}", "Animal")) for i in range(max(10, n_people // 5))],
    }
    facts = []
    for _ in range(n_facts):
        subject = rng.choice(pools["Person"])
        if rng.random() < 0.7:
            predicate, kind = rng.choice(ENTITY_PREDICATES)
            obj: object = rng.choice(pools[kind])
        else:
            predicate = rng.choice(LITERAL_PREDICATES)
            obj = {"age": lambda: rng.randint(1, 99), "birthDate": lambda: date(1950 + rng.randint(0, 60), 1 + rng.randint(0, 11), 1),
                   "jobTitle": lambda: rng.choice(JOBS)}[predicate]()
        facts.append(Fact(subject, predicate, obj, confidence=round(rng.uniform(0.5, 1.0), 2)))
    return facts


def batches(items: list[Fact], size: int) -> Iterator[list[Fact]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def write(store: Store, facts: list[Fact], batch: int, functional: set[str], deadline: float) -> tuple[float, int]:
    """Seconds to add ``facts`` in batches, and how many were written before ``deadline``."""
    start = time.perf_counter()
    done = 0
    for chunk in batches(facts, batch):
        store.add(chunk, namespace="bench", functional=functional)
        done += len(chunk)
        if time.perf_counter() > deadline:
            break
    return time.perf_counter() - start, done


def query_latency(store: Store, facts: list[Fact], n: int = 100, seed: int = 3) -> tuple[float, float]:
    rng = random.Random(seed)
    subjects = [rng.choice(facts).subject.iri for _ in range(n)]
    times = []
    for s in subjects:
        t = time.perf_counter()
        found = list(store.facts(namespace="bench", subject=s))
        times.append(time.perf_counter() - t)
        assert found, s
    times.sort()
    return statistics.median(times) * 1000, times[int(0.95 * (len(times) - 1))] * 1000


def measure(name: str, make: Callable[[], Store], facts: list[Fact], batch: int, functional: set[str], budget: float) -> dict:
    with make() as store:
        seconds, done = write(store, facts, batch, functional, time.perf_counter() + budget)
        row = {"store": name, "batch": batch, "facts": done, "complete": done == len(facts), "write_s": round(seconds, 2),
               "facts_per_s": round(done / seconds), "count": store.count(namespace="bench")}
        p50, p95 = query_latency(store, facts[:done])
        row.update({"about_p50_ms": round(p50, 2), "about_p95_ms": round(p95, 2)})
        return row


def wipe_neo4j(uri: str, auth: tuple[str, str] | None) -> None:
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as driver, driver.session() as session:
        session.run("MATCH (n) WHERE n:Entity OR n:Value OR n:Turn "
                    "CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100k facts only")
    parser.add_argument("--sizes", type=int, nargs="+", help="numbers of facts (default 100000 1000000)")
    parser.add_argument("--neo4j-batches", type=int, nargs="*", default=[1000, 5000, 10000, 50000],
                        help="Neo4j batch sizes to sweep (none: skip Neo4j)")
    parser.add_argument("--batch", type=int, default=10000, help="facts per add() for the RDF stores")
    parser.add_argument("--budget", type=float, default=240.0, help="max seconds of writing per store and size")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    args = parser.parse_args()
    sizes = args.sizes or ([100_000] if args.quick else [100_000, 1_000_000])
    vocabulary = Vocabulary.load()
    functional = {p.iri for p in vocabulary.predicates.values() if p.functional}

    from kg_memory.stores.neo4j import Neo4jStore
    from kg_memory.stores.rdf import RdfStore
    from kg_memory.stores.sparql_endpoint import SparqlEndpointStore
    from tests.servers import running_neo4j, running_oxigraph

    rows: list[dict] = []
    rate: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kgmem-bench-") as tmp:
        work = Path(tmp)
        with running_oxigraph(work / "oxigraph") as ox_server, _neo4j(running_neo4j, work) as (uri, auth):
            for n in sizes:
                facts = generate(n)

                def fits(name: str, n: int = n) -> bool:  # predicted from the previous size's rate
                    return name not in rate or n / rate[name] <= args.budget

                for batch in args.neo4j_batches:
                    if fits(f"neo4j/{batch}"):
                        wipe_neo4j(uri, auth)
                        rows.append(measure("neo4j", lambda batch=batch: Neo4jStore(uri, auth=auth, unwind_size=batch),
                                            facts, batch, functional, args.budget))
                        rate[f"neo4j/{batch}"] = rows[-1]["facts_per_s"]
                        _progress(rows[-1])
                if fits("embedded"):
                    path = work / f"embedded-{n}"
                    rows.append(measure("embedded", lambda path=path: RdfStore(path), facts, args.batch, functional, args.budget))
                    rate["embedded"] = rows[-1]["facts_per_s"]
                    _progress(rows[-1])
                if fits("oxigraph-server"):
                    import httpx

                    httpx.post(ox_server.update_url, data={"update": "DROP ALL"}, timeout=600).raise_for_status()
                    rows.append(measure("oxigraph-server", lambda: SparqlEndpointStore("sparql+" + ox_server.query_url),
                                        facts, args.batch, functional, args.budget))
                    rate["oxigraph-server"] = rows[-1]["facts_per_s"]
                    _progress(rows[-1])
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return
    columns = list(rows[0])
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for r in rows:
        print("  ".join(str(r[c]).ljust(w) for c, w in zip(columns, widths)))
    print("\n'complete' False: writing stopped at --budget seconds; the rate is over what was written.")


def _progress(row: dict) -> None:
    print(f"# {row}", file=sys.stderr, flush=True)


class _neo4j:
    """``$NEO4J_URI`` when set, else a throw-away server for the run."""

    def __init__(self, running_neo4j: Callable, work: Path) -> None:
        self.running, self.work, self.ctx = running_neo4j, work, None

    def __enter__(self) -> tuple[str, tuple[str, str] | None]:
        if os.environ.get("NEO4J_URI"):
            user = os.environ.get("NEO4J_USER")
            return os.environ["NEO4J_URI"], (user, os.environ.get("NEO4J_PASSWORD", "")) if user else None
        self.ctx = self.running(self.work / "neo4j")
        return self.ctx.__enter__().uri, None

    def __exit__(self, *exc: object) -> None:
        if self.ctx is not None:
            self.ctx.__exit__(*exc)


if __name__ == "__main__":
    main()
