"""What one "cannot get enough of" is liked: "i can't get enough of dumplings" likes dumplings, "i cant get enough of
true crime podcasts" likes them, and "i love waffles , cannot get enough ." likes waffles only (no thing called
"cannot get enough"). Look-alikes: "i cannot get enough sleep" is a lack, not a liking; "could not get enough of it
as a kid" is a past liking told of a time; a person ("of you") and another's ("my son cannot get enough of trains")
give no liking of the speaker."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_cannot_get_enough_of_is_a_liking():
    assert _liked("i can't get enough of dumplings") == {"dumplings"}
    assert _liked("i cant get enough of true crime podcasts") == {"true crime podcasts"}
    assert _liked("I can't get enough of spicy noodles lately.") == {"spicy noodles"}
    assert _liked("i love waffles , cannot get enough .") == {"waffles"}


def test_look_alikes_like_nothing():
    assert not _liked("i can not get enough sleep these days")
    assert not _liked("i could not get enough of the zoo when i was a kid")
    assert not _liked("i cannot get enough of you")
    assert not _liked("my son cannot get enough of trains")
    assert not _liked("you can't get enough of dumplings")
