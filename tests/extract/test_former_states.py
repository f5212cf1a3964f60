"""A state said to have held before ("I used to live in Paris", "I'm not a nurse anymore", 我以前住在北京, 我曾经在百度
工作过) is an ending: stored, it closes the current fact, or becomes history when none is current; it is never a
current fact. Invented lines, in English and Chinese."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity

DAY = datetime(2024, 5, 1)


def said(speaker: str, text: str) -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, ended) of what the rules read in one turn."""
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", speaker, text, DAY)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("I used to live in Paris.", ("Alice", "livesIn", "Paris")),
    ("We used to live in London.", ("Alice", "livesIn", "London")),
    ("I used to work at Amazon, but now I'm at Netflix.", ("Alice", "worksFor", "Amazon")),
    ("I used to be a teacher.", ("Alice", "jobTitle", "teacher")),
    ("I used to be married to Tom.", ("Alice", "spouse", "Tom")),
    ("I used to have a dog.", ("Alice", "hasPet", "Alice's dog")),
    ("I used to hate vegetables.", ("Alice", "dislikes", "vegetables")),
    ("My sister used to live in Rome.", ("Alice's sister", "livesIn", "Rome")),
    ("I am no longer a teacher.", ("Alice", "jobTitle", "teacher")),
    ("I'm not a nurse anymore.", ("Alice", "jobTitle", "nurse")),
    # in Chinese: 以前, 之前, 小时候, 曾经 before the statement
    ("我以前住在北京。", ("Bob", "livesIn", "北京")),
    ("我之前住在上海。", ("Bob", "livesIn", "上海")),
    ("我小时候住在上海。", ("Bob", "livesIn", "上海")),
    ("我曾经在百度工作过。", ("Bob", "worksFor", "百度")),
    ("我以前在百度工作，现在在字节跳动。", ("Bob", "worksFor", "百度")),
    # 过 after the verb: it held once
    ("我在腾讯工作过。", ("Bob", "worksFor", "腾讯")),
    ("我在上海住过。", ("Bob", "livesIn", "上海")),
    ("我以前也在上海住过。", ("Bob", "livesIn", "上海")),
    ("我在广州生活过五年。", ("Bob", "livesIn", "广州")),
])
def test_what_used_to_hold_is_an_ending_not_a_current_fact(text: str, fact: tuple[str, str, str]) -> None:
    found = said("Bob" if fact[0].startswith("Bob") else "Alice", text)
    assert (*fact, True) in found, found
    assert (*fact, False) not in found


@pytest.mark.parametrize("text", ["我没在腾讯工作过。", "你在腾讯工作过吗？", "我在上海待过三天。"])
def test_no_state_held_once_without_its_verb_and_过(text: str) -> None:
    assert not {f for f in said("Bob", text) if f[1] in ("worksFor", "livesIn")}


def test_the_present_clause_beside_a_former_one_stays_current() -> None:
    assert said("Bob", "我以前是一名护士，现在是作家。") == {("Bob", "jobTitle", "护士", True), ("Bob", "jobTitle", "作家", False)}


@pytest.mark.parametrize(("speaker", "text", "fact"), [
    ("Alice", "I live in Paris.", ("Alice", "livesIn", "Paris", False)),
    ("Alice", "I'm a teacher.", ("Alice", "jobTitle", "teacher", False)),
    ("Bob", "我住在北京。", ("Bob", "livesIn", "北京", False)),
    ("Bob", "我以前去过日本。", ("Bob", "visited", "日本", False)),  # a visit is an event: it does not end
    ("Alice", "I used to visit Paris every summer.", ("Alice", "visited", "Paris", False)),
    ("Bob", "我去过上海。", ("Bob", "visited", "上海", False)),
    ("Bob", "我在北京大学读过书。", ("Bob", "educatedAt", "北京大学", False)),  # a school one went to stays
])
def test_present_states_and_past_events_stay_facts(speaker: str, text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in said(speaker, text)


@pytest.mark.parametrize(("turns", "now", "before"), [
    ((("Alice", "I live in Berlin."), ("Alice", "I used to live in Paris.")),
     "Where does Alice live?", "Where did Alice live before?"),
    ((("Bob", "我以前住在北京，现在住在上海。"),), "Bob住在哪里？", "Bob以前住在哪里？"),
])
def test_a_former_home_is_kept_as_history_and_recalled_for_the_past(
        turns: tuple[tuple[str, str], ...], now: str, before: str) -> None:
    with Memory() as memory:
        memory.remember([Turn("c", str(i), who, text, datetime(2024, 1, 1 + i)) for i, (who, text) in enumerate(turns)])
        person = turns[0][0]
        current = [f.object.label for f in memory.facts(person, "livesIn") if isinstance(f.object, Entity)]
        history = {f.object.label for f in memory.facts(person, "livesIn", history=True)
                   if isinstance(f.object, Entity) and f.valid_to is not None}
        assert len(current) == 1 and len(history) == 1 and not set(current) & history, (current, history)

        def first(question: str) -> str:
            fact = next(r.fact for r in memory.recall(question, 5) if r.fact is not None)
            assert isinstance(fact.object, Entity)
            return fact.object.label

        assert first(now) == current[0]
        assert first(before) in history


@pytest.mark.parametrize(("text", "partner"), [
    ("My girlfriend broke up with me.", "Alice"),  # whoever she is: every current partner ends
    ("My boyfriend left me for Jessica.", "Alice"),
    ("My girlfriend Ann broke up with me.", "Ann"),
])
def test_a_partner_who_left_the_speaker_ends_the_relation(text: str, partner: str) -> None:
    assert ("Alice", "partner", partner, True) in said("Alice", text)


def test_a_partner_who_left_the_speaker_something_is_still_a_partner() -> None:
    assert said("Alice", "My girlfriend left me a note.") == {("Alice", "partner", "Alice's girlfriend", False)}


@pytest.mark.parametrize("text", ["我女朋友跟我分手了。", "我男朋友和我分手了。"])
def test_a_partner_who_broke_up_with_the_speaker_ends_the_speakers_partner_in_chinese(text: str) -> None:
    found = said("Bob", text)
    ended = {(s, p, o) for s, p, o, e in found if e}
    assert len(ended) == 1 and next(iter(ended))[:2] == ("Bob", "partner"), found  # not a partner named 跟我
    assert {(s, p, o) for s, p, o, e in found if not e} <= ended  # the partner said in passing is closed at once


@pytest.mark.parametrize(("text", "status"), [
    ("I'm currently unemployed.", {("Alice", "jobTitle", "unemployed", False)}),  # as "I'm retired" is "retired"
    ("I've been out of work since May.", {("Alice", "jobTitle", "unemployed", False)}),  # out of work now
    ("I'm between jobs.", {("Alice", "jobTitle", "unemployed", False)}),
])
def test_being_out_of_work_ends_the_current_employer(text: str, status: set[tuple[str, str, str, bool]]) -> None:
    assert said("Alice", text) == {("Alice", "worksFor", "Alice", True)} | status  # every employer ends


@pytest.mark.parametrize(("text", "fact"), [
    ("I quit smoking two years ago.", ("Alice", "habit", "smoking", True)),
    ("I finally gave up drinking.", ("Alice", "habit", "drinking", True)),
    ("I stopped smoking cigarettes in 2019.", ("Alice", "habit", "smoking", True)),
    ("My dad quit smoking last month.", ("Alice's dad", "habit", "smoking", True)),
])
def test_a_habit_given_up_is_ended(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in said("Alice", text)


@pytest.mark.parametrize("text", ["I didn't quit smoking.", "I never quit smoking.", "Did you quit smoking?",
                                  "If I quit smoking, I'll feel better.", "I'm trying to quit smoking.",
                                  "I quit smoking weed.", "I stopped drinking coffee."])
def test_no_smoking_or_drinking_ended_from_a_negation_a_question_a_wish_or_another_thing(text: str) -> None:
    assert not any(f[1] == "habit" and f[3] for f in said("Alice", text))
