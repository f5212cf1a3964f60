"""Every backend at 100k and 1M facts (or ``--sizes``), side by side, end to end, with a growth table.

Backends (``--backends``, default all three): ``rdf`` (the embedded store, on disk), ``neo4j`` (a throw-away
Neo4j 5 started here by ``tests/servers.py``, or ``$NEO4J_URI``) and ``oxigraph`` (``SparqlEndpointStore``
against ``oxigraph serve`` started here). Each (backend, size) runs in its own process, so that its peak RSS
is its own; a server's own peak RSS (``VmHWM``) is reported beside the client's.

1. **write**: ``store.add`` of the first ``--write-facts`` memory-shaped facts (``benchmarks/stores.py``'s
   generator, resolved IRIs) in batches of ``--batch``; beside it in the same run the engine's own bulk
   path for the same data (``rdf``: pyoxigraph ``bulk_extend`` of the quads into a fresh on-disk store;
   ``oxigraph``: the same N-Quads POSTed to the server's ``/store`` into another graph; ``neo4j``: plain
   ``UNWIND ... CREATE`` of the same rows, ``benchmarks/writes.py``), and ``add_vs_engine`` = add's speed
   over the engine's;
2. **fill** to the size by the engine's bulk path: copies of what step 1 wrote with renamed entities, facts
   and turns (``rdf``: ``RdfStore.load``; ``oxigraph``: POST to ``/store``; ``neo4j``: Cypher copying the
   nodes and relationships on the server). ``fill_by_add_s`` is what ``store.add`` would take at step 1's rate;
   ``oxigraph``: the fill went around the store, so ``store.recount()`` counts it (``recount_s``);
3. **reads** at that size: ``stats()`` (the first after the fill, then p50 after a write; ``rdf`` up to 100k:
   also by a full count, as the first one after a load was before), all facts about
   one entity p50/p95 (``store.facts(subject=...)``; CPU p50 of this process, which counts RocksDB's
   background compaction after the fill, and of the reading thread alone; ``rdf``: again after
   ``store.optimize()`` compacts the files the loads left, ``entity_facts_p50_optimized_ms``, and once more,
   ``entity_facts_p50_reread_ms``: the same people, their blocks in RocksDB's cache), a 2-hop query p50
   (SPARQL, or Cypher on Neo4j), ``Memory.recall`` p50 on that memory of facts only (lexical: no sentence
   encoder; the first recall builds the index, reported as ``recall_index_s``), ``dump`` as N-Quads
   (``rdf`` only), store size on disk, peak RSS (before recall, which loads its own models, and at the end).

``--remember`` adds ``benchmarks/remember.py`` (LoCoMo, once): remember turns/s against extraction alone.

    nice -n 10 python benchmarks/scale.py --sizes 100000 1000000 --remember
    nice -n 10 python benchmarks/scale.py --backends rdf --sizes 20000 100000 --write-facts 10000   # quick
    python benchmarks/scale.py --sizes 1000000 --backends rdf --save rows.jsonl; python benchmarks/scale.py --show rows.jsonl
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
TWO_HOP_CYPHER = ("MATCH (p:Entity {namespace: 'bench'})-[:knows]->(f:Entity)-[:livesIn]->(c:Entity) "
                  "WHERE p.namespace = 'bench' RETURN f.iri AS f, c.name AS city LIMIT 100")
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


def _server_process(needle: str) -> tuple[float | None, list[str]]:
    """Peak RSS (VmHWM, MB) and arguments of the process whose command line holds ``needle`` (a server)."""
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            args = (d / "cmdline").read_bytes().decode(errors="replace").split("\0")
            if not any(needle in a for a in args):
                continue
            for line in (d / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024, args
        except OSError:
            continue
    return None, []


def _note(text: str) -> None:
    print(f"#   {time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)


def _du_mb(path: Path) -> int:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20)


def _post(url: str, body: bytes, content_type: str) -> None:
    import urllib.request

    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    with urllib.request.urlopen(req, timeout=3600) as r:
        r.read()


_NEO4J_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: The Cypher rename of an entity IRI for copy k (the same as _ENTITY's: ``.../id/person.`` + ``r{k}_``).
_RENAMED_K = ("{v}[0] + '/id/' + split({v}[1], '.')[0] + '.r' + toString(k) + '_' "
              "+ substring({v}[1], size(split({v}[1], '.')[0]) + 1)")


def _neo4j_fill(driver, copies: int) -> None:
    """Copies 1..``copies`` of the namespace's entities and fact relationships, made on the server, one
    statement per label set and per relationship type (``:Value`` nodes are shared, as the store shares them)."""
    with driver.session() as s:
        combos = sorted({tuple(sorted(r["l"])) for r in s.run("MATCH (n:Entity {namespace: 'bench'}) RETURN labels(n) AS l")})
        types = [r["t"] for r in s.run("MATCH (:Entity {namespace: 'bench'})-[r]->() RETURN DISTINCT type(r) AS t")]
        assert all(_NEO4J_NAME.match(x) for x in [*types, *(x for c in combos for x in c)])
        originals = s.run("MATCH (:Entity {namespace: 'bench'})-[r]->() WHERE r.copy IS NULL RETURN count(r) AS n").single()["n"]
        step = max(1, 100_000 // max(originals, 1))  # copies per statement: about 100k rows each
        for first in range(1, copies + 1, step):
            ks = list(range(first, min(copies, first + step - 1) + 1))
            for labels in combos:
                ls = ":".join(labels)
                s.run(f"MATCH (n:{ls} {{namespace: 'bench'}}) WHERE n.copy IS NULL AND size(labels(n)) = {len(labels)} "
                      "WITH n, split(n.iri, '/id/') AS ap UNWIND $ks AS k "
                      f"CALL {{ WITH n, ap, k CREATE (m:{ls}) SET m = n {{.*, copy: k, iri: {_RENAMED_K.format(v='ap')}, "
                      f"key: 'bench ' + {_RENAMED_K.format(v='ap')}, name: n.name + ' r' + toString(k)}} "
                      "} IN TRANSACTIONS OF 20000 ROWS", ks=ks).consume()
            for t in types:
                s.run(f"MATCH (a:Entity {{namespace: 'bench'}})-[r:{t}]->(b) WHERE a.copy IS NULL "
                      "WITH r, b, split(a.iri, '/id/') AS ap, CASE WHEN b:Entity THEN split(b.iri, '/id/') END AS bp "
                      "UNWIND $ks AS k "
                      "CALL { WITH r, b, ap, bp, k "
                      f"MATCH (a2:Entity {{key: 'bench ' + {_RENAMED_K.format(v='ap')}}}) "
                      f"OPTIONAL MATCH (b2:Entity {{key: 'bench ' + {_RENAMED_K.format(v='bp')}}}) "
                      f"WITH r, coalesce(b2, b) AS bb, a2, k CREATE (a2)-[r2:{t}]->(bb) SET r2 = r {{.*, copy: k, "
                      "iri: replace(r.iri, '/fact/', '/fact/r' + toString(k) + '_')} "
                      "} IN TRANSACTIONS OF 20000 ROWS", ks=ks).consume()


def _store(backend: str, server) -> object:
    if backend == "rdf":
        from kg_memory.stores.rdf import RdfStore

        return RdfStore(server)
    if backend == "neo4j":
        from kg_memory.stores.neo4j import Neo4jStore

        return Neo4jStore(server[0], auth=server[1])
    from kg_memory.stores.sparql_endpoint import SparqlEndpointStore

    return SparqlEndpointStore(server.query_url, update_url=server.update_url)


def _engine(backend: str, store, facts, quads_text: str, work: Path, server, batch: int) -> float:
    """Seconds the engine's own bulk path takes to write the same data (see the module doc)."""
    if backend == "rdf":
        import pyoxigraph as ox

        quads = list(ox.parse(quads_text.encode(), format=ox.RdfFormat.N_QUADS))
        base = ox.Store(str(work / "baseline"))
        t = time.perf_counter()
        base.bulk_extend(quads)
        base.flush()
        secs = time.perf_counter() - t
        del base
        return secs
    if backend == "oxigraph":
        text = quads_text.replace("/kg-memory/graph/bench>", "/kg-memory/graph/baseline>").encode()
        t = time.perf_counter()
        _post(server.store_url, text, "application/n-quads")
        secs = time.perf_counter() - t
        _post(server.update_url, b"DROP GRAPH <https://w3id.org/kg-memory/graph/baseline>", "application/sparql-update")
        return secs
    import neo4j
    from writes import unwind_create, unwind_rows

    from kg_memory.vocab import Vocabulary

    nodes, rels = unwind_rows(facts, Vocabulary.load())
    with neo4j.GraphDatabase.driver(server[0], auth=server[1], notifications_min_severity="OFF") as d, d.session() as s:
        s.run("CREATE INDEX bench_iri IF NOT EXISTS FOR (n:BenchEntity) ON (n.iri)").consume()
        t = time.perf_counter()
        unwind_create(s, nodes, rels, batch)
        secs = time.perf_counter() - t
        for label in ("BenchValue", "BenchEntity"):
            s.run(f"MATCH (n:{label}) CALL {{ WITH n DETACH DELETE n }} IN TRANSACTIONS OF 20000 ROWS").consume()
    return secs


def run_size(backend: str, n: int, write_facts: int, batch: int, work: Path, recall_questions: int,
             recall_max: int, dump: bool = True) -> dict:
    import io

    import pyoxigraph as ox
    from stores import generate

    from kg_memory import ids
    from kg_memory.stores.rdf import RdfStore
    from kg_memory.vocab import Vocabulary

    functional = {p.iri for p in Vocabulary.load().predicates.values() if p.functional}
    row: dict = {"backend": backend, "facts": n}
    w = min(n, write_facts)
    facts = generate(w)
    with _server(backend, work) as server:
        store = _store(backend, work / "store" if backend == "rdf" else server)
        t, c = time.perf_counter(), time.process_time()
        for start in range(0, w, batch):
            store.add(facts[start:start + batch], namespace="bench", functional=functional)
        secs, cpu = time.perf_counter() - t, time.process_time() - c
        buf = io.BytesIO()
        if backend != "neo4j":
            store.dump(buf, format="nq", namespace="bench")
        text = buf.getvalue().decode()
        del buf
        base_s = _engine(backend, store, facts, text, work, server, batch)
        row.update({"write_facts": w, "add_facts_per_s": round(w / secs), "add_cpu_s": round(cpu, 1),
                    "engine_facts_per_s": round(w / base_s), "add_vs_engine": round(base_s / secs, 2)})
        copies = (n + w - 1) // w - 1
        _note(f"{backend} {n}: written {w} facts; filling")
        t = time.perf_counter()
        if backend == "neo4j":
            import neo4j

            with neo4j.GraphDatabase.driver(server[0], auth=server[1], notifications_min_severity="OFF") as d:
                _neo4j_fill(d, copies)
        else:
            mirror = RdfStore()  # the statement IRIs of the current facts (read once, from a copy in memory)
            mirror.load(io.BytesIO(text.encode()), format="nq")
            current = _current(mirror.db, ox.NamedNode(ids.graph_iri("bench")))
            del mirror
            for k in range(1, copies + 1):
                data = _copy(text, k, current).encode()
                if backend == "rdf":
                    store.load(io.BytesIO(data), format="nq")
                else:
                    _post(server.store_url, data, "application/n-quads")
        row["fill_s"] = round(time.perf_counter() - t, 1)
        row["fill_by_add_s"] = round((n - w) / (w / secs))
        if backend == "oxigraph":  # the fill went around the store (POSTs to /store), which stats() does not see:
            t = time.perf_counter()  # counted again, as after any other client's writes
            store.recount(namespace="bench")
            row["recount_s"] = round(time.perf_counter() - t, 1)
        del text
        _note(f"{backend} {n}: filled in {row['fill_s']} s; reading")
        t, c = time.perf_counter(), time.process_time()
        stats = store.stats(namespace="bench")
        row["stats_first_ms"] = round((time.perf_counter() - t) * 1000, 1)
        row["stats_first_cpu_ms"] = round((time.process_time() - c) * 1000, 1)
        row["stored_facts"] = stats["facts"] + stats["closed_facts"]
        store.add(generate(10, seed=99), namespace="bench", functional=functional)  # a write: counts kept from here
        times = []
        for _ in range(20 if row["stats_first_ms"] < 200 else 3 if row["stats_first_ms"] < 5000 else 1):  # slow: fewer
            t = time.perf_counter()
            assert store.stats(namespace="bench")["facts"] > 0
            times.append(time.perf_counter() - t)
        row["stats_ms"] = round(_ms(times)[0], 2)
        if backend == "rdf" and n <= 100_000:  # what the first stats() after a load took before issue 16
            store._counts.forget(ids.graph_iri("bench"))
            t, c = time.perf_counter(), time.process_time()
            assert store.stats(namespace="bench")["facts"] > 0
            row["stats_by_scan_ms"] = round((time.perf_counter() - t) * 1000, 1)
            row["stats_by_scan_cpu_ms"] = round((time.process_time() - c) * 1000, 1)
        rng = random.Random(3)
        sample = rng.sample(facts, min(200, len(facts)))
        people = [f.subject.iri if rng.random() < 0.5 or copies == 0
                  else f.subject.iri.replace("/id/person.", f"/id/person.r{rng.randint(1, copies)}_") for f in sample]
        times, cpu, own, found_any = [], [], [], 0
        for p in people:
            t, c, th = time.perf_counter(), time.process_time(), time.thread_time()
            found = list(store.facts(namespace="bench", subject=p))
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            own.append(time.thread_time() - th)
            found_any += bool(found)
        row["entity_facts_p50_ms"], row["entity_facts_p95_ms"] = (round(x, 2) for x in _ms(times))
        row["entity_facts_cpu_p50_ms"] = round(_ms(cpu)[0], 2)
        row["entity_facts_thread_cpu_p50_ms"] = round(_ms(own)[0], 2)  # without RocksDB's own threads
        row["entities_found"] = f"{found_any}/{len(people)}"  # a check of the fill
        if backend == "rdf":  # the same reads once the files the loads left are compacted (kgmem optimize)
            row["sst_files"] = len(list((work / "store" / "oxigraph").glob("*.sst")))
            t = time.perf_counter()
            getattr(store, "optimize", store.db.optimize)()  # a tree from before Store.optimize: the database's
            row["optimize_s"] = round(time.perf_counter() - t, 1)
            times, cpu = [], []
            store._described = {}  # the entities read so far: the same start as the first round
            for p in people:
                t, c = time.perf_counter(), time.process_time()
                list(store.facts(namespace="bench", subject=p))
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            row["entity_facts_p50_optimized_ms"] = round(_ms(times)[0], 2)
            row["entity_facts_cpu_p50_optimized_ms"] = round(_ms(cpu)[0], 2)
            times = []
            store._described = {}  # the same people again: RocksDB's block cache holds their data now
            for p in people:
                t = time.perf_counter()
                list(store.facts(namespace="bench", subject=p))
                times.append(time.perf_counter() - t)
            row["entity_facts_p50_reread_ms"] = round(_ms(times)[0], 2)
        times = []
        for _ in range(50):
            t = time.perf_counter()
            store.query(TWO_HOP_CYPHER if backend == "neo4j" else TWO_HOP, namespace="bench")
            times.append(time.perf_counter() - t)
        row["two_hop_p50_ms"] = round(_ms(times)[0], 2)
        row["peak_rss_before_recall_mb"] = round(_rss_mb())  # the write, the fill and the reads
        # over the SPARQL endpoint the first recall reads every fact through HTTP: at 100k it had not
        # finished after 25 minutes, so that backend stops at 10k
        if recall_questions and n <= (recall_max if backend != "oxigraph" else min(recall_max, 10_000)):
            _note(f"{backend} {n}: recall")
            row.update(_recall(store, sample[:recall_questions]))
        if backend == "rdf" and dump:
            rss = _rss_mb()
            t = time.perf_counter()
            with open(os.devnull, "wb") as out:
                store.dump(out, format="nq", namespace="bench")
            row["dump_nq_s"] = round(time.perf_counter() - t, 1)
            row["dump_rss_growth_mb"] = round(_rss_mb() - rss)
        store.close()
        hwm, args = _server_process(str(work / "server")) if backend != "rdf" else (None, [])
        data = work / ("store" if backend == "rdf" else "server")
        data = next((Path(a.split("=", 1)[1]) for a in args if a.startswith("-Dkgmem.neo4j.rundir=")), data)
        row["disk_mb"] = _du_mb(data)
        row["peak_rss_mb"] = round(_rss_mb())
        if backend != "rdf":
            row["server_peak_rss_mb"] = round(hwm) if hwm is not None else ""
    return row


def _recall(store, sample: list) -> dict:
    """``Memory.recall`` on the store's memory of facts (lexical: no sentence encoder): the first
    recall builds the index (seconds), then p50 over questions about sampled people."""
    from kg_memory import Memory
    from kg_memory.recall import RecallConfig

    memory = Memory(store, namespace="bench", recall_config=RecallConfig().without("semantic", "dialogue"))
    questions = [f"What is the {f.predicate} of {f.subject.label}?" for f in sample]
    t, c = time.perf_counter(), time.process_time()
    memory.recall(questions[0], 5)
    out = {"recall_index_s": round(time.perf_counter() - t, 1), "recall_index_cpu_s": round(time.process_time() - c, 1)}
    times = []
    for q in questions:
        t = time.perf_counter()
        memory.recall(q, 5)
        times.append(time.perf_counter() - t)
    out["recall_p50_ms"] = round(_ms(times)[0], 1)
    return out


class _server:
    """The backend's server for a run (none for ``rdf``): Neo4j (``$NEO4J_URI`` when set; its data is
    wiped first) or ``oxigraph serve``, both with their data under ``work/server``."""

    def __init__(self, backend: str, work: Path) -> None:
        self.backend, self.work, self.ctx = backend, work, None

    def __enter__(self):
        sys.path.insert(0, str(REPO))
        from tests.servers import running_neo4j, running_oxigraph

        if self.backend == "rdf":
            return None
        if self.backend == "oxigraph":
            self.ctx = running_oxigraph(self.work / "server")
            return self.ctx.__enter__()
        if os.environ.get("NEO4J_URI"):
            import neo4j

            user = os.environ.get("NEO4J_USER")
            auth = (user, os.environ.get("NEO4J_PASSWORD", "")) if user else None
            with neo4j.GraphDatabase.driver(os.environ["NEO4J_URI"], auth=auth) as d, d.session() as s:
                s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()
            return os.environ["NEO4J_URI"], auth
        # the full JIT (the tests' default stops at C1 for a quick start): long statements run faster
        os.environ.setdefault("NEO4J_JAVA_OPTS", "-Xmx2g -XX:+UseSerialGC")
        self.ctx = running_neo4j(self.work / "server")
        return self.ctx.__enter__().uri, None

    def __exit__(self, *exc: object) -> None:
        if self.ctx is not None:
            self.ctx.__exit__(*exc)


def _remember() -> list[dict]:
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "remember.py"), "--format", "json"],
                         capture_output=True, text=True)
    if out.returncode:
        return [{"step": "remember.py failed", "error": out.stderr.strip().splitlines()[-1:]}]
    return json.loads(out.stdout)


#: Time per operation, for the growth table.
_GROWTH = ("stats_ms", "entity_facts_p50_ms", "entity_facts_cpu_p50_ms", "entity_facts_thread_cpu_p50_ms",
           "entity_facts_p50_optimized_ms", "entity_facts_cpu_p50_optimized_ms", "entity_facts_p50_reread_ms",
           "two_hop_p50_ms", "recall_p50_ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--backends", default="rdf,neo4j,oxigraph", help="comma-separated: rdf, neo4j, oxigraph")
    parser.add_argument("--write-facts", type=int, default=20_000, help="facts written with store.add per size")
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--recall-questions", type=int, default=20, help="0: no recall")
    parser.add_argument("--recall-max", type=int, default=100_000,
                        help="no recall above this size (its first call reads every fact into the index; "
                             "oxigraph: 10k at most)")
    parser.add_argument("--remember", action="store_true", help="also run benchmarks/remember.py once")
    parser.add_argument("--work", type=Path, help="where stores go (default: a temporary folder)")
    parser.add_argument("--no-dump", action="store_true", help="no N-Quads dump of the embedded store")
    parser.add_argument("--save", type=Path, help="append each row to this JSON-lines file")
    parser.add_argument("--show", type=Path, help="print the tables of the rows saved in this file, and run nothing")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # run one backend:size (child process)
    args = parser.parse_args()
    if args.show is not None:
        print_tables([json.loads(line) for line in args.show.read_text().splitlines() if line.strip()])
        return
    if args.one is not None:
        backend, n = args.one.split(":")
        print(json.dumps(run_size(backend, int(n), args.write_facts, args.batch, args.work, args.recall_questions,
                                  args.recall_max, not args.no_dump)))
        return
    backends = args.backends.split(",")
    rows = []
    for n in args.sizes:
        for backend in backends:
            with tempfile.TemporaryDirectory(prefix="kgmem-scale-", dir=args.work) as tmp:
                out = subprocess.run([sys.executable, __file__, "--one", f"{backend}:{n}", "--write-facts",
                                      str(args.write_facts), "--batch", str(args.batch), "--work", tmp,
                                      "--recall-questions", str(args.recall_questions), "--recall-max",
                                      str(args.recall_max), *(["--no-dump"] if args.no_dump else [])],
                                     stdout=subprocess.PIPE, text=True)  # its progress goes to stderr
                if out.returncode:
                    print(f"# {backend} at {n} failed", file=sys.stderr, flush=True)
                    continue
                rows.append(json.loads(out.stdout.splitlines()[-1]))
                print(f"# {rows[-1]}", file=sys.stderr, flush=True)
                if args.save is not None:
                    with open(args.save, "a") as f:
                        f.write(json.dumps(rows[-1]) + "\n")
    print_tables(rows)
    if args.remember:
        print("\nremember (benchmarks/remember.py, LoCoMo, embedded store)")
        for r in _remember():
            print("  " + "  ".join(f"{k}={v}" for k, v in r.items()))


def print_tables(rows: list[dict]) -> None:
    """The scale table (a column per backend and size) and the growth table (each backend's time per
    operation at each size over its first size)."""
    if not rows:
        return
    columns = list(dict.fromkeys(c for r in rows for c in r))
    w = max(len(c) for c in columns) + 12
    print("scale (one process per backend and size; ms are wall clock, cpu = this process)")
    for c in columns:
        print(f"{c:<{w}}" + "".join(f"{str(r.get(c, '')):>16}" for r in rows))
    print("\ngrowth: time per operation over the backend's first size (1.0 = flat); sizes (MB) per fact")
    for backend in dict.fromkeys(r["backend"] for r in rows):
        mine = sorted((r for r in rows if r["backend"] == backend), key=lambda r: r["facts"])
        if len(mine) < 2:
            continue
        print(f"{backend:<{w}}" + "".join(f"{r['facts']:>16}" for r in mine))
        for c in (*_GROWTH, "disk_mb", "peak_rss_before_recall_mb", "peak_rss_mb", "server_peak_rss_mb"):
            if not all(isinstance(r.get(c), (int, float)) and isinstance(mine[0].get(c), (int, float)) for r in mine):
                continue
            per = c.endswith("_mb")
            vals = [r[c] / r["facts"] if per else r[c] for r in mine]
            cells = [f"{x / vals[0]:.2f}" if vals[0] > (0 if per else 0.05) else "below 0.05 ms" for x in vals]
            print(f"  {c + (' per fact' if per else ''):<{w - 2}}" + "".join(f"{x:>16}" for x in cells))


if __name__ == "__main__":
    main()
