"""What users tell an assistant about themselves, in English and Chinese (issue 13): a promotion gives the job now held
("I just got promoted to senior engineer", 我刚升职成了高级工程师), a move from one place to another leaves the place
moved from as a former home ("we moved from Seattle to Austin", 我们从上海搬到了深圳), and a believer of a faith is a
religion (我是天主教徒, 我是穆斯林: never a name); look-alikes (questions, wishes, denials, other things moved) give none."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Fact, Turn


def _extract(text: str) -> list[Fact]:
    return RuleExtractor().extract([Turn("c", "1", "user", text, datetime(2024, 5, 1))])


def _label(value: object) -> str:
    return value.label if isinstance(value, Entity) else str(value)


def _current(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, _label(f.object)) for f in _extract(text) if not f.ended}


def _ended(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, _label(f.object)) for f in _extract(text) if f.ended}


@pytest.mark.parametrize("text, subject, job", [
    ("I just got promoted to senior engineer.", "user", "senior engineer"),
    ("I was promoted to team lead last month.", "user", "team lead"),
    ("My sister was promoted to head nurse.", "user's sister", "head nurse"),
    ("我刚升职成了高级工程师。", "user", "高级工程师"),
    ("我上个月升职为经理了。", "user", "经理"),
    ("我哥哥去年被提拔为部门总监。", "user的哥哥", "部门总监"),
])
def test_a_promotion_gives_the_job_now_held(text: str, subject: str, job: str) -> None:
    assert (subject, "jobTitle", job) in _current(text)


def test_a_dated_promotion_holds_from_then() -> None:
    job = next(f for f in _extract("我上个月升职为经理了。") if f.predicate == "jobTitle")
    assert job.valid_from == datetime(2024, 4, 1) and job.valid_to is None  # held since April, not only in April


@pytest.mark.parametrize("text", [
    "I got promoted to a new role.", "Will I get promoted to director?", "I didn't get promoted to manager.",
    "我升职了。", "我没有升职成经理。", "我希望能升职当经理。", "我要是升职当了经理就好了。",
    "I hope I get promoted to manager.", "I hope I work as a nurse one day.",  # a hope, not what holds
])
def test_promotion_look_alikes_give_no_job(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _ in _current(text))


@pytest.mark.parametrize("text, subject, left, new", [
    ("We recently moved from Seattle to Austin.", "user", "Seattle", "Austin"),
    ("I moved to Denver from Chicago two years ago.", "user", "Chicago", "Denver"),
    ("My mom moved from Ohio to Florida.", "user's mom", "Ohio", "Florida"),
    ("我们去年从上海搬到了深圳。", "user", "上海", "深圳"),
    ("我从广州搬到北京已经三年了。", "user", "广州", "北京"),
    ("我妈从成都搬到了海南。", "user的妈", "成都", "海南"),
])
def test_the_place_moved_from_is_a_former_home(text: str, subject: str, left: str, new: str) -> None:
    assert (subject, "livesIn", left) in _ended(text)
    assert (subject, "livesIn", new) in _current(text)
    assert (subject, "livesIn", left) not in _current(text)


def test_a_dated_move_ends_the_former_home_then() -> None:
    left = next(f for f in _extract("We moved from New York to Denver in 2019.") if f.ended)
    assert (_label(left.object), left.valid_to) == ("New York", datetime(2019, 1, 1))


@pytest.mark.parametrize("text", [
    "Should we move from Seattle to Austin?", "I never moved from Seattle to Austin.",
    "If we moved from Seattle to Austin, would we be happier?", "I'm moving from Seattle to Austin next month.",
    "I moved from sales to marketing.", "I moved the couch from the garage to the attic.",
    "我应该从上海搬到深圳吗？", "我不想从上海搬到深圳。", "如果从上海搬到深圳会怎样？", "我打算明年从上海搬到深圳。",
])
def test_move_look_alikes_end_no_home(text: str) -> None:
    assert not _ended(text)


@pytest.mark.parametrize("text, subject, faith", [
    ("我是天主教徒。", "user", "Catholic"), ("我是穆斯林。", "user", "Muslim"), ("我是伊斯兰教徒。", "user", "Muslim"),
    ("我朋友是天主教徒。", "user的朋友", "Catholic"),
])
def test_a_believer_of_a_faith_has_that_religion(text: str, subject: str, faith: str) -> None:
    facts = _current(text)
    assert (subject, "religion", faith) in facts
    assert not any(p == "name" for _, p, _ in facts)  # 穆斯林 is no name


@pytest.mark.parametrize("text", ["我不是天主教徒。", "我是学徒。", "我是天主教徒吗？"])
def test_faith_look_alikes_give_no_religion(text: str) -> None:
    assert not any(p == "religion" for _, p, _ in _current(text))


@pytest.mark.parametrize("text, subject, town", [
    ("I'm from Toronto originally.", "user", "Toronto"),
    ("I live in Austin now but I'm from Ohio originally.", "user", "Ohio"),
    ("My wife is from Lyon originally.", "user's wife", "Lyon"),
])
def test_originally_after_a_hometown_is_no_part_of_it(text: str, subject: str, town: str) -> None:
    towns = {o for s, p, o in _current(text) if s == subject and p == "hometown"}
    assert towns == {town}  # not "Toronto originally"


@pytest.mark.parametrize("text", ["Are you from Toronto originally?", "I'm not from Toronto originally."])
def test_originally_look_alikes_give_no_hometown(text: str) -> None:
    assert not any(s == "user" and p == "hometown" for s, p, _ in _current(text))


@pytest.mark.parametrize("text", ["I moved from sales to marketing last year.", "I just moved to marketing."])
def test_a_department_moved_to_is_no_home(text: str) -> None:
    assert not {p for _, p, _ in _current(text) if p in ("livesIn", "worksFor")}, _current(text)


@pytest.mark.parametrize(("text", "trade"), [("I work in marketing and need ideas for a campaign.", "marketing"),
                                             ("I work in sales, but I want help with a pitch for a client.", "sales")])
def test_a_later_clause_names_no_employer(text: str, trade: str) -> None:
    assert {o for _, p, o in _current(text) if p in ("livesIn", "worksFor")} == {trade}, _current(text)


@pytest.mark.parametrize("text, fact", [
    ("I work in sales, for Oracle.", ("user", "worksFor", "Oracle")),
    ("I work in finance at Goldman Sachs and I love it.", ("user", "worksFor", "Goldman Sachs")),
    ("I've been to Japan twice.", ("user", "visited", "Japan")),
    ("We moved to Denver in 2019.", ("user", "livesIn", "Denver")),
])
def test_the_employer_home_or_place_still_read(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _current(text), _current(text)


@pytest.mark.parametrize("text, facts", [
    ("I just started a new job as a data analyst at a bank.", {("user", "jobTitle", "data analyst"), ("user", "worksFor", "bank")}),
    ("I started a new job as a nurse.", {("user", "jobTitle", "nurse")}),
    ("I got a job as a teacher at Lincoln High.", {("user", "jobTitle", "teacher"), ("user", "worksFor", "Lincoln High")}),
])
def test_a_new_job_as_a_title_gives_the_job_and_the_employer(text: str, facts: set[tuple[str, str, str]]) -> None:
    assert _current(text) == facts


@pytest.mark.parametrize("text", ["I'm looking for a new job as a nurse.", "Did you start a new job as a nurse?",
                                  "I didn't get the job as a teacher at Lincoln High."])
def test_a_job_sought_asked_or_denied_gives_none(text: str) -> None:
    assert not _current(text)


@pytest.mark.parametrize("text, fact", [
    ("I'm currently learning Python.", ("user", "hobby", "learning Python")),
    ("My son is learning Java.", ("user's son", "hobby", "learning Java")),
])
def test_learning_a_programming_language_is_read_as_learning_a_language(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _current(text)
    denied = text.replace("is learning", "isn't learning").replace("currently learning", "not learning")
    assert not {p for _, p, _ in _current(denied) if p == "hobby"}


@pytest.mark.parametrize("text, fact", [
    ("I just got back from a trip to Iceland.", ("user", "visited", "Iceland")),
    ("We flew home from Lisbon yesterday.", ("user", "visited", "Lisbon")),
    ("My sister just got back from Peru.", ("user's sister", "visited", "Peru")),
])
def test_back_from_a_place_is_a_visit(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _current(text), _current(text)


@pytest.mark.parametrize("text", ["I just got back from the doctor.", "I just got back from work.",
                                  "Did you get back from Iceland?", "I got back from a business trip."])
def test_back_from_an_errand_or_a_trip_to_nowhere_is_no_visit(text: str) -> None:
    assert not {p for _, p, _ in _current(text) if p == "visited"}


def test_she_after_a_pet_is_no_person_told_of_before() -> None:
    turns = [Turn("c", "1", "user", "My daughter just turned five. Her name is Mia.", datetime(2024, 5, 1)),
             Turn("c", "2", "user", "I have a cat named Luna. She's 3 years old.", datetime(2024, 5, 2)),
             Turn("c", "3", "user", "My sister Emma has a dog named Rex. She is 30 years old.", datetime(2024, 5, 3))]
    ages = {(f.subject.label, f.object) for f in RuleExtractor().extract(turns) if f.predicate == "age"}
    assert ("Mia", 5) in ages and not [who for who, age in ages if age == 3]  # was: "user's daughter" 3, the cat's age
    assert ("Emma", 30) in ages  # the owner named in the pet's own turn is still "she"
