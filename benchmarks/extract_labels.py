"""The hand-labelled precision sample of ``extract.py``: draw facts at random, read back their labels.

``python benchmarks/extract.py --draw-labels benchmarks/labels/extract_precision.csv`` runs the
extractor (default: ``rules``, the package's default) on every DialogRE train dialogue, English and
Chinese, and writes 200 of its facts drawn at random (seed 13) to a CSV with an empty ``label``
column. A person then reads each fact's dialogue (``dialogue`` is ``dialogre-en-<n>`` / ``dialogre-zh-<n>``,
the n-th dialogue of ``train.json``; ``turn`` counts from 1) and writes ``correct`` (the dialogue
states it), ``wrong`` (it does not, or the arguments or predicate are wrong) or ``trivial`` (true but
useless: an object such as "Speaker 1's mom" or "it", a greeting read as a relation). No dialogue
text is copied into the file: DialogRE is non-commercial research data.

:func:`summary` reads the labelled file back; ``extract.py`` prints it under its table. When the
extractor has changed since the draw, :func:`recheck` finds which labelled facts it still gives: if
the change only removed facts, those rows are a uniform random sample of its new output, and their
share correct estimates its precision without labelling again (facts it newly gives are counted
apart, unlabelled).

Only facts a user can get are drawn and rechecked: an ending with no object ("I quit my job", read as
``(Ann, worksFor, Ann)`` with ``ended``) closes the stored facts it ends and is never stored itself
(:attr:`kg_memory.types.Fact.ends_every_value`), so it is left out of both.
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from kg_memory.types import Entity, Fact, Turn
from kg_memory.vocab import Vocabulary

FIELDS = ("dataset", "dialogue", "turn", "subject", "predicate", "object", "confidence", "label", "note")
LABELS = ("correct", "wrong", "trivial")


def _label(value: object) -> str:
    return value.label if isinstance(value, Entity) else str(value)


def draw(extract: Callable[[Sequence[Turn]], list[Fact]], dialogues: dict[str, Sequence[Sequence[Turn]]],
         size: int = 200, seed: int = 13) -> list[dict]:
    """``size`` facts drawn at random from all facts ``extract`` gives on ``dialogues`` (data set -> dialogues).

    A sample drawn with a seed other than 13 (the first sample's) carries ``sample seed <n>`` in its
    ``note``, so that several samples can share one file and be scored apart (:func:`sample_of`). A fact
    that ends a relation ("he is my ex-boyfriend": a partner that was) says so in its note, so that the
    labeller judges it as the ending it is.
    """
    population = []
    for dataset, batches in dialogues.items():
        for turns in batches:
            for fact in extract(turns):
                if fact.ends_every_value:
                    continue  # "I quit my job": closes stored facts, is never stored itself
                source = fact.source
                population.append({
                    "dataset": dataset, "dialogue": source.conversation if source else turns[0].conversation,
                    "turn": source.turn if source else "", "subject": fact.subject.label, "predicate": fact.predicate,
                    "object": _label(fact.object), "confidence": f"{fact.confidence:.2f}", "label": "",
                    "note": "; ".join(([] if seed == 13 else [f"sample seed {seed}"])
                                      + (["ended: a relation that held before"] if fact.ended else []))})
    return random.Random(seed).sample(population, min(size, len(population)))


def sample_of(row: dict) -> str:
    """Which drawn sample a labelled row belongs to: ``"seed 13"`` (the first) or the seed in its note."""
    note = row.get("note") or ""
    return note[len("sample "):].split(";")[0].strip() if note.startswith("sample seed ") else "seed 13"


def _key(row: dict) -> tuple[str, str, str, str, str]:
    return (row["dialogue"], str(row["turn"]), row["subject"], row["predicate"], row["object"])


def recheck(rows: Sequence[dict], extract: Callable[[Sequence[Turn]], list[Fact]],
            dialogues: dict[str, Sequence[Sequence[Turn]]]) -> dict:
    """Which labelled ``rows`` ``extract`` still gives (a symmetric relation either way round), their labels, and
    how many facts it gives in all."""
    symmetric = Vocabulary.load().symmetric  # (Ann, partner, Bob) is the fact labelled as (Bob, partner, Ann)
    wanted = {r["dialogue"] for r in rows}
    now: set[tuple[str, str, str, str, str]] = set()
    total = 0
    for batches in dialogues.values():
        for turns in batches:
            facts = [f for f in extract(turns) if not f.ends_every_value]
            total += len(facts)
            if turns and turns[0].conversation in wanted:
                for fact in facts:
                    source = fact.source
                    where = (source.conversation if source else turns[0].conversation, source.turn if source else "")
                    now.add((*where, fact.subject.label, fact.predicate, _label(fact.object)))
                    if fact.predicate in symmetric:
                        now.add((*where, _label(fact.object), fact.predicate, fact.subject.label))
    kept = [r for r in rows if _key(r) in now]
    counts = Counter(r["label"] for r in kept if r["label"] in LABELS)
    n = sum(counts.values())
    return {"kept": len(kept), "of": len(rows), **{k: counts[k] for k in LABELS},
            "correct_share": counts["correct"] / n if n else None, "facts": total}


def write(rows: Sequence[dict], path: Path, append: bool = False) -> None:
    """Write ``rows`` to ``path`` (``append``: after the rows already there, the header kept)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    adding = append and path.exists()
    with open(path, "a" if adding else "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        if not adding:
            writer.writeheader()
        writer.writerows(rows)


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def summary(path: Path, sample: str | None = None) -> dict | None:
    """Counts of each label of one drawn sample in ``path`` (``sample``, e.g. ``"seed 13"``; by default the
    newest, last in the file: the extractor as it was when it was drawn) and the share correct among its
    labelled rows (None if no file); :func:`recheck` scores each sample with today's extractor."""
    if not path.exists():
        return None
    rows = read(path)
    if sample is None:
        sample = sample_of(rows[-1]) if rows else "seed 13"
    rows = [r for r in rows if sample_of(r) == sample]
    counts = Counter(r["label"] for r in rows if r["label"] in LABELS)
    labelled = sum(counts.values())
    by_dataset = {}
    for dataset in sorted({r["dataset"] for r in rows}):
        these = Counter(r["label"] for r in rows if r["dataset"] == dataset and r["label"] in LABELS)
        n = sum(these.values())
        by_dataset[dataset] = {"labelled": n, "correct": these["correct"] / n if n else None}
    return {"sample": sample, "rows": len(rows), "labelled": labelled, **{k: counts[k] for k in LABELS},
            "correct_share": counts["correct"] / labelled if labelled else None, "by_dataset": by_dataset}


def format_summary(path: Path, result: dict) -> str:
    parts = ", ".join(f"{d} {v['correct']:.1%} of {v['labelled']}" for d, v in result["by_dataset"].items()
                      if v["correct"] is not None)
    share = result["correct_share"]
    return (f"hand-labelled precision ({path.name}, newest draw: {result['sample']}): {share:.1%} correct "
            f"({result['correct']} correct, {result['wrong']} wrong, {result['trivial']} trivial of "
            f"{result['labelled']} labelled; {parts})" if share is not None else
            f"hand-labelled precision ({path.name}): no labels yet ({result['rows']} rows)")
