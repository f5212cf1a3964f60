""""it/them" after a thing tried, with when said after it: "i tried kimchi for the first time , i love it" likes
kimchi, "i had poke the other day , i love it" likes poke, "tried kombucha a few days ago , i love it" likes
kombucha. Look-alikes: a person met so ("i met him for the first time , i love him") and a place gone to ("i went
there for the first time , i love it") give no liking of a thing."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_it_is_the_thing_tried_before_the_time_words():
    assert _liked("i tried kimchi for the first time , i love it") == {"kimchi"}
    assert _liked("i had poke the other day , i love it") == {"poke"}
    assert _liked("i tried kombucha a few days ago , i love it") == {"kombucha"}
    assert _liked("I made crepes for the first time. I love them!") == {"crepes"}


def test_look_alikes_like_no_thing():
    assert not _liked("i met him for the first time , i love him")
    assert not _liked("i went there for the first time , i love it")
