""""Table six, Hollis Brandt? Your order's up." - "That's him! Hollis, wake up!": a name asked out and answered by one
who points at its bearer ("That's her!", "That was my father.") is someone else's name, not the one answering's; one
who answers "That's me!" still bears it."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("call", "reply", "name"), [
    ("Table six, Hollis Brandt? Your order's up.", "That's him! He fell asleep on the bench.", "Hollis Brandt"),
    ("Mrs. Okonjo? The one who taught chemistry at Westfield?", "That was my mother. She retired in 2010.", "Okonjo"),
    ("Next up, Perpetua Vance? Come to the stage.", "Oh, that's her. Go, go!", "Perpetua"),
    ("Ticket seventy, Dmitri? Counter two.", "That's my husband. He's parking the car.", "Dmitri"),
])
def test_a_reply_pointing_at_the_one_asked_out_does_not_name_the_one_answering(call: str, reply: str,
                                                                               name: str) -> None:
    found = names((1, "Okay, next one."), (2, call), (3, reply), (2, "Thank you."))
    assert not any(s == "Speaker 3" and n.endswith(name.split()[-1]) for s, n in found), found


def test_one_who_answers_that_is_me_still_bears_the_name() -> None:
    found = names((1, "Okay, next one."), (2, "Table six, Hollis Brandt? Your order's up."), (3, "That's me! Thanks."),
                  (2, "Enjoy, Hollis."), (3, "Thanks, I will."))
    assert ("Speaker 3", "Hollis Brandt") in found or ("Speaker 3", "Hollis") in found, found


def test_a_name_called_with_a_comma_then_that_is_her_is_read_as_before() -> None:
    # "Gemma, is this your sister?" - "That's her.": Gemma answers about her sister; the rule needs the name asked out.
    found = names((1, "So this is the photo."), (2, "Gemma, is this your sister?"), (3, "That's her. Last summer."),
                  (2, "She looks like you, Gemma."), (3, "Everyone says so."))
    assert ("Speaker 3", "Gemma") in found, found
