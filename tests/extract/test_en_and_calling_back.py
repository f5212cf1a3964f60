"""A reply opening with "And" that closes by calling someone the call did not name answers the caller, as the one
called does ("Bertram, you're so impatient." - "And I have a small bladder, Yusra."): it is no third joining in with
the caller (issue 13, :func:`kg_memory.extract.call_replies.reply_speaks_of`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_and_then_a_call_back_is_the_one_called_answering():
    found = names((1, "Are we there yet?"), (2, "Bertram, you're so impatient."),
                  (1, "And I have a tiny bladder, Yusra."), (3, "Rest stop in ten miles."))
    assert ("Speaker 1", "Bertram") in found


def test_and_joining_in_still_speaks_to_the_one_called():
    found = names((1, "Rach, the package came."), (2, "Oh, and we should warn you, Rach, it's huge."), (3, "Where is it?"))
    assert ("Speaker 2", "Rach") not in found
