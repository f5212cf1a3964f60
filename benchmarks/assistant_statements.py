"""What a user tells an assistant about themself, in English and in Chinese: are the facts kept?

``data/assistant_statements.jsonl`` holds lines a user types to an assistant (written for this project, so
under its licence): each with the facts a careful reader would store, and requests, questions, wishes and
hypotheticals that should store nothing. Each line is one turn of the speaker "Ann" (English) or "安娜"
(Chinese), read alone, or after the assistant's question (``asked``: "Where do you live?" - "In Lisbon."). An expected fact ``[subject, predicate, object]`` is found when some fact has

* the subject: ``"I"`` is the speaker; another subject ("husband", "Emma") is found in the fact's subject label
  ("Ann's husband", "Emma");
* one of the predicates (``"habit|hobby"``);
* an object one of whose names (label or alias) holds one of the objects (``"house|Austin"``), or is held by it
  (case and spaces aside; a gerund matches its stem: "running" holds "run").

Reported per language: expected facts found (recall), lines of nothing with some fact (false alarms), and facts
per line (an ending with no object, "I quit my job", closes a stored fact and is never stored: not counted). The
lines are split in two halves by a hash of their text: ``dev`` may be read to find what the rules miss; ``held`` is
only counted, so that it shows whether a fix made on ``dev`` carries to lines not read
(the lines are ours, so neither half is an independent check).

    python benchmarks/assistant_statements.py                 # the table
    python benchmarks/assistant_statements.py --show-misses   # the dev half's misses and false alarms
    python benchmarks/assistant_statements.py --format json
    python benchmarks/assistant_statements.py --data fresh.jsonl   # other lines in the same format
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this tree's package first, as the other benchmarks

from kg_memory.extract import RuleExtractor  # noqa: E402
from kg_memory.types import Entity, Fact, Turn  # noqa: E402

DATA = HERE / "data" / "assistant_statements.jsonl"
SPEAKERS = {"en": "Ann", "zh": "安娜"}


def half(text: str) -> str:
    """``"dev"`` or ``"held"``: the half a line belongs to, by a hash of its text."""
    return "dev" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def _norm(text: str) -> str:
    return " ".join(str(text).lower().replace("《", "").replace("》", "").split())


def _names(value: object) -> list[str]:
    return [_norm(n) for n in ((value.label, *value.aliases) if isinstance(value, Entity) else (value,))]


def _holds(name: str, expected: str) -> bool:
    if expected in name or (len(name) >= 2 and name in expected):
        return True
    stem = expected[:-3] if expected.endswith("ing") and len(expected) > 5 else None  # "running" -> "run"
    return stem is not None and stem in name


def found(facts: Sequence[Fact], expected: Sequence[str], speaker: str) -> bool:
    """Whether ``facts`` hold the expected ``[subject, predicate, object]`` (see the module docstring)."""
    subject, predicates, objects = expected
    for fact in facts:
        if fact.predicate not in predicates.split("|"):
            continue
        who = _norm(fact.subject.label)
        if (who != _norm(speaker)) if subject == "I" else (_norm(subject) not in who):
            continue
        if any(_holds(name, _norm(obj)) for name in _names(fact.object) for obj in objects.split("|")):
            return True
    return False


def evaluate(rows: Sequence[dict], extract: Callable[[list[Turn]], list[Fact]] | None = None
             ) -> tuple[list[dict], list[tuple[dict, list, list[Fact]]]]:
    """One result per (language, half): expected facts found, false alarms, facts per line; and the lines with a
    miss or a false alarm (the line, the facts missed, the facts given)."""
    extract = extract or RuleExtractor().extract
    stats: dict[tuple[str, str], dict] = {}
    misses = []
    for i, row in enumerate(rows):
        speaker, when = SPEAKERS[row["lang"]], datetime(2026, 5, 1)
        asked = [Turn("chat", f"{i}q", "Assistant", row["asked"], when)] if row.get("asked") else []
        facts = [f for f in extract([*asked, Turn("chat", str(i), speaker, row["text"], when)])
                 if (f.source is None or f.source.turn == str(i)) and not f.ends_every_value]  # an ending is never stored
        s = stats.setdefault((row["lang"], half(row["text"])), {"lines": 0, "expected": 0, "found": 0, "empty_lines": 0,
                                                                "false_alarms": 0, "facts": 0})
        s["lines"] += 1
        s["facts"] += len(facts)
        if not row["facts"]:
            s["empty_lines"] += 1
            s["false_alarms"] += bool(facts)
        hits = [found(facts, e, speaker) for e in row["facts"]]
        s["expected"] += len(hits)
        s["found"] += sum(hits)
        if not all(hits) or (not row["facts"] and facts):
            misses.append((row, [e for e, h in zip(row["facts"], hits) if not h], facts))
    out = []
    for (lang, part), s in sorted(stats.items()):
        out.append({"lang": lang, "half": part, **s, "recall": s["found"] / max(s["expected"], 1),
                    "false_alarm_rate": s["false_alarms"] / max(s["empty_lines"], 1),
                    "facts_per_line": s["facts"] / s["lines"]})
    return out, misses


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--show-misses", action="store_true", help="print the dev half's misses and false alarms")
    parser.add_argument("--data", type=Path, default=DATA, help="the lines (JSON lines, this file's format)")
    args = parser.parse_args(argv)
    with args.data.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    results, misses = evaluate(rows)
    if args.format == "json":
        print(json.dumps(results, indent=2))
    else:
        print(f"{'lang':<5}{'half':<6}{'lines':>6}{'expected':>10}{'found':>7}{'recall':>8}{'empty':>7}{'false alarms':>14}"
              f"{'facts/line':>12}")
        for r in results:
            print(f"{r['lang']:<5}{r['half']:<6}{r['lines']:>6}{r['expected']:>10}{r['found']:>7}{r['recall']:>8.1%}"
                  f"{r['empty_lines']:>7}{r['false_alarms']:>14}{r['facts_per_line']:>12.2f}")
    if args.show_misses:
        for row, missed, facts in misses:
            if half(row["text"]) != "dev":
                continue
            print(f"\n{row['text']}\n  missed: {missed or '-'}")
            for fact in facts:
                obj = fact.object.label if isinstance(fact.object, Entity) else fact.object
                print(f"  got: ({fact.subject.label}, {fact.predicate}, {obj}){' ended' if fact.ended else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
