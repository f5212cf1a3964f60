"""A call answered by someone who says the one called is away names nobody: "Tony Russo, are you home yet?!" - "Umm, I
think he's still out." (a roommate answers), 小军，你在家吗？ - 我想他还没回来。 A reply "Yeah, in the kitchen." is still
the one called, and "Marco, where's Tony?" - "He's not here." speaks of Tony, not of the one called."""

from tests.extract.dialogue_facts import names


def test_one_who_says_the_called_is_out_is_not_the_one_called():
    assert names((1, "Tony Russo, are you home yet?!"), (2, "Umm, I think he's still out. What's wrong?"),
                 (1, "He ate my leftovers again.")) == set()
    assert names((1, "Dana, you there?"), (2, "Sorry, she's not home yet."), (1, "Tell her I called.")) == set()
    assert names((1, "Marco, are you home?"), (2, "I think he went to the gym."), (1, "Ugh, fine.")) == set()


def test_chinese_one_who_says_the_called_is_out_is_not_the_one_called():
    assert names((1, "小军，你在家吗？"), (2, "我想他还没回来。"), (1, "好吧，那我晚点再来。")) == set()


def test_the_one_called_who_answers_is_still_named():
    assert ("Speaker 2", "Marco") in names((1, "Marco, are you home?"), (2, "Yeah, in the kitchen."), (1, "Great, come help."))


def test_he_of_someone_else_asked_for_keeps_the_call():
    assert ("Speaker 2", "Marco") in names((1, "Marco, where's Tony?"), (2, "He's not here."), (1, "Ugh, fine."))
