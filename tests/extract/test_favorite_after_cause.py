"""A favourite said after "cause", "cuz" or "since" is the speaker's favourite, as after "because": "i painted my room
cause teal is my favorite color" -> favorite teal. A pronoun there ("since it is my favorite") names nothing."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o for _, p, o in kept(line) if p == "favorite"}


def test_favorite_after_cause():
    assert _favorites("i painted my room cause teal is my favorite color") == {"teal"}
    assert _favorites("I bought the mug cuz orange is my fave.") == {"orange"}
    assert _favorites("we go every year since autumn is my favorite season") == {"autumn"}


def test_no_thing_no_favorite():
    assert not _favorites("i am sad since it is my favorite")
    assert not _favorites("cause that is my favorite")
