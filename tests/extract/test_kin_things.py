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


def test_a_relatives_business_or_vehicle_is_theirs():
    facts = kept("on saturdays i help out at my uncle's garage")
    assert ("Ann", "relative", "Ann's uncle") in facts
    assert ("Ann's uncle", "owns", "garage") in facts
    facts = kept("i borrowed my sister's van for the move")
    assert ("Ann's sister", "owns", "van") in facts


def test_the_apostrophe_left_out_after_a_preposition():
    facts = kept("i wait tables at my aunts diner on weekends")
    assert ("Ann", "relative", "Ann's aunt") in facts
    assert ("Ann's aunt", "owns", "diner") in facts
    assert not any(p == "owns" for _, p, _ in kept("my brothers farm corn and soy"))  # a verb: they farm


def test_a_relatives_home_is_no_thing_owned():
    assert not any(p == "owns" for _, p, _ in kept("i slept over at my grandma's house last night"))
    assert ("Ann", "livesIn", "mom's house") in kept("i still live at my moms house")  # the apostrophe put back
    assert not any(p == "owns" for _, p, _ in kept("i do not work at my dad's shop anymore"))
