"""A speaker who tells others to ask for them by name ("If you get lost, ask for Tindra at the desk.") or to say they
sent them ("tell him Hank sent you") names themself in the third person: saying it does not bar them from the name when
a later call is answered by them, and the next speaker is not told it (issue 13, :func:`kg_memory.extract.self_intros.
own_name_told`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_to_ask_for_is_the_speakers_when_called() -> None:
    lines = ((1, "Hi, you must be the new intern."), (2, "Yes, I'm Bruno."),
             (1, "Welcome, Bruno. If you get lost, ask for Tindra at the desk."), (2, "Got it."),
             (3, "Tindra? You have a patient waiting."), (1, "Coming!"))
    found = names(*lines)
    assert ("Speaker 1", "Tindra") in found
    assert ("Speaker 2", "Tindra") not in found


def test_a_name_that_sent_you_is_the_speakers_when_thanked() -> None:
    lines = ((1, "Here's your key. My brother runs the bar, tell him Hank sent you."), (2, "Thanks, Hank."))
    assert ("Speaker 1", "Hank") in names(*lines)


def test_a_name_to_ask_for_alone_names_no_one() -> None:
    lines = ((1, "Shadow me one day. Ask for Tindra at the desk."), (2, "Okay, thanks."), (1, "See you then."))
    assert not any(name == "Tindra" for _, name in names(*lines))


def test_someone_the_speaker_was_told_to_ask_for_is_not_them() -> None:
    lines = ((1, "Morning. Can I help you?"), (2, "I'm the new driver. They said to ask for Dwayne."),
             (1, "Dwayne's out. Hey, Dwayne called, you're late."), (2, "Sorry."))
    assert ("Speaker 2", "Dwayne") not in names(*lines)
