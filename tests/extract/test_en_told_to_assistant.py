"""What English users tell an assistant about themselves ("We have two cats, Luna and Milo", "I'm doing a master's
at UCL", "My mom is a retired nurse", "I'm flying to Tokyo next month") and lines of long chat turns misread (a
clause of time to come read as a main one, "they ... and love" given to the speaker). Each with the look-alikes
that must not give the fact: questions, negations, hypotheticals, wishes, other people."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bob", "Hi."), Turn("c", "2", "Ann", text), Turn("c", "3", "Bob", "Ok.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "names"), [
    ("We have two cats, Luna and Milo.", {"Luna", "Milo"}),
    ("I have two cats named Luna and Milo.", {"Luna", "Milo"}),
    ("I have three puppies named Bo, Ace and Kit.", {"Bo", "Ace", "Kit"}),
])
def test_pets_had_are_named_each(text: str, names: set[str]) -> None:
    assert {("Ann", "hasPet", n) for n in names} <= _facts(text), _facts(text)


def test_a_named_pet_keeps_its_kind_one_of_several() -> None:
    turns = [Turn("c", "1", "Ann", "We have two cats, Luna and Milo.")]
    luna = next(f.object for f in RuleExtractor().extract(turns) if getattr(f.object, "label", "") == "Luna")
    assert "Ann's cat" in getattr(luna, "aliases", ()), luna


@pytest.mark.parametrize("text", [
    "I don't have two cats, Luna and Milo.",
    "Do you have two cats, Luna and Milo?",
    "I wish I had two cats, Luna and Milo.",
])
def test_named_pets_not_had_are_none(text: str) -> None:
    assert not any(p == "hasPet" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "who", "school"), [
    ("My younger brother is doing a PhD at Stanford.", "Ann's brother", "Stanford"),
    ("I'm doing a master's at UCL.", "Ann", "UCL"),
    ("I'm pursuing a PhD in physics at MIT.", "Ann", "MIT"),
])
def test_a_degree_under_way_at_a_school_studies_there(text: str, who: str, school: str) -> None:
    assert (who, "studiesAt", school) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I'm not doing a PhD at Stanford.",
    "Are you doing a PhD at Stanford?",
    "I'd love to do a PhD at Stanford.",
    "If I were doing a PhD at Stanford, I'd be broke.",
])
def test_a_degree_not_under_way_studies_nowhere(text: str) -> None:
    assert not any(p == "studiesAt" for _, p, _ in _facts(text)), _facts(text)


def test_a_degree_held_from_a_school_was_studied_there() -> None:
    assert ("Ann", "educatedAt", "MIT") in _facts("I have a PhD from MIT.")


@pytest.mark.parametrize(("text", "field"), [
    ("I studied computer science in college.", "computer science"),
    ("I have a master's degree in economics.", "economics"),
    ("I majored in history at UCLA.", "history"),
])
def test_the_field_of_studies_is_kept(text: str, field: str) -> None:
    assert ("Ann", "fieldOfStudy", field) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", ["I studied computer science in college.", "I studied in college."])
def test_a_school_named_by_its_kind_alone_is_no_school_studied_at(text: str) -> None:
    assert not any(p in ("studiesAt", "educatedAt") for _, p, _ in _facts(text)), _facts(text)


def test_a_named_school_stays() -> None:  # studies over: the school one was educated at
    assert {("Ann", "educatedAt", "Stanford"), ("Ann", "fieldOfStudy", "computer science")} \
        <= _facts("I studied computer science at Stanford.")


@pytest.mark.parametrize(("text", "who", "job"), [
    ("My mom is a retired nurse.", "Ann's mom", "nurse"),
    ("I'm a retired police officer.", "Ann", "police officer"),
])
def test_a_retired_job_is_the_job_held_no_more(text: str, who: str, job: str) -> None:
    facts = {(f.subject.label, f.predicate, str(f.object), f.ended) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}
    assert (who, "jobTitle", job, True) in facts, facts  # a job held no more, as "I used to be a nurse"
    assert (who, "jobTitle", job, False) not in facts and (who, "jobTitle", "retired", False) not in facts, facts


def test_a_retired_one_works_for_the_place_no_more() -> None:
    assert not any(p == "worksFor" for _, p, _ in _facts("I'm a retired nurse at Mercy hospital.")), \
        _facts("I'm a retired nurse at Mercy hospital.")


@pytest.mark.parametrize(("text", "who", "plan"), [
    ("I'm flying to Tokyo next month for a conference.", "Ann", "go to Tokyo"),
    ("I'm heading to Lisbon next week", "Ann", "go to Lisbon"),
    ("I'm driving to Boston tomorrow.", "Ann", "go to Boston"),
    ("My sister is flying to Rome tomorrow.", "Ann's sister", "go to Rome"),
])
def test_setting_out_for_a_place_soon_is_a_plan(text: str, who: str, plan: str) -> None:
    assert (who, "goal", plan) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I'm heading to work.",
    "I'm heading to the store next week.",
    "I'm flying to Tokyo.",  # no time to come
    "I'm not flying to Tokyo next month.",
    "Are you flying to Tokyo next month?",
    "If I'm flying to Tokyo next month, I'll call you.",
    "My sister is flying to Rome tomorrow.",  # her plan, not the speaker's
])
def test_no_plan_of_the_speaker_without_a_place_and_a_time_to_come(text: str) -> None:
    assert not any(s == "Ann" and p == "goal" for s, p, _ in _facts(text)), _facts(text)


def test_training_for_an_event_is_a_goal() -> None:
    facts = _facts("I'm training for the Chicago marathon in October.")
    assert any(s == "Ann" and p == "goal" and "Chicago marathon" in o for s, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "I'm not training for the marathon.",
    "Are you training for the marathon?",
    "I was training for a marathon before I got hurt.",
    "I'm training for a new job.",
])
def test_no_goal_from_training_not_under_way_or_for_no_event(text: str) -> None:
    assert not any(p == "goal" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize("text", [
    "I switched jobs in March, I'm at Google now.",
    "I got a new job, I'm at Microsoft these days.",
])
def test_at_a_company_after_talk_of_a_job_works_there(text: str) -> None:
    assert any(s == "Ann" and p == "worksFor" for s, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize("text", [
    "I'm at Starbucks now.",
    "Are you at Google now?",
    "I switched jobs, I'm at Starbucks now getting coffee.",
])
def test_at_a_place_this_minute_works_nowhere(text: str) -> None:
    assert not any(p == "worksFor" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "relative"), [
    ("My dad passed away two years ago.", "Ann's dad"),
    ("My grandma died last year.", "Ann's grandma"),
])
def test_a_relative_who_died_is_kept_and_deceased(text: str, relative: str) -> None:
    facts = _facts(text)
    assert (relative, "trait", "deceased") in facts and any(o == relative for _, _, o in facts), facts


@pytest.mark.parametrize("text", [
    "My dad nearly died in a car crash.",
    "My dad didn't die.",
    "If my dad died, I'd be sad.",
    "My dad passed the bar exam.",
    "I almost died laughing.",
    "My dad is dying to meet you.",
])
def test_no_death_said_is_none(text: str) -> None:
    assert not any(o == "deceased" for _, _, o in _facts(text)), _facts(text)


@pytest.mark.parametrize("text", [
    "I'll let you know when I'm in Boston.",
    "Can't wait to see more when I'm in Boston!",
    "Whenever I'm in Boston, I eat clam chowder.",
])
def test_a_clause_of_time_to_come_or_of_being_somewhere_says_no_home(text: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize("text", [
    "I'll call you when I'm a doctor.",
    "Once I have a job at Google I'll buy a house.",
    "I will move to Paris after I'm married.",
])
def test_a_state_of_a_time_to_come_does_not_hold_now(text: str) -> None:
    assert not any(p in ("jobTitle", "worksFor", "maritalStatus") for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I moved to Denver after I graduated from MIT.", ("Ann", "educatedAt", "MIT")),
    ("I watch Star Wars when I work in my flower shop.", ("Ann", "worksFor", "flower shop")),
    ("When I have free time I read.", ("Ann", "hobby", "read")),
    ("I will pick up an application when I drive my truck into town.", ("Ann", "owns", "truck")),
    ("I want to be a vet when I grow up.", ("Ann", "goal", "become vet")),
    ("I'll call you once I'm home, my sister lives in Ohio.", ("Ann's sister", "livesIn", "Ohio")),
])
def test_a_past_clause_of_time_and_the_main_clause_stay(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text), _facts(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("I always dreamed of visiting there.", "habit"),
    ("I've always wanted to learn dog grooming", "hasPet"),
    ("We went fishing at the lake. We got a few fish and had a blast.", "hasPet"),
    ("My dogs are great. They have tons of energy and love meeting new pals.", "likes"),
])
def test_chat_misreadings(text: str, wrong: str) -> None:
    assert not any(s == "Ann" and p == wrong for s, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I've always loved dogs.", ("Ann", "likes", "dogs")),
    ("I have a fish tank with three fish.", ("Ann", "hasPet", "Ann's fish")),
    ("I have a dog and love hiking.", ("Ann", "likes", "hiking")),
    ("Love hiking with my dogs.", ("Ann", "hasPet", "Ann's dogs")),
])
def test_the_statements_beside_them_stay(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text), _facts(text)
