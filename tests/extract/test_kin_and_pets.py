""""with my kids and dogs", "my boyfriend and two cats": a pet named after a relative, sharing the "my", is the
speaker's pet too (was the relative alone). Not under a negation or a wish, and not another's pet ("my aunt and her
dog")."""

from tests.extract.dialogue_facts import kept


def test_a_pet_after_a_relative_shares_the_owner():
    facts = kept("sundays are for the park with my nephews and dog")
    assert ("Ann", "hasPet", "Ann's dog") in facts
    facts = kept("i share a tiny flat with my boyfriend and two cats")
    assert ("Ann", "partner", "Ann's boyfriend") in facts and ("Ann", "hasPet", "Ann's cats") in facts


def test_no_pet_under_a_negation_or_of_another():
    assert not any(p == "hasPet" for _, p, _ in kept("i do not see my cousins and dogs anymore"))
    assert not any(p == "hasPet" for _, p, _ in kept("i visited my aunt and her dog"))
