"""A name asked for among those present ("Which one of you is Clodagh?", "Which of you is Mr. Pell?") is the name of
the one who owns up to it in the next turn ("That's me.", "Me!"); an answer that owns up to nothing names no one."""

from tests.extract.dialogue_facts import facts


def test_thats_me_takes_the_name_asked_for():
    got = facts((1, "Hi, I'm Odhran, the sub. Which one of you is Clodagh?"), (2, "That's me. Thanks for coming."),
                (1, "No problem."))
    assert ("Speaker 2", "alternateName", "Clodagh") in got


def test_me_takes_a_titled_name():
    got = facts((1, "Which of you is Mr. Pell?"), (2, "Me! Is it about the car?"), (1, "It is."))
    assert {f for f in got if f[0] == "Speaker 2" and f[2] in ("Mr Pell", "Mr. Pell")}


def test_no_owning_up_names_no_one():
    got = facts((1, "Which one of you is Clodagh?"), (2, "No idea, sorry."), (3, "She left."))
    assert not {f for f in got if f[2] == "Clodagh" and f[1] in ("name", "alternateName")}
