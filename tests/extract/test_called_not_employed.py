"""What someone is called for how they are ("you're a lifesaver", "he's such a sore loser", "she's a keeper", "a real
up-and-comer") is no job title; "she's a nurse" still is.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "Wow, Megan, you're a lifesaver.",
    "Never play cards with Glen. Glen is a sore loser.",
    "Hold on to that girl, Paul. She's a keeper.",
    "Don't listen to Artie, Artie's a quitter.",
    "Your cousin Nell is a real troublemaker.",
    "Everybody says Vic is a real up-and-comer.",
])
def test_praise_or_blame_is_no_job(line: str) -> None:
    found = facts((1, "Did you see who called?"), (2, line))
    assert not any(p == "jobTitle" for _, p, _ in found), found


def test_a_trade_still_is_a_job() -> None:
    found = facts((1, "Did you see who called?"), (2, "That was Megan. Megan is a nurse."))
    assert ("Megan", "jobTitle", "nurse") in found, found
