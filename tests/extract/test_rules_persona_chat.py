"""More of what people say of themselves in chat (issue 13): "a huge dog lover", "a love for singing", "just
got back from deer hunting", "fishing is my main hobby", "i would love to be a chef", "hi , i am joanna",
"i am good , playing video games", "a factory worker", time phrases cut from a pastime. Each beside the negated, asked or
hypothetical form that must give nothing of the kind."""

from __future__ import annotations

import pytest


@pytest.fixture
def one(say, triples):
    return lambda text: triples(say(text, speakers=("Ann",)))


@pytest.mark.parametrize("text, expected", [
    # "a <thing> person / lover": what the speaker likes
    ("i like dogs , but i am really more of a cat person .", ("Ann", "likes", "cat")),
    ("i am a huge dog lover ! yes i have one", ("Ann", "likes", "dog")),
    ("so do i . however , i am also a model building enthusiast .", ("Ann", "likes", "model building")),
    # "a love for", "a soft spot for"
    ("i love pizza . i also have a love for singing lol", ("Ann", "likes", "singing")),
    ("i have a soft spot for pugs", ("Ann", "likes", "pugs")),
    # a pastime done, said after the fact (with or without the "i")
    ("i just got back from deer hunting .", ("Ann", "hobby", "deer hunting")),
    ("just got done working out , my sister is driving me crazy .", ("Ann", "hobby", "working out")),
    ("i am back from fishing", ("Ann", "hobby", "fishing")),
    # "X is my hobby", "X is my specialty"
    ("fishing is my main hobby , but love pool as well .", ("Ann", "hobby", "fishing")),
    ("cooking is my specialty", ("Ann", "skill", "cooking")),
    # a wish stated with "would like to", a dream
    ("i would love to be a chef . i am thinking about going to culinary school", ("Ann", "goal", "become chef")),
    ("that is cool . i would like to be a physical therapist , not a cashier .", ("Ann", "goal", "become physical therapist")),
    ("my dream job is fashion designer", ("Ann", "goal", "become fashion designer")),
    ("hello , i love fashion and hope to be a doctor one day . you ?", ("Ann", "goal", "become doctor")),
    # names given in an introduction
    ("hi , i am joanna and i like horror movies", ("Ann", "name", "joanna")),
    ("i am omar , its super awesome to meet you !", ("Ann", "name", "omar")),
    ("frank is my name by the way . do you like to cycle ?", ("Ann", "name", "frank")),
    ("by i go by the name arnold .", ("Ann", "name", "arnold")),
    # what the speaker is doing, after "i am good"
    ("i am good , playing video games as always .", ("Ann", "habit", "video games")),
    ("hi i am doing good , just enjoying a cup of tea", ("Ann", "likes", "cup of tea")),
    ("i am watching football .", ("Ann", "likes", "football")),
    # a pastime without the time it is done at; "go" before it
    ("i love to hike in the summer and ski in the winter", ("Ann", "likes", "ski")),
    ("i enjoy going running in the morning times .", ("Ann", "likes", "running")),
    # a statement before a question of its own, an exception set off by a comma
    ("i have 2 cats and 3 dogs , what kind of pets does your family have ?", ("Ann", "hasPet", "Ann's 3 dogs")),
    ("i like everything , except for chicken .", ("Ann", "dislikes", "chicken")),
    # where one works: a job title that names the kind of place, work one comes back from, a career somewhere
    ("i am a factory worker , and you ?", ("Ann", "workLocation", "factory")),
    ("hello . i am well . just came back from working at the factory .", ("Ann", "worksFor", "factory")),
    ("i have a career at a bank", ("Ann", "worksFor", "bank")),
    ("we live out in the country so we have lots of birds .", ("Ann", "livesIn", "country")),
    # an adverb after "am", marrying someone, a diet started, something bought after "and"
    ("that is understandable , i am actually married with two lovely children", ("Ann", "maritalStatus", "married")),
    ("cute . i married my last boyfriend my high school sweetheart", ("Ann", "maritalStatus", "married")),
    ("cool ! i just started a keto diet .", ("Ann", "diet", "keto")),
    ("i maxed out my credit cards and bought a sports car .", ("Ann", "owns", "sports car")),
    ("i am currently going back to school to become a casino manager .", ("Ann", "studiesAt", "school")),
    ("i am more into simple jokes", ("Ann", "likes", "simple jokes")),
])
def test_chat_statement(one, text, expected):
    assert expected in one(text)


@pytest.mark.parametrize("text, predicate", [
    ("i am not a people person", "likes"),
    ("are you a dog lover ?", "likes"),
    ("if i were a cat person i would have a cat", "likes"),
    ("i am a nice person", "likes"),
    ("i do not have a love for singing", "likes"),
    ("do you have a soft spot for pugs ?", "likes"),
    ("i have not got back from fishing yet", "hobby"),
    ("did you just get back from hunting ?", "hobby"),
    ("if i got back from fishing early i would cook", "hobby"),
    ("great just got back from walking my three dogs", "hobby"),
    ("fishing is not my hobby", "hobby"),
    ("is fishing your hobby ?", "hobby"),
    ("fishing is boring", "hobby"),
    ("if fishing was my hobby i would be happy", "hobby"),
    ("i would not like to be a nurse", "goal"),
    ("would you like to be a doctor ?", "goal"),
    ("if i won the lottery , i would love to travel", "goal"),
    ("i would love to meet you", "goal"),
    ("my dream is not to be a nurse", "goal"),
    ("hi , i am bored", "name"),
    ("i am lucky", "name"),  # no introduction: "i am <word>" is mostly how one feels ("i am lucy": test_named_in_passing)
    ("hi , i am exhausted .", "name"),
    ("i am not watching football", "likes"),
    ("am i watching football ?", "likes"),
    ("i am eating dinner", "likes"),
    ("i love all animals , but dogs are my favorite .", "dislikes"),
    ("i would like to be a dog or a bear .", "goal"),  # no career wished for
    ("i am not a factory worker", "workLocation"),
    ("are you a factory worker ?", "workLocation"),
    ("i want to be a bank teller", "workLocation"),
    ("i did not come back from working at the factory", "worksFor"),
    ("i do not live out in the country", "livesIn"),
    ("i am just not into cats", "likes"),  # the adverb goes, the "not" stays
    ("i never married", "maritalStatus"),
    ("i would have married her", "maritalStatus"),
    ("i did not start a keto diet", "diet"),
    ("did you start a keto diet ?", "diet"),
    ("i am basically married to my job", "maritalStatus"),
    ("my children are still in kindergarten", "livesIn"),
    ("at least he died doing what he loved ... watching blimps .", "likes"),  # a gerund alone has no subject
    ("hi . i am uh , i am not sure .", "name"),
    ("are you more into cats ?", "likes"),
])
def test_chat_guard(one, text, predicate):
    """Negated, asked and hypothetical forms state nothing of the kind."""
    assert not {t for t in one(text) if t[1] == predicate}


def test_a_lover_of_something_likes_it_not_the_adjective(one):
    facts = one("i am a huge lover of meatloaf")
    assert ("Ann", "likes", "meatloaf") in facts
    assert ("Ann", "likes", "huge") not in facts


def test_a_hesitation_is_no_name(one):
    """"Hi. I'm uh, I'm Ross": the name is the one after the hesitation."""
    names = {t[2] for t in one("Hi. I'm uh, I'm Ross. I don't believe we've met.") if t[1] == "name"}
    assert "uh" not in names and names <= {"Ross"}


def test_someone_elses_meal_is_no_like(one):
    """"my dog is eating my shoes": the progressive is read as a pastime of the speaker only."""
    assert not {t for t in one("my dog is eating my shoes") if t[1] == "likes"}
