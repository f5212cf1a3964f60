"""Someone named with where they work or come from holds the grudge ("Sandra from HR hates me": Sandra, not HR;
"Gus at the Blue Door is mad at us").
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "who", "place"), [
    ("Gary from Accounting hates me, I swear.", "Gary", "Accounting"),
    ("Brenda in Payroll is so mad at me.", "Brenda", "Payroll"),
    ("Gus at the Blue Door is mad at us.", "Gus", "Blue Door"),
])
def test_the_person_named_holds_the_grudge(line: str, who: str, place: str) -> None:
    found = facts((1, "Why do you look so gloomy?"), (2, line))
    assert (who, "negativeImpression", "Speaker 2") in found, found
    assert not any(s in (place, place.split()[-1]) for s, _, _ in found), found
