"""A syllable said twice may be a nickname ("Jojo", "Lulu", "Kiki"), while a sound said twice is none ("Haha", "Mama")."""

from tests.extract.dialogue_facts import names


def test_a_doubled_nickname_called_names_the_one_who_answers():
    said = names((1, "Lulu, grab the other end of the couch."), (2, "I've got the lamp in my other hand!"),
                 (1, "Lulu, come on, it's slipping!"), (2, "Fine, fine."))
    assert ("Speaker 2", "Lulu") in said
    said = names((1, "Kiki, are you coming to the show?"), (2, "Only if you drive."), (1, "Deal, Kiki."), (2, "Great."))
    assert ("Speaker 2", "Kiki") in said


def test_a_sound_said_twice_is_no_name():
    said = names((1, "Haha, good one. Seriously, haha."), (2, "Thanks."), (1, "Haha!"), (2, "Okay."))
    assert not any(name == "Haha" for _, name in said)
    said = names((1, "Mama, can I have a peach?"), (2, "Ask first."), (1, "Mama, please?"), (2, "Fine."))
    assert not any(name == "Mama" for _, name in said)
