"""Profile facts added in vocabulary 1.1 (marital status, hometown, field of study, degree) and
the chat patterns that came with them, in English and Chinese."""

from __future__ import annotations

import pytest

from kg_memory.extract.english.segment import normalize
from kg_memory.vocab import Vocabulary


@pytest.fixture
def one(say, triples):
    return lambda text: triples(say(text, speakers=("Ann",)))


def test_new_predicates_are_in_the_vocabulary():
    vocab = Vocabulary.load()
    assert vocab.predicate("maritalStatus").functional and vocab.predicate("maritalStatus").literal
    assert vocab.predicate("hometown").functional and vocab.predicate("hometown").range == "Place"
    assert not vocab.predicate("fieldOfStudy").functional
    assert not vocab.predicate("degree").functional and vocab.predicate("degree").literal
    for name in ("maritalStatus", "hometown", "fieldOfStudy", "degree"):
        assert set(vocab.predicate(name).labels) == {"en", "zh"}


@pytest.mark.parametrize("text, expected", [
    ("I am married.", ("Ann", "maritalStatus", "married")),
    ("i am a recent widow", ("Ann", "maritalStatus", "widowed")),
    ("I'm single and I love it.", ("Ann", "maritalStatus", "single")),
    ("we just got engaged last week", ("Ann", "maritalStatus", "engaged")),
    ("i have been married for 20 years", ("Ann", "maritalStatus", "married")),
    ("i was recently divorced", ("Ann", "maritalStatus", "divorced")),
    ("being single though, i have the time for it", ("Ann", "maritalStatus", "single")),
    ("I got married to Tom last year.", ("Ann", "spouse", "Tom")),
    ("I am from Ohio.", ("Ann", "hometown", "Ohio")),
    ("i grew up in texas", ("Ann", "hometown", "texas")),
    ("oregon is my hometown", ("Ann", "hometown", "oregon")),
    ("I study economics.", ("Ann", "fieldOfStudy", "economics")),
    ("i am majoring in computer science", ("Ann", "fieldOfStudy", "computer science")),
    ("i was a fashion design major", ("Ann", "fieldOfStudy", "fashion design")),
    ("My major is biology.", ("Ann", "fieldOfStudy", "biology")),
    ("I have a master's in Italian.", ("Ann", "degree", "master's degree in Italian")),
    ("i have a degree in statistics", ("Ann", "degree", "degree in statistics")),
    ("i have a statistics degree", ("Ann", "fieldOfStudy", "statistics")),
    ("i finished my degree in nursing", ("Ann", "degree", "degree in nursing")),
    ("I have a PhD.", ("Ann", "degree", "PhD")),
])
def test_profile_facts(one, text, expected):
    assert expected in one(text)


@pytest.mark.parametrize("text, expected", [
    ("i am a good cook", ("Ann", "skill", "cooking")),  # the doer's activity, as "a terrible cook" is a weakness in cooking
    ("i am awesome at cooking", ("Ann", "skill", "cooking")),
    ("i do scuba diving", ("Ann", "hobby", "scuba diving")),
    ("i spend my spare time singing", ("Ann", "hobby", "singing")),
    ("i also like to eat a lot of meat", ("Ann", "likes", "meat")),
    ("my downfall is chocolate", ("Ann", "likes", "chocolate")),
    ("love pretzels and a good book", ("Ann", "likes", "pretzels")),
    ("i live in manhattan i love to paint", ("Ann", "likes", "paint")),
    ("she says i have his blue eyes", ("Ann", "trait", "blue eyes")),
    ("i have long, blonde hair", ("Ann", "trait", "long blonde hair")),
    ("i am almost 7 feet tall", ("Ann", "trait", "7 feet tall")),
    ("i just dyed my hair pink", ("Ann", "trait", "pink hair")),
    ("i have two laptops", ("Ann", "owns", "two laptops")),
    ("i just bought some new hoop earrings", ("Ann", "owns", "hoop earrings")),
    ("the grocery store i work at is closing", ("Ann", "worksFor", "grocery store")),
    ("i am in grand rapids, michigan", ("Ann", "livesIn", "grand rapids, michigan")),
    ("we had some storms here in florida", ("Ann", "livesIn", "florida")),
    ("i call my father in china every week", ("Ann's father", "livesIn", "china")),
    ("my two dogs are probably taller than you", ("Ann", "hasPet", "Ann's dogs")),
    ("i am thinking about becoming a fashion designer", ("Ann", "goal", "become fashion designer")),
    ("pizza is my favorite food, only in new york", ("Ann", "favorite", "pizza")),
    ("i enjoy reading especially romance novels", ("Ann", "likes", "romance novels")),
    ("i like to read some crime novels", ("Ann", "likes", "read crime novels")),
    ("yes, and swimming is so relaxing", ("Ann", "likes", "swimming")),
    ("i also have iguanas", ("Ann", "hasPet", "Ann's iguanas")),
    ("ever since i chose to be vegan", ("Ann", "diet", "vegan")),
])
def test_chat_patterns(one, text, expected):
    assert expected in one(text)


@pytest.mark.parametrize("text", [
    "I am not married.",
    "Are you married?",
    "I don't have a degree.",
    "I wish I had a master's degree.",
    "If I grew up in Ohio I would know.",
    "I never studied biology.",
    "I am not from Texas.",
    "I'm not a good cook.",
    "I do not do yoga.",
    "I wish my sister lived in Texas.",
    "I would love my own dog.",
    "i wish i had a horse",
    "i am a fulltime student",
])
def test_negations_questions_and_wishes_give_no_new_facts(one, text):
    found = one(text)
    assert not {p for _, p, _ in found} & {"maritalStatus", "degree", "fieldOfStudy", "hometown", "skill",
                                           "hobby", "hasPet", "livesIn"}


def test_modal_clause_keeps_the_pet_but_not_the_wish(one):
    assert ("Ann", "hasPet", "Ann's dog") in one("my dog would love that")
    assert not one("I would love my own dog.")


def test_it_after_a_question_is_the_thing_asked_about(say, triples):
    assert ("Ann", "likes", "sushi") in triples(say("do you like sushi? i love it.", speakers=("Ann",)))
    found = triples(say("Do you like jazz?", "I hate it!"))
    assert ("Bob", "dislikes", "jazz") in found
    assert not [t for t in found if t[0] == "Ann"]  # a question states nothing about its asker


def test_from_is_a_hometown_not_a_residence(one):
    found = one("I am from California but I live in San Francisco.")
    assert ("Ann", "hometown", "California") in found
    assert ("Ann", "livesIn", "San Francisco") in found
    assert ("Ann", "livesIn", "California") not in found


def test_names_after_verbs_must_be_capitalised(one):
    assert not [t for t in one("my sweetheart and i got married in june") if t[1] == "spouse"]
    assert not [t for t in one("i know how tough that is") if t[1] == "knows"]


def test_normalize_collapses_whitespace_and_contractions():
    assert normalize("i  do n't\nlike   it , you ’re   fav") == "i do not like it, you are favorite"


@pytest.mark.parametrize("text, expected", [
    ("我来自杭州。", ("小明", "hometown", "杭州")),
    ("我老家在四川。", ("小明", "hometown", "四川")),
    ("我是在成都长大的。", ("小明", "hometown", "成都")),
    ("我来自美国。", ("小明", "nationality", "美国")),
    ("我已经结婚了。", ("小明", "maritalStatus", "married")),
    ("我离婚了。", ("小明", "maritalStatus", "divorced")),
    ("我是单身。", ("小明", "maritalStatus", "single")),
    ("我的专业是计算机。", ("小明", "fieldOfStudy", "计算机")),
    ("我学法律专业。", ("小明", "fieldOfStudy", "法律")),
    ("我有计算机硕士学位。", ("小明", "degree", "计算机硕士学位")),
    ("我拿到了博士学位。", ("小明", "degree", "博士学位")),
])
def test_chinese_profile_facts(say, triples, text, expected):
    assert expected in triples(say(text, speakers=("小明",)))


@pytest.mark.parametrize("text", ["我没有离婚。", "你是单身吗？", "如果我离婚了，我就搬家。", "我不是来自杭州。"])
def test_chinese_negations_questions_and_conditionals(say, triples, text):
    assert not {p for _, p, _ in triples(say(text, speakers=("小明",)))} & {"maritalStatus", "hometown"}


def test_a_speaker_giving_their_own_name_adds_no_fact():
    from kg_memory.extract import RuleExtractor
    from kg_memory.types import Turn

    facts = RuleExtractor().extract([Turn("c", "1", "Alice", "Hi, I'm Alice. I live in Paris.")])
    assert [f.predicate for f in facts] == ["livesIn"]
