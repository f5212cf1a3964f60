"""A job planned or trained for is a goal: "my plan is to work as a welder", "i am taking classes to become a
pharmacist", "i aspire to be a chef", "i want to grow up to be a pilot", "i want to go to law school and become a
judge", "i would like to one day be a florist". A plan of the evening ("my plan is to stay in tonight") is no job,
and a refusal gives nothing. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def goals(text: str) -> set[str]:
    return {f.object.label for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "goal" and isinstance(f.object, Entity)}


@pytest.mark.parametrize(("text", "goal"), [
    ("my plan is to work as a welder", "become welder"),
    ("the plan is to become a pharmacist after college", "become pharmacist"),
    ("i am taking night classes to become a pharmacist", "become pharmacist"),
    ("i aspire to be a chef", "become chef"),
    ("i am wanting to be a paramedic", "become paramedic"),
    ("i want to grow up to be a pilot", "become pilot"),
    ("i want to go to law school and become a judge", "become judge"),
    ("i would like to one day be a florist", "become florist"),
])
def test_job_planned(text: str, goal: str) -> None:
    assert goal in goals(text), goals(text)


@pytest.mark.parametrize("text", [
    "my plan is to stay in tonight",
    "my plan is not to be a welder",
])
def test_no_job_planned(text: str) -> None:
    assert not any(g.startswith("become") for g in goals(text)), goals(text)
