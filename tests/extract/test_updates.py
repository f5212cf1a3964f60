"""Updates people mean (issue 18, item 4): endings close facts, the opposite preference closes the
older one, and an untimed transcript keeps its turn order as time order. Checked as a user would:
remember turns, then read current facts and history from the memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract import RuleExtractor

T0 = datetime(2024, 1, 1, tzinfo=UTC)
T1 = T0 + timedelta(days=30)


def remember(*texts: str, timed: bool = True, speaker: str = "Alice") -> Memory:
    memory = Memory(extractor=RuleExtractor())
    memory.remember([Turn("c1", str(i + 1), speaker, text, T0 + timedelta(days=30 * i) if timed else None)
                     for i, text in enumerate(texts)])
    return memory


def current(memory: Memory, predicate: str, who: str = "Alice") -> list[str]:
    return sorted(str(getattr(f.object, "label", f.object)) for f in memory.facts(who, predicate))


def closed(memory: Memory, predicate: str, who: str = "Alice") -> list[tuple[str, datetime | None]]:
    return [(str(getattr(f.object, "label", f.object)), f.valid_to)
            for f in memory.history(who, predicate) if f.valid_to is not None]


ENDINGS = [
    ("I married Bob.", "I divorced Bob.", "spouse", "Bob"),
    ("I got married to Bob last year.", "Bob and I got divorced.", "spouse", "Bob"),
    ("I am dating Tom.", "We broke up.", "partner", "Tom"),
    ("I am dating Tom.", "I broke up with Tom.", "partner", "Tom"),  # dated: tests/test_dated_changes.py
    ("I work for Airbus.", "I no longer work for Airbus.", "worksFor", "Airbus"),
    ("I work for Airbus.", "I don't work at Airbus anymore.", "worksFor", "Airbus"),
    ("I work at Acme.", "I quit my job at Acme.", "worksFor", "Acme"),
    ("I work at Acme.", "I quit my job.", "worksFor", "Acme"),
    ("I live in Paris.", "I moved out of Paris.", "livesIn", "Paris"),
    ("I live in Paris.", "I no longer live in Paris.", "livesIn", "Paris"),
    ("我在阿里巴巴工作。", "我不再在阿里巴巴工作了。", "worksFor", "阿里巴巴"),
    ("我在阿里巴巴工作。", "我已经从阿里巴巴辞职了。", "worksFor", "阿里巴巴"),
    ("我嫁给了王强。", "我和他离婚了。", "spouse", "王强"),
    ("我嫁给了王强。", "我离婚了。", "spouse", "王强"),
    ("我在腾讯工作。", "我辞职了。", "worksFor", "腾讯"),
    ("我住在北京。", "我搬出了北京。", "livesIn", "北京"),
    ("我住在北京。", "我已经不住在北京了。", "livesIn", "北京"),
    ("我男朋友是李雷。", "我们分手了。", "partner", "李雷"),
]


@pytest.mark.parametrize(("before", "after", "predicate", "value"), ENDINGS, ids=[e[1] for e in ENDINGS])
def test_an_ending_closes_the_current_fact_at_the_turn_time(before, after, predicate, value):
    memory = remember(before, after)
    assert current(memory, predicate) == []
    assert closed(memory, predicate) == [(value, T1)]


def test_an_ending_with_nothing_to_close_is_kept_as_history():
    memory = remember("I no longer work for Airbus.")
    assert current(memory, "worksFor") == [] and closed(memory, "worksFor") == [("Airbus", T0)]


def test_a_divorce_is_also_the_marital_status():
    memory = remember("I married Bob.", "I divorced Bob.")
    assert current(memory, "maritalStatus") == ["divorced"]


def test_quitting_a_job_does_not_say_one_works_there():
    facts = RuleExtractor().extract([Turn("c1", "1", "Alice", "I quit my job at Acme.")])
    assert [(f.predicate, f.object.label, f.ended) for f in facts] == [("worksFor", "Acme", True)]


@pytest.mark.parametrize("text", [
    "Did you divorce Bob?", "If I quit my job, I will travel.", "I might move out of Paris.",
    "I will never quit my job.", "我要是辞职了就去旅行。", "你离婚了吗？",
])
def test_questions_conditionals_and_plans_end_nothing(text):
    memory = remember("I married Bob.", "I work at Acme.", "I live in Paris.", text)
    assert current(memory, "spouse") == ["Bob"] and current(memory, "worksFor") == ["Acme"]
    assert current(memory, "livesIn") == ["Paris"]


@pytest.mark.parametrize(("first", "second", "then"), [
    ("I like tea.", "I don't like tea.", "dislikes"),
    ("I hate tea.", "Actually I love tea now.", "likes"),
    ("我喜欢喝茶。", "我不喜欢喝茶。", "dislikes"),
])
def test_the_opposite_preference_closes_the_older_one(first, second, then):
    memory = remember(first, second)
    other = "likes" if then == "dislikes" else "dislikes"
    assert current(memory, then) != [] and current(memory, other) == []
    assert [t for _, t in closed(memory, other)] == [T1]


def test_a_preference_that_comes_back_closes_the_opposite_again():
    memory = remember("I like tea.", "I don't like tea.", "I like tea again.")
    assert current(memory, "likes") == ["tea"] and current(memory, "dislikes") == []
    assert [t for _, t in closed(memory, "likes")] == [T1]


def test_an_untimed_transcript_keeps_turn_order_as_time_order():
    memory = remember("I live in Paris.", "I moved to London.", "I moved to Berlin.", "I moved out of Berlin.",
                      timed=False)
    history = memory.history("Alice", "livesIn")
    assert [f.object.label for f in history] == ["Paris", "London", "Berlin"]
    ends = [f.valid_to for f in history]
    assert None not in ends and ends == sorted(ends) and len(set(ends)) == 3
    assert history[1].valid_from == ends[0] and history[2].valid_from == ends[1]  # each began as the last ended


def test_an_older_value_ingested_late_goes_to_history():
    memory = Memory(extractor=RuleExtractor())
    memory.remember([Turn("c2", "1", "Alice", "I live in London.", T1)])
    memory.remember([Turn("c1", "1", "Alice", "I live in Paris.", T0)])
    assert current(memory, "livesIn") == ["London"]
    (paris,) = [f for f in memory.history("Alice", "livesIn") if f.valid_to is not None]
    assert (paris.object.label, paris.valid_from, paris.valid_to) == ("Paris", T0, T1)
