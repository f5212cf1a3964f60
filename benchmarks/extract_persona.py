"""Benchmark the rule extractor on PersonaExt/DNLI persona utterances.

Each utterance of ``personaext_dnli/personaext_union_devtest.jsonl`` carries one gold
(head, relation, tail) triple over 76 relations. A gold triple counts as found when some fact has
the speaker as subject (or the relative the gold head names, "my dad"), a predicate that
``RELATIONS`` maps the gold relation to, and an object one of whose names (its label or an alias, as
stored in the graph: the named pet "Rex" is also "Speaker's dog") overlaps the gold tail with token
F1 >= 0.5, tokens compared by their :func:`stem` ("cooking" is "cook", "cats" is "cat"). The same is
reported ignoring the predicate, with facts per utterance beyond the gold one (a precision proxy),
figures for the 20 largest relations, and speed, beside a naive baseline (subject-verb-object of the
first clause) measured in the same run.

The data is read at run time (non-commercial licence: never copy it into the repository)::

    python benchmarks/extract_persona.py            # all 22,566 utterances
    python benchmarks/extract_persona.py --quick    # a 3,000-utterance sample
    python benchmarks/extract_persona.py --quick --repeat 3   # speed: best of 3 passes
    python benchmarks/extract_persona.py --format json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from kg_memory.extract import RuleExtractor
from kg_memory.extract.datasets import read_mapping
from kg_memory.types import Entity, Fact, Turn

SPEAKER = "Speaker"
FIRST_PERSON = {"i", "me", "my", "mine", "we", "our", "us", "myself", "ours"}

MAPPING_TABLE = Path(__file__).resolve().parent / "mappings" / "personaext.csv"
#: The gold relations mapped to the vocabulary predicates that mean the same: read from the mapping
#: table ``mappings/personaext.csv`` (its README says why some relations accept several predicates).
#: An empty tuple marks relations the vocabulary cannot express (negative facts, past habits, schedules).
MAPPING = read_mapping(MAPPING_TABLE)
RELATIONS: dict[str, tuple[str, ...]] = {rel: MAPPING.predicates(rel) for rel in sorted(MAPPING.relations)}

_TOKEN = re.compile(r"[a-z0-9]+")
_BASELINE_VERBS = {
    "like": "likes", "likes": "likes", "love": "likes", "loves": "likes", "enjoy": "likes",
    "hate": "dislikes", "have": "owns", "has": "owns", "own": "owns", "work": "worksFor",
    "live": "livesIn", "am": "jobTitle", "play": "hobby", "speak": "speaks",
}


def stem(token: str) -> str:
    """A word without the endings that leave the thing named the same, so that the gold tail "cook" matches
    "i love cooking" and "dogs" the fact's "dog": "cats" -> "cat", "cooking" -> "cook", "hiking" and "hike" ->
    "hik", "running" -> "run", "puppies" and "puppy" -> "puppi", "movies" and "movie" -> "movi"."""
    if len(token) > 5 and token.endswith("ing"):
        token = token[:-3]
        if token[-1] == token[-2] and token[-1] not in "aeioulsz":
            token = token[:-1]
    elif len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        token = token[:-1]
    if len(token) > 3 and token.endswith("e"):
        token = token[:-1]
    return token[:-1] + "i" if len(token) > 3 and token.endswith("y") else token


def tokens(text: str, drop: str = "") -> list[str]:
    """Lower-case word tokens reduced to their :func:`stem`, without the speaker's possessive and the word "my"."""
    text = text.lower().replace(f"{drop.lower()}'s", " ") if drop else text.lower()
    return [stem(t) for t in _TOKEN.findall(text) if t not in ("my", "s")]


def token_f1(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """Token-overlap F1 between two token lists."""
    common = sum((Counter(predicted) & Counter(gold)).values())
    if not common:
        return 0.0
    p, r = common / len(predicted), common / len(gold)
    return 2 * p * r / (p + r)


def label(value: object) -> str:
    return value.label if isinstance(value, Entity) else str(value)


def names(value: object) -> tuple[str, ...]:
    """An object's names as the graph stores them: its label and its aliases (a named pet "Rex" is also
    "Speaker's dog", the kind the gold tail of ``have_pet`` names)."""
    return (value.label, *value.aliases) if isinstance(value, Entity) else (str(value),)


def subject_ok(fact: Fact, head: str) -> bool:
    """The fact's subject is the gold head: the speaker, or the relative it names."""
    if head.lower() in FIRST_PERSON:
        return fact.subject.label == SPEAKER
    return token_f1(tokens(fact.subject.label, SPEAKER), tokens(head)) >= 0.5


def match(facts: Sequence[Fact], row: dict, need_predicate: bool) -> bool:
    accepted = RELATIONS.get(row["relation"], ())
    gold = tokens(row["tail"])
    for fact in facts:
        if need_predicate and fact.predicate not in accepted:
            continue
        if subject_ok(fact, row["head"]) and any(token_f1(tokens(name, SPEAKER), gold) >= 0.5
                                                 for name in names(fact.object)):
            return True
    return False


def baseline_extract(turns: Sequence[Turn]) -> list[Fact]:
    """Naive subject-verb-object of the first clause: "I <verb> <rest>" with a verb table."""
    facts = []
    for turn in turns:
        first = re.split(r"[.,!?;]", turn.text.lower())[0]
        m = re.search(r"\bi\s+(\w+)\s+(.+)", first)
        if m and m.group(1) in _BASELINE_VERBS:
            obj = re.sub(r"^(?:to|in|at|for|a|an|the|my)\s+", "", m.group(2).strip())
            facts.append(Fact(Entity(turn.speaker, "Person"), _BASELINE_VERBS[m.group(1)], Entity(obj), 0.5))
    return facts


def evaluate(name: str, extract: Callable[[Sequence[Turn]], list[Fact]], rows: Sequence[dict], repeat: int = 1) -> dict:
    """Scores of ``extract`` on ``rows``; the speed is the best of ``repeat`` passes (a shared machine is noisy)."""
    found = found_any = facts_total = extra = 0
    per_relation: dict[str, Counter] = defaultdict(Counter)
    mapped = found_mapped = 0
    elapsed = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        outputs = [extract([Turn("persona", str(i), SPEAKER, row["text"])]) for i, row in enumerate(rows)]
        elapsed = min(elapsed, time.perf_counter() - start)
    for row, facts in zip(rows, outputs):
        hit = match(facts, row, need_predicate=True)
        hit_any = hit or match(facts, row, need_predicate=False)
        found += hit
        found_any += hit_any
        facts_total += len(facts)
        extra += len(facts) - (1 if hit_any else 0)
        if RELATIONS.get(row["relation"]):
            mapped += 1
            found_mapped += hit
        stats = per_relation[row["relation"]]
        stats["n"] += 1
        stats["found"] += hit
        stats["found_any"] += hit_any
        stats["facts"] += len(facts)
    n = len(rows)
    return {
        "extractor": name,
        "utterances": n,
        "found": found / n,
        "found_mapped": found_mapped / max(mapped, 1),
        "found_ignoring_predicate": found_any / n,
        "facts_per_utterance": facts_total / n,
        "extra_facts_per_utterance": extra / n,
        "utterances_per_s": n / elapsed if elapsed else float("inf"),
        "per_relation": {rel: dict(c) for rel, c in per_relation.items()},
    }


def default_data_dir() -> Path:
    return Path(__file__).resolve().parent.parent / ".." / "shared" / "data"


def load(data_dir: Path) -> list[dict]:
    path = data_dir / "personaext_dnli" / "personaext_union_devtest.jsonl"
    if not path.exists():
        raise SystemExit(f"data not found: {path} (pass --data)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def print_table(results: list[dict], top: int) -> None:
    print(f"{'extractor':<10} {'found':>7} {'mapped':>7} {'any-pred':>9} {'facts/u':>8} {'extra/u':>8} {'utt/s':>9}")
    for r in results:
        print(f"{r['extractor']:<10} {r['found']:>7.1%} {r['found_mapped']:>7.1%} {r['found_ignoring_predicate']:>9.1%} "
              f"{r['facts_per_utterance']:>8.2f} {r['extra_facts_per_utterance']:>8.2f} {r['utterances_per_s']:>9.0f}")
    rules, base = results[0]["per_relation"], results[1]["per_relation"]
    print(f"\n{'relation (20 largest)':<26} {'n':>5} {'predicates':<28} {'rules':>6} {'any':>6} {'base':>6}")
    for rel, stats in sorted(rules.items(), key=lambda kv: -kv[1]["n"])[:top]:
        n = stats["n"]
        preds = ",".join(RELATIONS.get(rel, ())) or "-"
        print(f"{rel:<26} {n:>5} {preds[:28]:<28} {stats['found'] / n:>6.1%} {stats['found_any'] / n:>6.1%} "
              f"{base[rel]['found'] / n:>6.1%}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder holding personaext_dnli/")
    parser.add_argument("--quick", action="store_true", help="a random sample of 3,000 utterances")
    parser.add_argument("--limit", type=int, default=None, help="the first N utterances")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=20, help="relations listed")
    parser.add_argument("--repeat", type=int, default=1, help="time the best of N passes")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    rows = load(args.data)
    if args.quick:
        rows = random.Random(args.seed).sample(rows, min(3000, len(rows)))
    if args.limit:
        rows = rows[: args.limit]
    extractor = RuleExtractor()
    extractor.extract([Turn("warm", "0", SPEAKER, "I live in Paris. 我住在上海。")])
    results = [evaluate("rules", extractor.extract, rows, args.repeat),
               evaluate("baseline", baseline_extract, rows, args.repeat)]
    if args.format == "json":
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        print_table(results, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
