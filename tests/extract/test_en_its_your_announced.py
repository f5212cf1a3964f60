""""Otto, your phone's buzzing again. It's your mother.": "It's your X" after a phone, a caller or someone at the door
announces another person, so the speaker is no relative of the one spoken to; said by the relative themself ("Hi,
sweetheart, it's your mother.", at the door or on the phone) it still names the bond."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "Otto, your phone's buzzing again. It's your mother.",
    "Somebody's at the door for you, Otto. It's your brother.",
    "Otto, phone for you. It's your wife.",
])
def test_an_announced_relative_is_not_the_speaker(line: str) -> None:
    got = facts((1, "Two more coffees, please."), (2, "Coming right up."), (3, line), (1, "Tell them I'll call back."))
    assert not any("Speaker 3" in (s, o) and p in ("parent", "child", "sibling", "spouse") for s, p, o in got), got


def test_the_relative_saying_it_is_still_read() -> None:
    got = facts((1, "Hello? Who is this?"), (2, "Hi, sweetheart, it's your mother. Call me back."))
    assert ("Speaker 1", "parent", "Speaker 2") in got, got
