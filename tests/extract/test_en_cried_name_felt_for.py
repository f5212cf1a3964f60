"""A name cried and then spoken of in the third person in the same turn ("Gus! I loved Gus.", "Marta! We miss Marta.")
is someone remembered, not a call of the one who answers (:mod:`kg_memory.extract.speakers`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, name", [
    (((1, "Guess who I ran into? Gus Moreno, from the swim team."), (2, "Gus! I loved Gus."), (3, "Who's Gus?")), "Gus"),
    (((1, "Marta sent a postcard from Lima."), (2, "Marta! We really miss Marta."), (3, "Read it out.")), "Marta"),
])
def test_a_name_felt_for_is_nobodys_here(lines, name):
    assert not any(n == name for _, n in names(*lines))


def test_a_call_said_before_speaking_to_them_still_names_them():
    found = names((1, "Look who's here."), (2, "Gus! I missed you!"), (3, "Hey, Nina."), (2, "Gus, sit down."))
    assert ("Speaker 3", "Gus") in found
