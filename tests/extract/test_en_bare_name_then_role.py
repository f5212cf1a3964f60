"""A name said alone opening a turn, then what the speaker is there as, is the speaker's own: "Hey! Ottilie. I'm in the
flat upstairs." and "Tobias. Hi. I'm the fiance." barred the speaker from their own name, so a later call gave it to
someone else. A titled call ("Oh! Mr. Pruitt. I'm the choir teacher.") and a word ("Triplets. I'm the loud one.")
name nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


@pytest.mark.parametrize("line, name", [
    ("Hey! Ottilie. I'm in the flat upstairs. The one with the cello.", "Ottilie"),
    ("Tobias. Hi. I'm the fiance. I do the accounts.", "Tobias"),
    ("Oh! Brigid. I'm a midwife at St. Anne's.", "Brigid"),
])
def test_a_bare_name_then_what_one_is_names_the_speaker(line: str, name: str) -> None:
    found = facts((1, "Can I help you? Is this about the parcel?"), (2, "Yes, the one for Delphine."), (3, line),
                  (2, f"Right, {name}, you can sign here."), (3, "Done."))
    assert any(s == "Speaker 3" and p in _NAMED and o == name for s, p, o in found)
    assert not any(s != "Speaker 3" and p in _NAMED and o == name for s, p, o in found)


@pytest.mark.parametrize("line, name", [
    ("Oh! Mr. Pruitt. I'm the choir teacher. Your daughter sings well.", "Pruitt"),
    ("Triplets. I'm the loud one.", "Triplets"),
])
def test_a_titled_call_or_a_word_names_no_speaker(line: str, name: str) -> None:
    found = facts((1, "Hello there. You two look alike."), (2, line), (1, "Nice to meet you."))
    assert not any(s == "Speaker 2" and p in _NAMED and name in o for s, p, o in found)
