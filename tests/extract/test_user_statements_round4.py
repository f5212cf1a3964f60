"""What users tell an assistant of themselves in English, fourth round: a job left for another ("I left Microsoft
and joined Amazon": the old employer ends, the new one begins) and a habit given up for a club ("I quit smoking and
joined a gym": a member). Each with look-alike lines that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "old", "new"), [
    ("I left Microsoft and joined Amazon last year.", "Microsoft", "Amazon"),
    ("I left Google last month and then joined Meta.", "Google", "Meta"),
    ("I left Deloitte in 2020 and joined Stripe.", "Deloitte", "Stripe"),
])
def test_a_company_left_for_another_is_a_job_changed(text: str, old: str, new: str) -> None:
    facts = told(text)
    assert ("Ann", "worksFor", old, True) in facts
    assert ("Ann", "worksFor", new, False) in facts


@pytest.mark.parametrize("text", [
    "I left Paris and joined my wife in Rome.",  # a person joined: no employer
    "I left Boston last year.",  # no new job said: a place, not a job
    "I left the party early and joined my friends.",
])
def test_leaving_without_a_new_employer_ends_no_job(text: str) -> None:
    assert not {f for f in told(text) if f[1] == "worksFor"}


def test_joining_ones_spouse_is_no_job() -> None:
    assert not {f for f in told("I quit my job and joined my husband in Ohio.") if f[1] == "worksFor" and not f[3]}


@pytest.mark.parametrize(("text", "subject", "club"), [
    ("I quit smoking and joined a gym.", "Ann", "gym"),
    ("My dad quit smoking and joined a running club.", "Ann's dad", "running club"),
])
def test_a_habit_given_up_for_a_club_keeps_the_club(text: str, subject: str, club: str) -> None:
    facts = told(text)
    assert (subject, "habit", "smoking", True) in facts
    assert (subject, "memberOf", club, False) in facts


def test_a_habit_given_up_is_no_new_job() -> None:
    assert not {f for f in told("I quit smoking and started at the bakery.") if f[1] == "worksFor"}


@pytest.mark.parametrize(("text", "kin", "partner"), [
    ("My brother is dating someone, her name is Kim.", "Ann's brother", "Kim"),
    ("My sister's seeing a guy, his name is Leo.", "Ann's sister", "Leo"),
])
def test_a_relative_dating_someone_named_after(text: str, kin: str, partner: str) -> None:
    facts = told(text)
    assert (kin, "partner", partner, False) in facts
    assert not {f for f in facts if f[1] == "sibling" and f[2] == partner}  # Kim is not the brother


@pytest.mark.parametrize("text", [
    "Is my brother dating someone? Her name is Kim.",
    "My brother isn't dating anyone, her name is Kim.",
])
def test_no_partner_of_a_relative_unless_said(text: str) -> None:
    assert not {f for f in told(text) if f[1] == "partner"}


def test_her_name_still_names_a_relatives_pet() -> None:
    facts = told("My brother has a cat, her name is Kim.")
    assert ("Ann's brother", "hasPet", "Kim", False) in facts
    assert ("Ann", "sibling", "Kim", False) not in facts


@pytest.mark.parametrize("text", ["Exercise has been on my mind a lot lately.", "She's been on my mind all week.",
                                  "That trip has been in my thoughts."])
def test_what_is_on_ones_mind_was_nowhere_visited(text: str) -> None:
    assert not {f for f in told(text) if f[1] == "visited"}
    assert ("Ann", "visited", "Paris", False) in told("I've been in Paris for a week.")
