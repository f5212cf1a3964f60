""""my favorite show is definitely Bluey", "my fave band is honestly ABBA", "my favorite season is easily fall" name
Bluey, ABBA, fall (the word that vouches for it is no part of the favourite: was "definitely Bluey"). Look-alikes:
another's favourite, a question, a denial."""

from tests.extract.dialogue_facts import kept


def _favorites(line: str) -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == "favorite"}


def test_the_hedge_is_no_part_of_the_favorite():
    assert _favorites("my favorite show is definitely bluey") == {"bluey"}
    assert _favorites("my fave band is honestly abba lol") == {"abba"}
    assert _favorites("My favorite season is easily fall.") == {"fall"}
    assert _favorites("my favorite snack is def popcorn") == {"popcorn"}


def test_look_alikes():
    assert not _favorites("my sister's favorite show is definitely bluey")
    assert not _favorites("is your favorite band honestly abba ?")
    assert not _favorites("my favorite show is definitely not bluey")
