"""Who bears a name called in a scene of three people or more (kg_memory/extract/speakers.py, call_replies.py, names.py).

Invented everyday talk where the name must go to nobody, or only to the one the talk shows: a greeting said by two or
three people to someone coming in ("Hi Samantha!" - "Hey Sam!" - "Hey Sam!"), the speaker naming herself ("Me, Lucy."),
a name repeated as a question ("How about Julia?" - "Julia?"), a drink given as the answer to "What would you like?"
("伏特加。"), two people introduced to each other ("Kristin, this is Carol. Carol, this is Kristin."), a reply that
introduces its speaker by another name ("Rachel? I'm Dr. Mitchell." - "I'm Dr. Rosen."), things in a list (连衣裙 "dress", 胡椒瓶
"pepper shaker") and an interjection ("Woah, uh!"); one acting out a friend's introduction ("Rach, ..." ... "Hi! I'm
Rachel Green.") is given no name; beside look-alikes that still name the one called or introduced.
"""

from __future__ import annotations

import pytest

from kg_memory.extract.names import plausible_name
from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Fact, Turn


def _said(*lines: tuple[int, str]) -> list[Turn]:
    return [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]


def _names(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    facts: list[Fact] = speaker_names(_said(*lines))
    return {(f.subject.label, str(f.object)) for f in facts if f.predicate == "alternateName"}


def test_a_greeting_said_by_several_people_names_none_of_them() -> None:
    names = _names((1, "Hi Samantha!"), (2, "Hey Sam!"), (3, "Hey Sam!"), (1, "Did the baby sleep at all?"),
                   (2, "Nope."), (3, "Not really, she cried all night."))
    assert names == set()


def test_a_greeting_answered_by_the_one_greeted_still_names_her() -> None:
    names = _names((1, "Hi Samantha!"), (2, "Hey! What's up?"), (1, "Sam, you look great."), (2, "Thanks."),
                   (3, "She does."))
    assert ("Speaker 2", "Samantha") in names


def test_the_speaker_naming_herself_beside_me_names_nobody_else() -> None:
    names = _names((1, "What's wrong, sweetie?"), (2, "Nothing. My friends don't like you much."), (1, "Oh."),
                   (2, "But I do. Me, Lucy."), (1, "Well, I'm not surprised they feel that way."))
    assert ("Speaker 1", "Lucy") not in names


def test_a_name_said_to_the_one_before_still_names_him() -> None:
    names = _names((1, "What's wrong, sweetie?"), (2, "Nothing. My friends don't like you much."),
                   (1, "I don't care, Lucy. I like you."), (2, "Aw."))
    assert ("Speaker 2", "Lucy") in names


def test_a_name_repeated_as_a_question_is_no_call() -> None:
    names = _names((1, "We still need a name for the baby. How about Julia?"), (2, "Julia?"),
                   (3, "We already picked Minnie."))
    assert names == set()


def test_a_name_called_as_a_question_and_answered_names_the_one_answering() -> None:
    names = _names((1, "I brought the chairs."), (2, "Hey, Julia?"), (3, "Yeah?"), (2, "Can you help me with these?"))
    assert names == {("Speaker 3", "Julia")}


def test_a_drink_given_as_the_answer_to_what_one_would_like_is_no_name() -> None:
    names = _names((2, "你好。"), (1, "你好，我可以进来吗？"), (2, "进来吧。你想喝点什么？"), (1, "是啊，伏特加……"),
                   (2, "加冰块？"), (3, "我也要一杯。"))
    assert not any(name == "伏特加" for _, name in names)


def test_a_name_given_as_the_answer_to_who_is_coming_is_still_read_as_before() -> None:
    names = _names((2, "你想喝点什么？"), (1, "一杯水。"), (3, "莫妮卡，你也要吗？"), (1, "不用了。"))
    assert ("Speaker 1", "莫妮卡") in names


@pytest.mark.parametrize("intro", [
    "Kristin, this is Carol. Carol, this is Kristin. Carol teaches sixth grade.",
    "克莉丝汀，这位是卡萝，卡萝，这位是克莉丝汀。卡萝教六年级。",
])
def test_two_people_introduced_to_each_other_are_not_told_apart(intro: str) -> None:
    names = _names((1, "Come sit with us."), (3, "No, I'm fine."), (1, intro), (3, "Nice to meet you."),
                   (2, "Nice to meet you too."))
    assert names == set()


def test_a_reply_introducing_its_speaker_by_another_name_is_not_the_one_called() -> None:
    names = _names((1, "Okay, Monica?"), (2, "Yes, that's me."), (3, "And this is my friend Rachel."), (4, "Hi."),
                   (1, "Rachel? I'm Dr. Mitchell."), (5, "I'm Dr. Rosen."), (3, "Aren't you two a bit young to be doctors?"))
    assert ("Speaker 5", "Rachel") not in names
    assert {("Speaker 1", "Dr Mitchell"), ("Speaker 5", "Dr Rosen"), ("Speaker 2", "Monica")} <= names


def test_a_reply_giving_a_short_form_of_the_name_called_is_the_one_called() -> None:
    names = _names((1, "Hey Bobby."), (2, "It's Bob, actually. Can you tell me where the office is?"),
                   (1, "Right down there, Bob."), (2, "Thanks."))
    assert ("Speaker 2", "Bobby") in names


def test_things_in_a_list_are_no_names() -> None:
    names = _names((1, "我不想穿靴子。"), (2, "你说过，这靴子和裙子，连衣裙，裤子都能搭配！"), (1, "好吧。"),
                   (3, "我还从餐厅里拿了盐，胡椒瓶。"), (1, "这可不好。"))
    assert names == set()
    assert not plausible_name("连衣裙", frozenset()) and not plausible_name("胡椒瓶", frozenset())
    assert plausible_name("莫妮卡", frozenset()) and plausible_name("玛丽", frozenset())


def test_an_interjection_opening_a_turn_is_no_name() -> None:
    names = _names((1, "You come with me and tell them the house is haunted!"), (3, "What are you? Eight?"),
                   (1, "Woah, uh! Okay, let's hear your great idea."), (3, "I don't have any."))
    assert names == set()
    assert not plausible_name("Woah", frozenset()) and not plausible_name("Sweety", frozenset())


def _rule_names(*lines: tuple[int, str]) -> set[tuple[str, str, str]]:
    from kg_memory.extract import RuleExtractor

    return {(f.subject.label, f.predicate, str(f.object)) for f in RuleExtractor().extract(_said(*lines))
            if f.predicate in ("name", "alternateName")}


def test_one_acting_out_a_friends_introduction_is_not_given_her_name() -> None:
    names = _rule_names((1, "I have to go to a dinner at my boss's house tonight."), (2, "Rach, you have a broken rib!"),
                        (1, "I'm fine. There are a lot of people I have to meet."),
                        (2, "Oh, you'll make a big impression. Hi! I'm Rachel Green. So nice to meet you."),
                        (1, "I'll go to the hospital tomorrow."), (2, "Rachel..."), (1, "Either help me or go."))
    assert ("Speaker 2", "name", "Rachel Green") not in names
    assert ("Speaker 1", "alternateName", "Rach") in names


def test_one_introducing_herself_keeps_her_name() -> None:
    names = _rule_names((1, "Hi! I'm Rachel Green. So nice to meet you."), (2, "Nice to meet you, Rachel."),
                        (1, "Thanks."))
    assert ("Speaker 1", "name", "Rachel Green") in names

