"""A name given as a guess after "guess who ..." is someone guessed at, not the one spoken to: "Guess who we saw
today." - "Um, Liam Neeson." - "Nope." names nobody (it gave "Liam Neeson" to the one who asked). "Guess what, Tony!"
still calls Tony."""

from tests.extract.dialogue_facts import names


def test_a_guess_names_nobody():
    assert names((1, "Hey!"), (2, "Hey Marta, guess who we saw today."), (3, "Ooh, fun! Okay... um, Hugh Jackman."),
                 (2, "Nope."), (3, "Oprah?")) == set()
    assert names((1, "Guess who called me last night!"), (2, "Um... Kevin Bacon."), (1, "No! Nobody famous.")) == set()


def test_guess_what_still_calls():
    assert ("Speaker 2", "Tony") in names((1, "Guess what, Tony!"), (2, "What?"), (1, "I got the job."))
