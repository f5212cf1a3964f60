"""Recall's entries at 100,000 turns without extraction: what remember adds per batch, the first recall
after it, and a new process reading the entries and answering its first recall (issue 18 item 3:
both within 2 s at 100,000 turns).

The turns are those of ``benchmarks/first_recall.py`` (people who say where they live, then that they
moved: every fact is a changed value, the worst case for "now" questions); the facts are made by hand,
as extraction would make them, and followed by the recaller's :class:`~kg_memory.recall.contents.Contents`
batch by batch, as ``remember`` does. Columns (seconds; wall clock, CPU time in brackets where given):

* ``entries at write``: making the entries of every batch (and appending them to ``index.log``), through
  :meth:`Recaller.follow <kg_memory.recall.recaller.Recaller.follow>` as ``remember`` does;
* ``derive+query``: deriving the index from the entries and scoring one question with BM25 (turns and
  facts): the figure of the previous session;
* ``first recall``: the first ``Recaller.recall`` after the writes (lexical configuration; deriving the
  index is part of it);
* ``new: load``, ``new: first recall``: in a new process, reading ``index.log`` and the first recall
  (``new: total`` adds the imports and opening an empty memory).

Run::

    .venv/bin/python benchmarks/first_recall_entries.py --turns 5000 100000
    PYTHONPATH=/tmp/old .venv/bin/python benchmarks/first_recall_entries.py   # an older checkout

``benchmarks/first_recall.py`` measures the same through ``Memory`` with a store (extraction included).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg_memory import Entity, Fact, Memory, Provenance
from kg_memory.recall.contents import Contents
from kg_memory.recall.recaller import Recaller

sys.path.insert(0, str(Path(__file__).parent))
from first_recall import LEXICAL, generate  # noqa: E402

QUESTION = "Where does Kaan Romite live now?"


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> list[float]:
    wall, cpu = clocks()
    return [wall - start[0], cpu - start[1]]


def recaller(contents: Contents) -> Recaller:
    """A lexical recaller whose memory (an empty store in memory) holds ``contents`` as its entries."""
    memory = Memory(recall_config=LEXICAL)
    found = Recaller(memory, config=LEXICAL)
    found._contents[memory.namespace] = (memory.version(namespace=memory.namespace), contents)
    return found


def child(folder: str, started: float) -> None:
    """In a new process: read the entries, recall once (timings as JSON on stdout)."""
    out: dict[str, Any] = {}
    start = clocks()
    contents = Contents.load(Path(folder))
    out["load"] = since(start)
    assert contents is not None, "no entries on disk"
    engine = recaller(contents)
    start = clocks()
    found = engine.recall(QUESTION, 5, namespace=engine.memory.namespace)
    out["first"] = since(start)
    out["total"] = time.time() - started
    out["answer"] = found[0].text if found else None
    print(json.dumps(out))


def run(n: int) -> dict[str, Any]:
    turns, _ = generate(n)
    folder = Path(tempfile.mkdtemp(prefix="kgm-entries-"))
    row: dict[str, Any] = {"turns": n}
    contents = Contents(folder)
    engine = recaller(contents)  # the recaller that follows the writes, as ``remember`` feeds it
    follow = engine.follow
    start = clocks()
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
        follow(engine.memory.namespace)(batch, facts)
    row["write"] = since(start)
    row["facts"] = len(contents.facts)
    start = clocks()
    index = contents.index()
    index.lexical_scores(QUESTION, "turns")
    index.lexical_scores(QUESTION, "facts")
    row["derive"] = since(start)
    contents._index = None  # derived again by the first recall
    start = clocks()
    found = engine.recall(QUESTION, 5, namespace=engine.memory.namespace)
    row["first"] = since(start)
    row["answer"] = found[0].text if found else None
    engine.memory.close()
    done = subprocess.run([sys.executable, __file__, "--child", str(folder), str(time.time())],
                          capture_output=True, text=True, check=True)
    timings = json.loads(done.stdout.strip().splitlines()[-1])
    row.update({f"new_{k}": v for k, v in timings.items()})
    row["log_mb"] = (folder / "index.log").stat().st_size / 1e6
    engine.dense(engine.memory.namespace).wait()  # the key-value memory built after the answer writes here
    shutil.rmtree(folder, ignore_errors=True)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, nargs="+", default=[100000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]))
        return 0
    rows = [run(n) for n in args.turns]
    cols = [("turns", "turns"), ("facts", "facts"), ("write", "entries at write"), ("derive", "derive+query"),
            ("first", "first recall"), ("new_load", "new: load"), ("new_first", "new: first recall"),
            ("new_total", "new: total"), ("log_mb", "log MB")]
    print(" ".join(f"{title:>19}" for _, title in cols))
    for row in rows:
        cells = []
        for key, _ in cols:
            value = row.get(key)
            cells.append(f"{value[0]:>9.2f} ({value[1]:>6.2f})" if isinstance(value, list)
                         else f"{value:>19.1f}" if isinstance(value, float) else f"{value:>19}")
        print(" ".join(cells))
        print(f"  first answer: {row.get('answer')!r}; in the new process: {row.get('new_answer')!r}")
    print("seconds: wall clock (CPU time of the process); the machine's load shows in their difference")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
