"""What friends tell each other they did, in catch-up chat: an outing ("we went camping last weekend": the pastime,
dated), a trip ("took a short trip last week to Rome": visited), a class or pastime taken up ("I signed up for a pottery
class"), a contest entered ("I won my first chess tournament": attended), a thing made ("I painted it"), an instrument
played ("playing my violin") and a pet shown as a new member of the family. Each with look-alike lines that must give
nothing of the kind: a plan, a wish, a question, a denial, a supposition, or another person's doing.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn

_SAID = datetime(2023, 5, 8, 12, 0)  # a Monday


def _facts(text: str) -> set[tuple[str, str, str]]:
    """The facts of ``text`` said by Ann (Bob answers), as (subject, predicate, object)."""
    said = [Turn("c", "1", "Ann", text, _SAID), Turn("c", "2", "Bob", "Nice!", _SAID)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(said) if not f.ended}


def _when(text: str, predicate: str) -> date | datetime | None:
    """When the first ``predicate`` fact of ``text`` happened."""
    said = [Turn("c", "1", "Ann", text, _SAID)]
    return next(f.occurred_at for f in RuleExtractor().extract(said) if f.predicate == predicate)


@pytest.mark.parametrize(("text", "pastime"), [
    ("We went camping with the kids last weekend.", "camping"),
    ("I went hiking last week and the view was amazing.", "hiking"),
    ("Some friends and I went fishing at the lake.", "fishing"),
    ("Tom and I went kayaking on Saturday.", "kayaking"),
    ("I'm off to go swimming with the kids. Talk soon!", "swimming"),
    ("We had a blast skiing in Colorado.", "skiing"),
    ("I just took my family camping in the mountains.", "camping"),
    ("I went on a hiking trip with my coworkers.", "hiking"),
    ("Our camping trip last summer was the best.", "camping"),
])
def test_an_outing_told_gives_the_pastime(text: str, pastime: str) -> None:
    assert ("Ann", "hobby", pastime) in _facts(text), _facts(text)


def test_an_outing_is_dated_by_the_sentence() -> None:
    assert _when("I went hiking last week.", "hobby") == date(2023, 5, 1)


@pytest.mark.parametrize("text", [
    "My sister went camping last weekend.",
    "We are going camping next weekend.",
    "I would love to go camping sometime.",
    "Did you go camping last weekend?",
    "I never went camping as a kid.",
    "If we went camping, I'd bring a tent.",
    "Have fun hiking!",
    "I bought new hiking boots.",
    "I'm planning a hiking trip for the summer.",
])
def test_no_outing_planned_wished_asked_denied_or_of_another(text: str) -> None:
    assert not any(p == "hobby" and o in ("camping", "hiking") and s == "Ann" for s, p, o in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Took a short trip last week to Rome to clear my mind.", "Rome"),
    ("I just got back from a trip to Rio de Janeiro.", "Rio de Janeiro"),
    ("I snapped that pic on my trip to the Smoky Mountains last year.", "Smoky Mountains"),
    ("Our vacation in Florida was so relaxing.", "Florida"),
    ("We took a road trip to Oregon in May.", "Oregon"),
])
def test_a_trip_told_gives_the_place_visited(text: str, place: str) -> None:
    assert ("Ann", "visited", place) in _facts(text), _facts(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Went camping at Joshua Tree with my brother, so pretty.", "Joshua Tree"),
    ("We went skiing in Banff over the holidays.", "Banff"),
    ("I went hiking up Mount Tam yesterday.", "Mount Tam"),
    ("Every year we go fishing at Lake Tahoe.", "Lake Tahoe"),
])
def test_an_outing_outdoors_gives_the_place_visited(text: str, place: str) -> None:
    assert ("Ann", "visited", place) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "We went skiing in February.",           # a month
    "I went fishing at Greg's on Sunday.",   # someone's home
    "I went shopping at Target.",            # an errand, no outing to a place
    "My sister went hiking in Zion.",        # another's
    "Did you go camping at Big Sur?",
])
def test_no_place_visited_of_a_month_a_home_an_errand_or_another(text: str) -> None:
    assert not any(p == "visited" and s == "Ann" for s, p, _ in _facts(text)), _facts(text)


def test_a_trip_is_dated_by_the_sentence() -> None:
    assert _when("Took a short trip last week to Rome.", "visited") == date(2023, 5, 1)


@pytest.mark.parametrize("text", [
    "I'd love to take a trip to Rome.",
    "I'm planning a trip to Rome next month.",
    "My sister took a trip to Rome.",
    "Your trip to Rome sounds amazing!",
    "Did you enjoy your trip to Rome?",
    "We never took a trip to Rome.",
    "My trip to the Ferrari dealership was fun.",
    "I'm saving up for a trip to Japan.",
])
def test_no_trip_wished_planned_asked_denied_or_of_another(text: str) -> None:
    facts = _facts(text)
    assert not any(s == "Ann" and p == "visited" and o in ("Rome", "Japan", "Ferrari") for s, p, o in facts), facts


@pytest.mark.parametrize(("text", "pastime"), [
    ("I just signed up for a pottery class yesterday.", "pottery"),
    ("I started a weekend yoga class with a colleague.", "yoga"),
    ("I've been taking a poetry class lately.", "poetry"),
    ("I took a creative writing class recently and loved it.", "creative writing"),
    ("I joined a local salsa class.", "salsa"),
    ("Just started doing aerial yoga, it's great.", "aerial yoga"),
    ("I've taken up photography and it's been great.", "photography"),
    ("I tried my hand at surfing for the first time.", "surfing"),
])
def test_a_class_or_pastime_taken_up_gives_the_pastime(text: str, pastime: str) -> None:
    assert ("Ann", "hobby", pastime) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I'm thinking about signing up for a pottery class.",
    "My son started a karate class.",
    "I didn't sign up for the pottery class.",
    "Should I take a pottery class?",
    "I started with workshops and books.",
    "I signed up for German lessons.",
])
def test_no_class_considered_of_another_denied_asked_or_without_a_subject(text: str) -> None:
    facts = _facts(text)
    assert not any(s == "Ann" and p == "hobby" and o in ("pottery", "karate", "with", "german") for s, p, o in facts), facts


@pytest.mark.parametrize(("text", "event"), [
    ("I won my first video game tournament last week!", "video game tournament"),
    ("I was in the final of a big chess tournament on Saturday, and I won!", "chess tournament"),
    ("I entered a baking competition at the fair.", "baking competition"),
    ("I'm currently participating in the regional tournament again.", "regional tournament"),
])
def test_a_contest_entered_is_attended(text: str, event: str) -> None:
    assert ("Ann", "attended", event) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I hope I win the chess tournament.",
    "My brother won the chess tournament.",
    "Did you win the chess tournament?",
    "I didn't enter the chess tournament.",
    "I'll enter the chess tournament next month.",
])
def test_no_contest_hoped_of_another_asked_denied_or_planned(text: str) -> None:
    facts = _facts(text)
    assert not any(s == "Ann" and p == "attended" for s, p, o in facts), facts


@pytest.mark.parametrize(("text", "pastime"), [
    ("Yeah, I painted that lake sunrise last year!", "painting"),
    ("I made this painting to show my journey.", "painting"),
    ("I finished another pottery project.", "pottery"),
    ("Yeah, I drew it.", "drawing"),
    ("I was playing my violin all evening.", "playing violin"),
])
def test_a_thing_made_or_an_instrument_played_gives_the_pastime(text: str, pastime: str) -> None:
    assert ("Ann", "hobby", pastime) in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "I painted the fence yesterday.",
    "I painted my bedroom blue.",
    "I made a bowl of soup.",
    "I made dinner for the kids.",
    "I would paint it if I had time.",
    "My daughter painted this.",
])
def test_no_pastime_from_chores_meals_wishes_or_another(text: str) -> None:
    facts = _facts(text)
    assert not any(s == "Ann" and p == "hobby" and o in ("painting", "pottery") for s, p, o in facts), facts


def test_a_new_member_of_the_family_shown_is_a_pet() -> None:
    text = "I just got a new addition to the family, this is Max! [shares a photo of a dog on a couch]"
    assert ("Ann", "hasPet", "Max") in _facts(text), _facts(text)


@pytest.mark.parametrize("text", [
    "Meet the new addition to the family, this is Max! [shares a photo of a baby in a crib]",
    "This is Max! [shares a photo of a dog on a couch]",
    "I wish we had a new addition to the family, like Max. [shares a photo of a dog]",
])
def test_no_pet_without_a_pet_shown_or_a_new_member_or_when_wished(text: str) -> None:
    assert ("Ann", "hasPet", "Max") not in _facts(text), _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I took this pic in Spain when I was young.", ("Ann", "visited", "Spain")),
    ("I have a picture from a vacation in Florida.", ("Ann", "visited", "Florida")),
    ("Check out this pic from one of my trips to New York City!", ("Ann", "visited", "New York City")),
    ("Last week, we had a blast at a live music festival.", ("Ann", "attended", "live music festival")),
    ("I'm doing kickboxing and it's giving me so much energy.", ("Ann", "hobby", "kickboxing")),
    ("I'm off to do some taekwondo!", ("Ann", "hobby", "taekwondo")),
    ("Just wanted to let you know - I took a creative writing class and loved it.", ("Ann", "hobby", "creative writing")),
])
def test_a_picture_taken_a_good_time_at_an_event_or_a_pastime_under_way(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text), _facts(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("My sister took this pic in Spain.", "visited"),
    ("Did you take this pic in Spain?", "visited"),
    ("I took this photo at Starbucks coffee shop.", "visited"),
    ("I hope we have a blast at the festival.", "attended"),
    ("My kids had a blast at the festival.", "attended"),
    ("I'm doing yoga tomorrow.", "hobby"),
    ("How are you doing with the kickboxing?", "hobby"),
])
def test_no_picture_place_event_or_pastime_of_another_asked_or_planned(text: str, predicate: str) -> None:
    facts = _facts(text)
    assert not any(s == "Ann" and p == predicate for s, p, o in facts), facts
