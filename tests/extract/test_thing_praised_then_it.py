"""A thing praised as the subject of a clause is what a later "it/them" means: "otters are the best , i love them" likes
otters, "ramen is life honestly , i love it" likes ramen. Not a person ("my nephews are the best , i love them", "you
are awesome , i love it"), nor "this is great , i love it" (the thing at hand), nor a thing said with "the"."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_a_thing_praised_is_what_it_means():
    assert _liked("otters are the best , i love them so much") == {"otters"}
    assert _liked("ramen is life honestly , i love it") == {"ramen"}
    assert _liked("waffles are so good ! i really like them") == {"waffles"}


def test_people_and_things_at_hand_are_not():
    assert not _liked("my nephews are the best , i love them")
    assert not _liked("you are awesome , i love it")
    assert not _liked("this is great , i love it")
