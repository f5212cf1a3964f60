""""i have really bad allergies", "i have very bad allergies": how bad, no allergen (was "allergic to bad"); "i have
really bad peanut allergies", "a really severe shellfish allergy" are still allergic to peanut, shellfish."""

from tests.extract.dialogue_facts import kept


def _traits(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "trait"}


def test_how_bad_is_no_allergen():
    assert not any(t.startswith("allergic to") for t in _traits("i have really bad allergies and a cat"))
    assert not any(t.startswith("allergic to") for t in _traits("i have very bad allergies"))
    assert not any(t.startswith("allergic to") for t in _traits("i have bad allergies and living here does not help"))


def test_the_allergen_after_how_bad():
    assert "allergic to peanut" in _traits("i have really bad peanut allergies")
    assert "allergic to shellfish" in _traits("i have a really severe shellfish allergy")
