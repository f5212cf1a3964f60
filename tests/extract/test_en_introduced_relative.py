"""Someone's relative introduced by name is introduced: "This is Jaden's stepdad, Curtis." - "Hi there." names the one
answering Curtis, as "this is my husband, Curtis" does."""

from tests.extract.dialogue_facts import names


def test_someones_relative_is_introduced():
    said = names((1, "Come in, come in."), (2, "Hi! This is Jaden's stepdad, Curtis."),
                 (3, "Hi there. Don't worry, I'm the nice one."), (1, "Have a seat."))
    assert ("Speaker 3", "Curtis") in said
