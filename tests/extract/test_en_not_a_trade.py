""""It's your bridal shower, Greta.", "Our neighbour? He's a pacifist.", "Her boss is a terror." name no job: words made like
a trade's ("-er", "-or", "-ist") that tell a party, a belief or a temper; "I'm a florist" and "I'm a surveyor" still do."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize("line", ["It's your bridal shower, Greta. Sit.", "Meet Anselm. He's a pacifist, so no paintball.",
                                  "Look at Odile. She's a terror on the tennis court.", "I'm an optimist, that's all."])
def test_no_job(line: str) -> None:
    found = facts((1, line), (2, "Okay."), (1, "Right."))
    assert not any(p == "jobTitle" for _, p, _ in found), found


@pytest.mark.parametrize(("line", "job"), [("I'm a florist.", "florist"), ("I'm a surveyor, you know.", "surveyor")])
def test_a_trade_is_still_a_job(line: str, job: str) -> None:
    assert any(p == "jobTitle" and o == job for _, p, o, _ in told(line)), told(line)
