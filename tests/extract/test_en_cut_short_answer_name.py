"""An answer cut short to its subject and verb ("Of course he did,", "It is,") only completes the turn just before, so
a name closing it calls the one who said that turn, even when a third person speaks next: "My brother got the job!" -
"Of course he did, Wilhelmina." - (a third) "Where is it?" names the first speaker Wilhelmina."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names as _names


def test_a_name_closing_an_answer_cut_short() -> None:
    names = _names(("Speaker 1", "My brother got the job at the aquarium!"),
                   ("Speaker 2", "Of course he did, Wilhelmina. He's been feeding fish since he was six."),
                   ("Speaker 3", "What will he do there?"),
                   ("Speaker 1", "Sharks, mostly."))
    assert ("Speaker 1", "Wilhelmina") in names
    assert not any(n == "Wilhelmina" and s != "Speaker 1" for s, n in names)


def test_a_question_answered_cut_short() -> None:
    names = _names(("Speaker 1", "Is that the lighthouse we saw from the ferry?"),
                   ("Speaker 2", "It is, Tobiah. Now sit down, you're rocking the boat."),
                   ("Speaker 3", "He never sits down."),
                   ("Speaker 1", "I'm sitting!"))
    assert ("Speaker 1", "Tobiah") in names


def test_a_name_closing_a_statement_of_its_own_is_still_unsure() -> None:
    names = _names(("Speaker 1", "My brother got the job at the aquarium!"),
                   ("Speaker 2", "The fish will love him, Wilhelmina."),
                   ("Speaker 3", "What will he do there?"),
                   ("Speaker 1", "Sharks, mostly."))
    assert not any(n == "Wilhelmina" for _, n in names)
