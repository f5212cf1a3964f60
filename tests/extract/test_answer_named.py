"""A name closing an answer that takes up the words of the turn before calls the one who said them, even when someone
else speaks next: "My legs are jelly." - "Jelly is a state of mind, Brianna." - "(a third) That's not even true." names
the first speaker Brianna; a name standing alone after a statement ("This one's a firefighter. Jamal.") or an answer that
takes up nothing names nobody."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names as _names


def test_a_name_closing_an_answer_that_takes_up_the_words_before() -> None:
    names = _names(("Speaker 1", "Coach, I can't run another lap. My legs are pudding."),
                   ("Speaker 2", "Pudding is a state of mind, Rosalind."),
                   ("Speaker 3", "That's not even a thing."))
    assert ("Speaker 1", "Rosalind") in names


def test_the_same_with_a_small_tray() -> None:
    names = _names(("Speaker 1", "He dropped a tray of shrimp on me."),
                   ("Speaker 2", "It was a small tray."),
                   ("Speaker 1", "It was an enormous tray, Fergus."),
                   ("Speaker 3", "Awww."))
    assert ("Speaker 2", "Fergus") in names


def test_a_name_alone_after_a_statement_names_nobody() -> None:
    names = _names(("Speaker 1", "She's bringing the dentist?"),
                   ("Speaker 2", "No, the dentist was in March. This one's a firefighter. Jamal."),
                   ("Speaker 3", "A firefighter!"))
    assert not any(n == "Jamal" for _, n in names)


def test_an_answer_that_takes_up_nothing_is_still_unsure() -> None:
    names = _names(("Speaker 1", "Is that the aunt who forwards the chain letters?"),
                   ("Speaker 2", "She means well, Colin."),
                   ("Speaker 3", "She really doesn't."))
    assert not any(n == "Colin" for _, n in names)
