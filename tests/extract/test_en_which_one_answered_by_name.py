"""A name said alone in the answer to "which one?" or "whose?" is the one asked about, said of someone, not a call of
the one who asked: "Which grandpa?" - "Ansel. The one with the sailboat." gives the asker no vote for Ansel, so the
grandpa who comes in later and is greeted "Hi, Ansel!" is named."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names as _names


def test_a_name_answering_which_one_calls_nobody() -> None:
    names = _names(("Speaker 1", "Grandpa's coming for lunch today."),
                   ("Speaker 2", "Which grandpa?"),
                   ("Speaker 1", "Ansel. The one with the sailboat."),
                   ("Speaker 3", "Oh good, I'll make the fish pie."),
                   ("Speaker 4", "Hello, hello! Something smells wonderful."),
                   ("Speaker 1", "Hi, Ansel! Come in."),
                   ("Speaker 4", "Thank you, dear."))
    assert ("Speaker 4", "Ansel") in names
    assert not any(n == "Ansel" and s != "Speaker 4" for s, n in names)


def test_after_a_yes_and_a_second_question() -> None:
    names = _names(("Speaker 1", "My cousin lands tonight."),
                   ("Speaker 2", "Which cousin? The pilot?"),
                   ("Speaker 1", "Yes. Marisol. She flies cargo planes now."),
                   ("Speaker 3", "Good for her."),
                   ("Speaker 4", "Surprise! I got an earlier flight."),
                   ("Speaker 1", "Marisol! You're early!"),
                   ("Speaker 4", "I know, I couldn't wait."))
    assert ("Speaker 4", "Marisol") in names


def test_a_call_after_which_one_still_calls() -> None:
    names = _names(("Speaker 1", "Which box is the fragile one?"),
                   ("Speaker 2", "The blue one. Leopold, careful with it!"),
                   ("Speaker 3", "I've got it, I've got it."),
                   ("Speaker 2", "Thanks, Leopold."),
                   ("Speaker 3", "No problem."))
    assert ("Speaker 3", "Leopold") in names
