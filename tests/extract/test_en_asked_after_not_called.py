"""A name cried out and asked after in the same turn ("Rosalind! How's Rosalind?") is said of someone not there: the
one answering is not Rosalind. "Rosalind! How are you?" still calls the one who answers."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_asked_after_is_not_the_listener() -> None:
    got = names((1, "You knew my niece, back in school."), (2, "Rosalind! How's Rosalind doing?"),
                (1, "Married, living in Leeds."))
    assert ("Speaker 1", "Rosalind") not in got, got


def test_how_is_alone_names_nobody() -> None:
    got = names((1, "My brother sends his love."), (2, "Aww. How is Tobias?"), (1, "Busy as ever."))
    assert ("Speaker 1", "Tobias") not in got, got


def test_greeting_still_calls() -> None:
    got = names((1, "Well, look who it is."), (2, "Rosalind! How are you?"), (1, "Fine, thanks. And you?"))
    assert ("Speaker 1", "Rosalind") in got, got
