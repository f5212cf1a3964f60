""""My cousin's studying pharmacy at Purdue.", "My niece Talia's majoring in French at Tufts.": "'s" after a relative or
a name before "studying" / "majoring" is "is", so the school and the field are that person's; a possessive before a
noun in -ing ("My cousin's wedding is at the Hilton.") stays one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "who", "school", "field"), [
    ("Busy. My cousin's studying pharmacy at Purdue.", "Speaker 2's cousin", "Purdue", "pharmacy"),
    ("My niece Talia's majoring in French at Tufts.", "Talia", "Tufts", "French"),
])
def test_studying_after_a_contracted_is(line: str, who: str, school: str, field: str) -> None:
    said = facts((1, "How's everybody at home?"), (2, line), (3, "Good for them."))
    assert (who, "studiesAt", school) in said, said
    assert any(s == who and p == "fieldOfStudy" and o.lower() == field.lower() for s, p, o in said), said


def test_a_possessive_stays_a_possessive() -> None:
    said = facts((1, "Any plans this weekend?"), (2, "My cousin's wedding is at the Hilton."), (3, "Fancy."))
    assert not any(p in {"studiesAt", "fieldOfStudy"} for _, p, _ in said), said
