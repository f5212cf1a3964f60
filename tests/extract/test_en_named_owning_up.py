"""A name given when owning up to a question ("Who ordered the lasagna?" - "Me. Dana Whitfield, table four.") or when
asked for a booking's name ("Reservation name?" - "Oyelaran. Party of six.") is the speaker's own
(:func:`kg_memory.extract.self_intros.naming_turns`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, pair", [
    (((1, "Who ordered the lasagna?"), (2, "Me. Dana Whitfield, table four."), (1, "Here you go.")),
     ("Speaker 2", "Dana Whitfield")),
    (((1, "Okay, who's the plumber?"), (3, "That was me. Otto Brink. I fixed the leak."), (1, "Great, thanks.")),
     ("Speaker 3", "Otto Brink")),
    (((1, "Reservation name?"), (2, "Oyelaran. Party of six."), (1, "Right this way.")), ("Speaker 2", "Oyelaran")),
    (((1, "Order name?"), (2, "Bettany. Two lattes."), (1, "Coming up.")), ("Speaker 2", "Bettany")),
])
def test_the_name_owning_up_or_booking_is_the_speakers(lines, pair):
    found = names(*lines)
    assert pair in found
    assert ("Speaker 1", pair[1]) not in found


@pytest.mark.parametrize("lines, pair", [
    (((1, "Why is the door open?"), (2, "Me. Dana Whitfield left it."), (1, "Oh.")), ("Speaker 2", "Dana Whitfield")),  # no "who"
    (((1, "Who knows Otto?"), (2, "Me? Otto Brink is my uncle."), (1, "Really.")), ("Speaker 2", "Otto Brink")),  # asked back
    (((1, "Reservation time?"), (2, "Oyelaran. Six."), (1, "Right this way.")), ("Speaker 2", "Oyelaran")),  # no name asked
])
def test_look_alikes_name_nobody(lines, pair):
    assert pair not in names(*lines)
