""""Her boss? Marguerite Olsen. Everybody calls her Dot." - "Dot! We were in choir together.": a name one speaker gives
as what someone is called, exclaimed by the next as one they know, calls nobody; the one speaking after is not Dot.
A name called that way with no name given before ("Dot! Come in.") still calls."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("given", "exclaimed"), [
    ("Her boss? Marguerite Olsen. Everybody calls her Dot.", "Dot! We were in choir together. Small world."),
    ("The new guy on nights. His name's Dev.", "Oh, Dev! He fixed my printer last week."),
    ("I hired a contractor, a guy named Ferris.", "Ferris! He did our deck. Good guy."),
])
def test_a_given_name_exclaimed_back_calls_nobody(given: str, exclaimed: str) -> None:
    name = exclaimed.split("!")[0].split()[-1]
    found = names((1, "So who's running it now?"), (2, given), (3, exclaimed), (4, "Can we order, please?"),
                  (1, "Yes, sorry."))
    assert not any(n == name for _, n in found), found


def test_a_name_exclaimed_with_no_name_given_before_still_calls() -> None:
    found = names((1, "Someone's at the door."), (2, "Dot! Come in, come in."), (3, "Sorry I'm late."),
                  (2, "Dot, you're never late."), (3, "Traffic."))
    assert ("Speaker 3", "Dot") in found, found
