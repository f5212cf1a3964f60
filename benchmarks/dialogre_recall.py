"""Bilingual recall benchmark from DialogRE: the same dialogues in English and Chinese.

For every annotated relation ``(x, r, y)`` of a DialogRE dialogue that has a trigger word and a
template below, a question in the dialogue's language asks for ``y`` ("Who is Speaker 2's
sibling?" / "Speaker 2的兄弟姐妹是谁？"). Its gold evidence is the turns that hold the trigger and
an argument (the argument said in the turn, or the turn said by it). Each dialogue is remembered
(rule extraction) into its own namespace of one :class:`~kg_memory.Memory`, and every question is
asked; recall@k is the share of gold turns among the turns behind the top ``k`` memories.

Reported per language: recall@5 and recall@10 of ``Memory.recall``, of the same without the
graph (the ``graph`` and ``answers`` components off), without the sentence encoder (MiniLM, an
English model: ``semantic``, ``dialogue`` and ``adapter`` off), and of BM25 over the raw turns.

DialogRE is read at run time from ``--data`` (default ``../shared/data`` beside the repository);
it is licensed for non-commercial research and is never copied into the project.

Run::

    .venv/bin/python benchmarks/dialogre_recall.py --dialogues 150   # a few minutes on 2 cores
    .venv/bin/python benchmarks/dialogre_recall.py                   # all 1,073 dialogues
"""

from __future__ import annotations

import argparse
import json
import statistics
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig, Recaller
from kg_memory.recall.index import tokenize

REPO = Path(__file__).resolve().parent.parent
KS = (5, 10)
LANGUAGES = {"en": "en", "zh": "cn"}  # our name -> DialogRE's folder
TEMPLATES = {  # relation -> (English, Chinese); "y is the r of x"
    "per:siblings": ("Who is {}'s sibling?", "{}的兄弟姐妹是谁？"),
    "per:spouse": ("Who is {}'s spouse?", "{}的配偶是谁？"),
    "per:parents": ("Who is {}'s parent?", "{}的父母是谁？"),
    "per:children": ("Who is {}'s child?", "{}的孩子是谁？"),
    "per:friends": ("Who is {}'s friend?", "{}的朋友是谁？"),
    "per:girl/boyfriend": ("Who is {}'s partner?", "{}的伴侣是谁？"),
    "per:roommate": ("Who is {}'s roommate?", "{}的室友是谁？"),
    "per:neighbor": ("Who is {}'s neighbor?", "{}的邻居是谁？"),
    "per:boss": ("Who is {}'s boss?", "{}的老板是谁？"),
    "per:place_of_residence": ("Where does {} live?", "{}住在哪里？"),
    "per:employee_or_member_of": ("Where does {} work?", "{}在哪里工作？"),
    "per:visited_place": ("Where has {} been?", "{}去过哪里？"),
    "per:positive_impression": ("Who does {} like?", "{}喜欢谁？"),
    "per:negative_impression": ("Who does {} dislike?", "{}不喜欢谁？"),
    "per:pet": ("What pet does {} have?", "{}的宠物是什么？"),
}


@dataclass(frozen=True)
class Question:
    dialogue: int
    relation: str
    text: str
    evidence: frozenset[str]


def load(data: Path, language: str, limit: int | None) -> tuple[list[list[Turn]], list[Question]]:
    """The dialogues of one language as turns, and their templated questions with gold evidence."""
    raw = json.loads((data / "dialogre" / LANGUAGES[language] / "train.json").read_text(encoding="utf-8"))
    dialogues: list[list[Turn]] = []
    questions: list[Question] = []
    for d, (lines, relations) in enumerate(raw[:limit]):
        turns = []
        for i, line in enumerate(lines, start=1):
            speaker, _, text = line.partition(": ")
            turns.append(Turn(f"d{d}", str(i), speaker.strip(), text.strip()))
        dialogues.append(turns)
        seen: set[tuple[str, str]] = set()
        for rel in relations:
            for relation, trigger in zip(rel["r"], rel["t"]):
                if not trigger or relation not in TEMPLATES or (rel["x"], relation) in seen:
                    continue
                evidence = frozenset(t.turn for t in turns if _holds(t, trigger, rel["x"], rel["y"], language))
                if evidence:
                    seen.add((rel["x"], relation))
                    template = TEMPLATES[relation][0 if language == "en" else 1]
                    questions.append(Question(d, relation, template.format(rel["x"]), evidence))
    return dialogues, questions


def _holds(turn: Turn, trigger: str, x: str, y: str, language: str) -> bool:
    """Whether the turn holds the trigger and one of the arguments."""
    def fold(s: str) -> str:
        return s.lower() if language == "en" else s

    text = fold(turn.text)
    return fold(trigger) in text and (turn.speaker in (x, y) or fold(x) in text or fold(y) in text)


def recall_at(turns: list[list[str]], question: Question) -> dict[int, float]:
    """Recall@k of the gold turns among the turns behind the top-k memories, for each k."""
    out = {}
    for k in KS:
        got = {t for memory in turns[:k] for t in memory}
        out[k] = len(question.evidence & got) / len(question.evidence)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--dialogues", type=int, default=None, help="the first N dialogues (default all)")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    args = parser.parse_args()

    full = RecallConfig()
    methods = {"kg-memory recall": full, "  without graph": full.without("graph", "answers"),
               "  without MiniLM": full.without("semantic", "dialogue", "adapter")}
    report: dict[str, dict[str, dict[str, float]]] = {}
    counts: dict[str, int] = {}
    for language in LANGUAGES:
        dialogues, questions = load(args.data, language, args.dialogues)
        counts[language] = len(questions)
        scores: dict[str, list[dict[int, float]]] = {name: [] for name in (*methods, "BM25 raw turns")}
        with Memory() as memory:
            for d, turns in enumerate(dialogues):
                memory.remember(turns, namespace=f"d{d}")
            recaller = Recaller(memory, config=full)
            for q in questions:
                for name, config in methods.items():
                    found = recaller.recall(q.text, max(KS), namespace=f"d{q.dialogue}", config=config)
                    scores[name].append(recall_at([[t.turn for t in r.turns] for r in found], q))
                scores["BM25 raw turns"].append(recall_at(_bm25(dialogues[q.dialogue], q.text), q))
        report[language] = {name: {f"R@{k}": round(statistics.mean(s[k] for s in rows), 3) if rows else 0.0
                                   for k in KS} for name, rows in scores.items()}
    if args.format == "json":
        print(json.dumps({"questions": counts, "recall": report}, indent=2))
        return
    print(f"DialogRE bilingual recall: {args.dialogues or 'all'} dialogues; questions {counts}")
    print(f"{'method':<20} {'language':<9} " + " ".join(f"{'R@' + str(k):>6}" for k in KS))
    for name in report["en"]:
        for language in LANGUAGES:
            print(f"{name:<20} {language:<9} " + " ".join(f"{report[language][name][f'R@{k}']:>6.3f}" for k in KS))


def _bm25(turns: list[Turn], question: str) -> list[list[str]]:
    """The turns by BM25 over their raw texts (the tokenizer of recall's lexical channel)."""
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(tokenize([t.text for t in turns]), show_progress=False)
    tokens = tokenize([question])[0]
    if not tokens:
        return []
    scores = np.asarray(retriever.get_scores(tokens))
    return [[turns[i].turn] for i in np.argsort(-scores, kind="stable") if scores[i] > 0]


if __name__ == "__main__":
    main()
