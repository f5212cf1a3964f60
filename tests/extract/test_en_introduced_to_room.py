"""One introduced to a room answers it: "this is my neighbor Harriet. Harriet, this is everyone." - "Hello, everyone."
names the one greeting the room Harriet, though the others there have not spoken yet. A plain "Hi." among several new
voices still names nobody."""

from tests.extract.dialogue_facts import names


def test_the_one_greeting_the_room_is_the_one_introduced():
    said = names((1, "Before we start, everyone, this is my neighbor Opal. Opal, this is everyone."),
                 (2, "Hello, everyone. I only got through two chapters."), (3, "Two is plenty."), (4, "Agreed."))
    assert ("Speaker 2", "Opal") in said
    said = names((1, "Okay, everybody, this is my brother-in-law Dmitri."), (2, "Hi, all. Sorry I'm late."),
                 (3, "No problem."), (4, "Grab a chair."))
    assert ("Speaker 2", "Dmitri") in said


def test_a_plain_hi_among_new_voices_names_nobody():
    said = names((1, "Okay, everybody, this is my brother-in-law Dmitri."), (2, "Hi."), (3, "No problem."),
                 (4, "Grab a chair."))
    assert not {s for s, n in said if n == "Dmitri"}
