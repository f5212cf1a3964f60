"""A firm's name ending in what it is ("Harbour Vets", "Caldwell Insurance", "Strand Motors") is no person's name:
"Good morning, Harbour Vets, how can I help?" and "I just joined Caldwell Insurance." call no one by it."""

from kg_memory.extract.names import plausible_name
from tests.extract.dialogue_facts import facts


def test_firm_names_are_no_persons():
    assert not plausible_name("Harbour Vets", frozenset())
    assert not plausible_name("Caldwell Insurance", frozenset())
    assert plausible_name("Vera Caldwell", frozenset())


def test_a_desk_greeting_calls_no_one_by_the_firm():
    got = facts((1, "Good morning, Harbour Vets, how can I help?"), (2, "Hi, it's about my cat."))
    assert not {f for f in got if f[2] == "Harbour Vets" and f[1] in ("name", "alternateName")}


def test_a_firm_joined_calls_no_one():
    got = facts((1, "I just joined Caldwell Insurance."), (2, "Nice."))
    assert not {f for f in got if f[2] == "Caldwell Insurance" and f[1] in ("name", "alternateName")}
