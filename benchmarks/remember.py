"""Time ``kgmem remember`` on LoCoMo's 5,882 turns (10 conversations), end to end.

Beside it, in the same run: the rule extractor alone (no store), so the table shows what storage and
entity resolution add. Data is read from ``--data`` (default ``../shared/data``); nothing is copied.

    .venv/bin/python benchmarks/remember.py
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

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from locomo import load_locomo  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    args = parser.parse_args()
    conversations, _ = load_locomo(args.data)
    turns = [t for c in conversations for t in c.turns]
    tmp = Path(tempfile.mkdtemp(prefix="kgm-remember-"))
    try:
        chat = tmp / "locomo.jsonl"
        with open(chat, "w", encoding="utf-8") as f:
            for t in turns:
                f.write(json.dumps({"conversation": t.conversation, "turn": t.turn, "speaker": t.speaker,
                                    "text": t.text, "time": t.time.isoformat()}, ensure_ascii=False) + "\n")
        from kg_memory.extract import RuleExtractor

        extractor = RuleExtractor()
        t0 = time.perf_counter()
        facts = sum(len(extractor.extract(c.turns)) for c in conversations)
        extract_s = time.perf_counter() - t0
        kgmem = Path(sys.executable).with_name("kgmem")
        t0 = time.perf_counter()
        out = subprocess.run([str(kgmem), "remember", str(chat), "--store", str(tmp / "store"), "-f", "json"],
                             capture_output=True, text=True, check=True)
        remember_s = time.perf_counter() - t0
        report = json.loads(out.stdout)[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = [
        {"step": "rule extraction only (in process)", "turns": len(turns), "facts": facts,
         "seconds": round(extract_s, 2), "turns/s": round(len(turns) / extract_s)},
        {"step": "kgmem remember (process, store on disk, resolution)", "turns": report["turns"],
         "facts": report["facts"], "seconds": round(remember_s, 2), "turns/s": round(report["turns"] / remember_s)},
    ]
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="kgmem remember on LoCoMo")
    for c in rows[0]:
        table.add_column(c)
    for r in rows:
        table.add_row(*[str(v) for v in r.values()])
    Console(width=160).print(table)


if __name__ == "__main__":
    main()
