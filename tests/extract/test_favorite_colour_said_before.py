""""my scooter is yellow , which is my favorite color": the favourite is the colour said before, not the thing that has
it (the scooter); "those are my favorite colors" after several colours keeps them all; with no colour said, "it is my
favorite color" stores no favourite at all rather than the thing before it."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == "favorite"}


def test_the_colour_of_the_thing_before():
    assert _favorites("my scooter is yellow which is my favorite color") == {"yellow"}
    assert _favorites("i keep a lamp with a violet glow , which is my fav colour .") == {"violet"}
    assert _favorites("my uncle drives a maroon truck . that is my favorite color .") == {"maroon"}
    assert _favorites("i hoard anything that is orange , it is my favorite color") == {"orange"}


def test_a_colour_asked_about_or_wished():
    assert _favorites("are those lilac curtains ? that is my favorite color !") == {"lilac"}
    assert _favorites("the kitchen should have been teal , that is my favorite color") == {"teal"}


def test_several_colours_before_colors():
    assert _favorites("do you have gold and black stickers ? those are my favorite colors") == {"gold", "black"}


def test_look_alikes():
    assert _favorites("teal is my favorite color") == {"teal"}
    assert _favorites("navy blue is my favorite colour") == {"navy blue"}
    assert not _favorites("i just bought a scooter , it is my favorite color")  # no colour said: no scooter either
    assert not _favorites("the wall was brown and that is not my favorite color")
    assert not _favorites("my sister painted it pink , pink is her favorite color")
