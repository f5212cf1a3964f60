"""A name that finishes the other's unfinished sentence is said of someone, not to anyone: "It sounds like you like the
apartment more than you like..." - "Myron. Hmm, I told you he was old!" (seed 2053) gave "Myron", her fiance, to the
one who asked. "I was just thinking about..." - "Josh, stop." still calls Josh."""

from tests.extract.dialogue_facts import names


def test_a_name_finishing_the_sentence_names_nobody():
    assert names((1, "Honestly it sounds like you like the house more than you like..."),
                 (2, "Gerald. Hmm... I told you he was old!"), (1, "Oh, honey, sit down.")) == set()
    assert names((1, "So you're going to prom with..."), (2, "Tyler. Don't laugh."), (1, "I'm not laughing!")) == set()


def test_chinese_a_name_finishing_the_sentence_names_nobody():
    assert names((1, "听起来你更喜欢那套房子，而不是喜欢……"), (2, "建华。我知道，我知道。"), (1, "哎，傻丫头。")) == set()


def test_a_call_after_a_trailing_turn_still_calls():
    assert ("Speaker 1", "Josh") in names((1, "I was just thinking about..."), (2, "Josh, stop."), (1, "Okay."))
