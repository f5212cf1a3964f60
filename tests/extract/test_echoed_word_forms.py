"""An answer taking up another form of the words before answers their speaker: "It didn't break, it sprang a leak." -
"That's what breaking is, Rosie!" calls the one before Rosie, as "Jelly is a state of mind, Brianna." does; and so does
a name set in the middle of such an answer's first sentence ("Pivot! I said pivot!" - "I am pivoting, Gabe, the couch
is not!")."""

from tests.extract.dialogue_facts import names


def test_another_form_of_the_words_before_is_taken_up():
    said = names((1, "Step on it, my sister's water just broke."), (2, "It didn't break, it sprang a leak."),
                 (1, "That's what breaking is, Rosie!"), (3, "Hold on, folks."))
    assert ("Speaker 2", "Rosie") in said


def test_a_name_inside_the_first_sentence_of_such_an_answer():
    said = names((1, "Pivot! Pivot! I said pivot!"), (2, "I am pivoting, Gabe, the couch is not pivoting!"),
                 (3, "Guys, the wall."))
    assert ("Speaker 1", "Gabe") in said


def test_a_name_in_a_later_sentence_is_not_read_so():
    said = names((1, "Hey Joey, I want to talk to you."), (2, "Well, I don't want to talk to you! Oh, Chandler, Wayne."),
                 (3, "Hi, how are ya?"))
    assert ("Speaker 1", "Chandler") not in said
