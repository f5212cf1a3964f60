""""been playing chess , my favorite activity", "i turn to seinfeld , my favorite tv show": the thing played or turned
to, set before "my favorite" and a kind of one or two words, is the speaker's favourite (was nothing: "playing" was no
word before a thing, and the kind was one word only). Look-alikes: "my favorite car is ..." or "my favorite is ..."
names no kind, so the thing before is left alone."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "favorite"}


def test_thing_before_my_favorite():
    assert _favorites("doing well , been playing chess , my favorite activity !") == {"chess"}
    assert _favorites("when i am sad i turn to seinfeld , my favorite tv show") == {"seinfeld"}


def test_look_alikes():
    assert "cars" not in _favorites("dentists drive fancy cars , my favorite car is . . . a jeep")
    assert "movies" not in _favorites("i like to watch movies , my favorite is jaws .")
