"""A ward or a field said after a relative's job ("My son's a resident at Mercy. Cardiology.") names nobody: it was
read as the son's name, with the job and the employer given to "Cardiology"."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("text", "ward"), [
    ("My son's a resident at Mercy. Cardiology.", "Cardiology"),
    ("Our daughter teaches at Weston High. Physics.", "Physics"),
])
def test_a_ward_is_no_relatives_name(text: str, ward: str) -> None:
    got = facts((1, "How are the kids?"), (2, text), (3, "Impressive."))
    assert not {(s, p, o) for s, p, o in got if ward in (s, o)}, got


def test_a_name_said_alone_after_the_relative_is_still_the_name() -> None:
    got = facts((1, "Who's that?"), (2, "My late sister had that laugh. Rosalind."), (3, "Beautiful."))
    assert ("Speaker 2", "sibling", "Rosalind") in got, got
