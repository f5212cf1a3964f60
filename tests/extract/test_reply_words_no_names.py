"""Words that open a reply are no names: "Coming, Tía!" and "Ay, I like him." call nobody "Coming" or "Ay"."""

from tests.extract.dialogue_facts import names


def test_coming_and_ay_are_no_names():
    said = names((1, "Luis! The fryer is making that noise again."), (2, "Coming, Tía!"), (1, "Hurry."))
    assert not any(name == "Coming" for _, name in said)
    said = names((1, "This is Owen."), (2, "Ay, I like him. Owen, you come back, okay?"), (3, "Sure thing."))
    assert not any(name == "Ay" for _, name in said)
