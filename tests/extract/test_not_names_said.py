"""A count is no name called: "One, two, three, four... Ravi, you're dragging." calls Ravi, nobody "One"."""

from tests.extract.dialogue_facts import names


def test_a_count_calls_nobody():
    said = names((1, "One, two, three, four... Hold it. Ravi, you're dragging again."), (2, "I'm not dragging."),
                 (1, "One, two... Ravi!"), (2, "Fine, fine."))
    assert ("Speaker 2", "Ravi") in said and not any(name == "One" for _, name in said)
    said = names((1, "Three, two, one, go! Lupe, the blue flag!"), (2, "Got it!"), (1, "Lupe, faster!"), (2, "Okay!"))
    assert not any(name in ("Three", "One") for _, name in said)
