"""What users tell an assistant of themselves in English, third round: a state the next clause says has lasted,
leaving it out ("I'm a software engineer at Spotify, been there since 2021", "I'm vegetarian, have been for ten
years": dated then, not at the turn), and children named in a list with their ages ("I have two kids, Mia who is 7
and Leo who is 4": each child, each age). Each with look-alike lines (negations, questions, hypotheticals, other
people) that must give nothing of the kind.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Fact, Turn
from tests.extract.dialogue_facts import kept, told

_SAID = datetime(2024, 5, 1)


def _facts(text: str) -> list[Fact]:
    return RuleExtractor().extract([Turn("c", "1", "Ann", text, _SAID)])


def _since(text: str, predicate: str, obj: str) -> date | None:
    """When the fact ``(Ann, predicate, obj)`` of ``text`` began, as a date ("missing" facts fail the test)."""
    found = [f for f in _facts(text) if f.subject.label == "Ann" and f.predicate == predicate
             and (f.object.label if isinstance(f.object, Entity) else str(f.object)) == obj]
    assert found, _facts(text)
    start = found[0].valid_from
    return start.date() if isinstance(start, datetime) else start


@pytest.mark.parametrize(("text", "predicate", "obj", "start"), [
    ("I'm a software engineer at Spotify, been there since 2021.", "worksFor", "Spotify", date(2021, 1, 1)),
    ("I work at Spotify, been there since 2021.", "worksFor", "Spotify", date(2021, 1, 1)),
    ("I work at Spotify and have been there for three years.", "worksFor", "Spotify", date(2021, 5, 1)),
    ("I live in Denver, have been since 2019.", "livesIn", "Denver", date(2019, 1, 1)),
    ("Oh and I'm vegetarian, have been for ten years.", "diet", "vegetarian", date(2014, 5, 1)),
    ("I'm vegan, I've been for 3 years now.", "diet", "vegan", date(2021, 5, 1)),
])
def test_a_state_said_to_have_lasted_in_the_next_clause_is_dated_then(
        text: str, predicate: str, obj: str, start: date) -> None:
    assert _since(text, predicate, obj) == start


@pytest.mark.parametrize(("text", "predicate", "obj"), [
    ("I work at Spotify, my wife has been there since 2021.", "worksFor", "Spotify"),
    ("I'm a software engineer at Spotify, been in Berlin since 2021.", "worksFor", "Spotify"),
    ("I'm vegetarian, my sister has been for ten years.", "diet", "vegetarian"),
    ("I'm vegetarian, I was vegan for ten years.", "diet", "vegetarian"),
])
def test_a_time_of_someone_or_something_else_leaves_the_state_undated(text: str, predicate: str, obj: str) -> None:
    assert _since(text, predicate, obj) is None


@pytest.mark.parametrize("text", [
    "Are you vegetarian? Have been for ten years?",
    "I'm not vegetarian, have been for ten years.",
    "If I were vegetarian, I would have been for ten years.",
])
def test_look_alikes_give_no_dated_diet(text: str) -> None:
    assert not any(f.predicate == "diet" and f.subject.label == "Ann" for f in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "owner", "kin"), [
    ("I have two kids, Mia who is 7 and Leo who is 4.", "Ann", "child"),
    ("I have two kids, Mia, 7, and Leo, 4.", "Ann", "child"),
    ("We have two children: Mia who is 7 and Leo who is 4.", "Ann", "child"),
    ("My sister has two daughters, Mia who is 7 and Leo who is 4.", "Ann's sister", "child"),
])
def test_children_named_in_a_list_keep_their_names_and_ages(text: str, owner: str, kin: str) -> None:
    facts = kept(text)
    assert {(owner, kin, "Mia"), (owner, kin, "Leo"), ("Mia", "age", "7"), ("Leo", "age", "4")} <= facts, facts
    assert not any(o.endswith(("two kids", "two children", "two daughters")) for _, _, o in facts), facts


def test_a_list_of_named_sons_with_ages() -> None:
    facts = kept("I have two sons, Max who is 12 and Tim who is nine.")
    assert {("Ann", "child", "Max"), ("Ann", "child", "Tim"), ("Max", "age", "12"), ("Tim", "age", "9")} <= facts, facts


@pytest.mark.parametrize("text", [
    "I do not have two kids, Mia who is 7 and Leo who is 4.",
    "Do you have two kids, Mia who is 7 and Leo who is 4?",
    "If I had two kids, Mia who is 7 and Leo who is 4, I would never sleep.",
    "My sister has two kids, Mia who is 7 and Leo who is 4.",
])
def test_list_look_alikes_give_the_speaker_no_child(text: str) -> None:
    facts = told(text)
    assert not any(s == "Ann" and p == "child" and o in ("Mia", "Leo") for s, p, o, _ in facts), facts


@pytest.mark.parametrize(("text", "obj", "start"), [
    ("I've worked at Spotify since 2021.", "Spotify", date(2021, 1, 1)),
    ("I have worked for Google for five years.", "Google", date(2019, 5, 1)),
])
def test_a_job_held_since_or_for_a_while_is_held_still(text: str, obj: str, start: date) -> None:
    assert _since(text, "worksFor", obj) == start
    assert not any(f.ended for f in _facts(text))


@pytest.mark.parametrize("text", [
    "I've worked at Google before.",  # where one has been, not where one is
    "I have worked at Google in the past.",
    "I have worked at many places.",
    "I haven't worked at Google.",
    "Have you worked at Google?",
])
def test_a_job_one_has_had_is_no_current_job(text: str) -> None:
    assert not [f for f in _facts(text) if f.predicate == "worksFor" and not f.ended], _facts(text)


def _triples(text: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in _facts(text)}


@pytest.mark.parametrize("text", [
    "I quit Microsoft last month and joined Amazon.",
    "I left my job at Microsoft last month and joined Amazon.",
])
def test_a_company_joined_after_quitting_is_the_new_employer_since_then(text: str) -> None:
    assert ("Ann", "worksFor", "Microsoft", True) in _triples(text)
    assert _since(text, "worksFor", "Amazon") == date(2024, 4, 1)
    assert not [f for f in _facts(text) if f.predicate == "memberOf"]


def test_a_company_joined_in_talk_of_jobs_is_the_employer() -> None:
    text = "I quit my old job. I joined Amazon last month."
    assert _since(text, "worksFor", "Amazon") == date(2024, 4, 1)


@pytest.mark.parametrize(("text", "member"), [
    ("I joined Amazon last month.", "Amazon"),  # no talk of jobs: membership, as before
    ("I quit my job and joined a book club.", "book club"),
    ("I quit Microsoft and joined the choir.", "choir"),
])
def test_a_club_joined_is_no_employer(text: str, member: str) -> None:
    assert ("Ann", "memberOf", member, False) in _triples(text)
    assert not [f for f in _facts(text) if f.predicate == "worksFor" and not f.ended]


@pytest.mark.parametrize("text", [
    "I didn't quit Microsoft and join Amazon.",
    "Should I quit Microsoft and join Amazon?",
    "If I quit Microsoft, I would join Amazon.",
    "My brother quit Microsoft and joined Amazon.",
])
def test_a_job_change_not_the_speakers_gives_no_job(text: str) -> None:
    assert not [f for f in _facts(text) if f.subject.label == "Ann" and f.predicate == "worksFor"], _facts(text)


@pytest.mark.parametrize(("text", "partner"), [
    ("I'm dating someone new, her name is Kim.", "Kim"),
    ("I'm seeing someone, his name is Leo.", "Leo"),
    ("So I've been seeing someone. His name's Leo.", "Leo"),
])
def test_a_partner_named_in_the_next_clause(text: str, partner: str) -> None:
    assert ("Ann", "partner", partner, False) in _triples(text)


@pytest.mark.parametrize("text", [
    "I'm not dating anyone, her name is Kim.",
    "Are you dating someone new, her name is Kim?",
    "If I was dating someone, her name would be Kim.",
    "My brother is dating someone, her name is Kim.",
    "I'm seeing a doctor, her name is Kim.",
])
def test_no_partner_from_look_alikes(text: str) -> None:
    assert not [f for f in _facts(text) if f.subject.label == "Ann" and f.predicate == "partner"], _facts(text)


def test_a_pets_death_ends_it_then() -> None:
    ended = [f for f in _facts("My dog Max passed away last week.") if f.predicate == "hasPet"]
    assert [(f.object.label, f.ended, f.valid_to and f.valid_to.date()) for f in ended] == [("Max", True, date(2024, 4, 22))]


def _history(*lines: str) -> list[tuple[str, str, object]]:
    from kg_memory import Memory

    memory = Memory()
    for i, line in enumerate(lines):
        memory.remember([Turn("c", str(i), "Ann", line, datetime(2024, 3 + i, 1, 10))])
    return [(f.predicate, getattr(f.object, "label", f.object), f.valid_to and f.valid_to.date())
            for f in memory.facts(history=True) if f.predicate == "hasPet"]


def test_a_pet_named_before_ends_when_it_died() -> None:
    assert _history("I got a dog named Max.", "Sadly Max passed away last week.") == [("hasPet", "Max", date(2024, 3, 25))]


@pytest.mark.parametrize("line", [
    "Max didn't pass away, he's fine.",
    "Did Max pass away?",
    "My grandpa Max passed away last week.",
    "Max almost died last week.",
    "My neighbour's dog passed away last week.",
])
def test_a_pet_still_had_after_look_alikes(line: str) -> None:
    assert _history("I got a dog named Max.", line) == [("hasPet", "Max", None)]


def _couples(text: str) -> set[tuple[str, str, str, bool]]:
    """The spouses and partners that ``text`` (said by Ann) gives: (who, predicate, whom, ended)."""
    return {(f.subject.label, f.predicate, getattr(f.object, "label", str(f.object)), f.ended) for f in _facts(text)
            if f.predicate in ("spouse", "partner")}


@pytest.mark.parametrize(("text", "fact"), [
    ("My sister lives in Chicago with her husband Mark.", ("Ann's sister", "spouse", "Mark", False)),
    ("My brother lives in Austin with his boyfriend, Sam.", ("Ann's brother", "partner", "Sam", False)),
    ("My dad is living in Miami with his girlfriend Linda now.", ("Ann's dad", "partner", "Linda", False)),
    ("My friend Jess lives in Denver with her wife Ann-Marie.", ("Jess", "spouse", "Ann-Marie", False)),
    ("My aunt lives with her fiancé Paul.", ("Ann's aunt", "partner", "Paul", False)),
    ("My mom lives with her partner Dana in Ohio.", ("Ann's mom", "partner", "Dana", False)),
])
def test_the_partner_someone_lives_with(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in _couples(text)


def test_the_partner_someone_lives_with_is_not_dated_by_the_home() -> None:
    spouse = [f for f in _facts("My sister has lived in Chicago with her husband Mark since 2019.") if f.predicate == "spouse"]
    assert [(f.subject.label, f.object.label, f.valid_from) for f in spouse] == [("Ann's sister", "Mark", None)]


@pytest.mark.parametrize("text", [
    "I live in Boston with my husband Tom.",
    "My sister lives in Chicago with my husband Tom.",
])
def test_my_husband_lived_with_is_the_speakers(text: str) -> None:
    couples = _couples(text)
    assert ("Ann", "spouse", "Tom", False) in couples and not any(who != "Ann" for who, *_ in couples)


@pytest.mark.parametrize("text", [
    "My sister doesn't live in Chicago with her husband Mark.",
    "My sister doesn't live with her husband Mark anymore.",
    "Does my sister live in Chicago with her husband Mark?",
    "My sister used to live in Chicago with her husband Mark.",
    "My sister used to live with her husband Mark.",
    "If my sister lived in Chicago with her husband Mark, she'd be happy.",
    "My sister might live in Chicago with her husband Mark.",
    "My sister wants to live in Chicago with her husband Mark.",
    "My sister lives in Chicago with her friend's husband Mark.",
    "My sister lives with her husband's brother Mark.",
    "My brother lives in Chicago with her husband Mark.",
    "My sister lives with her husband Mark and Tom.",
])
def test_no_partner_lived_with_in_look_alikes(text: str) -> None:
    assert not _couples(text)
