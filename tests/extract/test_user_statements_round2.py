"""What users say in ordinary chats about themselves and the people around them (round 2): a job the move was for
("I moved to Denver for a new job at Zillow") and a job landed ("Emma got the job at Google"), a couple about to
marry ("She's marrying her college sweetheart, Ben", "engaged to his girlfriend Mia"), a part at a wedding that is no
job ("I'm the maid of honor"), a boss or roommate of before ("my old boss Karen"), how long a couple has been one
("We've been together for three years"), a break-up with its time and a couple back together ("Tom and Emma broke up
last year", "They got back together last month", "My sister and her husband divorced in 2019"), what a teacher
teaches ("my mom teaches piano": a piano teacher) and "he"/"she" for anyone a sentence named ("I had lunch with Jake
and Rachel. She ..."). Look-alikes (negations, questions, hypotheticals, someone else, names called out) give none."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Fact, Turn


def _facts(*lines: str) -> list[Fact]:
    """The facts of ``lines``, each a turn "Speaker: text" (or the user's own words)."""
    turns = []
    for i, line in enumerate(lines):
        speaker, text = line.split(": ", 1) if ": " in line else ("Maya", line)
        turns.append(Turn("c", str(i + 1), speaker, text, datetime(2024, 5, 1)))
    return RuleExtractor().extract(turns)


def _label(value: object) -> str:
    return value.label if isinstance(value, Entity) else str(value)


def _current(*lines: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, _label(f.object)) for f in _facts(*lines) if not f.ended}


def _ended(*lines: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, _label(f.object)) for f in _facts(*lines) if f.ended}


def _fact(triple: tuple[str, str, str], *lines: str, ended: bool = False) -> Fact:
    return next(f for f in _facts(*lines) if (f.subject.label, f.predicate, _label(f.object)) == triple
                and f.ended == ended)


# 1. a job the move was for, a job landed

@pytest.mark.parametrize("lines, subject, employer", [
    (("I just moved to Denver last month for a new job at Zillow.",), "Maya", "Zillow"),
    (("We relocated to Austin for my job with Dell.",), "Maya", "Dell"),
    (("Emma got the job at Google.",), "Emma", "Google"),
    (("My sister Ana finally got the job at Pfizer!",), "Ana", "Pfizer"),
])
def test_a_job_moved_for_or_landed_is_where_one_works(lines: tuple[str, ...], subject: str, employer: str) -> None:
    assert (subject, "worksFor", employer) in _current(*lines)


def test_the_move_for_a_job_still_gives_the_new_home() -> None:
    assert ("Maya", "livesIn", "Denver") in _current("I just moved to Denver last month for a new job at Zillow.")


@pytest.mark.parametrize("text", [
    "I didn't move to Denver for a job at Zillow.",
    "Should I move to Denver for a job at Zillow?",
    "If I moved to Denver for a job at Zillow, would you visit?",
    "I applied for a job at Zillow.",
    "Did Emma get the job at Google?",
    "Emma didn't get the job at Google.",
    "Emma hopes to get the job at Google.",
])
def test_job_look_alikes_give_no_employer(text: str) -> None:
    assert not any(p == "worksFor" for _, p, _ in _current(text))


# 2. a couple about to marry

@pytest.mark.parametrize("lines, pair", [
    (("My sister Hana called. She's marrying her college sweetheart, Ben.",), ("Hana", "Ben")),
    (("my brother Chris just got engaged to his girlfriend Mia",), ("Chris", "Mia")),
    (("I'm marrying Tom in June!",), ("Maya", "Tom")),
])
def test_one_about_to_marry_is_engaged_to_the_one_named(lines: tuple[str, ...], pair: tuple[str, str]) -> None:
    facts = _current(*lines)
    assert (pair[0], "partner", pair[1]) in facts and (pair[0], "maritalStatus", "engaged") in facts


@pytest.mark.parametrize("lines", [
    ("My sister Hana called. Is she marrying Ben?",),
    ("My sister Hana called. She's not marrying Ben.",),
    ("My sister Hana called. She'd be marrying Ben if he asked.",),
    ("The priest is marrying them on Sunday.",),
    ("She's marrying into money.",),
])
def test_marrying_look_alikes_give_no_couple(lines: tuple[str, ...]) -> None:
    assert not any(p == "partner" for _, p, _ in _current(*lines))


# 3. a part at a wedding is no job

@pytest.mark.parametrize("text", [
    "I'm the maid of honor.", "I'm the best man at his wedding.", "I'm the ring bearer.", "I'm his godmother.",
    "I'm one of the groomsmen.",
])
def test_a_part_at_a_wedding_is_no_job(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _ in _current(text))


def test_a_job_is_still_a_job() -> None:
    assert ("Maya", "jobTitle", "nurse") in _current("I'm a nurse.")


# 4. a boss or roommate of before

@pytest.mark.parametrize("text, predicate, person", [
    ("My old boss from Seattle, Karen, just reached out.", "boss", "Karen"),
    ("My former boss Karen just reached out.", "boss", "Karen"),
    ("My ex-roommate Jess is moving to Boston.", "roommate", "Jess"),
    ("I ran into my old neighbor Tom yesterday.", "neighbor", "Tom"),
])
def test_an_old_boss_is_one_no_more(text: str, predicate: str, person: str) -> None:
    assert ("Maya", predicate, person) in _ended(text)
    assert ("Maya", predicate, person) not in _current(text)


@pytest.mark.parametrize("text, predicate, person", [
    ("My old friend Karen just reached out.", "friend", "Karen"),  # a friend of long standing, still one
    ("My boss Karen just reached out.", "boss", "Karen"),
])
def test_a_friend_of_old_or_a_boss_of_now_holds(text: str, predicate: str, person: str) -> None:
    assert ("Maya", predicate, person) in _current(text) and not _ended(text)


@pytest.mark.parametrize("text", ["Is my old boss Karen coming?", "If my old boss Karen calls, tell her I'm out."])
def test_former_boss_look_alikes_give_nothing(text: str) -> None:
    assert not any(p == "boss" for _, p, _ in _ended(text) | _current(text))


# 5. how long a couple has been one

def test_together_for_years_dates_the_partner_told_before() -> None:
    lines = ("My boyfriend Tom is so sweet.", "Bob: How long have you two been together?",
             "We've been together for three years.")
    starts = {f.valid_from.year for f in _facts(*lines)
              if (f.subject.label, f.predicate, _label(f.object)) == ("Maya", "partner", "Tom") and f.valid_from}
    assert starts == {2021}


def test_married_since_dates_the_spouse_told_in_the_same_turn() -> None:
    fact = _fact(("Maya", "spouse", "Tom"), "My husband Tom is great. We've been married since 2015.")
    assert fact.valid_from.year == 2015


@pytest.mark.parametrize("lines", [
    ("My boyfriend Tom is so sweet.", "Bob: We've been together for three years."),  # Bob's own couple
    ("My boyfriend Tom is so sweet.", "Have we been together for three years?"),
    ("My boyfriend Tom is so sweet.", "We haven't been together for long."),
])
def test_together_look_alikes_date_nothing(lines: tuple[str, ...]) -> None:
    assert all(f.valid_from is None for f in _facts(*lines) if f.predicate == "partner")


# 6. a break-up with its time, a couple back together, a relative's divorce

def test_a_breakup_of_two_others_ends_when_said() -> None:
    fact = _fact(("Tom", "partner", "Emma"), "Tom and Emma broke up last year.", ended=True)
    assert fact.valid_to is not None and fact.valid_to.year == 2023


def test_they_got_back_together_is_the_pair_named_before() -> None:
    lines = ("Tom and Emma broke up last year.", "Bob: Really? I thought they were happy.",
             "They did, but they got back together last month.")
    fact = _fact(("Tom", "partner", "Emma"), *lines)
    assert fact.valid_from is not None and (fact.valid_from.year, fact.valid_from.month) == (2024, 4)


@pytest.mark.parametrize("lines", [
    ("Tom and Emma broke up last year.", "Bob: Did they get back together?"),
    ("Tom and Emma broke up last year.", "Bob: I hope they get back together."),
    ("Tom and Emma broke up last year.", "They never got back together."),
    ("Tom and Emma broke up last year.", "If they got back together, I'd be shocked."),
])
def test_back_together_look_alikes_give_no_couple_now(lines: tuple[str, ...]) -> None:
    assert ("Tom", "partner", "Emma") not in _current(*lines)


def test_a_sisters_divorce_ends_her_marriage_then() -> None:
    fact = _fact(("Maya's sister", "spouse", "Maya's sister"), "My sister and her husband divorced in 2019.", ended=True)
    assert fact.valid_to is not None and fact.valid_to.year == 2019


def test_a_named_relatives_breakup_leaves_no_couple_now() -> None:
    text = "My sister Hana and her boyfriend Ben split up last month."
    assert ("Hana", "partner", "Ben") in _ended(text) and ("Hana", "partner", "Ben") not in _current(text)


@pytest.mark.parametrize("text", [
    "My sister and her husband never divorced.", "Did my sister and her husband divorce?",
    "My sister and her husband are doing great.",
])
def test_relative_breakup_look_alikes_end_nothing(text: str) -> None:
    assert not _ended(text)


# 7. what a teacher teaches

@pytest.mark.parametrize("text, subject, job", [
    ("my mom teaches piano", "Maya's mom", "piano teacher"),
    ("My dad teaches math at Lincoln High.", "Maya's dad", "math teacher"),
    ("I teach yoga classes on weekends.", "Maya", "yoga teacher"),
    ("I teach third grade.", "Maya", "third grade teacher"),
])
def test_what_is_taught_names_the_teacher(text: str, subject: str, job: str) -> None:
    assert (subject, "jobTitle", job) in _current(text)


@pytest.mark.parametrize("text, job", [
    ("I teach at Lincoln High.", "teacher"),
    ("My sister teaches kids how to swim.", "teacher"),
])
def test_a_teacher_of_nothing_named_is_a_teacher(text: str, job: str) -> None:
    assert job in {o for _, p, o in _current(text) if p == "jobTitle"}


@pytest.mark.parametrize("text", ["I don't teach piano.", "Do you teach piano?", "I wish I could teach piano."])
def test_teaching_look_alikes_give_no_job(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _ in _current(text))


# 8. "he" and "she" for anyone a sentence named

@pytest.mark.parametrize("lines, person", [
    (("I had lunch with Jake and Rachel. She just got a job at Google.",), "Rachel"),
    (("I had lunch with Jake and Rachel. He just got a job at Google.",), "Jake"),
    (("Rachel called me this morning. She just got a job at Google.",), "Rachel"),
    (("Jake and Rachel came over last night.", "Bob: Oh nice!", "She just got a job at Google."), "Rachel"),
])
def test_he_or_she_is_the_one_named(lines: tuple[str, ...], person: str) -> None:
    assert (person, "worksFor", "Google") in _current(*lines)


@pytest.mark.parametrize("lines", [
    ("Rachel, she just got a job at Google.",),  # said to Rachel: "she" is someone else
    ("Rachel and Emma came by. She just got a job at Google.",),  # two women: unsure
    ("I talked to Dr. Smith about Rachel. She just got a job at Google.",),  # a titled name: unsure
    ("Rachel came by.", "Bob: Cool.", "Ann: Hi all.", "Bob: She just got a job at Google."),  # another's words, long ago
])
def test_he_or_she_look_alikes_find_nobody(lines: tuple[str, ...]) -> None:
    assert not any(p == "worksFor" and s == "Rachel" for s, p, _ in _current(*lines))


def test_dates_are_read_against_the_turn() -> None:
    fact = _fact(("Maya", "partner", "Tom"), "Tom and I have been together since 2020.")
    assert fact.valid_from in (date(2020, 1, 1), datetime(2020, 1, 1))


def test_her_friends_named_after_a_name_are_hers() -> None:
    # "her" is Monica, named just before: Phyllis is one of her friends (no pair of "Monica and her friend X" is read
    # from a plural, but the subject "her friends Phyllis ..." is hers)
    assert ("Monica", "friend", "Phyllis") in _current("Ann: Hi.", "Bob: Monica and her friends Phyllis and Ann came.")
