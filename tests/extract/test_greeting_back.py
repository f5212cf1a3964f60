"""A greeting given back by name greets the one who greeted: "Hi, Yolanda." - "Hi, Lyle." names the one who said hi
first Lyle (the next speaker got most of it: a name alone after "Hi," was read as an answer to a question), as "Hey,
Frankie!" - "Hey, Mo! You made it." did; "你好，丽莎。" the same."""

from tests.extract.dialogue_facts import names


def test_a_greeting_given_back_names_the_one_who_greeted():
    said = names((1, "Next up, the birthday girl!"), (2, "Hi, Yolanda."), (1, "Hi, Lyle."), (3, "This will be a disaster."))
    assert ("Speaker 2", "Lyle") in said and ("Speaker 1", "Yolanda") in said
    said = names((1, "生日快乐！"), (2, "你好，丽莎。"), (1, "你好，马克。"), (3, "开始吧。"))
    assert ("Speaker 2", "马克") in said


def test_a_name_alone_answering_a_question_is_no_greeting():
    said = names((1, "Where are you flying tomorrow?"), (2, "Rome."), (3, "Lucky you."))
    assert not {s for s, n in said if n == "Rome"}
