"""A name asked at a desk as "Name, please." or "Name and date of birth?" is the answerer's: "Name, please." -
"Tobias Grant." names the one answering, not the clerk, and nobody is called "Name"; "Name and date of birth?" - "Hilda
Moss, fourth of May." too."""

from tests.extract.dialogue_facts import names


def test_name_please_is_asked_of_the_one_answering():
    said = names((1, "Next. Name, please."), (2, "Tobias Grant."), (1, "Thank you, take a seat."))
    assert ("Speaker 2", "Tobias Grant") in said
    assert not {n for s, n in said if n == "Name"}


def test_name_and_more_asked_names_the_one_answering():
    said = names((1, "Name and date of birth?"), (2, "Hilda Moss, fourth of May."), (1, "Thank you."))
    assert ("Speaker 2", "Hilda Moss") in said
    assert ("Speaker 1", "Hilda Moss") not in said


def test_name_and_what_one_brings():
    said = names((1, "Next! Name and what you're singing."), (2, "Hi! Colin Baptiste. I'm singing Danny Boy."), (1, "Lovely."))
    assert ("Speaker 2", "Colin Baptiste") in said
