"""Recall's entries at 100,000 turns without a store: what remember adds per batch, deriving the index
(the first recall's work after ``remember``), and reading the entries in a new process.

Run::

    .venv/bin/python benchmarks/first_recall_entries.py --turns 100000

``benchmarks/first_recall.py`` measures the same through ``Memory`` with a store (extraction included).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from kg_memory import Entity, Fact, Provenance
from kg_memory.recall.contents import Contents

sys.path.insert(0, str(Path(__file__).parent))
from first_recall import generate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, default=100000)
    args = parser.parse_args()
    turns, _ = generate(args.turns)
    folder = Path(tempfile.mkdtemp(prefix="kgm-entries-"))
    contents = Contents(folder)
    start = time.perf_counter()
    for i in range(0, len(turns), 500):
        batch = turns[i:i + 500]
        facts = []
        for t in batch:
            if t.text.startswith(("I live in", "I moved to")):
                city = t.text.rsplit(" ", 1)[-1].rstrip(".")
                person = Entity(t.speaker, "Person", f"ex:{t.speaker.replace(' ', '_')}")
                facts.append(Fact(person, "livesIn", Entity(city, "Place", f"ex:{city}"),
                                  sources=(Provenance(t.conversation, t.turn, t.speaker, t.time),),
                                  valid_from=t.time))
        contents.add(batch, facts, {"livesIn"})
    write = time.perf_counter() - start
    start = time.perf_counter()
    index = contents.index()
    index.lexical_scores("Where does Kaan Romite live now?", "turns")
    index.lexical_scores("Where does Kaan Romite live now?", "facts")
    derive = time.perf_counter() - start
    start = time.perf_counter()
    loaded = Contents.load(folder)
    load = time.perf_counter() - start
    assert loaded is not None and len(loaded.turns) == len(contents.turns) and len(loaded.facts) == len(contents.facts)
    start = time.perf_counter()
    loaded.index().lexical_scores("Where does Kaan Romite live now?", "turns")
    derive_loaded = time.perf_counter() - start
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"{'turns':>8} {'facts':>8} {'entries at write (s)':>21} {'derive+query (s)':>17} {'load (s)':>9} "
          f"{'derive loaded (s)':>18} {'log MB':>7}")
    print(f"{len(contents.turns):>8} {len(contents.facts):>8} {write:>21.2f} {derive:>17.2f} {load:>9.2f} "
          f"{derive_loaded:>18.2f} {size / 1e6:>7.1f}")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
