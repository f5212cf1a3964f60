""""i love to tan all of the time", "i like mysteries a whole bunch", "i like to read comics anywhere", "i like poetry
most", "i prefer texting nowadays": how often, how much or where at all, said after the thing liked, is no part of it
(the object ran on: "tan all of the time"). Look-alikes: "a whole ton of poetry" (an amount of the thing) stays whole."""

from tests.extract.dialogue_facts import kept


def _objects(line: str, predicate: str = "likes") -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == predicate}


def test_how_often_or_how_much_is_cut():
    assert _objects("i love to tan all of the time") == {"tan"}
    assert _objects("i like mysteries a whole bunch yeah") == {"mysteries"}
    assert _objects("i like to read comics anywhere") == {"read comics"}
    assert _objects("i like poetry most") == {"poetry"}
    assert _objects("i prefer texting nowadays") == {"texting"}
    assert _objects("i hike all of the time", "hobby") == {"hike"}


def test_an_amount_of_the_thing_stays():
    assert _objects("i read a whole ton of poetry", "hobby") == {"read a whole ton of poetry"}
