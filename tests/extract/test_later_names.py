"""Issue 13: a relative or pet spoken of in one turn ("my son") and named in a later one becomes the named person:
"His name is Leo." in the owner's next turn, a name asked for and given ("What's her name?" - "Ursula.", "Which
one?" - "Mary.", "它叫什么名字？" - "咪咪。", "omg name?" - "Waffles :)", 叫啥？ - 叫汤圆: a pet may be named with any word). Look-alikes keep the placeholder: someone else named or spoken of
nearby, two relatives the name may be of, a name of another gender, one said by someone else, a refusal, a question.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import placeholders, said_by

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


@pytest.mark.parametrize(("lines", "fact"), [
    # "his/her name is" in the owner's next turn
    (((A, "My son started kindergarten this week."), (B, "Aw, that's a big step!"), (A, "His name is Leo, by the way.")),
     (A, "child", "Leo")),
    (((A, "My son started kindergarten this week."), (B, "Aw, that's a big step!"), (A, "Thanks! His name is Leo.")),
     (A, "child", "Leo")),
    (((A, "I finally adopted a cat."), (B, "Congrats!"), (A, "She's called Pumpkin.")), (A, "hasPet", "Pumpkin")),
    # a name asked for and given
    (((A, "My sister is coming over tonight."), (B, "Cool, what's her name?"), (A, "Ursula.")), (A, "sibling", "Ursula")),
    (((A, "I just got off the phone with my sister."), (B, "Which one?"), (A, "Mary-Ann.")), (A, "sibling", "Mary-Ann")),
    (((A, "We just got a puppy!"), (B, "What did you name him?"), (A, "We named him Max.")), (A, "hasPet", "Max")),
    (((A, "We just got a puppy!"), (B, "Does he have a name yet?"), (A, "Max!")), (A, "hasPet", "Max")),
    (((A, "We just got a puppy!"), (B, "What did you name the puppy?"), (A, "It's Max.")), (A, "hasPet", "Max")),
    (((A, "My son loves dinosaurs."), (B, "What's your son's name?"), (A, "Leo. He's five.")), (A, "child", "Leo")),
    (((A, "My wife would’ve killed me."), (B, "Ha! What-what is your wife’s name?"), (A, "It’s Pam.")), (A, "spouse", "Pam")),
    # Chinese
    (((A, "我妹妹明天来。"), (B, "她叫什么名字？"), (A, "小红。")), (A, "sibling", "小红")),
    (((A, "我们家养了一只猫。"), (B, "它叫什么名字？"), (A, "咪咪。")), (A, "hasPet", "咪咪")),
    (((A, "我妹妹下个月结婚。"), (B, "哪个妹妹？"), (A, "小红。")), (A, "sibling", "小红")),
    # a name asked for with nothing else ("name?", 叫啥？), and a pet's name that is a word (年糕, Pepper)
    (((A, "we finally adopted a dog!! a rescue mutt"), (B, "omg name?"), (A, "Waffles :)")), (A, "hasPet", "Waffles")),
    (((A, "我们家新养了一只狗"), (B, "哇，叫啥？"), (A, "叫汤圆")), (A, "hasPet", "汤圆")),
    # after any interjection ("ahh", "eee", "yayyy")
    (((A, "we just adopted a kitten!!"), (B, "ahh name??"), (A, "Pickle!")), (A, "hasPet", "Pickle")),
    (((A, "We had a baby girl last night!"), (B, "eee name?!?"), (A, "Juniper")), (A, "child", "Juniper")),
    (((A, "我们家养了一只猫。"), (B, "名字呢？"), (A, "豆包。")), (A, "hasPet", "豆包")),
    # the question typed without its mark, 取名了吗？
    (((A, "We got a puppy last week!"), (B, "aww what did you name him"), (A, "Nacho")), (A, "hasPet", "Nacho")),
    (((A, "We adopted a kitten on Sunday"), (B, "omg what's her name"), (A, "Hazel!")), (A, "hasPet", "Hazel")),
    (((A, "我们上周领养了一只小狗！"), (B, "好可爱！取名字了吗？"), (A, "叫可乐")), (A, "hasPet", "可乐")),
    (((A, "我家新养了一只猫"), (B, "起名了没？"), (A, "叫花卷。")), (A, "hasPet", "花卷")),
])
def test_a_relative_named_in_a_later_turn_is_the_named_one(lines, fact):
    facts = said_by(*lines)
    assert fact in facts
    assert not placeholders(facts, A, B, C), facts


@pytest.mark.parametrize(("lines", "name"), [
    # someone else named or spoken of nearby: the name may be theirs
    (((A, "My sister came with her friend Ann."), (B, "What's her name?"), (A, "Kate.")), "Kate"),
    (((A, "My sister's friend is staying with us."), (B, "What's her name?"), (A, "Jenny.")), "Jenny"),
    (((A, "My sister is seeing someone new."), (B, "What's his name?"), (A, "Tom.")), "Tom"),
    (((A, "My sister is seeing someone new."), (B, "What's her name?"), (A, "Tom.")), "Tom"),
    # two the name may be of
    (((A, "My brother and my cousin came over."), (B, "Nice!"), (A, "His name is Leo.")), "Leo"),
    (((A, "I got a puppy for my son."), (B, "What's his name?"), (A, "Rex.")), "Rex"),
    # another gender, another speaker, another question, no name
    (((A, "My son started kindergarten."), (B, "Nice!"), (A, "Her name is Mia.")), "Mia"),
    (((A, "My sister is coming over."), (B, "What's her name?"), (C, "Kate.")), "Kate"),
    (((A, "My sister is coming over."), (B, "If you had a brother, what would his name be?"), (A, "Tom.")), "Tom"),
    (((A, "My sister is coming over."), (B, "What's her name?"), (A, "Ursula? No idea why you ask.")), "Ursula"),
    (((A, "My sister is coming over."), (B, "What's her name?"), (A, "Kate, can you pass the salt?")), "Kate"),
    (((A, "My son started kindergarten."), (B, "Nice!"), (A, "His name isn't Leo, it's complicated.")), "Leo"),
    (((A, "My son started kindergarten."), (B, "Nice!"), (C, "Great."), (B, "Cool."), (A, "His name is Leo.")), "Leo"),
    (((A, "我女儿和她同学一起玩。"), (B, "她叫什么？"), (A, "小红。")), "小红"),
    (((A, "我女儿上小学了。"), (B, "她叫什么？"), (A, "不告诉你。")), "不告诉你"),
    (((A, "我妹妹明天来。"), (B, "叫啥？"), (A, "叫年糕。")), "年糕"),                      # a word, of a person
    (((A, "I got a puppy and my son loves it."), (B, "name?"), (A, "Rex.")), "Rex"),        # two it may be of
])
def test_look_alikes_name_nobody(lines, name):
    facts = said_by(*lines)
    assert not any(o == name for _, p, o in facts if p != "name"), facts


def test_what_is_said_of_the_relative_before_goes_to_the_name():
    facts = said_by((A, "My daughter is a nurse."), (B, "Wow, what's her name?"), (A, "Emma."))
    assert {(A, "child", "Emma"), ("Emma", "jobTitle", "nurse")} <= facts
    assert not placeholders(facts, A, B, C) and not any(p == "name" for _, p, _ in facts)
