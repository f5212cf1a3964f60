"""A name closing "She's my wife, Gareth." calls the one spoken to: the wife is "she", not Gareth; "This is my wife,
Ffion." still names the wife."""

from tests.extract.dialogue_facts import facts


def test_a_name_after_she_is_my_wife_is_called():
    got = facts((1, "Do you still see Ffion?"), (2, "Every day. She's my wife, Gareth."), (1, "You married Ffion?"))
    assert ("Speaker 2", "spouse", "Gareth") not in got


def test_this_is_my_wife_names_her():
    got = facts((1, "Hello there."), (2, "Hi. This is my wife, Ffion."), (3, "Nice to meet you."))
    assert {f for f in got if f[1] == "spouse" and "Ffion" in (f[0], f[2]) or f == ("Speaker 2", "spouse", "Speaker 3")}
