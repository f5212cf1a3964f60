"""benchmarks/told_then_asked.py: a pair is told in a memory where someone else said the same kinds of things."""

from __future__ import annotations

import json

from kg_memory.recall import RecallConfig
from tests.benchmarks import load_benchmark

bench = load_benchmark("told_then_asked")
LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests


def _pair(said: str | list[str | dict], asked: str, answer: str, lang: str = "en") -> dict:
    return {"set": "dev", "lang": lang, "said": said, "asked": asked, "answer": answer}


def test_the_answer_must_be_ann_s_not_bea_s() -> None:
    # Bea says both statements (her home ends up Oslo); each pair's question is about Ann's own home
    rows = [_pair("I live in Lisbon.", "Where does Ann live?", "Lisbon"),
            _pair("I live in Oslo.", "Where does Ann live?", "Oslo"),
            _pair("我住在杭州。", "安娜住在哪里？", "杭州", "zh")]
    results, misses = bench.evaluate(rows, {"lexical": LEXICAL_ONLY})
    by_lang = {r["lang"]: r for r in results}
    assert by_lang["en"]["pairs"] == 2 and by_lang["en"]["fact@1"] == 2, (results, misses)
    assert by_lang["zh"]["fact@1"] == 1 and misses == []


def test_a_pair_without_the_fact_is_a_miss() -> None:
    results, misses = bench.evaluate([_pair("Nice weather today.", "Where does Ann live?", "Lisbon")],
                                     {"lexical": LEXICAL_ONLY})
    assert results[0]["fact@1"] == 0 and results[0]["any@3"] == 0 and len(misses) == 1


def test_every_pair_is_counted_in_its_language_and_set() -> None:
    with bench.DATA.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    both = ("dev", "held", "held2", "dev2", "held3", "upd", "day", "held5", "plans", "chat", "held6", "req", "held7",
            "life", "held8", "life2", "held9", "life3", "life4", "life5", "task", "held10")
    assert {(r["lang"], r["set"]) for r in rows} == {(lang, part) for lang in ("en", "zh") for part in both} \
        | {("zh", "dev3"), ("zh", "held4")}
    assert all(r["said"] and r["asked"] and r["answer"] for r in rows)
    assert all(isinstance(r["said"], str) or all(isinstance(line, str) and line or line["by"] == "friend"
                                                 and isinstance(line["text"], str) and line["text"]
                                                 for line in r["said"]) for r in rows)


def test_a_pair_told_in_several_turns_is_told_turn_by_turn() -> None:
    # "Her son" is Rosa's only when said after "My aunt Rosa ...": told as one turn each, in order
    row = _pair(["My aunt Rosa lives in Miami.", "Her son is a pilot."], "What does Ann's aunt's son do?", "pilot")
    results, misses = bench.evaluate([row], {"lexical": LEXICAL_ONLY})
    assert results[0]["fact@1"] == 1, misses


def test_a_friend_asks_and_ann_answers() -> None:
    # Cal's question makes Ann's "In Porto now." a home; his own home is his, not Ann's
    row = _pair([{"by": "friend", "text": "I'm in Madrid these days. Where do you live?"}, "In Porto now."],
                "Where does Ann live?", "Porto")
    results, misses = bench.evaluate([row], {"lexical": LEXICAL_ONLY})
    assert results[0]["fact@1"] == 1, misses
    wrong = _pair([{"by": "friend", "text": "I live in Madrid."}, "Oh nice."], "Where does Ann live?", "Madrid")
    results, misses = bench.evaluate([wrong], {"lexical": LEXICAL_ONLY})
    assert results[0]["fact@1"] == 0, results


def test_the_friend_s_turns_are_his_in_bea_s_chat_too() -> None:
    rows = [_pair([{"by": "friend", "text": "Where do you work now?"}, "At Siemens."], "Where does Ann work?",
                  "Siemens")]
    turns = bench._turns(rows[0], "Bea")
    assert turns == [("Cal", "Where do you work now?"), ("Bea", "At Siemens.")]
