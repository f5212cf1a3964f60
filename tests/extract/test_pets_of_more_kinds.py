"""Pets of kinds people keep besides cats and dogs: "i have a gecko", "we got two budgies", "my bearded dragon is
named Rex", "i keep three koi" are pets (were nothing, or a thing owned: "i own a gecko" owns gecko). Look-alikes:
a place named with the word ("the canary islands"), a pond ("a koi pond"), another's pet, a wish."""

from tests.extract.dialogue_facts import kept


def _pets(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "hasPet"}


def test_more_kinds_of_pet():
    assert _pets("i have a gecko , he eats crickets") == {"Ann's gecko"}
    assert _pets("I own a leopard gecko and a corn snake.") >= {"Ann's gecko"}
    assert _pets("we got two budgies last month") == {"Ann's two budgies"}
    assert _pets("i keep three koi out back") == {"Ann's three koi"}
    assert _pets("my bearded dragon is named Rex") == {"Rex"}
    assert _pets("i have a canary that sings all morning") == {"Ann's canary"}
    assert _pets("we have a hermit crab and a cockatoo") == {"Ann's hermit crab", "Ann's cockatoo"}
    assert _pets("i just adopted an axolotl lol") == {"Ann's axolotl"}


def test_look_alikes_keep_no_pet():
    assert not _pets("we flew to the canary islands in june")
    assert not _pets("my neighbor has a koi pond")
    assert not _pets("my brother has a gecko")
    assert not _pets("i want a gecko someday")
    assert not _pets("do you have a budgie ?")
    assert ("Ann", "owns", "gecko") not in kept("i own a gecko")
