"""做饭这事儿还得靠我。 - 妈，您这话我爱听。 - 你就知道吃。: a relative called in a turn that takes up the words just heard
(您这话, 你说得对) is the one who said them, not the one who speaks next."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_mother_is_the_one_whose_words_are_taken_up() -> None:
    got = facts((1, "妈，鱼我收拾好了。"), (2, "嗯，干净。这事儿还得靠你。"), (3, "妈，您这话我爱听。我老婆哪儿都好，就是管我太严。"),
                (1, "周伟你还好意思说，昨晚喝到几点？"))
    assert ("Speaker 3", "parent", "Speaker 1") not in got, got
    assert ("Speaker 3", "parent", "Speaker 2") in got, got


def test_a_call_taking_up_nothing_is_read_as_before() -> None:
    got = facts((1, "爸，您尝尝这个汤。"), (2, "嗯，不错。"))
    assert ("Speaker 1", "parent", "Speaker 2") in got, got
