"""Wrong facts read from long chat turns (a sample of LoCoMo facts read in context): a wish said to someone
("Enjoy the views!") taken as the speaker's liking, "work as a team" as a job, and "joined an online..." cut
to "n online...". Each with the statements beside it that must still give their fact."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bob", "Hi."), Turn("c", "2", "Ann", text), Turn("c", "3", "Bob", "Ok.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize("text", [
    "Enjoy the fresh air and the views. Have fun!",
    "Enjoy your trip!",
    "Enjoy every minute of it.",
])
def test_enjoy_said_to_someone_is_no_liking_of_the_speaker(text: str) -> None:
    assert not any(p == "likes" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("Love hiking with my dogs.", "hiking with my dogs"),
    ("Enjoy hiking a lot, especially in autumn.", "hiking"),
    ("I enjoy the views from my balcony.", "views"),
])
def test_a_liking_with_the_i_left_out_stays(text: str, liked: str) -> None:
    assert ("Ann", "likes", liked) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "This is a one-time experience to learn something new and work as a team.",
    "I work as a team with my brother.",
    "We work as one.",
    "I work as hard as I can.",
])
def test_working_as_a_team_or_as_hard_is_no_job(text: str) -> None:
    assert not any(p in ("jobTitle", "worksFor") for _, p, _ in _facts(text)), _facts(text)


def test_working_as_a_nurse_is_still_a_job() -> None:
    assert {("Ann", "jobTitle", "nurse"), ("Ann", "worksFor", "hospital")} <= _facts("I work as a nurse at the hospital.")


@pytest.mark.parametrize(("text", "group"), [
    ("I joined an online gaming tournament yesterday.", "online gaming tournament"),
    ("I joined an orchestra last year.", "orchestra"),
    ("I joined the army.", "army"),
    ("I belong to a book club.", "book club"),
])
def test_what_was_joined_keeps_its_first_letter(text: str, group: str) -> None:
    assert ("Ann", "memberOf", group) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I hunt down things like bottle caps and buttons.",
    "I hunt for bargains at thrift stores.",
    "I run errands on Saturdays.",
    "I run into old friends all the time.",
    "I draw the line at karaoke.",
    "I ride the bus to work.",
    "I make sure to call my mom every day.",
    "I make up for that by having rainbow hair.",
])
def test_a_pastime_verb_in_another_sense_is_no_pastime(text: str) -> None:
    assert not any(p in ("hobby", "habit") for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "pastime"), [
    ("I hunt deer every fall.", "hunt deer"),
    ("I run marathons.", "run marathons"),
    ("I make jewelry.", "make jewelry"),
    ("I do make up tutorials on youtube.", "make up tutorials"),
])
def test_the_pastimes_beside_them_stay(text: str, pastime: str) -> None:
    assert any(p in ("hobby", "habit") and o == pastime for _, p, o in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("I love expressing myself through writing.", "expressing oneself"),  # was "expressing"
    ("I love teaching myself new skills.", "teaching oneself new skills"),
    ("I like hiking by myself.", "hiking"),
    ("We are not all that similar, I love swimming myself.", "swimming"),
])
def test_a_reflexive_object_is_kept_and_said_of_anyone(text: str, liked: str) -> None:
    assert ("Ann", "likes", liked) in _facts(text), _facts(text)


@pytest.mark.parametrize(("text", "goal"), [
    ("I'm trying to learn Japanese before our trip.", "learn Japanese"),
    ("I'm trying to lose weight.", "lose weight"),
])
def test_what_one_is_trying_to_do_over_months_is_a_goal(text: str, goal: str) -> None:
    assert ("Ann", "goal", goal) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I'm trying to find my keys.",
    "I'm trying to sleep.",
    "I'm going to head out.",
    "Are you trying to learn Japanese?",
    "I'm not trying to lose weight.",
])
def test_what_one_is_trying_to_do_this_minute_is_none(text: str) -> None:
    assert not any(p == "goal" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize("text", [
    "I was playing video games and my pet slinked out of her cage.",
    "We were given a new game for the console last week.",
    "I was invited to a wedding.",
    "I was supposed to go to a concert.",
])
def test_what_one_was_doing_or_was_given_is_no_event_attended(text: str) -> None:
    assert not any(p in ("attended", "visited") for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "event"), [
    ("I was at a concert last week.", "concert"),
    ("I was at my cousin's wedding on Saturday.", "cousin's wedding"),
])
def test_an_event_one_was_at_stays(text: str, event: str) -> None:
    assert ("Ann", "attended", event) in _facts(text), _facts(text)


@pytest.mark.parametrize(("text", "plan"), [
    ("I'm going to Japan next month.", "go to Japan"),
    ("We're going to Paris in July for our anniversary.", "go to Paris"),
    ("I'm going to New York City next week for work.", "go to New York City"),
])
def test_a_trip_to_come_is_a_plan(text: str, plan: str) -> None:
    assert ("Ann", "goal", plan) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I'm going to the store.",  # this minute, no named place
    "I'm going to Japan.",  # no time to come: "going to" may be anything
    "I'm not going to Japan next month.",
    "Are you going to Japan next month?",
])
def test_no_plan_without_a_named_place_and_a_time_to_come(text: str) -> None:
    assert not any(p == "goal" for _, p, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize("text", ["I grew up in the 90s.", "I grew up in the bad years.", "I grew up in the eighties."])
def test_growing_up_in_a_time_is_no_hometown(text: str) -> None:
    assert not any(p == "hometown" for _, p, _ in _facts(text)), _facts(text)


def test_growing_up_in_a_place_stays_a_hometown() -> None:
    assert ("Ann", "hometown", "Ohio") in _facts("I grew up in Ohio.")


def test_names_said_of_oneself_are_no_person_called_name() -> None:
    assert _facts("Name's Joey.") == {("Ann", "name", "Joey")}


@pytest.mark.parametrize(("text", "plan"), [
    ("I'm moving to Berlin next week.", "move to Berlin"),
    ("We are moving to Austin in June.", "move to Austin"),
])
def test_a_move_to_come_is_a_plan_not_a_home(text: str, plan: str) -> None:
    found = _facts(text)
    assert ("Ann", "goal", plan) in found and not any(p == "livesIn" for _, p, _ in found), found


@pytest.mark.parametrize("text", ["I'm moving to a bigger apartment.", "I'm not moving to Berlin.", "Are you moving to Berlin?"])
def test_no_move_planned_without_a_named_place(text: str) -> None:
    assert not any(p == "goal" for _, p, _ in _facts(text)), _facts(text)


def test_the_floor_one_lives_on_is_no_home() -> None:
    assert not any(p == "livesIn" for _, p, _ in _facts("I live on the third floor."))


@pytest.mark.parametrize(("text", "business"), [
    ("I opened a coffee shop last year.", "coffee shop"), ("I finally opened my own bakery!", "bakery")])
def test_a_business_one_opened_is_one_founded(text: str, business: str) -> None:
    assert ("Ann", "founded", business) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", ["I opened a bank account.", "I didn't start a business.", "I opened the store this morning."])
def test_opening_an_account_or_a_shop_door_is_no_founding(text: str) -> None:
    assert not any(p == "founded" for _, p, _ in _facts(text)), _facts(text)
