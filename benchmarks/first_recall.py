"""Benchmark: how long the first recall takes after ``remember``, and in a new process (issue 18 item 3).

Generates ``--turns`` turns (made-up people who say where they live, talk about other things, and
later say they moved), remembers them into a new store on disk, then times:

* ``remember``: the whole call (extraction, store, and recall's entries made at write time);
* the first recall in the same process, lexical only and with the default configuration (which
  embeds with MiniLM: a large memory is embedded in the background and the recall uses what is
  ready; loading the model is part of that first call);
* a new process: opening the memory, reading recall's entries from disk (``new_load_entries``),
  and its first recall, lexical only and default (this first recall also pays one-time imports
  outside recall: the extraction package, which the time parser sits in, and the fuzzy index);
* "now" questions ("Where does X live now?"): the share whose first answer is the current value.

Run::

    .venv/bin/python benchmarks/first_recall.py --turns 5000 100000
    PYTHONPATH=/tmp/head .venv/bin/python benchmarks/first_recall.py --turns 5000   # a checkout of an older version

With an older version (no entries) the first recall builds the whole index from the store.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig

SYLLABLES = "ka ro mi te lu sa no vi da re po chi an el mo ta ki su ne ba".split()
CITIES = ["Lisbon", "Porto", "Nairobi", "Osaka", "Quito", "Tromso", "Valencia", "Zagreb", "Paris", "London"]
FILLER = ["I went hiking last weekend with my dog.", "We watched a movie about space travel.",
          "My neighbour bakes great bread.", "I started learning the guitar.", "The weather was terrible.",
          "I read a novel about a lighthouse keeper.", "Work has been busy this month."]
LEXICAL = RecallConfig().without("semantic", "dialogue")


def generate(n: int, seed: int = 0) -> tuple[list[Turn], dict[str, str]]:
    """``n`` turns, three per person (a home, another topic, a move a year later); name -> current city."""
    rng = random.Random(seed)
    turns: list[Turn] = []
    current: dict[str, str] = {}
    start = datetime(2023, 1, 1)
    i = 0
    while len(turns) < n:
        name = "".join(rng.choices(SYLLABLES, k=2)).capitalize() + " " + "".join(rng.choices(SYLLABLES, k=3)).capitalize()
        if name in current:
            continue
        old, new = rng.sample(CITIES, 2)
        when = start + timedelta(minutes=i)
        turns += [Turn(f"p{i}a", "1", name, f"I live in {old}.", when),
                  Turn(f"p{i}a", "2", name, rng.choice(FILLER), when),
                  Turn(f"p{i}b", "1", name, f"I moved to {new}.", when + timedelta(days=400))]
        current[name] = new
        i += 1
    return turns[:n], current


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def child(directory: str, lexical_only: bool) -> None:
    """In a new process: open the memory, recall once lexically, then once by default (timings as JSON)."""
    out: dict[str, float] = {}
    start = time.perf_counter()
    memory = Memory(directory, recall_config=LEXICAL)
    out["open"] = time.perf_counter() - start
    engine = getattr(memory, "_recall_engine", None)
    if engine is not None:  # this version keeps recall's entries on disk: time reading them apart
        _, out["load_entries"] = timed(engine().contents, memory.namespace)
    _, out["first_lexical"] = timed(memory.recall, "Where does Kaan Romite live now?", 5)
    recaller = getattr(memory, "_recaller", None)
    from kg_memory.recall.recaller import Recaller

    if lexical_only:
        print(json.dumps(out))
        return

    default = Recaller(memory)
    if recaller is not None and hasattr(recaller, "contents"):
        default._contents = recaller._contents  # the same entries (a second recaller of the memory)
    _, out["first_default"] = timed(default.recall, "Where does Kaan Romite live now?", 5, namespace=memory.namespace)
    print(json.dumps(out))
    sys.stdout.flush()


def run(n: int, folder: Path, lexical_only: bool = False) -> dict[str, float]:
    turns, current = generate(n)
    directory = folder / f"store{n}"
    shutil.rmtree(directory, ignore_errors=True)
    row: dict[str, float] = {"turns": n}
    memory = Memory(directory, recall_config=LEXICAL)
    _, row["remember"] = timed(memory.remember, turns)
    names = list(current)[:: max(1, len(current) // 50)][:50]
    _, row["first_lexical"] = timed(memory.recall, f"Where does {names[0]} live now?", 5)
    from kg_memory.recall.recaller import Recaller

    if not lexical_only:
        default = Recaller(memory)
        shared = getattr(memory, "_recaller", None)
        if shared is not None and hasattr(shared, "_contents"):
            default._contents = shared._contents
        _, row["first_default"] = timed(default.recall, f"Where does {names[1]} live now?", 5,
                                        namespace=memory.namespace)
    warm = []
    right = 0
    for name in names:
        found, seconds = timed(memory.recall, f"Where does {name} live now?", 5)
        warm.append(seconds)
        top = found[0].fact if found else None
        right += top is not None and getattr(top.object, "label", None) == current[name] and top.valid_to is None
    row["warm_p50"] = sorted(warm)[len(warm) // 2]
    row["now_top1"] = right / len(names)
    memory.close()
    started = time.perf_counter()
    command = [sys.executable, __file__, "--child", str(directory)] + (["--lexical-only"] if lexical_only else [])
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    row["new_process_total"] = time.perf_counter() - started
    timings = json.loads(done.stdout.strip().splitlines()[-1])
    row.update({f"new_{k}": v for k, v in timings.items()})
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, nargs="+", default=[5000])
    parser.add_argument("--folder", type=Path, default=None, help="where the stores go (default: a temporary folder)")
    parser.add_argument("--lexical-only", action="store_true", help="skip the default configuration (MiniLM)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.lexical_only)
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="kgm-first-recall-"))
    rows = [run(n, folder, args.lexical_only) for n in args.turns]
    cols = ["turns", "remember", "first_lexical", "first_default", "warm_p50", "now_top1", "new_open",
            "new_load_entries", "new_first_lexical", "new_first_default", "new_process_total"]
    print(" ".join(f"{c:>18}" for c in cols))
    for row in rows:
        print(" ".join(f"{row.get(c, float('nan')):>18.3f}" for c in cols))
    print("seconds (now_top1: share of 'Where does X live now?' whose first answer is the current city)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
