"""A carer's call and polite question (您) after a son's "妈，……", answered by the grandmother: the name is hers."""

from tests.extract.dialogue_facts import said_names


def test_polite_question_after_a_sons_call_names_the_one_answering() -> None:
    names = said_names(
        ("Speaker 1", "妈，我给您带了点水果，还有您爱吃的桃酥。"),
        ("Speaker 2", "你又乱花钱，家里什么都有。"),
        ("Speaker 1", "妈，这不是过节嘛，您就收着吧。"),
        ("Speaker 3", "刘奶奶，您说您孙子在哪个学校念书来着？"),
        ("Speaker 2", "在南京，学计算机的，今年大三了。"),
    )
    assert ("Speaker 2", "刘奶奶") in names
    assert ("Speaker 1", "刘奶奶") not in names


def test_a_call_back_between_two_still_names_the_one_before() -> None:
    names = said_names(
        ("Speaker 1", "妈，你快点，车要开了。"),
        ("Speaker 2", "急什么，小雨，你先下楼。"),
    )
    assert ("Speaker 1", "小雨") in names
