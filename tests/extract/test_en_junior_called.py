""""Dwayne Jr., go get your sister" calls Dwayne Jr.: the dot of "Jr." ends no sentence and "Jr" closes a name, so the
one who answers is named "Dwayne Jr" (was nobody)."""

from tests.extract.dialogue_facts import names


def test_a_junior_called_is_named():
    said = names((1, "Burgers are up! Marcus Jr., go get the ketchup from the kitchen."),
                 (2, "Why me? Make Tasha get it."), (1, "Because I'm your father, that's why."))
    assert ("Speaker 2", "Marcus Jr") in said
