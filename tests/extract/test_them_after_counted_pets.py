""""i have 2 cats . i love them" likes the cats, and "i have two dogs , i love them" likes dogs, not "two dogs"; "i do not
have kids . i have 3 rabbits . i love them" likes the rabbits, not the kids named before (the count hid the pets from
"them", which went back to the thing before). Look-alikes: "i ran 5 miles . i love it" likes no miles; "them" with no
thing before likes nothing."""

from tests.extract.dialogue_facts import kept


def _liked(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "likes"}


def test_them_is_the_pets_counted():
    assert _liked("i have 2 cats . i love them .") == {"cats"}
    assert _liked("i have two dogs , i love them") == {"dogs"}
    assert _liked("i do not have kids . i have 3 rabbits . i love them .") == {"rabbits"}
    assert _liked("i have no kids , just 2 cats . i love them") == {"cats"}


def test_look_alikes():
    assert not _liked("i ran 5 miles . i love it")
    assert not _liked("i love them")
