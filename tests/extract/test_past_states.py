"""A state told in the past tense is history: "I lived in Paris for two years" is a former home, "I worked at Google
from 2015 to 2019" a job held then, and neither closes what is current now; a day's work ("I worked at the bakery
today"), an event ("I had lunch"), a negation or another's words give no ended or closed fact. Invented lines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity

DAY = datetime(2024, 5, 1, tzinfo=UTC)


def said(text: str, speaker: str = "Ann") -> set[tuple[str, str, str, bool, date | None, date | None]]:
    """(subject, predicate, object, ended, valid_from, valid_to) of what the rules read in one turn said on ``DAY``."""
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended,
             f.valid_from.date() if f.valid_from else None, f.valid_to.date() if f.valid_to else None)
            for f in RuleExtractor().extract([Turn("c", "1", speaker, text, DAY)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("I lived in Paris for two years.", ("Ann", "livesIn", "Paris")),
    ("I lived in Paris.", ("Ann", "livesIn", "Paris")),
    ("We lived in Lisbon for years.", ("Ann", "livesIn", "Lisbon")),
    ("When I was a kid I lived in Texas.", ("Ann", "livesIn", "Texas")),
    ("I worked at Google.", ("Ann", "worksFor", "Google")),
    ("I worked as a nurse before I had kids.", ("Ann", "jobTitle", "nurse")),
    ("I was a nurse at a hospital in Ohio.", ("Ann", "workLocation", "Ohio")),
    ("I was a teacher for twenty years.", ("Ann", "jobTitle", "teacher")),
    ("When I was a teenager I worked at McDonald's.", ("Ann", "worksFor", "McDonald's")),
    ("I was working at the bank for five years.", ("Ann", "worksFor", "bank")),
    ("Back in college I had a cat named Milo.", ("Ann", "hasPet", "Milo")),
    ("I had a dog.", ("Ann", "hasPet", "Ann's dog")),
    ("I was married to Tom for ten years.", ("Ann", "spouse", "Tom")),
    ("I dated Mark for two years.", ("Ann", "partner", "Mark")),
    ("I lived in Berlin and worked at Siemens.", ("Ann", "worksFor", "Siemens")),
    ("My sister lived in Rome.", ("Ann's sister", "livesIn", "Rome")),
])
def test_a_state_told_in_the_past_tense_is_a_former_one(text: str, fact: tuple[str, str, str]) -> None:
    found = said(text)
    assert (*fact, True, None, None) in found, found
    assert not any(f[:3] == fact and not f[3] for f in found), found


def test_a_former_state_said_to_last_until_a_time_ends_then() -> None:
    assert ("Ann", "worksFor", "Google", True, None, date(2020, 1, 1)) in said("I worked at Google until 2020.")


@pytest.mark.parametrize(("text", "fact", "since", "until"), [
    ("I worked at Google from 2015 to 2019.", ("Ann", "worksFor", "Google"), date(2015, 1, 1), date(2020, 1, 1)),
    ("I worked at Google from March 2018 to June 2020.", ("Ann", "worksFor", "Google"), date(2018, 3, 1), date(2020, 7, 1)),
    ("I lived in Paris between 2010 and 2015.", ("Ann", "livesIn", "Paris"), date(2010, 1, 1), date(2016, 1, 1)),
    ("In 2019 I was living in Berlin.", ("Ann", "livesIn", "Berlin"), date(2019, 1, 1), date(2020, 1, 1)),
    ("Back in 2010, I lived in Boston.", ("Ann", "livesIn", "Boston"), date(2010, 1, 1), date(2011, 1, 1)),
    ("I worked at Google last year.", ("Ann", "worksFor", "Google"), date(2023, 1, 1), date(2024, 1, 1)),
    ("In 2019, I lived in Berlin and worked at Siemens.", ("Ann", "worksFor", "Siemens"), date(2019, 1, 1),
     date(2020, 1, 1)),
    ("In 2012 I was a waitress.", ("Ann", "jobTitle", "waitress"), date(2012, 1, 1), date(2013, 1, 1)),
])
def test_a_state_told_of_a_past_period_held_then(text: str, fact: tuple[str, str, str], since: date,
                                                 until: date) -> None:
    found = said(text)
    assert (*fact, False, since, until) in found, found
    assert not any(f[:3] == fact and (f[3] or f[5] is None) for f in found), found


@pytest.mark.parametrize("text", [
    # a recent day: an event of a state that may hold still
    "I worked at the bakery today.",
    "I worked late yesterday.",
    "I worked at the bakery for two hours.",
    "I worked at the restaurant all night.",
    "I dated Tom last night.",
    # events, not states
    "I lived through a war.",
    "I worked on my car.",
    "I had lunch.",
    "I had a great time.",
    "I had a great time with my cat.",
    "I had my dog with me.",
    "I had a baby in 2019.",
    "I was married in 2010.",
    "I was a teenager.",
    # a background of a story, a start, a habit, this year
    "I was working at the bank when she called.",
    "I worked at Google since 2010.",
    "I usually worked from home.",
    "I worked at Google in 2024.",
    # negation, questions, hypotheticals, wishes, another's words
    "I never lived in Paris.",
    "I was not a nurse.",
    "Did you live in Paris?",
    "If I lived in Paris I would be happy.",
    "I wish I lived in Paris.",
    "She said she lived in Paris.",
    "I said I lived in Paris.",
    "I thought I worked at the best company.",
])
def test_look_alikes_give_no_ended_or_closed_fact(text: str) -> None:
    found = said(text)
    assert not [f for f in found if f[3] or f[5] is not None], found


def test_a_past_school_stays_a_school_finished() -> None:
    assert said("I studied at Harvard.") == {("Ann", "educatedAt", "Harvard", False, None, None)}


def remember(*turns: tuple[str, str]) -> Memory:
    """A memory of ``(ISO date, text)`` turns of Ann, in order."""
    memory = Memory(extractor=RuleExtractor())
    memory.remember([Turn("c1", str(i + 1), "Ann", text, datetime.fromisoformat(t).replace(tzinfo=UTC))
                     for i, (t, text) in enumerate(turns)])
    return memory


def history(memory: Memory, predicate: str) -> list[tuple[str, date | None, date | None]]:
    """Every value of Ann's ``predicate``, oldest first: (value, since, until)."""
    return sorted(((getattr(f.object, "label", str(f.object)), f.valid_from.date() if f.valid_from else None,
                    f.valid_to.date() if f.valid_to else None) for f in memory.history("Ann", predicate)),
                  key=lambda r: (r[1] or date.min, r[2] is None))


def current(memory: Memory, predicate: str) -> list[str]:
    return [getattr(f.object, "label", str(f.object)) for f in memory.facts("Ann", predicate)]


def test_a_past_home_does_not_close_the_current_one() -> None:
    memory = remember(("2024-03-01", "I live in Oslo."), ("2024-05-01", "I lived in Paris in 2015."))
    assert current(memory, "livesIn") == ["Oslo"]
    assert history(memory, "livesIn") == [("Paris", date(2015, 1, 1), date(2016, 1, 1)), ("Oslo", date(2024, 3, 1), None)]


def test_a_job_held_from_one_year_to_another_is_history_beside_the_current_job() -> None:
    memory = remember(("2024-03-01", "I work at Netflix."), ("2024-05-01", "I worked at Google from 2015 to 2019."))
    assert current(memory, "worksFor") == ["Netflix"]
    assert ("Google", date(2015, 1, 1), date(2020, 1, 1)) in history(memory, "worksFor")


def test_a_former_home_said_without_a_time_is_history_not_current() -> None:
    memory = remember(("2024-05-01", "I lived in Paris for two years."))
    assert current(memory, "livesIn") == []
    assert [value for value, _, until in history(memory, "livesIn") if until is not None] == ["Paris"]


def test_a_former_pet_leaves_the_current_home_alone() -> None:
    memory = remember(("2024-03-01", "I live in Oslo."), ("2024-05-01", "Back in college I had a cat named Milo."))
    assert current(memory, "livesIn") == ["Oslo"]
    assert current(memory, "hasPet") == []
    assert [value for value, _, until in history(memory, "hasPet") if until is not None] == ["Milo"]


@pytest.mark.parametrize(("now", "then", "pet"), [
    ("My dog loves the beach.", "I had a dog when I was a kid.", "Ann's dog"),
    ("I have a cat named Luna.", "When I was little I had a cat too.", "Luna"),
])
def test_a_pet_had_at_another_time_leaves_the_pet_of_now_current(now: str, then: str, pet: str) -> None:
    # was: the childhood pet's placeholder ("Ann's dog", also Luna's) closed the pet of now
    memory = remember(("2024-03-01", now), ("2024-05-01", then))
    assert current(memory, "hasPet") == [pet]


def test_a_day_at_work_keeps_the_job_current() -> None:
    memory = remember(("2024-03-01", "I work at the bakery."), ("2024-05-01", "I worked at the bakery today."))
    assert current(memory, "worksFor") == ["bakery"]


@pytest.mark.parametrize(("text", "fact", "since", "until"), [
    ("I lived in Spain in the 90s.", ("Ann", "livesIn", "Spain"), date(1990, 1, 1), date(2000, 1, 1)),
    ("I lived in Madrid in the nineties.", ("Ann", "livesIn", "Madrid"), date(1990, 1, 1), date(2000, 1, 1)),
    ("I worked at Google in the 2010s.", ("Ann", "worksFor", "Google"), date(2010, 1, 1), date(2020, 1, 1)),
    ("I lived in Rome in the summer of 2019.", ("Ann", "livesIn", "Rome"), date(2019, 6, 1), date(2019, 9, 1)),
])
def test_a_state_told_of_a_past_decade_or_season_held_then(text: str, fact: tuple[str, str, str], since: date,
                                                           until: date) -> None:
    found = said(text)
    assert (*fact, False, since, until) in found, found


@pytest.mark.parametrize("text", ["I didn't live in Spain in the 90s.", "Did you live in Spain in the 90s?",
                                  "If I had lived in Spain in the 90s, I'd speak Spanish."])
def test_no_state_of_a_decade_from_a_negation_a_question_or_a_wish(text: str) -> None:
    assert not any(f[1] == "livesIn" and f[2] == "Spain" for f in said(text))
