""""my weaknesses are donuts and fudge", "my obsessions are crosswords": what one cannot resist, said in the plural, is
liked as "my weakness is donuts" is (the plural gave nothing). It is no ``weakness`` (a thing one does badly)."""

from tests.extract.dialogue_facts import kept


def test_weaknesses_in_the_plural_are_liked():
    facts = kept("my weaknesses are donuts and fudge")
    assert {("Ann", "likes", "donuts"), ("Ann", "likes", "fudge")} <= facts
    assert not any(p == "weakness" for _, p, _ in facts)
    assert ("Ann", "likes", "crosswords") in kept("lately my obsessions are crosswords")
