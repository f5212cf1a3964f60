"""A pet or a thing of one's own that the next speaker says they do not have is no fact: "Keep it down, my cat is
sleeping." - "You don't even have a cat." (the grumpy neighbour of seed 2053), 小声点，我的狗在睡觉。 - 你根本没养狗。
Another thing denied keeps the first ("You don't have a dog though."), and "You don't have a Tesla, you have a Prius."
keeps the Prius."""

from tests.extract.dialogue_facts import facts


def test_a_pet_denied_at_once_is_no_pet():
    got = facts((1, "Keep it down. My cats can't sleep."), (2, "You don't even have cats."), (1, "I could have cats."))
    assert not any(p == "hasPet" for _, p, _ in got)
    got = facts((1, "Quiet, my parrot is napping."), (3, "You don't have a parrot."), (1, "Fine."))
    assert not any(p == "hasPet" for _, p, _ in got)


def test_chinese_a_pet_denied_at_once_is_no_pet():
    got = facts((1, "小声点，我的狗在睡觉。"), (2, "你根本没养狗。"), (1, "我本来可以养的。"))
    assert not any(p == "hasPet" for _, p, _ in got)


def test_another_thing_denied_keeps_the_pet():
    got = facts((1, "Keep it down, my cat is sleeping."), (2, "You don't have a dog though."), (1, "Fine."))
    assert ("Speaker 1", "hasPet", "Speaker 1's cat") in got


def test_a_thing_put_right_keeps_the_right_one():
    got = facts((1, "I have a Tesla now."), (2, "You don't have a Tesla, you have a Prius."), (1, "Fine."))
    assert ("Speaker 1", "owns", "Prius") in got and ("Speaker 1", "owns", "Tesla") not in got
