""""So she goes, Marcus, you forgot the ring!", "I tell him, Gerald, I have two hands.", "I was like, Tamsin,
seriously?": a name inside words told again is said to someone in a story, not to anyone present, and names no
speaker; a name said to the one who answers still names them ("Marcus, you forgot the ring!" - "Oh no. I did.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "name"), [
    ("So she goes, Marcus, you forgot the ring! In front of everyone.", "Marcus"),
    ("My boss keeps asking, and I tell him, Gerald, I have two hands.", "Gerald"),
    ("I was like, Tamsin, seriously? It's a wedding, not a rodeo.", "Tamsin"),
    ("And he says, Odile, you never listen. Every single time.", "Odile"),
])
def test_a_name_in_words_told_again_names_no_speaker(line: str, name: str) -> None:
    found = names((1, "So what happened at dinner?"), (2, line), (1, "No way. Then what?"), (3, "Wow."))
    assert not any(n == name for _, n in found), found


def test_a_name_said_to_the_one_answering_still_names_them() -> None:
    found = names((1, "Marcus, you forgot the ring!"), (2, "Oh no. I did. It's in the car."), (1, "Go get it, Marcus."))
    assert ("Speaker 2", "Marcus") in found, found
