"""A name called after one given is the one spoken to's: "His name is Aiden, Tina." gives Aiden as a third person's
name and calls Tina, who may then be named as the speaker called."""

from tests.extract.dialogue_facts import names


def test_a_name_called_after_a_name_given_is_no_third_persons():
    said = names((1, "Tina, where's the salt?"), (2, "Here. Greg's kid took the pepper."),
                 (3, "His name is Aiden, Tina."), (2, "I know his name."))
    assert ("Speaker 2", "Tina") in said
    assert not any(name == "Aiden" for _, name in said)
