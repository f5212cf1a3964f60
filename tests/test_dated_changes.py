"""A change told with its time dates the fact it changes: "I moved to London last month" holds since the
month named and closes the old city then, not when it was said; "since 2019", "I joined Siemens in
March", "我2018年加入了腾讯" date a state's start, "I quit my job last week" its end. Checked as a user
would: remember turns, then read the current facts and the history (embedded store)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract import RuleExtractor


def remember(*turns: tuple[str, str], memory: Memory | None = None, conversation: str = "c1",
             speaker: str = "Alice") -> Memory:
    """Remember ``(ISO date, text)`` turns of ``speaker``, in order."""
    memory = memory or Memory(extractor=RuleExtractor())
    memory.remember([Turn(conversation, str(i + 1), speaker, text, datetime.fromisoformat(t).replace(tzinfo=UTC))
                     for i, (t, text) in enumerate(turns)])
    return memory


def residence(memory: Memory, who: str = "Alice", predicate: str = "livesIn") -> list[tuple[str, date | None, date | None]]:
    """Every value of ``who``'s ``predicate`` (residence by default), oldest first: (value, since, until) as dates."""
    return sorted(((f.object.label if hasattr(f.object, "label") else str(f.object),
                    f.valid_from.date() if f.valid_from else None, f.valid_to.date() if f.valid_to else None)
                   for f in memory.history(who, predicate)), key=lambda r: (r[1] or date.min, r[2] is None))


@pytest.mark.parametrize(("told", "news", "old", "new", "moved"), [
    ("I live in Paris.", "Big news: I moved to London last month!", "Paris", "London", date(2024, 8, 1)),
    ("I live in Paris.", "We moved to Denver in June.", "Paris", "Denver", date(2024, 6, 1)),
    ("我住在北京。", "我上个月搬到了上海。", "北京", "上海", date(2024, 8, 1)),
])
def test_a_dated_move_closes_the_old_home_when_it_happened(told: str, news: str, old: str, new: str,
                                                          moved: date) -> None:
    memory = remember(("2024-03-01", told), ("2024-09-15", news))
    assert residence(memory) == [(old, date(2024, 3, 1), moved), (new, moved, None)]


def test_a_move_without_a_time_starts_when_it_was_said() -> None:
    memory = remember(("2024-03-01", "I live in Paris."), ("2024-09-15", "I moved to London!"))
    assert residence(memory) == [("Paris", date(2024, 3, 1), date(2024, 9, 15)),
                                 ("London", date(2024, 9, 15), None)]


def test_a_move_told_after_a_home_said_since_keeps_the_news_current() -> None:
    # "I live in Paris" said on 3 September, then "I moved to London last month" (August): the later
    # statement is news. London is where Alice lives now; Paris stays in the history, never closed
    # before it began.
    memory = remember(("2024-09-03", "I live in Paris."), ("2024-09-15", "I moved to London last month."))
    assert residence(memory) == [("London", date(2024, 8, 1), None), ("Paris", date(2024, 9, 3), date(2024, 9, 3))]
    assert [f.object.label for f in memory.facts("Alice", "livesIn")] == ["London"]


def test_an_older_conversation_remembered_late_goes_to_history() -> None:
    memory = remember(("2024-09-15", "I moved to London last month."))
    remember(("2024-03-01", "I live in Paris."), memory=memory, conversation="c0")
    assert [f.object.label for f in memory.facts("Alice", "livesIn")] == ["London"]
    assert residence(memory) == [("Paris", date(2024, 3, 1), date(2024, 8, 1)), ("London", date(2024, 8, 1), None)]


def test_a_move_dated_after_the_turn_is_not_a_start() -> None:
    # A year later than the turn cannot be when the move happened: the fact holds since it was said.
    memory = remember(("2024-09-15", "I moved to Rome in 2030."))
    assert residence(memory) == [("Rome", date(2024, 9, 15), None)]


def test_the_move_time_shows_once_in_recall() -> None:
    memory = remember(("2024-03-01", "I live in Paris."), ("2024-09-15", "I moved to London last month."))
    first = memory.recall("Where does Alice live?")[0]
    assert "London" in first.text and "since 2024-08-01" in first.text and "on 2024-08-01" not in first.text


@pytest.mark.parametrize(("text", "predicate", "value", "since"), [
    ("I have lived in Oslo since 2015.", "livesIn", "Oslo", date(2015, 1, 1)),
    ("Since March 2020, I have lived in Berlin.", "livesIn", "Berlin", date(2020, 3, 1)),
    ("I have been working at Google since 2020.", "worksFor", "Google", date(2020, 1, 1)),
    ("I started working at Google in 2020.", "worksFor", "Google", date(2020, 1, 1)),
    ("I have been married to Tom since 2010.", "spouse", "Tom", date(2010, 1, 1)),
    ("I adopted a cat named Luna in March.", "hasPet", "Luna", date(2024, 3, 1)),
    ("I got a dog named Rex in 2019.", "hasPet", "Rex", date(2019, 1, 1)),
    ("I got a new job at Google last month.", "worksFor", "Google", date(2024, 8, 1)),
    ("我2018年搬到了上海。", "livesIn", "上海", date(2018, 1, 1)),
    ("我们2010年结婚了。", "maritalStatus", "married", date(2010, 1, 1)),
    ("I have lived in Oslo for three years.", "livesIn", "Oslo", date(2021, 9, 15)),
    ("We have been married to each other for ten years.", "maritalStatus", "married", date(2014, 9, 15)),
    ("I have been working at Google for 5 years.", "worksFor", "Google", date(2019, 9, 15)),
    ("我在北京住了五年了。", "livesIn", "北京", date(2019, 9, 15)),
    ("我在腾讯工作三年多了。", "worksFor", "腾讯", date(2021, 9, 15)),
])
def test_a_state_said_to_have_begun_then_holds_since_then(text: str, predicate: str, value: str, since: date) -> None:
    speaker = "安娜" if "\u4e00" <= text[0] <= "\u9fff" else "Alice"
    memory = remember(("2024-09-15", text), speaker=speaker)
    assert residence(memory, speaker, predicate) == [(value, since, None)]


@pytest.mark.parametrize(("text", "predicate", "value"), [
    ("I work at Google and we got married last year.", "worksFor", "Google"),  # the date is the wedding's
    ("I live in Paris and I went to Rome last year.", "livesIn", "Paris"),     # the date is the trip's
    ("I work at Google, since I love search.", "worksFor", "Google"),          # "since" as "because"
    ("I got a haircut last week and I work at Google.", "worksFor", "Google"),
    ("I work at Google and I have known Tom for ten years.", "worksFor", "Google"),
    ("I am moving to Rome next year. I live in Paris.", "livesIn", "Paris"),
])
def test_a_time_said_of_something_else_does_not_date_the_state(text: str, predicate: str, value: str) -> None:
    memory = remember(("2024-09-15", text))
    assert residence(memory, "Alice", predicate) == [(value, date(2024, 9, 15), None)]


@pytest.mark.parametrize(("before", "ending", "predicate", "value", "until"), [
    ("I work at Acme.", "I quit my job last week.", "worksFor", "Acme", date(2024, 9, 2)),
    ("I am married to Bob.", "I divorced Bob last month.", "spouse", "Bob", date(2024, 8, 1)),
    ("I live in Paris.", "I moved out of Paris in July.", "livesIn", "Paris", date(2024, 7, 1)),
    ("I work at Acme.", "I quit my job.", "worksFor", "Acme", date(2024, 9, 15)),
    ("I am dating Tom.", "I broke up with Tom last week.", "partner", "Tom", date(2024, 9, 2)),
    ("我在腾讯工作。", "我上个月辞职了。", "worksFor", "腾讯", date(2024, 8, 1)),
    ("我和李雷结婚了。", "我们上个月离婚了。", "spouse", "李雷", date(2024, 8, 1)),
    ("我住在北京。", "我上个月搬离了北京。", "livesIn", "北京", date(2024, 8, 1)),
    ("我在腾讯工作。", "我辞职了。", "worksFor", "腾讯", date(2024, 9, 15)),
])
def test_a_dated_ending_closes_the_fact_when_it_happened(before: str, ending: str, predicate: str, value: str,
                                                        until: date) -> None:
    speaker = "安娜" if "\u4e00" <= before[0] <= "\u9fff" else "Alice"
    memory = remember(("2024-03-01", before), ("2024-09-15", ending), speaker=speaker)
    assert residence(memory, speaker, predicate) == [(value, date(2024, 3, 1), until)]


def test_an_ending_dated_before_the_fact_was_told_still_ends_it() -> None:
    # "I work at Acme" told on 10 September, "I quit my job last week" (2 September) on the 15th: the job is
    # over, and never said to end before it was told.
    memory = remember(("2024-09-10", "I work at Acme."), ("2024-09-15", "I quit my job last week."))
    assert memory.facts("Alice", "worksFor") == []
    assert residence(memory, "Alice", "worksFor") == [("Acme", date(2024, 9, 10), date(2024, 9, 10))]


def test_a_dated_ending_in_a_later_conversation_closes_the_stored_fact() -> None:
    memory = remember(("2024-03-01", "I work at Acme."))
    remember(("2024-09-15", "I quit my job last week."), memory=memory, conversation="c2")
    assert memory.facts("Alice", "worksFor") == []
    assert residence(memory, "Alice", "worksFor") == [("Acme", date(2024, 3, 1), date(2024, 9, 2))]


@pytest.mark.parametrize(("text", "predicate", "value", "until"), [
    ("I used to work at Acme until 2020.", "worksFor", "Acme", date(2020, 1, 1)),
    ("I used to live in Paris from 2010 to 2015.", "livesIn", "Paris", date(2015, 1, 1)),
    ("我以前住在北京，到2019年。", "livesIn", "北京", date(2019, 1, 1)),
    ("我以前在腾讯工作，一直到去年。", "worksFor", "腾讯", date(2023, 1, 1)),
    ("I used to live in Paris.", "livesIn", "Paris", date(2024, 9, 15)),  # no end said: ended by the time it was told
])
def test_a_former_state_said_to_have_lasted_until_a_time_ended_then(text: str, predicate: str, value: str,
                                                                   until: date) -> None:
    speaker = "安娜" if "\u4e00" <= text[0] <= "\u9fff" else "Alice"
    memory = remember(("2024-09-15", text), speaker=speaker)
    assert memory.facts(speaker, predicate) == []
    assert residence(memory, speaker, predicate) == [(value, None, until)]


def test_a_home_restated_with_its_start_holds_since_then() -> None:
    memory = remember(("2024-03-01", "I live in Oslo."), ("2024-09-15", "I have lived in Oslo since 2015."))
    assert residence(memory) == [("Oslo", date(2015, 1, 1), None)]


@pytest.mark.parametrize(("text", "predicate", "value", "since", "until"), [
    ("Last year I moved to Berlin.", "livesIn", "Berlin", date(2023, 1, 1), None),
    ("In 2019, I started working at Google.", "worksFor", "Google", date(2019, 1, 1), None),
    ("Two years ago we got married.", "maritalStatus", "married", date(2022, 1, 1), None),
    ("去年我搬到了上海。", "livesIn", "上海", date(2023, 1, 1), None),
])
def test_a_time_said_before_the_subject_dates_the_fact(text: str, predicate: str, value: str, since: date,
                                                       until: date | None) -> None:
    speaker = "安娜" if "\u4e00" <= text[0] <= "\u9fff" or text[0].isdigit() and "年" in text else "Alice"
    memory = remember(("2024-09-15", text), speaker=speaker)
    assert residence(memory, speaker, predicate) == [(value, since, until)]


@pytest.mark.parametrize(("before", "ending", "predicate", "value", "until"), [
    ("I work at Acme.", "Last month I quit my job.", "worksFor", "Acme", date(2024, 8, 1)),
    ("我在腾讯工作。", "去年我从腾讯离职了。", "worksFor", "腾讯", date(2024, 3, 1)),  # never before it began
    ("我在和李雷交往。", "上个月我和李雷分手了。", "partner", "李雷", date(2024, 8, 1)),
])
def test_an_ending_with_its_time_before_the_subject_ends_then(before: str, ending: str, predicate: str, value: str,
                                                              until: date) -> None:
    speaker = "安娜" if "\u4e00" <= before[0] <= "\u9fff" else "Alice"
    memory = remember(("2024-03-01", before), ("2024-09-15", ending), speaker=speaker)
    assert memory.facts(speaker, predicate) == []
    assert residence(memory, speaker, predicate) == [(value, date(2024, 3, 1), until)]


@pytest.mark.parametrize("text", ["May I ask where you live?", "Today I feel great.", "Tomorrow I might move to Rome.",
                                  "明天我可能会很忙。"])
def test_a_sentence_opening_with_a_time_and_no_fact_stays_empty(text: str) -> None:
    memory = remember(("2024-09-15", text))
    assert memory.facts() == []


@pytest.mark.parametrize(("text", "predicate", "value", "since", "until"), [
    ("去年我住在巴黎。", "livesIn", "巴黎", date(2023, 1, 1), date(2024, 1, 1)),
    ("2019年，我在腾讯上班。", "worksFor", "腾讯", date(2019, 1, 1), date(2020, 1, 1)),
    ("我2019年在北京工作。", "workLocation", "北京", date(2019, 1, 1), date(2020, 1, 1)),
    ("上个月我住在朋友家。", "livesIn", "朋友家", date(2024, 8, 1), date(2024, 9, 1)),
])
def test_a_chinese_state_said_of_a_past_period_is_history(text: str, predicate: str, value: str, since: date,
                                                           until: date) -> None:
    memory = remember(("2024-09-15", text), speaker="安娜")
    assert memory.facts("安娜", predicate) == []
    assert residence(memory, "安娜", predicate) == [(value, since, until)]


def test_a_past_home_told_late_leaves_the_current_home_current() -> None:
    memory = remember(("2024-03-01", "我住在上海。"), ("2024-09-15", "2019年我住在巴黎。"), speaker="安娜")
    assert residence(memory, "安娜") == [("巴黎", date(2019, 1, 1), date(2020, 1, 1)), ("上海", date(2024, 3, 1), None)]


@pytest.mark.parametrize(("text", "value"), [
    ("今年我在北京工作。", "北京"),  # the period holds the turn: it holds now
    ("2019年我在北京工作，现在还在。", "北京"),  # said to hold still
    ("我去年就在北京工作了。", "北京"),  # a start
    ("去年我住在巴黎，现在住在上海。", "上海"),  # the other clause's home is current
])
def test_a_chinese_state_that_still_holds_stays_current(text: str, value: str) -> None:
    memory = remember(("2024-09-15", text), speaker="安娜")
    assert value in {getattr(f.object, "label", f.object) for f in memory.facts("安娜")}


@pytest.mark.parametrize(("text", "old", "new", "moved"), [
    ("I used to live in Chicago, but we moved to Denver in 2019.", "Chicago", "Denver", date(2019, 1, 1)),
    ("我以前住在北京，2020年搬到了上海。", "北京", "上海", date(2020, 1, 1)),
])
def test_a_former_home_ends_when_the_dated_next_one_began(text: str, old: str, new: str, moved: date) -> None:
    memory = remember(("2024-09-15", text))
    assert residence(memory) == [(old, None, moved), (new, moved, None)]


def test_a_move_planned_for_later_leaves_the_home_current() -> None:
    memory = remember(("2024-03-01", "我住在北京。"), ("2024-09-15", "我下周要搬家了，搬到浦东。"), speaker="安娜")
    assert residence(memory, "安娜") == [("北京", date(2024, 3, 1), None)]


@pytest.mark.parametrize("text", ["下周我要出差，我住在浦东。", "我住在浦东，下周要去北京出差。"])
def test_a_time_to_come_in_another_clause_leaves_the_home_current(text: str) -> None:
    memory = remember(("2024-09-15", text), speaker="安娜")
    assert residence(memory, "安娜") == [("浦东", date(2024, 9, 15), None)]


def test_each_state_of_a_sentence_takes_the_time_of_its_own_clause() -> None:
    memory = remember(("2024-03-01", "我住在上海。"), ("2024-09-15", "2019年我在北京工作，去年我住在巴黎。"), speaker="安娜")
    assert residence(memory, "安娜") == [("巴黎", date(2023, 1, 1), date(2024, 1, 1)), ("上海", date(2024, 3, 1), None)]
    moved = remember(("2024-09-15", "2019年我在北京工作，去年我搬到了巴黎。"), speaker="安娜")
    assert residence(moved, "安娜") == [("巴黎", date(2023, 1, 1), None)]


def test_a_move_from_a_city_keeps_it_as_the_former_home() -> None:
    memory = remember(("2024-09-15", "We moved from Seattle to Austin in 2019."))
    assert residence(memory) == [("Seattle", None, date(2019, 1, 1)), ("Austin", date(2019, 1, 1), None)]


def test_a_move_from_the_home_told_before_closes_it_once() -> None:
    memory = remember(("2024-03-01", "I live in Seattle."), ("2024-09-15", "We recently moved from Seattle to Austin."))
    assert residence(memory) == [("Seattle", date(2024, 3, 1), date(2024, 9, 15)), ("Austin", date(2024, 9, 15), None)]


@pytest.mark.parametrize(("text", "predicate", "value", "since"), [
    ("I've been vegan for 3 years.", "diet", "vegan", date(2021, 9, 15)),
    ("I've been vegetarian since 2019.", "diet", "vegetarian", date(2019, 1, 1)),
    ("I went vegan last year.", "diet", "vegan", date(2023, 1, 1)),
    ("I got promoted to senior engineer last month.", "jobTitle", "senior engineer", date(2024, 8, 1)),
    ("I was promoted to manager in 2020.", "jobTitle", "manager", date(2020, 1, 1)),
])
def test_a_diet_or_a_promotion_holds_since_the_time_told(text: str, predicate: str, value: str, since: date) -> None:
    memory = remember(("2024-09-15", text))
    assert residence(memory, predicate=predicate) == [(value, since, None)]


def test_a_dated_promotion_closes_the_old_job_title_then() -> None:
    memory = remember(("2024-03-01", "I'm an engineer."), ("2024-09-15", "I got promoted to manager last month."))
    assert residence(memory, predicate="jobTitle") == [("engineer", date(2024, 3, 1), date(2024, 8, 1)),
                                                       ("manager", date(2024, 8, 1), None)]


def test_a_habit_given_up_ends_when_told() -> None:
    memory = remember(("2024-09-15", "I quit smoking two years ago."))
    assert residence(memory, predicate="habit") == [("smoking", None, date(2022, 1, 1))]


def test_an_ex_wife_is_a_former_spouse() -> None:
    memory = remember(("2024-09-15", "My ex-wife Emily lives in Boston."))
    assert [(value, until is not None) for value, _, until in residence(memory, predicate="spouse")] == [("Emily", True)]
