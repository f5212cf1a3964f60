"""Benchmark of recall on LoCoMo: evidence recall@k and hit@k of ``Memory.recall``.

Each of LoCoMo's 10 conversations is remembered (rule extraction, turns kept with their session
date-times, turn ids = LoCoMo ``dia_id`` so evidence maps directly) into its own namespace; every
question is then asked. For a question with gold evidence turns G and the turns T_k behind the
top-k memories (a turn's memory is that turn, a fact's memory the turns it came from):

    recall@k = |G & T_k| / |G|          hit@k = 1 if G & T_k else 0

and ``R@10t``, recall over the first 10 distinct turns behind the ranked memories (a budget of 10
turns, whatever the memories: a fact can stand for several turns, so ``turns@10`` may exceed 10).

reported for k = 1, 5, 10 and per category (1 multi-hop, 2 temporal, 3 open-domain, 4 single-hop)
on the *audited* questions of categories 1-4 (1,437: the audit's wrong-answer items dropped, its
``correct_evidence`` used for WRONG_CITATION items, questions without evidence dropped), with
category 5 (adversarial) reported apart on the original evidence. The baseline, measured in the
same run, is BM25 over the raw turn texts (no speaker names, no image captions: the usual
reference figure). An ablation switches each recall component off in turn.

Images in LoCoMo turns are stored as text (``[shares a photo of ...]``, from ``blip_caption``),
as a chat application would describe them.

Data is read at run time from ``--data`` (default ``../shared/data`` beside the repository);
LoCoMo is CC BY-NC 4.0 and is never copied into the project.

Run::

    .venv/bin/python benchmarks/locomo.py             # all 10 conversations, with the ablation
    .venv/bin/python benchmarks/locomo.py --quick     # 2 conversations, no ablation
    .venv/bin/python benchmarks/locomo.py --split     # also: conversations 0-4 (tuning) and 5-9
                                                      # (the default with all 10 conversations)
    .venv/bin/python benchmarks/locomo.py --ablate speaker,adapter  # those ablation rows only

To choose a change, use ``benchmarks/locomo_cv.py`` (cross-validation over conversations 0-4, the
adapter and the ranker fitted again for each fold), never conversations 5-9.

The learned ranker and the query adapter (``RecallConfig.learned``, ``RecallConfig.adapter``) are
fitted on generated chats only (``scripts/train_recall_model.py``), so all ten conversations are
unseen; conversations 0-4 were used to choose among variants, so the ``held-out 5-9`` table of
``--split`` is the figure to quote; the ablation row ``without learned`` is the plain RRF fusion the
ranker replaced. ``--model FOLDER`` measures weights written elsewhere by the training script.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kg_memory import Memory, Turn
from kg_memory.recall import COMPONENTS, RecallConfig, Recaller
from kg_memory.recall.index import tokenize

if TYPE_CHECKING:
    from kg_memory.recall.embeddings import Encoder
    from kg_memory.recall.ranker import LinearRanker  # noqa: F811

REPO = Path(__file__).resolve().parent.parent
KS = (1, 5, 10)
CATEGORIES = {1: "multi-hop", 2: "temporal", 3: "open-domain", 4: "single-hop"}


@dataclass(frozen=True)
class Question:
    conversation: int
    text: str
    category: int
    evidence: frozenset[str]
    audited: bool  # kept in the audited set of categories 1-4


@dataclass
class Conversation:
    index: int
    sample_id: str
    turns: list[Turn]
    raw_texts: dict[str, str] = field(default_factory=dict)


# --- data ---------------------------------------------------------------------------------------


def clean_evidence(items: Sequence[str]) -> list[str]:
    """LoCoMo evidence ids, cleaned: ``D:11:26`` -> ``D11:26``, ``D30:05`` -> ``D30:5``.

    >>> clean_evidence(["D:11:26; D30:05", "D1:3 D1:4"])
    ['D11:26', 'D30:5', 'D1:3', 'D1:4']
    """
    out = []
    for item in items:
        for part in re.split(r"[;,\s]+", str(item)):
            m = re.fullmatch(r"D:?(\d+):(\d+)", part.strip())
            if m:
                out.append(f"D{int(m[1])}:{int(m[2])}")
    return out


def load_locomo(data: Path) -> tuple[list[Conversation], list[Question]]:
    folder = data / "locomo"
    samples = json.loads((folder / "locomo10.json").read_text(encoding="utf-8"))
    audit = {a["question_id"]: a for a in json.loads((folder / "locomo_audit_errors.json").read_text(encoding="utf-8"))}
    conversations, questions = [], []
    for i, sample in enumerate(samples):
        conv = sample["conversation"]
        turns, raw = [], {}
        n = 1
        while f"session_{n}" in conv:
            when = datetime.strptime(conv[f"session_{n}_date_time"], "%I:%M %p on %d %B, %Y")
            for t in conv[f"session_{n}"]:
                text = t["text"]
                if t.get("blip_caption"):
                    text += f" [shares {t['blip_caption']}]"
                turns.append(Turn(f"{sample['sample_id']}/session_{n}", t["dia_id"], t["speaker"], text, when))
                raw[t["dia_id"]] = t["text"]
            n += 1
        conversations.append(Conversation(i, sample["sample_id"], turns, raw))
        for j, qa in enumerate(sample["qa"]):
            found = audit.get(f"locomo_{i}_qa{j}")
            evidence = qa.get("evidence", [])
            audited = qa["category"] in CATEGORIES
            if found is not None:
                if found["error_type"] == "WRONG_CITATION":
                    evidence = found["correct_evidence"]
                else:
                    audited = False
            gold = frozenset(clean_evidence(evidence))
            if gold:
                questions.append(Question(i, qa["question"], qa["category"], gold, audited))
    return conversations, questions


# --- scoring ------------------------------------------------------------------------------------

#: A ranker: (conversation, question) -> the turn ids behind each of the top memories, best first.
Ranker = Callable[[Conversation, str], list[list[str]]]


def evaluate(ranker: Ranker, conversations: dict[int, Conversation], questions: Sequence[Question],
             latencies: list[float] | None = None) -> list[dict[str, float]]:
    rows = []
    for q in questions:
        start = time.perf_counter()
        ranked = ranker(conversations[q.conversation], q.text)
        if latencies is not None:
            latencies.append(time.perf_counter() - start)
        row: dict[str, float] = {}
        for k in KS:
            behind = {t for turns in ranked[:k] for t in turns}
            found = len(q.evidence & behind)
            row[f"R@{k}"] = found / len(q.evidence)
            row[f"hit@{k}"] = float(found > 0)
            row[f"turns@{k}"] = len(behind)
        # the same at a budget of 10 turns: the first 10 distinct turns behind the memories (a fact
        # standing for several turns gets no more than its share of the budget)
        first = list(dict.fromkeys(t for turns in ranked for t in turns))[:10]
        row["R@10t"] = len(q.evidence & set(first)) / len(q.evidence)
        rows.append(row)
    return rows


def summarise(rows: Sequence[dict[str, float]], questions: Sequence[Question]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[dict[str, float]]] = {"all 1-4": []}
    for row, q in zip(rows, questions):
        if q.audited:
            groups["all 1-4"].append(row)
            groups.setdefault(CATEGORIES[q.category], []).append(row)
        elif q.category == 5:
            groups.setdefault("adversarial (5)", []).append(row)
    return {name: {"n": len(rs), **{m: statistics.fmean(r[m] for r in rs) for m in rs[0]}}
            for name, rs in groups.items() if rs}


# --- rankers ------------------------------------------------------------------------------------


def bm25_baseline(conversations: Sequence[Conversation]) -> Ranker:
    """BM25 (bm25s, stemmed, stop words removed) over the raw turn texts, one index per conversation."""
    import bm25s

    built = {}
    for c in conversations:
        ids = list(c.raw_texts)
        retriever = bm25s.BM25()
        retriever.index(tokenize([c.raw_texts[i] for i in ids]), show_progress=False)
        built[c.index] = (ids, retriever)

    def rank(conv: Conversation, question: str) -> list[list[str]]:
        ids, retriever = built[conv.index]
        tokens = tokenize([question])[0]
        if not tokens:
            return []
        scores = retriever.get_scores(tokens)
        order = np.argsort(-scores, kind="stable")[:10]
        return [[ids[i]] for i in order if scores[i] > 0]

    return rank


def recall_ranker(recaller: Recaller, config: RecallConfig) -> Ranker:
    def rank(conv: Conversation, question: str) -> list[list[str]]:
        found = recaller.recall(question, 10, namespace=conv.sample_id, config=config)
        return [[t.turn for t in r.turns] for r in found]

    return rank


class CachedEncoder:
    """Wraps an encoder with a text -> vector cache saved in an .npz file (for repeated runs)."""

    def __init__(self, encoder: Callable[[Sequence[str]], np.ndarray], path: Path) -> None:
        self.encoder, self.path = encoder, path
        self.cache: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as data:
                self.cache = dict(zip(data["texts"].tolist(), data["vectors"]))
        self.dirty = False
        self.live_questions = False  # True: encode questions for real (latency measurement)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if self.live_questions and len(texts) < 8:
            return self.encoder(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            self.cache.update(zip(missing, self.encoder(missing)))
            self.dirty = True
        return np.stack([self.cache[t] for t in texts])

    def save(self) -> None:
        if self.dirty:
            np.savez(self.path, texts=np.asarray(list(self.cache)), vectors=np.stack(list(self.cache.values())))


# --- report -------------------------------------------------------------------------------------


def table(title: str, results: dict[str, dict[str, dict[str, float]]], groups: Sequence[str]) -> str:
    metrics = [f"R@{k}" for k in KS] + [f"hit@{k}" for k in KS] + ["R@10t"]
    width = max([24, *(len(method) + 1 for method in results)])
    lines = [f"\n{title}", f"{'method':<{width}}{'questions':<18}{'n':>5} " + " ".join(f"{m:>7}" for m in metrics)
             + f" {'turns@10':>9}"]
    for group in groups:
        for method, summary in results.items():
            s = summary.get(group)
            if s is None:
                continue
            lines.append(f"{method:<{width}}{group:<18}{int(s['n']):>5} " + " ".join(f"{s[m]:>7.3f}" for m in metrics)
                         + f" {s['turns@10']:>9.1f}")
    return "\n".join(lines)


def locomo_arguments(parser: argparse.ArgumentParser, quick: str | None = "conversations 0 and 1 only") -> None:
    """The options every LoCoMo benchmark takes: --data, --conversations and (with its help) --quick."""
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    if quick is not None:
        parser.add_argument("--quick", action="store_true", help=quick)
    parser.add_argument("--conversations", type=str, help="comma-separated indexes (default all)")


def chosen_locomo(args: argparse.Namespace) -> tuple[dict[int, Conversation], list[Question]] | None:
    """The conversations the options choose, by index, and their questions; None (after saying why on
    stderr) when LoCoMo is not under --data."""
    if not (args.data / "locomo" / "locomo10.json").exists():
        print(f"LoCoMo not found under {args.data}/locomo; pass --data", file=sys.stderr)
        return None
    conversations, questions = load_locomo(args.data)
    chosen = [0, 1] if getattr(args, "quick", False) else list(range(len(conversations)))
    if args.conversations:
        chosen = [int(x) for x in args.conversations.split(",")]
    convs = {i: conversations[i] for i in chosen}
    return convs, [q for q in questions if q.conversation in convs]


def remembered(conversations: dict[int, Conversation], embedding_cache: Path | None) -> tuple[Memory, Encoder]:
    """A memory holding each conversation in its own namespace, and the MiniLM encoder (cached in
    ``embedding_cache`` between runs when given): what the fitting benchmarks start from."""
    from kg_memory.recall.embeddings import load_encoder

    encoder: Encoder = load_encoder()
    if embedding_cache:
        encoder = CachedEncoder(encoder, embedding_cache)
    memory = Memory()
    for c in conversations.values():
        memory.remember(c.turns, namespace=c.sample_id)
    return memory, encoder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    locomo_arguments(parser, "two conversations, no ablation")
    parser.add_argument("--no-ablation", action="store_true")
    parser.add_argument("--ablate", type=str, metavar="COMPONENT,...",
                        help="the ablation rows of these components only (default all of them)")
    parser.add_argument("--split", action="store_true",
                        help="also report conversations 0-4 and 5-9 apart (the default when all 10 are run)")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--embedding-cache", type=Path,
                        help="an .npz file keeping MiniLM vectors of turns and questions between runs")
    parser.add_argument("--model", type=Path, metavar="FOLDER",
                        help="measure the recall_ranker.json (and recall_adapter.npz, if there) of FOLDER, as "
                             "written by scripts/train_recall_model.py --out FOLDER, instead of the packaged ones")
    args = parser.parse_args(argv)
    found = chosen_locomo(args)
    if found is None:
        return 2
    convs, questions = found

    memory = Memory()
    encoder, adapter = None, None
    if args.embedding_cache:
        from kg_memory.recall.adapter import load_adapter
        from kg_memory.recall.embeddings import load_encoder

        encoder, adapter = CachedEncoder(load_encoder(), args.embedding_cache), load_adapter()
    model: LinearRanker | None = None
    if args.model:
        from kg_memory.recall.adapter import ADAPTER_FILE, load_adapter
        from kg_memory.recall.embeddings import load_encoder
        from kg_memory.recall.ranker import RANKER_FILE, LinearRanker

        model = LinearRanker.from_json(json.loads((args.model / RANKER_FILE).read_text(encoding="utf-8")))
        adapter = load_adapter(args.model / ADAPTER_FILE) if (args.model / ADAPTER_FILE).exists() else None
    own: Encoder | None = encoder or (load_encoder() if args.model else None)  # given: no packaged adapter
    recaller = Recaller(memory, encoder=own, adapter=adapter, ranker=model)
    ingest, index_build = {}, {}
    for c in convs.values():
        start = time.perf_counter()
        memory.remember(c.turns, namespace=c.sample_id)
        ingest[c.sample_id] = time.perf_counter() - start
        start = time.perf_counter()
        recaller.index(c.sample_id)
        recaller.recall("warm up", 1, namespace=c.sample_id)  # builds BM25 and embeddings
        index_build[c.sample_id] = time.perf_counter() - start

    results: dict[str, dict[str, dict[str, float]]] = {}
    per_question: dict[str, list[dict[str, float]]] = {}
    latencies: list[float] = []
    runs: list[tuple[str, Ranker, list[float] | None]] = [
        ("BM25 raw turns", bm25_baseline(list(convs.values())), None),
        ("kg-memory recall", recall_ranker(recaller, recaller.config), None if encoder else latencies),
    ]
    if not (args.quick or args.no_ablation):
        ablated = args.ablate.split(",") if args.ablate else COMPONENTS
        runs += [(f"  without {c}", recall_ranker(recaller, recaller.config.without(c)), None) for c in ablated]
    for name, ranker, lat in runs:
        rows = evaluate(ranker, convs, questions, lat)
        per_question[name] = rows
        results[name] = summarise(rows, questions)

    if isinstance(encoder, CachedEncoder):
        encoder.save()
        encoder.live_questions = True  # latency with questions encoded for real, on 300 of them
        evaluate(recall_ranker(recaller, recaller.config), convs, questions[::max(1, len(questions) // 300)],
                 latencies)
    report = {
        "conversations": len(convs),
        "questions_audited_1_4": sum(q.audited for q in questions),
        "ingest_s_per_conversation": statistics.fmean(ingest.values()),
        "index_s_per_conversation": statistics.fmean(index_build.values()),
        "turns_per_conversation": statistics.fmean(len(c.turns) for c in convs.values()),
        "recall_latency_ms": {"p50": 1000 * float(np.percentile(latencies, 50)),
                              "p95": 1000 * float(np.percentile(latencies, 95))},
        "config": recaller.config.__dict__,
        "results": results,
    }
    if args.split or set(range(10)) <= set(convs):
        for label, part in (("tune 0-4", range(0, 5)), ("held-out 5-9", range(5, 10))):
            subset = [i for i, q in enumerate(questions) if q.conversation in part]
            if subset:
                report[label] = {name: summarise([rows[i] for i in subset], [questions[i] for i in subset])
                                 for name, rows in per_question.items()}
    if args.format == "json":
        print(json.dumps(report, indent=2, default=str))
        return 0
    groups = ["all 1-4", *CATEGORIES.values(), "adversarial (5)"]
    print(f"LoCoMo recall: {report['conversations']} conversations, {report['questions_audited_1_4']} audited "
          f"questions of categories 1-4 (recall/hit over the turns behind the top-k memories)")
    print(table("By category", {k: v for k, v in results.items() if not k.startswith("  ")}, groups))
    if len(results) > 2:
        print(table("Ablation (audited categories 1-4)", results, ["all 1-4"]))
    for label in ("tune 0-4", "held-out 5-9"):
        if label in report:
            print(table(f"Conversations {label}", report[label], ["all 1-4", "adversarial (5)"]))
    if "held-out 5-9" in report:
        main_rows = {k: v for k, v in report["held-out 5-9"].items() if not k.startswith("  ")}
        print(table("Conversations held-out 5-9, by category", main_rows, groups[1:]))
    print(f"\ningest (remember, rule extraction): {report['ingest_s_per_conversation']:.2f} s per conversation "
          f"of {report['turns_per_conversation']:.0f} turns; index build incl. embeddings: "
          f"{report['index_s_per_conversation']:.2f} s")
    lat = report["recall_latency_ms"]
    print(f"recall latency (k=10, warm index): p50 {lat['p50']:.1f} ms, p95 {lat['p95']:.1f} ms")
    print(f"config: {report['config']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
