""""teal is the best color", "the best band around is Blondie", "bluey is just the best show ever", "my best color is
teal" (said for "my favorite color") give the speaker's favourite (was nothing). Look-alikes: the thing at hand ("this
is the best pizza ever"), a person ("mom is the best cook"), someone else's claim ("my dad says teal is the best color"),
a question, a denial, a kind one has no taste in ("the best city")."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == "favorite"}


def test_the_best_of_its_kind_is_a_favorite():
    assert _favorites("teal is the best color , it calms me down") == {"teal"}
    assert _favorites("the best band around is blondie") == {"blondie"}
    assert _favorites("bluey is just the best show ever") == {"bluey"}
    assert _favorites("my best color is teal") == {"teal"}
    assert _favorites("i think the best season is autumn") == {"autumn"}
    assert _favorites("mac and cheese is the best food") == {"mac and cheese"}
    assert _favorites("Tacos and ramen are the best foods.") == {"tacos", "ramen"}


def test_look_alikes_keep_no_favorite():
    assert not _favorites("this is the best pizza ever")
    assert not _favorites("mom is the best cook")
    assert not _favorites("my dad says teal is the best color")
    assert not _favorites("is teal the best color ?")
    assert not _favorites("teal is not the best color")
    assert not _favorites("boston is the best city")
    assert not _favorites("you are the best")
