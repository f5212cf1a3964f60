"""A "tech" said as one's job ("I'm a tech at St. Jude's", "my son's an X-ray tech") is the job: only six kinds of tech
were known (lab, vet, pharmacy, nail, surgical, ultrasound), a bare "tech" gave nothing; "I work in tech" stays a trade."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _told(text: str) -> set[tuple[str, str, str]]:
    return facts((1, "What do you all do?"), (2, text), (3, "Cool."))


@pytest.mark.parametrize(("text", "job", "employer"), [
    ("i'm a tech at st. jude's, nights", "tech", None),
    ("I'm a tech at Brookside Hospital.", "tech", "Brookside Hospital"),
    ("I'm an x-ray tech, fifteen years now.", "x-ray tech", None),
])
def test_a_tech_is_a_job(text: str, job: str, employer: str | None) -> None:
    got = _told(text)
    assert ("Speaker 2", "jobTitle", job) in got, got
    if employer:
        assert ("Speaker 2", "worksFor", employer) in got, got


@pytest.mark.parametrize("text", [
    "I work in tech, product stuff.",
    "I'm a huge tech nerd, honestly.",
])
def test_tech_as_a_field_or_a_liking_is_no_job(text: str) -> None:
    assert not {o for s, p, o in _told(text) if p == "jobTitle"}, _told(text)
