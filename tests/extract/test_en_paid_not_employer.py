""""She's my cousin, so she works for free.", "I work for tips.", "He works for minimum wage." tell how one is paid, not
whom one works for; "I work for Free Range Films" and "I work for Tips Media" still name an employer."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize("line", ["I work for tips.", "I work for minimum wage, basically.", "Honestly I work for peanuts.",
                                  "I work for cash."])
def test_pay_is_no_employer(line: str) -> None:
    assert not any(p == "worksFor" for _, p, _, _ in told(line)), told(line)


def test_pay_of_someone_spoken_of_is_no_employer() -> None:
    found = facts((1, "Dilnoza helps at the stall. She's my cousin, so she works for free."), (2, "Lucky you."))
    assert not any(p == "worksFor" for _, p, _ in found), found


@pytest.mark.parametrize(("line", "org"), [("I work for Free Range Films.", "Free Range Films"),
                                           ("I work for Tips Media now.", "Tips Media")])
def test_an_employer_of_the_same_words_is_still_read(line: str, org: str) -> None:
    assert ("Ann", "worksFor", org, False) in told(line)
