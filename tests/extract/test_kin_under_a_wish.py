""""i wish my kids called more", "i hope my husband gets the job", "i wish i could take my parrot along": the relative
or pet a wish speaks of is had all the same (as "my dog would love that" under a modal). What is wished stays
unstored ("i wish my sister lived in Leeds": no home), and so do relatives and pets wished for ("my own dog", "my
future wife"), lost ("i wish my cat was still here") or of some day ("someday my kids will ...")."""

from tests.extract.dialogue_facts import kept


def _had(line: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in kept(line) if s == "Ann" and p in ("child", "sibling", "spouse", "partner", "hasPet")}


def test_the_relative_or_pet_under_a_wish_is_had():
    assert ("child", "Ann's kids") in _had("i just wish my kids would call more often")
    assert ("spouse", "Ann's husband") in _had("i really hope my husband gets that promotion")
    assert ("hasPet", "Ann's parrot") in _had("i wish i could take my parrot on the plane")
    assert ("sibling", "Ann's brother") in _had("wish my brother was not so stubborn lol")
    assert ("sibling", "Ann's brother") in _had("i wish my aunt and brother lived closer")


def test_what_is_wished_stays_unstored():
    found = kept("i wish my sister lived in Leeds")
    assert ("Ann", "sibling", "Ann's sister") in found
    assert not [f for f in found if f[1] == "livesIn"]
    assert not [f for f in kept("i wish my hair was purple") if f[1] == "trait"]


def test_look_alikes():
    assert not _had("i wish i had my own dog")
    assert not _had("i hope my future wife likes cats")
    assert not _had("i wish my cat was still here")
    assert not _had("someday my kids will have a big yard")
    assert not _had("do you wish your kids called more ?")
