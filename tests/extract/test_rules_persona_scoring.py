"""How the PersonaExt benchmark matches a fact to the gold triple: by any name the graph stores for the object
(its label or an alias), so a named pet ("Sammy", also "Speaker's dog") is scored against the kind the gold
tail names ("dog"), and only with a predicate the mapping accepts."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Fact, Turn
from tests.benchmarks import load_benchmark


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("extract_persona")


GOLD = {"text": "i have a dog named sammy", "head": "i", "relation": "have_pet", "tail": "dog"}


def test_a_named_pet_matches_the_kind_the_gold_names(bench):
    speaker = Entity("Speaker", "Person")
    sammy = Entity("Sammy", "Animal", aliases=("Speaker's dog",))
    assert bench.match([Fact(speaker, "hasPet", sammy)], GOLD, need_predicate=True)


def test_a_pet_known_only_by_its_name_does_not_match_the_kind(bench):
    speaker = Entity("Speaker", "Person")
    assert not bench.match([Fact(speaker, "hasPet", Entity("Sammy", "Animal"))], GOLD, need_predicate=False)


def test_the_kind_under_another_predicate_is_no_pet(bench):
    speaker = Entity("Speaker", "Person")
    sammy = Entity("Sammy", "Animal", aliases=("Speaker's dog",))
    assert not bench.match([Fact(speaker, "likes", sammy)], GOLD, need_predicate=True)


@pytest.mark.parametrize("text, tail", [("i have a dog named sammy", "dog"), ("my cat , arizona , loves steak", "a cat"),
                                        ("i own a siamese cat named stormy .", "cat")])
def test_the_rules_named_pet_is_scored_as_found(bench, text, tail):
    facts = RuleExtractor().extract([Turn("persona", "0", bench.SPEAKER, text)])
    assert bench.match(facts, {"text": text, "head": "i", "relation": "have_pet", "tail": tail}, need_predicate=True)


@pytest.mark.parametrize("tail, said", [("cook", "cooking"), ("cats", "cat"), ("hiking", "hike"), ("swim", "swimming"),
                                        ("movies", "movie"), ("puppy", "puppies")])
def test_a_tail_matches_another_form_of_the_same_word(bench, tail, said):
    speaker = Entity("Speaker", "Person")
    row = {"text": f"i love {said}", "head": "i", "relation": "like_activity", "tail": tail}
    assert bench.match([Fact(speaker, "likes", Entity(said, "Thing"))], row, need_predicate=True)


@pytest.mark.parametrize("tail, said", [("cook", "cookie"), ("sing", "sign"), ("dog", "dogma")])
def test_another_word_does_not_match(bench, tail, said):
    speaker = Entity("Speaker", "Person")
    row = {"text": f"i love {said}", "head": "i", "relation": "like_activity", "tail": tail}
    assert not bench.match([Fact(speaker, "likes", Entity(said, "Thing"))], row, need_predicate=True)
