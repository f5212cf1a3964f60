"""A spouse who left the speaker ends the marriage as it is now: "my husband left me for his yoga teacher", "my wife left
me and took the cat" end the spouse and leave the speaker separated (not divorced); "my wife left me a voicemail" or
"my husband left for Denver this morning" end nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "Honestly my husband left me for his yoga teacher.",
    "My wife just left me and took the cat with her.",
    "My ex-wife left me in 2019.",
    "my husband left me last spring",
])
def test_a_spouse_who_left(text: str) -> None:
    found = told(text)
    assert ("Ann", "spouse", "Ann", True) in found and ("Ann", "maritalStatus", "separated", False) in found, found


@pytest.mark.parametrize("text", ["My wife left me a voicemail.", "My husband left for Denver this morning."])
def test_no_leaving(text: str) -> None:
    assert not any(ended for _, _, _, ended in told(text)), told(text)


@pytest.mark.parametrize("text", ["My girlfriend left me last week.", "My boyfriend left me after five years.",
                                  "ugh my boyfriend left me when I moved"])
def test_a_partner_who_left_with_a_time_after_it(text: str) -> None:
    """"My girlfriend left me last week" stored a girlfriend now; the partner ends, as "left me." did."""
    found = told(text)
    assert ("Ann", "partner", "Ann", True) in found and not any(p == "partner" and not e for _, p, _, e in found), found


def test_a_partner_who_left_a_note_is_still_a_partner() -> None:
    assert not any(ended for _, _, _, ended in told("My girlfriend left me a note."))
