"""A vehicle driven for work is a job, not a thing owned ("my dad drives a bus", "she drives a truck for a living");
a car or a pickup one drives is still one's own ("I drive a Subaru", "I drive a truck")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), ("Ann", "Ben")[i % 2], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns) if not f.ended}


@pytest.mark.parametrize(("text", "who", "job"), [
    ("My stepdad drives a bus, has done for years.", "Ann's stepdad", "bus driver"),
    ("my uncle drives a truck for a living", "Ann's uncle", "truck driver"),
    ("I drive a school bus in the mornings", "Ann", "bus driver"),
    ("I drive a cab on weekends", "Ann", "cab driver"),
    ("honestly I drive a semi, it pays ok", "Ann", "truck driver"),
    ("I drive a truck cross-country", "Ann", "truck driver"),
])
def test_a_vehicle_driven_for_work_is_the_job(text: str, who: str, job: str) -> None:
    found = facts(text)
    assert (who, "jobTitle", job) in found, found
    assert not any(p == "owns" for _, p, _ in found), found


@pytest.mark.parametrize("text", ["my cousin drives an ambulance", "my brother drives a garbage truck now",
                                  "I'm driving a bus this summer", "I drive a taxi home after the late shift"])
def test_no_bus_taxi_or_ambulance_owned(text: str) -> None:
    found = facts(text)
    assert not any(p == "owns" for _, p, _ in found), found


def test_a_pronoun_for_someone_named_before() -> None:
    found = facts("My brother Teo is the best. He drives a bus.")
    assert ("Teo", "jobTitle", "bus driver") in found, found


@pytest.mark.parametrize(("text", "thing"), [("I drive a Subaru", "Subaru"), ("I drive a truck", "truck"),
                                             ("my sister drives a minivan", "minivan")])
def test_a_car_or_a_pickup_is_still_owned(text: str, thing: str) -> None:
    found = facts(text)
    assert any(p == "owns" and o == thing for _, p, o in found), found
    assert not any(p == "jobTitle" for _, p, _ in found), found


def test_denied_tells_nothing() -> None:
    assert not any(p in ("jobTitle", "owns") for _, p, _ in facts("I don't drive a bus anymore"))
