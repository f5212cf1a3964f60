"""A sibling word answering a question of how the speaker is kin to someone else says whose sibling the speaker is,
no call to the one who asked: "And you're her...?" - "Brother. Little brother." makes the speaker no sibling of the
asker. A call still counts ("You still owe me a ride." - "Yes, big sister. At ten.", "Out. Bye, little brother.")."""

from tests.extract.dialogue_facts import facts


def _siblings(*lines: tuple[int, str]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(*lines) if p == "sibling"}


def test_an_answer_to_whose_kin_is_no_call():
    said = _siblings((1, "Wow, Hana drives well. And you're her...?"), (2, "Brother. Little brother."), (1, "Lucky you."))
    assert ("Speaker 2", "Speaker 1") not in said


def test_an_answer_to_a_named_persons_kin_is_no_call():
    said = _siblings((1, "Are you Tomas's...?"), (2, "Sister. Big sister."), (3, "She taught him everything."))
    assert ("Speaker 2", "Speaker 1") not in said


def test_a_sibling_called_after_a_statement_still_counts():
    said = _siblings((1, "You still owe me a ride, remember."), (2, "Yes, big sister. At ten."), (1, "Good."))
    assert ("Speaker 2", "Speaker 1") in said


def test_a_sibling_called_after_a_question_to_them_still_counts():
    said = _siblings((1, "Where are you going?"), (2, "Out. Bye, little brother."), (3, "Wait for me."))
    assert ("Speaker 2", "Speaker 1") in said
