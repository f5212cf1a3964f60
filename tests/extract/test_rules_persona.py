"""English rules on persona chat (issue 13): what a user reads from "i do", "i love them", clefts and
questions that lost their "?", each beside the negated, asked or hypothetical form that must give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg_memory.extract.datasets import read_mapping


@pytest.fixture
def one(say, triples):
    return lambda text: triples(say(text, speakers=("Ann",)))


@pytest.mark.parametrize("text, expected", [
    # "in my ..." is no "i": the subject is the "i" after the phrase
    ("in my spare time i paint", ("Ann", "hobby", "paint")),
    # an adverb in -ly before the verb
    ("i vigorously enjoy tacos .", ("Ann", "likes", "tacos")),
    # tokenised chat without its apostrophe
    ("i ve got a cat named tom .", ("Ann", "hasPet", "tom")),
    # a question without its "?", then the statement
    ("do you drive to work , i hate traffic", ("Ann", "dislikes", "traffic")),
    ("do you have pets , i have a dog named rex", ("Ann", "hasPet", "rex")),
    # "it" / "them" after a clause that named the thing
    ("wow i just listened to pearl jam i love them", ("Ann", "likes", "pearl jam")),
    ("i just got done doing zumba . i love it !", ("Ann", "likes", "zumba")),
    # a statement before "and you?"
    ("oh i am a college student and you ?", ("Ann", "jobTitle", "college student")),
    ("i am a full time student myself at a local college .", ("Ann", "studiesAt", "local college")),
    ("i am a sophomore in high school", ("Ann", "studiesAt", "high school")),
    # clefts and exceptions
    ("summer is what i really like", ("Ann", "likes", "summer")),
    ("the space seems nice , but telling jokes is something that i love", ("Ann", "likes", "telling jokes")),
    ("i like everything except broccoli", ("Ann", "dislikes", "broccoli")),
    # a bare "i do" answers the question before it
    ("do you like war documentaries ? i do", ("Ann", "likes", "war documentaries")),
    ("you play football ? yes i do .", ("Ann", "hobby", "football")),
    # the thing before "my favorite", a goal without its "one day", jobs and schools in chat
    ("an hp i got for christmas , my favorite holiday .", ("Ann", "favorite", "christmas")),
    ("all of my flowers are purple , my favorite color .", ("Ann", "favorite", "purple")),
    ("i want to be a doctor one day .", ("Ann", "goal", "become doctor")),
    ("i play six instruments", ("Ann", "skill", "instruments")),
    ("i work part time as a clerk at the local university .", ("Ann", "jobTitle", "clerk")),
    ("my job is in retail", ("Ann", "worksFor", "retail")),
    ("that is so cool i am still in high school", ("Ann", "studiesAt", "high school")),
    ("i am strictly vegan", ("Ann", "diet", "vegan")),
    ("i am over here feeding my pet skunk", ("Ann", "hasPet", "Ann's pet skunk")),
])
def test_persona_statement(one, text, expected):
    assert expected in one(text)


@pytest.mark.parametrize("text, predicate", [
    ("do you think i am crazy", "jobTitle"),
    ("do you know if i like cats", "likes"),
    ("i just listened to pearl jam . i would love it if they came here", "likes"),
    ("i am at home . i love it", "likes"),
    ("do you like cats and you ?", "likes"),
    ("pizza is not what i like", "likes"),
    ("is summer what you like ?", "likes"),
    ("if summer is what i like , i should move", "likes"),
    ("do you like war documentaries ? i do not", "likes"),
    ("do you like war documentaries ? i would", "likes"),
    ("i never eat everything except broccoli", "dislikes"),
    ("ariel has always been my favorite .", "favorite"),
    ("i do not like pizza , my favorite food", "favorite"),
    ("i barely make time for my hobbies", "hobby"),
    ("i hardly eat meat", "likes"),
])
def test_persona_guard(one, text, predicate):
    """Negated, asked and hypothetical forms state nothing of the kind."""
    assert not {t for t in one(text) if t[1] == predicate}


def test_yes_answers_the_previous_turn(say, triples):
    facts = triples(say("Do you like sushi?", "I do!"))
    assert ("Bob", "likes", "sushi") in facts
    assert not {t for t in facts if t[0] == "Ann"}


def test_it_is_not_read_across_a_negation(one):
    """"i do not love it": the thing is disliked, never liked."""
    facts = one("i just listened to pearl jam . i do not love them")
    assert ("Ann", "likes", "pearl jam") not in facts


def test_personaext_mapping_reads_a_pastime_as_a_like():
    """A book genre read as a pastime or a food eaten every day is what PersonaExt calls a like; a soldier is
    employed by the army (benchmarks/mappings/personaext.csv)."""
    mapping = read_mapping(Path(__file__).resolve().parents[2] / "benchmarks" / "mappings" / "personaext.csv")
    assert {"hobby", "habit"} <= set(mapping.predicates("like_read"))
    assert "habit" in mapping.predicates("like_food")
    assert "memberOf" in mapping.predicates("employed_by_general")
    assert "workLocation" in mapping.predicates("employed_by_general")  # "a factory worker" works at a factory
    assert "hasPet" not in mapping.predicates("like_animal")
