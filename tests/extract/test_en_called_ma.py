"""A mother or father called "Ma" or "Pa" is the speaker's parent, as "Mom" and "Dad" are: "I'm right here, Ma.",
"Ma, be nice.", "Thanks, Pa." gave nothing; a state written "MA" ("Boston, MA") and "ma'am" call nobody a parent."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("reply", ["I'm right here, Ma. Happy Easter.", "Ma, be nice to her.", "Okay, okay. Thanks, Pa!"])
def test_ma_or_pa_called_is_the_speakers_parent(reply: str) -> None:
    found = facts((1, "Did you remember to bring the pie?"), (2, reply))
    assert ("Speaker 2", "parent", "Speaker 1") in found


@pytest.mark.parametrize("reply", ["We moved to Worcester, MA.", "Yes, ma'am.", "Ma'am, your receipt."])
def test_a_state_or_maam_is_no_parent(reply: str) -> None:
    found = facts((1, "Did you remember to bring the pie?"), (2, reply))
    assert not any(p == "parent" for _, p, _ in found)
