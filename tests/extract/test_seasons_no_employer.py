"""A season said where an employer or a home would be ("I only work in the winter", "we're up there summers") is when,
not where or for whom: it gave ``worksFor`` "winter"."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("text", [
    "Honestly I only work in the winter, plowing driveways.",
    "i work during summers, the rest of the year i'm in school",
    "I work in the fall, mostly, when the orchards need hands.",
    "we live up there in the springtime and spring",
])
def test_a_season_is_no_employer_nor_home(text: str) -> None:
    got = facts((1, "So what do you do?"), (2, text), (3, "Huh, nice."))
    assert not {o for s, p, o in got if p in ("worksFor", "livesIn", "workLocation")} & {
        "winter", "summers", "fall", "spring", "springtime", "the winter", "the fall"}, got


@pytest.mark.parametrize(("text", "employer"), [
    ("I work at Spring Lake Dental, in the front office.", "Spring Lake Dental"),
    ("I work for Winterhaven Foods.", "Winterhaven Foods"),
])
def test_a_name_with_a_season_word_is_still_an_employer(text: str, employer: str) -> None:
    got = facts((1, "So what do you do?"), (2, text), (3, "Huh, nice."))
    assert ("Speaker 2", "worksFor", employer) in got, got
