"""An injury told as news without the "I" is the speaker's: "How was your weekend?" - "sprained my ankle at soccer",
"ugh, tore my ACL at pickup basketball", "twisted my knee on the stairs"; one done by someone else to the speaker's
things or heart is none ("Bob broke my vase", "You broke my heart")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("said", "injury"), [
    ("sprained my ankle at soccer, so couch life for a while", "sprained ankle"),
    ("ugh, tore my ACL at pickup basketball", "torn acl"),
    ("Not great. Twisted my knee on the stairs at work.", "twisted knee"),
    ("broke my left wrist snowboarding lol", "broken left wrist"),
])
def test_an_injury_told_without_i(said: str, injury: str) -> None:
    found = facts((1, "How was your weekend?"), (2, said))
    assert ("Speaker 2", "trait", injury) in found, found


@pytest.mark.parametrize("said", ["Bob broke my vase.", "You broke my heart, you know.", "The dog broke my phone."])
def test_no_injury(said: str) -> None:
    found = facts((1, "How was your weekend?"), (2, said))
    assert not any(p == "trait" for _, p, _ in found), found
