""""A little" and "a bit of" before the thing a pastime's verb takes say how much of it, not how much it is done: "i like
to play a little banjo" is a liking of playing the banjo (not of "play"), "i play a bit of squash" a pastime of squash
(not "bit of squash"). Said after the verb alone ("i like to sketch a little", "i jog a little bit each morning") they
are still cut, and so after a thing ("i take my tea a little sweet")."""

from tests.extract.dialogue_facts import kept


def _objects(line: str, *predicates: str) -> set[str]:
    return {o for _, p, o in kept(line) if p in predicates}


def test_a_little_of_the_thing_played_keeps_the_thing():
    assert _objects("i like to play a little banjo", "likes") == {"play banjo"}
    assert _objects("I play a bit of squash on weekends.", "hobby", "habit", "likes") == {"squash"}
    assert _objects("i play a little bit of golf", "hobby", "likes") == {"golf"}
    assert _objects("i love to do a little bit of pilates", "likes") == {"pilates"}
    assert _objects("on rainy days i like to read a bit of poetry", "likes") == {"read poetry"}


def test_a_little_said_of_the_doing_is_still_cut():
    assert _objects("i like to sketch a little", "likes") == {"sketch"}
    assert _objects("i like to read a little before bed", "likes") == {"read"}
    assert _objects("i jog a little bit each morning", "habit", "hobby") == {"jog"}
    assert _objects("i take my tea a little sweet", "likes") <= {"tea"}
