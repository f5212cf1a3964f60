"""A brother or sister called as one ("Yes, big sister.", "Thanks, little brother!") is the speaker's sibling, the one
spoken to; "sister" or "bro" alone ("Preach, sister!", "Thanks, bro.") and a sibling only mentioned ("my big sister
is here") call nobody a sibling."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, round_robin


@pytest.mark.parametrize(("reply", "caller"), [
    ("Yes, big sister. Nine sharp, I remember.", "Speaker 2"),
    ("Okay, okay. Thanks, little brother!", "Speaker 2"),
    ("Night, baby sis.", "Speaker 2"),
])
def test_a_sibling_called_as_one_is_the_speakers_sibling(reply: str, caller: str) -> None:
    found = facts((1, "Don't forget you're driving me to the airport tomorrow."), (2, reply))
    assert (caller, "sibling", "Speaker 1") in found


def test_the_sibling_called_among_three_is_the_one_answered() -> None:
    found = round_robin("Who wants the last pancake?", "Me! Please, big brother?", "Fine, it's yours.")
    assert ("Speaker 2", "sibling", "Speaker 1") in found or ("Speaker 2", "sibling", "Speaker 3") in found
    found = round_robin("Who's driving?", "Ingmar, can you drive?", "Sure thing, little sister.")
    assert ("Speaker 3", "sibling", "Speaker 2") in found


@pytest.mark.parametrize("reply", ["Preach, sister!", "Thanks, bro.", "My big sister is here, by the way."])
def test_no_aged_sibling_called_gives_no_sibling(reply: str) -> None:
    found = facts((1, "We should all go to the beach tomorrow."), (2, reply))
    assert not any(p == "sibling" and o == "Speaker 1" for _, p, o in found)


@pytest.mark.parametrize("reply", [
    "Grandpa's stubborn, sis. He'll pull through.",
    "Bro, our mother wants you on the phone.",
    "Mum says dinner's ready, bro.",
])
def test_sis_or_bro_beside_a_parent_they_share_is_a_sibling(reply: str) -> None:
    found = facts((1, "Any word from the ward yet?"), (2, reply))
    assert ("Speaker 2", "sibling", "Speaker 1") in found


@pytest.mark.parametrize("reply", ["My dad's poorly, bro.", "Your mum rang, sis.", "Dad, it's for you, bro."])
def test_sis_or_bro_beside_a_parent_of_ones_own_or_called_gives_no_sibling(reply: str) -> None:
    found = facts((1, "Any word from the ward yet?"), (2, reply))
    assert not any(p == "sibling" for _, p, _ in found)
