""""i am tall and can swim", "i am a teacher and can speak french": after "and" the subject before goes on with "can"
(was nothing: "can swim" stayed in the clause of "tall"). Look-alikes: "we moved here and can not afford a house" and
"my mom is a nurse and can cook" give the speaker no skill."""

from tests.extract.dialogue_facts import kept


def test_the_subject_goes_on_after_and():
    facts = kept("i am tall and can swim.")
    assert ("Ann", "trait", "tall") in facts and ("Ann", "skill", "swim") in facts
    assert ("Ann", "speaks", "French") in kept("i am a teacher and can speak french")


def test_look_alikes():
    assert not {f for f in kept("we moved here and can not afford a house") if f[1] == "skill"}
    assert ("Ann", "skill", "cook") not in kept("my mom is a nurse and can cook anything.")
