"""How long each export format takes on synthetic memory graphs of 10k and 100k facts.

Each format is timed writing to a file, next to the closest plain networkx writer on the same graph
(the baseline, measured in the same run): ``write_graphml``/``write_gexf`` on the graph with its
attributes already flattened, ``cytoscape_data``/``node_link_data`` + ``json.dumps``, and
``write_edgelist`` (predicate only) for DOT and HTML.

    python benchmarks/export.py            # 10k and 100k edges
    python benchmarks/export.py --quick    # 10k edges only
    python benchmarks/export.py --format json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg_memory.export import FORMATS
from kg_memory.export._common import flat_graph

KGM = "https://w3id.org/kg-memory/"
TYPES = ("Person", "Place", "Organization", "Animal", "Event", "Thing", "Literal")
PREDICATES = ("livesIn", "worksFor", "knows", "hasPet", "attended", "birthDate", "likes")


def memory_graph(n_edges: int, seed: int = 7) -> nx.MultiDiGraph:
    """A memory-shaped graph: n_edges/3 entities, hubs (power-law degrees), sources on every fact."""
    rng = random.Random(seed)
    n_nodes = max(2, n_edges // 3)
    G = nx.MultiDiGraph()
    for i in range(n_nodes):
        type_ = TYPES[i % len(TYPES)]
        iri = f"{KGM}id/{type_.lower()}/e{i}"
        G.add_node(iri, label=f"实体 {i}" if i % 5 == 0 else f"Entity {i}", type=type_, iri=iri,
                   aliases=[f"E{i}"] if i % 3 == 0 else [])
    nodes = list(G)
    for j in range(n_edges):
        u = nodes[min(int(rng.paretovariate(1.2)) - 1, n_nodes - 1)]
        v = nodes[rng.randrange(n_nodes)]
        closed = j % 10 == 0
        G.add_edge(u, v, key=f"{KGM}fact/{j}", predicate=PREDICATES[j % len(PREDICATES)],
                   predicate_iri=f"{KGM}ontology#{PREDICATES[j % len(PREDICATES)]}",
                   confidence=rng.random(), valid_from="2021-03-01T00:00:00+00:00",
                   valid_to="2023-01-01T00:00:00+00:00" if closed else None, current=not closed,
                   sources=[{"conversation": f"c{j % 50}", "turn": str(j), "speaker": "user",
                             "time": None, "text": f"Fact number {j} was said here."}])
    return G


def _baselines(G: nx.MultiDiGraph) -> dict[str, tuple[str, Callable[[Path], None]]]:
    flat = flat_graph(G)

    def dumps(data: dict, path: Path) -> None:
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    edgelist = ("nx.write_edgelist", lambda p: nx.write_edgelist(G, p, data=["predicate"]))
    return {
        "graphml": ("nx.write_graphml (pre-flattened)", lambda p: nx.write_graphml(flat, p)),
        "gexf": ("nx.write_gexf (pre-flattened)", lambda p: nx.write_gexf(flat, p)),
        "dot": edgelist,
        "cytoscape": ("nx.cytoscape_data + json", lambda p: dumps(nx.cytoscape_data(G), p)),
        "nodelink": ("nx.node_link_data + json", lambda p: dumps(nx.node_link_data(G, edges="links"), p)),
        "html": edgelist,
    }


def _time(function: Callable[[Path], None], path: Path, repeat: int) -> tuple[float, float]:
    """The best wall-clock and CPU seconds of ``repeat`` runs (CPU time is steadier on a busy host)."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function(path)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def run(sizes: list[int], repeat: int) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            G = memory_graph(size)
            baselines = _baselines(G)
            for name, writer in FORMATS.items():
                path = Path(folder) / f"out.{name}"
                seconds, cpu = _time(lambda p: writer(G, p), path, repeat)  # noqa: B023
                megabytes = os.path.getsize(path) / 1e6
                base_name, base = baselines[name]
                base_seconds, base_cpu = _time(base, Path(folder) / "baseline", repeat)
                rows.append({"format": name, "nodes": G.number_of_nodes(), "edges": size,
                             "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
                             "MB": round(megabytes, 2), "baseline": base_name,
                             "baseline_seconds": round(base_seconds, 3),
                             "baseline_cpu_seconds": round(base_cpu, 3),
                             "ratio_cpu": round(cpu / base_cpu, 2) if base_cpu else None})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k edges only")
    parser.add_argument("--sizes", type=int, nargs="+", help="edge counts (default 10000 100000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measure; the best is kept")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([10_000] if args.quick else [10_000, 100_000])
    rows = run(sizes, args.repeat)
    if args.format == "json":
        json.dump(rows, sys.stdout, indent=2)
        print()
        return 0
    header = (f"{'format':<10} {'nodes':>7} {'edges':>7} {'wall s':>7} {'cpu s':>7} {'MB':>7}  "
              f"{'baseline':<34} {'wall s':>7} {'cpu s':>7} {'cpu ratio':>9}")
    print(header)
    print("-" * len(header))
    for row in rows:
        print(f"{row['format']:<10} {row['nodes']:>7} {row['edges']:>7} {row['seconds']:>7.2f} "
              f"{row['cpu_seconds']:>7.2f} {row['MB']:>7.2f}  {row['baseline']:<34} "
              f"{row['baseline_seconds']:>7.2f} {row['baseline_cpu_seconds']:>7.2f} {row['ratio_cpu']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
