"""One brought in who greets the person present by title and surname is still the one introduced (issue 13): "This
is Agathe. She'll shadow me today." - "Hi, Mr. Haverford. May I watch?" makes the new voice Agathe; a new voice
calling someone by a first name never said before may be another arriving, and names no one. Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_the_newcomer_greeting_a_titled_person_present_is_the_one_introduced():
    found = names((1, "Morning, Mr. Okafor. How's the shoulder?"), (2, "Stiff, Dr. Lund."),
                  (1, "Good. This is Agathe. She'll shadow me today."), (3, "Hi, Mr. Okafor. May I watch?"))
    assert ("Speaker 3", "Agathe") in found


def test_a_newcomer_calling_an_unheard_first_name_is_not_read_as_introduced():
    found = names((1, "Morning, Mr. Okafor. How's the shoulder?"), (2, "Stiff, Dr. Lund."),
                  (1, "Good. This is Agathe. She'll shadow me today."), (3, "Hi, Bellamy! Sorry I'm late."))
    assert ("Speaker 3", "Agathe") not in found
