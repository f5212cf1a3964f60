"""A name cried to one just come in ("Anselm! You made it.", "Peter! Glad you came.") calls the next speaker when that
speaker has not spoken before: the greeting is for the arrival, not for the one who spoke before the cry."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names as _names


def test_a_cry_to_one_who_made_it() -> None:
    names = _names(("Speaker 1", "So the bus was late again."),
                   ("Speaker 2", "Typical. Oh look, the door."),
                   ("Speaker 1", "Anselm! You made it."),
                   ("Speaker 3", "Barely. The roads are awful."),
                   ("Speaker 2", "Sit down, sit down."))
    assert ("Speaker 3", "Anselm") in names
    assert not any(n == "Anselm" and s != "Speaker 3" for s, n in names)


def test_a_cry_glad_one_came() -> None:
    names = _names(("Speaker 1", "The cake is almost ready."),
                   ("Speaker 2", "Good, I am starving."),
                   ("Speaker 1", "Peter! Glad you came."),
                   ("Speaker 3", "I would not miss it for anything."),
                   ("Speaker 2", "Hello there."))
    assert ("Speaker 3", "Peter") in names



def test_a_host_come_up_to_a_guest() -> None:
    names = _names(("Speaker 1", "So you two met at the climbing gym?"),
                   ("Speaker 2", "He fell on me. Literally."),
                   ("Speaker 3", "I slipped! It was a wet hold."),
                   ("Speaker 4", "Matteo! Glad you came. And you must be the famous climber."),
                   ("Speaker 3", "Thanks for having us. This is Ilaria."),
                   ("Speaker 4", "Welcome, welcome."))
    assert ("Speaker 3", "Matteo") in names
    assert not any(n == "Matteo" and s != "Speaker 3" for s, n in names)
