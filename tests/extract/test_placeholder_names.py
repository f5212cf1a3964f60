"""Issue 13: a relative or pet known only by its owner ("Speaker 2's husband") is bound to the name the dialogue
gives it: a copula ("my husband is Paul"), "his name is Rex" after "my dog", an apposition after the name ("Le
Poo, our dog!") and the answer to "Who's Rick?" ("My husband."). Look-alikes keep the placeholder.
"""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.extract.placeholders import bind_placeholders
from kg_memory.types import Entity, Turn
from tests.extract.dialogue_facts import placeholders, said_by

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


@pytest.mark.parametrize(("lines", "fact"), [
    # copula: the relative "is" a name
    (((A, "My husband is Paul."),), (A, "spouse", "Paul")),
    (((A, "Hi."), (B, "Well, my sister is Monica and she lives here.")), (B, "sibling", "Monica")),
    # "his name is Rex" after the pet, in the same turn
    (((A, "I have a dog. His name is Rex."),), (A, "hasPet", "Rex")),
    (((A, "I love my cat. Her name is Ginger."),), (A, "hasPet", "Ginger")),
    # the name, then the pet beside it
    (((A, "What?!"), (B, "Oh my God, Le Poo, our dog!")), (B, "hasPet", "Le Poo")),
    (((A, "Rex, my dog, is old."),), (A, "hasPet", "Rex")),
    # "Who's Rick?" answered with the relation
    (((A, "Who's Rick?"), (B, "My husband.")), (B, "spouse", "Rick")),
    (((A, "Who is Tom?"), (B, "Oh, he's my brother.")), (B, "sibling", "Tom")),
    # Chinese: the name in the sentence after
    (((A, "我有一只狗。它的名字叫旺财。"),), (A, "hasPet", "旺财")),
    (((A, "我有个妹妹。她的名字是卡罗尔。"),), (A, "sibling", "卡罗尔")),
    (((A, "谁是瑞克？"), (B, "我丈夫。")), (B, "spouse", "瑞克")),
    (((A, "瑞克是谁？"), (B, "他是我哥哥。")), (B, "sibling", "瑞克")),
])
def test_placeholder_bound_to_the_name(lines, fact):
    facts = said_by(*lines)
    assert fact in facts
    assert not placeholders(facts, A, B, C), facts


def test_what_the_turn_says_of_the_placeholder_goes_to_the_name():
    facts = said_by((A, "My husband is Paul. He is a doctor."))
    assert facts >= {(A, "spouse", "Paul"), ("Paul", "jobTitle", "doctor")}
    assert not placeholders(facts, A, B, C) and not any(p == "name" for _, p, _ in facts)


def test_a_named_pet_keeps_its_kind_as_another_name():
    turns = [Turn("c", "1", A, "I have a dog. His name is Rex.")]
    pets = [f.object for f in RuleExtractor(name_speakers=False).extract(turns) if f.predicate == "hasPet"]
    assert pets == [Entity("Rex", "Animal", aliases=(f"{A}'s dog",))]


@pytest.mark.parametrize(("lines", "name"), [
    (((A, "My husband is Italian."),), "Italian"),  # a nationality, no name
    (((A, "My husband is Paul and my brother is Paul."),), "Paul"),  # one name for two relatives: which is not known
    (((A, "Thanks, my dog!"),), "Thanks"),  # words said to someone, no name
    (((A, "i have one his name is alfie my 3 older siblings bought him for me ."),), "alfie"),  # several, not him
    (((A, "Ross, my dog is sick."),), "Ross"),  # said to Ross: the dog is not Ross
    (((A, "Rex, my dogs are here."),), "Rex"),  # several dogs, said to Rex
    (((A, "Who's Rick?"), (B, "My husband's friend.")), "Rick"),  # someone else's relative
    (((A, "Who's Rick?"), (B, "My brothers.")), "Rick"),  # several
    (((A, "Who's Rick?"), (C, "Hi."), (B, "My husband.")), "Rick"),  # not the answer to the question
    (((A, "我有一只狗。你叫旺财。"),), "旺财"),  # said to the listener
    (((A, "谁是瑞克？"), (B, "我丈夫的朋友。")), "瑞克"),  # someone else's relative
    (((A, "我有一只狗。它是一只好狗。"),), "一只好狗"),  # what the dog is, no name
])
def test_look_alikes_are_not_bound(lines, name):
    facts = said_by(*lines)
    assert not any(o == name for s, p, o in facts if p != "name"), facts


def test_a_question_without_a_name_keeps_the_placeholder():
    assert said_by((A, "Who's that?"), (B, "My husband.")) == {(B, "spouse", f"{B}'s husband")}


def test_bind_placeholders_needs_one_name_per_placeholder():
    ann, wife = Entity("Ann", "Person"), Entity("Ann's wife", "Person")
    found = [(ann, "spouse", wife, 0.7, None), (wife, "name", "Sue", 0.7, None), (wife, "name", "Jo", 0.7, None)]
    assert bind_placeholders(found) == found


# -- across the turns of a conversation: relations one has one of at a time, and pets -------------------------


def test_a_spouse_named_in_another_turn_is_bound_there_too():
    facts = said_by((A, "My wife won't return my calls."), (B, "Who?"), (A, "Emily is my wife."))
    assert (A, "spouse", "Emily") in facts and not placeholders(facts, A, B, C)


def test_a_pet_named_in_a_later_turn_is_bound_in_the_earlier_one():
    facts = said_by((B, "Oh my God! My dog died!"), (A, "What?!"), (B, "Oh my God, Le Poo, our dog!"))
    assert (B, "hasPet", "Le Poo") in facts and not placeholders(facts, A, B, C)


@pytest.mark.parametrize("lines", [
    ((A, "My sister is late."), (B, "Who?"), (A, "Jill is my sister.")),  # one may have several sisters
    ((A, "My dogs are late."), (B, "Who?"), (A, "Rex is my dog.")),  # several dogs
    ((A, "My wife is late."), (B, "Who?"), (A, "Emily is my wife. Sue is my wife.")),  # two names: which is not known
    ((A, "I divorced Carol."), (A, "My wife is late.")),  # a former wife is not the one now
])
def test_across_turns_look_alikes_keep_the_placeholder(lines):
    assert placeholders(said_by(*lines), A, B, C)
