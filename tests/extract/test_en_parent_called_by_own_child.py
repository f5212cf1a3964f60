"""One who has just spoken of their own parent by the bare word ("Dad thinks it's too loud.") is that parent's child,
not the parent a later "Hello, Father." calls; the call of a parent to one who spoke of nobody still counts."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_one_who_spoke_of_their_own_father_is_not_the_father_called() -> None:
    found = facts((1, "Nice speakers, are they new?"), (2, "Yes. Dad thinks they're too loud."),
                  (3, "They are too loud. Hello, Father."), (1, "Hello, son."))
    assert ("Speaker 3", "parent", "Speaker 2") not in found
    assert ("Speaker 2", "child", "Speaker 3") not in found


def test_a_parent_called_after_a_plain_turn_is_still_read() -> None:
    found = facts((1, "Nice speakers, are they new?"), (2, "Yes, I got them on Friday."),
                  (3, "Thanks for picking them up, Dad."))
    assert ("Speaker 3", "parent", "Speaker 2") in found
