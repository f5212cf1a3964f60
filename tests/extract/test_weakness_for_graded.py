""""i have a major weakness for fish tacos", "a bit of a soft spot for parrots": a liking however it is graded
(was a fish had as a pet, or nothing)."""

from tests.extract.dialogue_facts import kept


def test_a_graded_liking():
    facts = kept("honestly i have a major weakness for fish tacos")
    assert ("Ann", "likes", "fish tacos") in facts
    assert not any(p == "hasPet" for _, p, _ in facts)
    assert ("Ann", "likes", "parrots") in kept("i have a bit of a soft spot for parrots")
