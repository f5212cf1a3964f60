""""i love ferrets , i have one named bandit": "one" is a pet of the kind said before it (or just after its name: "i have
one called Mo , she is a hamster"), so the speaker has a pet of that name, kept with its kind. Not when the kind said
last is a person's ("do you have kids ? i have one named leo") or no pet at all ("i love boats , i have one named ...")."""

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _pets(line: str) -> set[tuple[str, tuple[str, ...]]]:
    facts = RuleExtractor().extract([Turn("c", "1", "Ann", line)])
    return {(f.object.label, f.object.aliases) for f in facts if f.predicate == "hasPet" and isinstance(f.object, Entity)}


def test_one_of_the_kind_said_before():
    assert _pets("i love ferrets , i have one named bandit") == {("bandit", ("Ann's ferret",))}
    assert _pets("Do you like turtles? We've got one called Shelly.") == {("Shelly", ("Ann's turtle",))}


def test_the_kind_said_after_the_name():
    assert _pets("i have one called Mo , she is a hamster") == {("Mo", ("Ann's hamster",))}


def test_look_alikes():
    assert not _pets("do you have kids ? i have one named leo")
    assert not _pets("i love boats , i have one named seabiscuit")
    assert not _pets("i love parrots . do you have a son ? i have one named leo")
