""""Dana and I split up" ends the speaker's tie with Dana, not every partner the speaker has, also after a word that
opens the sentence ("So Dana and I split up") or with "we" taken up again ("Dana and I, we split up")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("line", [
    "So Dana and I split up, it's over.",
    "Dana and I, we split up.",
    "Well, Dana and I broke up last week.",
])
def test_the_tie_with_the_one_named_ends(line: str) -> None:
    got = told(line)
    assert ("Ann", "partner", "Dana", True) in got
    assert ("Ann", "partner", "Ann", True) not in got  # (an ending with no one named ends every partner)
