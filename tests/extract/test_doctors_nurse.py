""""<name>'s been my nurse", said by one called "Dr." in answer, makes the speaker the nurse's boss; a patient saying
it stays the nurse's client."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_doctors_nurse_has_the_doctor_for_boss() -> None:
    found = facts((1, "Saoirse, could you hand me the probe?"), (2, "Here it is, Dr. Okafor."),
                  (1, "Saoirse's been my nurse for ten years."))
    assert ("Speaker 2", "boss", "Speaker 1") in found  # Saoirse is the one who answers
    assert ("Speaker 2", "client", "Speaker 1") not in found


def test_a_doctor_says_so() -> None:
    assert ("Saoirse", "boss", "Speaker 1") in facts((1, "I'm a dentist. Saoirse is my nurse."), (2, "Hello."))


def test_a_patients_nurse_serves_the_patient() -> None:
    found = facts((1, "How are you feeling?"), (2, "Better. Saoirse's been my nurse all week."))
    assert ("Saoirse", "client", "Speaker 2") in found
