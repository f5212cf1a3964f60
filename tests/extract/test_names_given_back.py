"""A name given back for one just given ("I'm Carmen." - "Felix. Mine's the goalie.") is the answerer's own, not a call."""

from tests.extract.dialogue_facts import names


def test_a_name_given_back_after_a_self_introduction_is_the_answerers():
    said = names((1, "What time does the bakery open?"), (2, "Hi there, I'm Gretchen."),
                 (3, "Oliver. I run the flower shop next door."), (1, "Welcome, both of you!"))
    assert ("Speaker 3", "Oliver") in said and ("Speaker 2", "Oliver") not in said
    said = names((1, "Number eight is mine. I'm Dana."), (2, "Marcus. My daughter is the goalie."), (1, "Nice."))
    assert ("Speaker 2", "Marcus") in said and ("Speaker 1", "Marcus") not in said


def test_a_name_taken_up_or_an_answer_to_a_question_is_no_name_given_back():
    said = names((1, "I'm Max, your host! First question: who painted the ceiling?"), (2, "Leonardo."), (1, "Correct!"))
    assert ("Speaker 2", "Leonardo") not in said
    said = names((1, "Hello, I'm Gretchen."), (2, "Gretchen. Such a pretty name."), (3, "It is."))
    assert ("Speaker 2", "Gretchen") not in said
    said = names((1, "I'm Gretchen. Tell me about your childhood."), (2, "Boring."), (1, "Oh."))
    assert not any(name == "Boring" for _, name in said)


def test_a_name_given_back_after_a_yes_is_the_answerers():
    said = names((1, "You must be the new tenant in 4A? I'm Walt, from across the hall."),
                 (2, "Yes! Priya. And these two are my brothers."), (3, "Hey."), (1, "Priya, welcome to the building."))
    assert ("Speaker 2", "Priya") in said and ("Speaker 1", "Priya") not in said
    said = names((1, "I'm Marguerite, I run the front desk."), (2, "Oh. Tobias. I'm here for the interview."),
                 (1, "Tobias, take a seat."))
    assert ("Speaker 2", "Tobias") in said


def test_a_name_no_list_knows_given_back_with_where_one_is_from():
    found = names((1, "Hi! You must be the new tenant. I'm Solveig. From Bergen."), (2, "Hey. Oyelaran. From Ibadan."),
                  (1, "Welcome!"))
    assert ("Speaker 2", "Oyelaran") in found


def test_a_word_given_back_without_where_one_is_from_is_no_name():
    found = names((1, "Hi! I'm Solveig. How was the drive?"), (2, "Brutal. Six hours."), (1, "Oh no."))
    assert not any(name == "Brutal" for _, name in found)
