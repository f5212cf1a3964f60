"""Work said by the verb of a trade ("I've been waitressing at Kelly's", "I'm bartending at a place downtown", "been
nannying for the Kims"): the job, and the employer where one is named; not a trade done once, for one's own people,
denied or past."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)]) if not f.ended}


@pytest.mark.parametrize(("text", "job", "employer"), [
    ("I've been waitressing at Rosie's Diner since spring.", "waitress", "Rosie's Diner"),
    ("I'm bartending at the Copper Kettle these days.", "bartender", "Copper Kettle"),
    ("Been nannying for the Alvarez family, it's great.", "nanny", None),
    ("I have been nannying for the Lindqvists two years now.", "nanny", "Lindqvists"),
    ("I'm waiting tables at Applebee's to pay for school.", "server", "Applebee's"),
    ("I'm currently lifeguarding at Hollow Lake.", "lifeguard", "Hollow Lake"),
    ("I've been subbing at Jefferson Middle.", "substitute teacher", "Jefferson Middle"),
    ("im bartending at a dive bar downtown", "bartender", None),
    ("I've been freelancing for about a year.", "freelancer", None),
])
def test_the_job_and_the_employer(text: str, job: str, employer: str | None) -> None:
    found = facts(text)
    assert ("Ann", "jobTitle", job) in found, found
    if employer is not None:
        assert ("Ann", "worksFor", employer) in found, found


def test_someone_elses_trade() -> None:
    found = facts("My cousin Rhea has been bartending part-time at Mulligan's.")
    assert {("Rhea", "jobTitle", "bartender"), ("Rhea", "worksFor", "Mulligan's")} <= found, found


@pytest.mark.parametrize("text", [
    "I'm babysitting tonight.", "I'm babysitting my nephew this afternoon.", "I'm tutoring my little brother in math.",
    "I'm bartending at my cousin's wedding.", "I'm house-sitting for the Parkers this weekend.",
    "I'm not waitressing at Rosie's.", "I was waitressing at Rosie's when we met.", "Are you still bartending?",
    "If I were bartending I'd be rich.",
])
def test_no_job_once_for_ones_own_denied_past_or_asked(text: str) -> None:
    found = facts(text)
    assert not any(p in ("jobTitle", "worksFor") for s, p, _ in found if s == "Ann"), found
