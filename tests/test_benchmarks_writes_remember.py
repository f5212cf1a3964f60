"""The write benchmarks measure what they say: ``writes.py``'s engine baselines load every quad the
store holds, and ``remember.py`` runs ``kgmem remember`` from cached bytecode when given a cache."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from tests.benchmarks import FOLDER, load_benchmark


def test_the_engine_baselines_load_every_quad_three_ways(tmp_path: Path) -> None:
    writes = load_benchmark("writes")
    g = ox.NamedNode("https://w3id.org/kg-memory/graph/bench")
    quads = [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                     ox.Literal(f"value {i}"), g) for i in range(50)]
    quads.append(ox.Quad(ox.NamedNode("http://example.org/s0"), ox.NamedNode("http://example.org/q"),
                         ox.Literal("in the default graph"), ox.DefaultGraph()))

    timings = writes.engine_baseline(quads, tmp_path)

    assert set(timings) == {"bulk_extend", "bulk_load", "load"}
    for how in timings:
        store = ox.Store(str(tmp_path / how))
        assert set(store.quads_for_pattern(None, None, None, None)) == set(quads), how
        del store


def test_remember_runs_from_the_bytecode_cache_it_is_given(tmp_path: Path) -> None:
    remember = load_benchmark("remember")
    chat = tmp_path / "chat.jsonl"
    lines = [{"conversation": "c1", "turn": str(i), "speaker": "Alice", "text": f"I live in Paris. Turn {i}.",
              "time": "2024-03-10T10:00:00"} for i in range(3)]
    chat.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    cache = tmp_path / "pycache"

    seconds, cpu, report = remember.remember(FOLDER.parent, chat, tmp_path / "store", cache)

    assert report["turns"] == 3 and report["facts"] >= 1
    assert seconds > 0 and cpu > 0
    compiled = {p.name.split(".")[0] for p in cache.rglob("*.pyc") if "kg_memory" in p.parts}
    assert {"memory", "rdf", "_rdf_batch"} <= compiled
