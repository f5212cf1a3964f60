"""A speaker named where they own up to a name asked for or say what they are there as (issue 13,
:mod:`kg_memory.extract.self_intros`): "They told me to find 'Dana'." - "That's me. Dana Whitfield." (the name asked
for, quoted, and given whole), and "Hi, I'm the caterer, Quinn. Where do the trays go?" in one's first turn. Invented
scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_owning_up_to_a_quoted_name_with_the_whole_name():
    found = names((1, "Morning, everyone."), (2, "Hi. Who's in charge here? They told me to find 'Dana'."),
                  (1, "That's me. Dana Whitfield. Welcome aboard."), (2, "Thanks."))
    assert ("Speaker 1", "Dana Whitfield") in found


def test_a_trade_then_a_name_in_ones_first_turn():
    found = names((1, "So the tables go by the window."), (2, "And the cake by the door, Odette."),
                  (3, "Hi, sorry, I'm the caterer, Quinn. Where do the trays go?"), (1, "Kitchen, Quinn. Thanks."))
    assert ("Speaker 3", "Quinn") in found


def test_a_trade_then_a_name_said_to_someone_is_no_intro():
    found = names((1, "Can you fix the boiler, Rosa?"), (2, "I'm the landlord, Xavier, not a plumber."),
                  (1, "Fine, Rosa."))
    assert ("Speaker 2", "Xavier") not in found
