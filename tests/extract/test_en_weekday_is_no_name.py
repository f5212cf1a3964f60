""""Orientation is Monday.", "Trash pickup is Wednesdays.": a day of the week after "is" tells when something is, it
names no one; a name beside a day still does ("My cousin is April. She works Saturdays.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "Orientation is Monday. Bring a pen.",
    "Inspection is Tuesday, so clean the fridge.",
    "Trash pickup is Wednesdays now.",
    "Registration is Friday, not Thursday.",
])
def test_a_day_after_is_names_nobody(line: str) -> None:
    said = facts((1, "When is it again?"), (2, line), (3, "Got it."))
    assert not any(p in ("name", "alternateName") for _, p, _ in said), said


@pytest.mark.parametrize(("line", "fact"), [
    ("My cousin is April. She works Saturdays.", ("Speaker 2", "relative", "April")),
    ("I'm Mason. I start Monday.", ("Speaker 2", "name", "Mason")),
])
def test_a_name_beside_a_day_is_still_read(line: str, fact: tuple[str, str, str]) -> None:
    said = facts((1, "Who's that?"), (2, line), (3, "Nice."))
    assert fact in said, said
