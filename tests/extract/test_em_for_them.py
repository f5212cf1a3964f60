"""Chat's "em" for "them" after a liking verb: "do you like radishes? i love em" likes radishes (not a thing called
"em"), and "i hate 'em" after "do you like clowns?" dislikes clowns. Look-alikes: a capitalised Em is a name
("i love Em" likes Em), and "em" alone says nothing ("i love em" with nothing before it names no thing)."""

from tests.extract.dialogue_facts import facts, kept


def test_em_after_a_question_is_the_thing_asked_about():
    said = facts((1, "do you like radishes?"), (2, "i love em"))
    assert ("Speaker 2", "likes", "radishes") in said
    assert not any(o == "em" for _, _, o in said)
    said = facts((1, "do you like clowns?"), (2, "nope , i hate 'em"))
    assert ("Speaker 2", "dislikes", "clowns") in said


def test_em_after_a_thing_just_named():
    assert ("Ann", "likes", "shins") in kept("i just listened to the shins , i love em")


def test_look_alikes():
    assert ("Ann", "likes", "Em") in kept("i love Em")
    assert not any(o == "em" for _, _, o in kept("i love em"))
