"""Told, then asked: a user tells the memory one thing, then asks about it. Is the answer the first fact recalled?

``data/told_then_asked.jsonl`` holds pairs written for this project (so under its licence), in English and in
Chinese: a statement of the speaker "Ann" / "安娜" ("I'm allergic to peanuts.", "我对花生过敏。"), a question about
her ("What is Ann allergic to?", "安娜对什么过敏？") and the answer's text ("peanut"; one of several: "Leo|Mia").
``said`` is one turn, or a list of turns said one after the other (["My brother lives in Austin.", "His wife is a
nurse."] asks "What does Ann's brother's wife do?"); a turn of the list may be an object ``{"by": "friend",
"text": "How's the new place?"}``, said by a friend chatting with her, "Cal" / "小凯" (plain strings are hers):
the fact told as an answer to his question, over several turns. Each pair gets a memory (a namespace) of its own, built by
``Memory.remember`` (the default rule extractor) from a chat in which another person, "Bea" / "贝贝", first says
every statement of the pair's language and set (so the memory holds the same kinds of facts about someone else;
the set's, so that the chats do not grow with every set added), then Ann says hers; then the question is asked.
Where the friend speaks in a pair, he chats with Bea (his turns stay his: he asks her the same questions), then with
Ann in a chat of its own, so that "you" is the one he talks to.

Reported per language and set:

* ``fact@1``: the first recalled memory is a fact that holds the answer and is not about Bea (its subject does
  not name her: "Bea", "Bea's sister"): the graph answers;
* ``any@3``: the answer is in one of the first three memories, a fact or the turn itself (recall finds it);
* beside them, the same with recall's answer channel switched off (``RecallConfig(answers=0)``), in the same run:
  what reading the question as a relation adds.

``set`` says how a pair was used: ``dev`` pairs were read to find what to fix (the parser's and the rules'
misses); ``held`` pairs were written after those fixes and only counted. ``dev2`` pairs ask
about the people around the speaker (her husband's job, her brother's wife, 安娜舅舅的女儿), two hops, and
changes and history ("I used to live in Boston but moved to Denver", 我以前在腾讯上班，现在在阿里): they were
written first, then read while fixing what they missed (fact@1 English 66.7% -> 93.3%, Chinese 56.7% -> 60.0%);
``held3`` pairs of the same kinds were written after those fixes and only counted. ``dev3`` (Chinese only) are 30
more of those kinds in other words (relatives by marriage, 干嘛的, 哪儿人, 原来, several turns), written without reading
the held3 misses, then read while fixing (fact@1 56.7% -> 90.0%; Chinese dev2 73.3% -> 96.7%, held3 50% -> 70% by the
same fixes); ``held4`` (15, Chinese) were written after those fixes and only counted (60.0%). ``upd`` (15 + 15) tell a
change in later turns (a new employer, a wedding after an engagement, a pet that died, a car sold, a new partner) and
``day`` (20 + 20) everyday things asked back (a birthday, a medicine, a team, a go-to, a trip, a fear): both written
before the rules read them, then read while fixing (fact@1 ``upd`` English 80.0% -> 93.3%, Chinese 60.0% -> 93.3%;
``day`` 75.0% -> 90.0%, 80.0% -> 90.0%); ``held5`` (10 + 10) of the same kinds were written after those fixes (90.0% /
90.0% when drawn; one miss of each was then fixed: children named a turn after they were counted, 周末我跟我儿子). ``plans``
(8 + 8: a trip planned, a pet thought of, a new boss, a job become, a child's school, a pet adopted, a neighbour one
fishes with, a nationality taken) were written after the fixes of the things they ask about and only counted (100%
fact@1 in both languages when drawn). ``chat`` (30 + 30) are told in a chat with the friend, as answers to his
questions, over 2-4 turns, as people type them ("Where are you living these days, SF?" - "well, technically Oakland",
你住哪儿来着？海淀？ - 准确说是昌平, changes and corrections): written before the rules read them, then read while fixing
(fact@1 English 33.3% -> 66.7%, Chinese 16.7% -> 76.7%; of the English gain, 33.3% -> 40.0% came from giving the
friend's chat with Ann a conversation of its own, before any rule changed); ``held6`` (10 + 10) of the same kind were
written after those fixes and only counted (fact@1 60.0% / 60.0%, any@3 90.0% / 100%). ``req`` (15 + 15) are told
inside a request to an assistant ("I'm a dental hygienist ..., any stretches you'd recommend?", "As a pastry chef,
what's the best flour ...?", 帮我给我邻居老陈写张感谢卡, 我在备考法考，能帮我……？): written before the rules read them,
then read while fixing (fact@1 English 40.0% -> 93.3%, Chinese 66.7% -> 93.3%); ``held7`` (10 + 10) of the same
kind were written after those fixes and only counted (fact@1 70.0% / 80.0%, any@3 90.0% / 100%). ``life`` (15 + 15)
are news told to a friend in catch-up chat, LoCoMo-like (a dog adopted and named when he asks "name?", a camping trip,
a new job, a kid's school, a class, a race trained for, a move, an injury, a book, a car, volunteering; 跟我妹去千岛湖露营了,
车买了没？ - 买了！一辆二手的比亚迪): written before the rules read them, then read while fixing (fact@1 English 40.0% ->
66.7%, Chinese 13.3% -> 60.0%); ``held8`` (10 + 10) of the same kind were written after those fixes and only counted
(fact@1 40.0% / 50.0%, any@3 90.0% / 90.0%). ``life2`` (15 + 15) are more news of that kind in other words (a
promotion, an instrument switched to, a concert, a roommate, a kitten named when he asks "what did you call her", a
diagnosis, a side business, a master's to come, a sister's town, a show, a move with a partner, a language learnt, a
father's pastime, a league; 升职啦！现在是产品经理了, 在追《繁花》, 体检结果出来了吗？ - 出来了，说我有点贫血): written before the
rules read them, then read while fixing (fact@1 English 20.0% -> 66.7%, Chinese 20.0% -> 86.7%); ``held9`` (10 + 10)
of the same kind were written after those fixes and only counted (fact@1 50.0% / 30.0%, any@3 100% / 100%; 0.0% /
0.0% on the tree before the fixes). ``life3`` (10 + 10), news of other kinds (a job landed, a grandmother's town, a
long weekend away, a first half marathon, a child's teacher, a car bought, a diet changed, a brother's university, a
new studio, a shelter volunteered at; 找到了！在网易做交互设计, 跑完了人生第一个半马), were written after ``held9`` and
before the rules read them, then read while fixing (fact@1 0.0% -> 30.0% in both languages). ``life4`` (10 + 10), family
news (a new interest "lately", a wife's new job, a pet named in a sentence of its own, a brother's fiancée, an injury, a
job after "still at Deloitte?", a child called "my little one", a trip come back from, an instrument; 还在德勤吗？ -
早走了，现在在一家创业公司做产品), were written before the rules read them, then read while fixing (fact@1 English 40.0% ->
90.0%, Chinese 40.0% -> 70.0%); ``life5`` (10 + 10) of the same kinds were written after those fixes and counted
(fact@1 30.0% / 50.0%, any@3 90.0% / 90.0%), then read while fixing too (60.0% / 80.0%). ``task`` (15 + 15) are facts
told inside tasks given to an assistant over a working week (a code review, an email, flights, a recipe, a gift, a
study plan), in a subordinate clause, an aside, a correction or over two turns ("flights out of Raleigh, which is
where I live", "at Mercy Hospital, where I work as a data analyst", "my sister Priya, who just moved to Leeds", "She's
a vet, so maybe an animal theme?", 从我住的成都出发, 我九月份要调去慕尼黑工作): written before the rules read them, then
read while fixing (fact@1 English 33.3% -> 73.3%, Chinese 66.7% -> 80.0%; any@3 80.0% / 100% -> 100% / 100%);
``held10`` (10 + 10) of the same kind were written after those fixes and only counted (fact@1 50.0% / 50.0%, any@3
90.0% / 90.0%; the same on the tree before the fixes, which did not carry to them). All pairs are ours, so no set is an independent check.

    python benchmarks/told_then_asked.py                 # the table
    python benchmarks/told_then_asked.py --show-misses   # the misses, but those of held, held3-held10 and plans
    python benchmarks/told_then_asked.py --format json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this tree's package first, as the other benchmarks

from kg_memory import Entity, Memory, Turn  # noqa: E402
from kg_memory.recall import RecallConfig  # noqa: E402
from kg_memory.recall.recaller import Recaller  # noqa: E402

DATA = HERE / "data" / "told_then_asked.jsonl"
SPEAKERS = {"en": "Ann", "zh": "安娜"}
OTHERS = {"en": "Bea", "zh": "贝贝"}
FRIENDS = {"en": "Cal", "zh": "小凯"}
WHEN = datetime(2026, 5, 1, 9, 0)


def _text(item: object) -> tuple[str, str]:
    """A recalled memory's kind ("fact", "Bea's fact" or "turn") and its words, lower-cased."""
    fact = getattr(item, "fact", None)
    if fact is not None:
        names = [fact.subject.label, fact.predicate]
        names += [fact.object.label, *fact.object.aliases] if isinstance(fact.object, Entity) else [str(fact.object)]
        about_bea = any(name in fact.subject.label for name in OTHERS.values())
        return "Bea's fact" if about_bea else "fact", " ".join(names).lower()
    turn = getattr(item, "turn", None)
    return "turn", (turn.text if turn is not None else str(item)).lower()


def _turns(row: dict, speaker: str) -> list[tuple[str, str]]:
    """(who, what) turn by turn: ``said`` is one turn or a list of turns, each ``speaker``'s, or the friend's when
    an object ``{"by": "friend", "text": ...}``."""
    said = row["said"]
    friend = FRIENDS[row["lang"]]
    return [(friend, line["text"]) if isinstance(line, dict) else (speaker, line)
            for line in ([said] if isinstance(said, str) else said)]


def evaluate(rows: Sequence[dict], configs: dict[str, RecallConfig]) -> tuple[list[dict], list[tuple[dict, str]]]:
    """One result per (configuration, language, set); and the misses of the first configuration (the pair and
    what came first)."""
    stats: dict[tuple[str, str, str], dict] = {}
    misses = []
    with Memory() as memory:
        for i, row in enumerate(rows):
            lang = row["lang"]
            said = [turn for other in rows if (other["lang"], other["set"]) == (lang, row["set"])
                    for turn in _turns(other, OTHERS[lang])]
            mine = _turns(row, SPEAKERS[lang])
            # the friend chats with Bea, then with Ann: two chats of two, where "you" is the one he talks to
            apart = any(who == FRIENDS[lang] for who, _ in mine)
            chats = [f"chat{i}-bea" if apart else f"chat{i}"] * len(said) + [f"chat{i}"] * len(mine)
            memory.remember([Turn(chat, str(n), who, text, WHEN + timedelta(minutes=n))
                             for n, (chat, (who, text)) in enumerate(zip(chats, said + mine))], namespace=f"pair{i}")
        recaller = Recaller(memory)  # one sentence model for every configuration
        for name, config in configs.items():
            for i, row in enumerate(rows):
                answers = row["answer"].lower().split("|")
                items = recaller.recall(row["asked"], 3, namespace=f"pair{i}", config=config)
                texts = [_text(item) for item in items]
                first = bool(texts) and texts[0][0] == "fact" and any(a in texts[0][1] for a in answers)
                s = stats.setdefault((name, row["lang"], row["set"]), {"pairs": 0, "fact@1": 0, "any@3": 0})
                s["pairs"] += 1
                s["fact@1"] += first
                s["any@3"] += any(a in text for _, text in texts for a in answers)
                if name == next(iter(configs)) and not first:
                    misses.append((row, f"{texts[0][0]}: {texts[0][1]}" if texts else "nothing"))
    out = [{"recall": name, "lang": lang, "set": part, **s, "fact@1_rate": s["fact@1"] / s["pairs"],
            "any@3_rate": s["any@3"] / s["pairs"]} for (name, lang, part), s in stats.items()]
    return out, misses


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--data", type=Path, default=DATA, help="the pairs (JSON lines)")
    parser.add_argument("--show-misses", action="store_true",
                        help="print the misses (but those of held, held3-held10 and plans)")
    args = parser.parse_args(argv)
    with args.data.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    configs = {"kg-memory recall": RecallConfig(), "  without answers": RecallConfig(answers=0.0)}
    results, misses = evaluate(rows, configs)
    if args.format == "json":
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print(f"{'recall':<20}{'lang':<6}{'set':<6}{'pairs':>6}{'fact@1':>9}{'any@3':>9}")
        for r in results:
            print(f"{r['recall']:<20}{r['lang']:<6}{r['set']:<6}{r['pairs']:>6}{r['fact@1_rate']:>9.1%}"
                  f"{r['any@3_rate']:>9.1%}")
    if args.show_misses:
        for row, got in misses:
            if row["set"] not in ("held", "held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10",
                                  "plans"):
                print(f"\n[{row['set']}] {row['said']}  /  {row['asked']}  ->  {row['answer']}\n  first: {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
