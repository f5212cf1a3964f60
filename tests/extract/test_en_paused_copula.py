"""A pause after "I am" is no part of what one says one is: "I'm, uh, Molly's boyfriend." tells Molly's partner as "I'm
Molly's boyfriend." does, "I am, um, a nurse" a nurse, "I'm, uh, Rachel Green" the name."""

from tests.extract.dialogue_facts import facts, told


def test_a_pause_after_i_am_is_skipped():
    assert ("Molly", "partner", "Speaker 2") in facts((1, "And who's this tall fellow?"),
                                                      (2, "I'm Nate. I'm, uh, Molly's boyfriend."), (1, "Boyfriend!"))
    assert ("Ann", "jobTitle", "nurse", False) in told("I am, um, a nurse at St. Luke's.")
    assert ("Ann", "name", "Rachel Green", False) in told("Hi. I'm, uh, Rachel Green.")
