"""A business one owns is where one works ("I own a flower shop in Reno", "we own a little diner outside Boise"): the
business as employer, the town as the place of work, as for a business one runs; a thing owned that is no business, or
a business not owned, gives no work."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)]) if not f.ended}


@pytest.mark.parametrize(("text", "employer", "town"), [
    ("I own a flower shop in Reno.", "flower shop", "Reno"),
    ("We own a family restaurant in San Antonio", "restaurant", "San Antonio"),
    ("my husband and I own a pet grooming salon in Spokane", "pet grooming salon", "Spokane"),
    ("I own a roofing company in Omaha, been at it 12 years", "roofing company", "Omaha"),
    ("we owned a diner in Tulsa for years and now we own a food truck in Austin", "food truck", "Austin"),
])
def test_the_business_owned_and_its_town(text: str, employer: str, town: str) -> None:
    found = facts(text)
    assert {("Ann", "worksFor", employer), ("Ann", "workLocation", town)} <= found, found


def test_a_relative_who_owns_a_business() -> None:
    found = facts("My aunt owns a bakery in Fresno.")
    assert {("Ann's aunt", "worksFor", "bakery"), ("Ann's aunt", "workLocation", "Fresno")} <= found, found


@pytest.mark.parametrize("text", ["I own a house in Tampa", "I own a gym membership I never use", "I own a studio in Queens",
                                  "I own a garage full of junk", "I don't own a bakery", "I own my own business",
                                  "I own a plant that refuses to die", "I'd love to own a bookstore in Maine someday"])
def test_no_work_from_a_thing_owned_or_a_business_not_owned(text: str) -> None:
    found = facts(text)
    assert not any(p in ("worksFor", "workLocation") for s, p, _ in found if s == "Ann"), found


@pytest.mark.parametrize(("text", "employer"), [
    ("I run a tiny bookstore called Dog Ear Books.", "Dog Ear Books"),
    ("We own a little cafe named Salt & Crumb in Boise.", "Salt & Crumb"),
    ("My aunt runs a salon called Mane Street.", "Mane Street"),
])
def test_the_business_by_the_name_given(text: str, employer: str) -> None:
    found = facts(text)
    assert any(p == "worksFor" and o == employer for _, p, o in found), found
    assert not any(p == "worksFor" and o in ("bookstore", "tiny bookstore", "cafe", "salon") for _, p, o in found), found
