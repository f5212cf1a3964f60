""""i walk my neighbor's dog", "i look after my aunt's parrot", "i met my husband's brother": a relative's pet or
relative named after other words ties the speaker to the relative and the relative to theirs (was nothing).
Look-alikes: "Tom is my sister's husband", "i never met my sister's husband", "my uncle's dog died" give no such
placeholder."""

from tests.extract.dialogue_facts import kept


def test_a_relatives_pet_after_a_verb():
    facts = kept("i walk my neighbor's dog every morning")
    assert ("Ann", "neighbor", "Ann's neighbor") in facts
    assert ("Ann's neighbor", "hasPet", "Ann's neighbor's dog") in facts
    facts = kept("i look after my aunt's parrot on weekends")
    assert ("Ann's aunt", "hasPet", "Ann's aunt's parrot") in facts


def test_a_relatives_relative_after_a_verb():
    facts = kept("i finally met my husband's brother at the wedding")
    assert ("Ann", "spouse", "Ann's husband") in facts
    assert ("Ann's husband", "sibling", "Ann's husband's brother") in facts


def test_look_alikes():
    assert not any("sister's husband" in o for _, _, o in kept("Tom is my sister's husband."))
    assert not any("sister's husband" in o for _, _, o in kept("i never met my sister's husband"))
    assert not any(p == "hasPet" for _, p, _ in kept("my uncle's dog died last week"))
