"""A degree written with full stops keeps its letters and its field: "a B.S. in nursing" is "BS in nursing" (was
"b.s", the field cut off at the full stop)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "degree", "field"), [
    ("I have a B.S. in nursing.", "BS in nursing", "nursing"),
    ("My wife got her M.A. in linguistics.", None, None),
    ("I finished my B.A. in art history in May!", "BA in art history", "art history"),
])
def test_a_degree_with_full_stops(said: str, degree: str | None, field: str | None) -> None:
    found = kept(said)
    assert not any(p == "degree" and "." in o for _, p, o in found), found
    if degree:
        assert ("Ann", "degree", degree) in found and ("Ann", "fieldOfStudy", field) in found, found
