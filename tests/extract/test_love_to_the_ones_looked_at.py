""""I love you" said right after pointing at others ("Look at them! Aw. I love you so much.") is said to the ones
looked at (sleeping children, puppies), not to the listener; said alone it is the listener's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_love_said_to_the_ones_looked_at_is_not_the_listener_s() -> None:
    got = facts((1, "Thanks for watching the kids tonight."), (2, "Of course, any time."),
                (1, "Look at them! Aw. I love you so much."), (2, "They're finally asleep."))
    assert ("Speaker 1", "positiveImpression", "Speaker 2") not in got


def test_love_said_alone_is_the_listener_s() -> None:
    got = facts((1, "Thanks for watching the kids tonight."), (2, "Of course, any time."),
                (1, "I love you so much."), (2, "Me too."))
    assert ("Speaker 1", "positiveImpression", "Speaker 2") in got
