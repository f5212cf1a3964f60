"""A call opening a later sentence of a turn ("Should I set the table? Lucinda, just say.") is a call to the one who
answers it between two turns of their own; a name closing the first sentence of that answer ("No, leave it,
Bartholomew.") calls the caller back, even when a third voice speaks next."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names as _names


def test_the_caller_called_back_from_a_later_sentence() -> None:
    names = _names(("Speaker 1", "The lamb's in the oven. Forty minutes."),
                   ("Speaker 2", "Should I set the table? I can do it now. Lucinda, just say."),
                   ("Speaker 1", "No, leave it, Bartholomew. We'll eat in the garden."),
                   ("Speaker 3", "The garden? It's freezing!"))
    assert ("Speaker 2", "Bartholomew") in names
    assert not any(n == "Bartholomew" and s != "Speaker 2" for s, n in names)


def test_no_call_before_leaves_it_unsure() -> None:
    names = _names(("Speaker 1", "The lamb's in the oven. Forty minutes."),
                   ("Speaker 2", "Should I set the table? I can do it now."),
                   ("Speaker 1", "No, leave it, Bartholomew. We'll eat in the garden."),
                   ("Speaker 3", "The garden? It's freezing!"))
    assert not any(n == "Bartholomew" for _, n in names)
