""""i am very short for my age", "i am tall for a girl": a trait all the same (was nothing: "for" after a trait was read
as "short for" a name). Look-alikes: "ed is short for edward", "short for cash", a denial."""

from tests.extract.dialogue_facts import kept


def _traits(line: str) -> set[str]:
    return {o for s, p, o in kept(line) if s == "Ann" and p == "trait"}


def test_a_trait_for_ones_age():
    assert _traits("i am very short for my age") == {"short"}
    assert _traits("i am tall for a girl") == {"tall"}


def test_look_alikes():
    assert not _traits("i am not tall for my age")
    assert not _traits("i am short for cash")
    assert not any(p == "trait" for _, p, _ in kept("ed is short for edward"))
