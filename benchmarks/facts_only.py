"""Benchmark of recall on a memory of facts only (no turns): top-1 accuracy and latency.

Generates ``--facts`` facts about made-up people (English and Chinese names): where each lives
(some moved: a closed past value and a current one), who employs them, a sibling and a spouse;
adds them with ``Memory.add_facts`` (entities given their IRIs, so that fuzzy resolution cannot
merge two generated names); then asks ``--questions`` templated questions whose answer is one fact,
in English and Chinese ("Where does Kavo Relimu live?", "张伟的妻子是谁？", "Where did ... live
before?"). A question is answered at 1 when the first memory recalled is that fact.

Reported: top-1 accuracy per question kind and language, the time to add the facts, to build the
index (first recall, which also builds the key-value memory recall reads as its dense fact channel),
and recall latency (p50, p95) with the index warm. Beside it, on the same memory and questions, the
key-value memory read alone (``Memory.neural().ask(question, 1)``: attention over (subject,
predicate) keys, no lexical, graph or answers component); it holds current facts only, so the
"where did ... live before" questions are left out of its column, and recall is also reported
without them for the ratio. ``--no-kv`` leaves that column out.

Run::

    .venv/bin/python benchmarks/facts_only.py --facts 20000              # a few minutes on 2 cores
    .venv/bin/python benchmarks/facts_only.py --facts 1000000 --lexical  # the issue's size
    .venv/bin/python benchmarks/facts_only.py --facts 20000 --without answers  # the ablation
    .venv/bin/python benchmarks/facts_only.py --facts 1000000 --lexical --direct  # no store ingestion

``--direct`` skips the store: the recall index is built from the generated facts as the store would hold
them (IRIs given, each older home closed when the newer one starts) and handed to the memory's
recaller, so that ``Memory.recall`` runs its whole query path (answers, graph, lexical, the key-value
memory) on a million facts without the half hour of ingestion; "add" is then not measured.

``--lexical`` switches the sentence encoder off (encoding a million fact sentences with MiniLM on
CPU takes about an hour); the answers from facts do not need it.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from kg_memory import Entity, Fact, Memory
from kg_memory.ids import entity_iri
from kg_memory.recall import RecallConfig

SYLLABLES = "ka ro mi te lu sa no vi da re po chi an el mo ta ki su ne ba".split()
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".replace("", " ").split()
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红春梅".replace("", " ").split()
CITIES = ["Lisbon", "Porto", "Nairobi", "Osaka", "Quito", "Tromso", "Valencia", "Zagreb", "北京", "上海", "广州"]
EMPLOYERS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "腾讯", "阿里巴巴", "华为"]
QUESTIONS = {  # kind -> (English template, Chinese template)
    "livesIn": ("Where does {} live?", "{}住在哪里？"),
    "livesIn/past": ("Where did {} live before?", "{}以前住在哪里？"),
    "worksFor": ("Who does {} work for?", "{}在哪里工作？"),
    "sibling": ("Who is {}'s sister?", "{}的姐姐是谁？"),
    "spouse": ("Who is {}'s wife?", "{}的妻子是谁？"),
}


@dataclass(frozen=True)
class Question:
    text: str
    kind: str
    language: str
    subject: str
    predicate: str
    answer: str


def person_names(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` distinct names, (name, language): three in four English-like, one in four Chinese."""
    names: dict[str, str] = {}
    while len(names) < n:
        if rng.random() < 0.25:
            name, language = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))), "zh"
        else:
            first = "".join(rng.choices(SYLLABLES, k=2)).capitalize()
            last = "".join(rng.choices(SYLLABLES, k=3)).capitalize()
            name, language = f"{first} {last}", "en"
        names.setdefault(name, language)
    return list(names.items())


def generate(n_facts: int, n_questions: int, seed: int = 0) -> tuple[list[Fact], list[Question]]:
    """About ``n_facts`` facts (four per person: two homes, an employer, half a sibling pair and
    half a marriage) and ``n_questions`` questions about them."""
    rng = random.Random(seed)
    people = person_names(max(4, n_facts // 4 // 4 * 4), rng)
    # in fours (a, b, c, d): a and b married, c and d married, a and c siblings, b and d siblings
    spouse_of = {i: i ^ 1 for i in range(len(people))}
    sibling_of = {i: i ^ 2 for i in range(len(people))}

    def person(name: str) -> Entity:
        return Entity(name, "Person", iri=entity_iri(name, "Person"))

    def thing(name: str, type: str) -> Entity:
        return Entity(name, type, iri=entity_iri(name, type))

    facts: list[Fact] = []
    asked: list[tuple[str, str, str, str]] = []  # (kind, name, language, answer)
    for i, (name, language) in enumerate(people):
        old, new = rng.sample(CITIES, 2)
        facts.append(Fact(person(name), "livesIn", thing(old, "Place"), valid_from=datetime(2019, 1, 1)))
        facts.append(Fact(person(name), "livesIn", thing(new, "Place"), valid_from=datetime(2023, 1, 1)))
        employer = rng.choice(EMPLOYERS)
        facts.append(Fact(person(name), "worksFor", thing(employer, "Organization")))
        sibling, spouse = people[sibling_of[i]][0], people[spouse_of[i]][0]
        if i < sibling_of[i]:  # one fact a pair, asked from both ends
            facts.append(Fact(person(name), "sibling", person(sibling)))
        if i < spouse_of[i]:
            facts.append(Fact(person(name), "spouse", person(spouse)))
        asked += [("livesIn", name, language, new), ("livesIn/past", name, language, old),
                  ("worksFor", name, language, employer), ("sibling", name, language, sibling),
                  ("spouse", name, language, spouse)]
    questions = []
    for kind, name, language, answer in rng.sample(asked, min(n_questions, len(asked))):
        english, chinese = QUESTIONS[kind]
        text = (chinese if language == "zh" else english).format(name)
        questions.append(Question(text, kind, language, name, kind.split("/")[0], answer))
    return facts, questions


def answers(fact: Fact | None, question: Question) -> bool:
    """Whether ``fact`` is the one answering ``question`` (read from either end)."""
    if fact is None:
        return False
    ends = {fact.subject.label, getattr(fact.object, "label", str(fact.object))}
    return fact.predicate == question.predicate and ends == {question.subject, question.answer}


def correct(memory: Memory, question: Question) -> tuple[bool, float, float]:
    """Whether the first memory recalled is the answering fact, and the recall time in ms (wall
    clock, and CPU time of this process, which a machine loaded by others does not inflate)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    found = memory.recall(question.text, 5)
    elapsed, cpu = (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000
    return answers(found[0].fact if found else None, question), elapsed, cpu


def kv_correct(memory: Memory, question: Question) -> tuple[bool, float]:
    """Whether the first fact of the key-value read alone answers ``question``, and its time in ms."""
    kv = memory.neural()  # in step already: recall built it
    start = time.perf_counter()
    found = kv.ask(question.text, 1).facts
    elapsed = (time.perf_counter() - start) * 1000
    return answers(found[0] if found else None, question), elapsed


def _direct_index(memory: Memory, facts: list[Fact]) -> None:
    """Give the memory's recaller an index of ``facts`` as the store would hold them (see the doc)."""
    from dataclasses import replace

    from kg_memory.recall.index import RecallIndex

    home: dict[str, int] = {}  # person -> position of their latest livesIn fact
    stored: list[Fact] = []
    for i, f in enumerate(facts):
        if f.predicate == "livesIn":
            older = home.get(f.subject.label)
            if older is not None:  # the store closes the older home when the newer one starts
                stored[older] = replace(stored[older], valid_to=f.valid_from)
            home[f.subject.label] = len(stored)
        stored.append(replace(f, iri=f"urn:kg-memory-bench:fact:{i}"))
    recaller = memory._recall_engine()
    recaller._indexes[memory.namespace] = (memory.version(), RecallIndex([], stored))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * share))], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--lexical", action="store_true", help="no sentence encoder")
    parser.add_argument("--without", nargs="*", default=[], metavar="COMPONENT",
                        help="recall components to switch off (the ablation), e.g. answers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-kv", action="store_true", help="leave the key-value read alone out")
    parser.add_argument("--direct", action="store_true", help="build the recall index without the store")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    args = parser.parse_args()

    facts, questions = generate(args.facts, args.questions, args.seed)
    config = RecallConfig().without(*args.without, *(("semantic", "dialogue") if args.lexical else ()))
    with Memory(recall_config=config) as memory:
        start = time.perf_counter()
        if args.direct:
            _direct_index(memory, facts)
        else:
            for i in range(0, len(facts), 10_000):
                memory.add_facts(facts[i:i + 10_000])
        add_s = time.perf_counter() - start
        start = time.perf_counter()
        memory.recall("Where does anyone live?", 1)  # builds the index (the key-value memory in the background)
        memory.neural()  # waits for the key-value memory: the questions are asked of a warm index
        build_s = time.perf_counter() - start
        by_kind: dict[tuple[str, str], list[bool]] = defaultdict(list)
        latencies: list[float] = []
        cpu: list[float] = []
        current_ok: list[bool] = []
        current_ms: list[float] = []
        for q in questions:
            ok, ms, cpu_ms = correct(memory, q)
            by_kind[(q.kind, q.language)].append(ok)
            latencies.append(ms)
            cpu.append(cpu_ms)
            if q.kind != "livesIn/past":
                current_ok.append(ok)
                current_ms.append(ms)
        kv_ok: list[bool] = []
        kv_ms: list[float] = []
        kv_keys = 0
        if not args.no_kv and "neural" not in args.without:
            for q in questions:
                if q.kind != "livesIn/past":
                    ok, ms = kv_correct(memory, q)
                    kv_ok.append(ok)
                    kv_ms.append(ms)
            kv_keys = int(memory.neural().keys.shape[0])
        stats = memory.stats() if not args.direct else {"facts": len(facts)}
    every = [ok for oks in by_kind.values() for ok in oks]
    report = {
        "facts": stats["facts"] + stats.get("closed_facts", 0), "questions": len(questions), "lexical": args.lexical,
        "top1": round(statistics.mean(every), 3),
        "top1_by_kind": {f"{k} ({lang})": round(statistics.mean(v), 3) for (k, lang), v in sorted(by_kind.items())},
        "add_s": round(add_s, 1), "index_build_s": round(build_s, 1),
        "p50_ms": _percentile(latencies, 0.5), "p95_ms": _percentile(latencies, 0.95),
        "cpu_p50_ms": _percentile(cpu, 0.5),
        "current_questions": len(current_ok),
        "recall_current_top1": round(statistics.mean(current_ok), 3) if current_ok else None,
        "recall_current_p50_ms": _percentile(current_ms, 0.5) if current_ms else None,
        "kv_top1": round(statistics.mean(kv_ok), 3) if kv_ok else None,
        "kv_p50_ms": _percentile(kv_ms, 0.5) if kv_ms else None,
        "kv_p95_ms": _percentile(kv_ms, 0.95) if kv_ms else None,
        "kv_keys": kv_keys,
    }
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print(f"facts-only recall: {report['facts']} facts, {report['questions']} questions"
          f"{' (lexical, no encoder)' if args.lexical else ''}"
          f"{' without ' + ', '.join(args.without) if args.without else ''}")
    print(f"top-1 accuracy {report['top1']}")
    for kind, value in report["top1_by_kind"].items():
        print(f"  {kind:<24} {value}")
    print(f"{'index from the facts' if args.direct else 'add'} {report['add_s']} s; index build (first recall) {report['index_build_s']} s; "
          f"recall p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms (CPU p50 {report['cpu_p50_ms']} ms)")
    if report["kv_top1"] is not None:
        print(f"current-value questions ({report['current_questions']}): recall top-1 {report['recall_current_top1']}"
              f" (p50 {report['recall_current_p50_ms']} ms); key-value read alone ({report['kv_keys']} keys) "
              f"top-1 {report['kv_top1']} (p50 {report['kv_p50_ms']} ms, p95 {report['kv_p95_ms']} ms)")


if __name__ == "__main__":
    main()
