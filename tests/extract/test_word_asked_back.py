"""A word of the turn before asked back at the start of a turn that goes on ("Oberlin? Who goes to Oberlin?") is taken
up, not a call: it names no one who answers (:func:`kg_memory.extract.call_replies.echoed`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_college_asked_back_names_no_one():
    got = names((4, "My daughter just got into Oberlin."), (1, "Oberlin? Who goes to Oberlin? Oberlin is a joke."),
                (2, "I hear it's nice."), (1, "Nobody asked you."))
    assert not any(name == "Oberlin" for _, name in got)


def test_a_name_asked_back_names_no_one_who_answers():
    got = names((1, "Has anyone seen Marco?"), (2, "Marco? He went out back an hour ago."), (3, "He's smoking again."),
                (1, "Great."))
    assert not any(name == "Marco" for _, name in got)


def test_a_name_called_that_the_turn_before_did_not_say_still_calls():
    got = names((1, "Excuse me, is this seat taken?"), (2, "Tessa? Is that you? Oh my God!"),
                (1, "Hi! Wow, it's been years."), (2, "You look great, Tessa."))
    assert ("Speaker 1", "Tessa") in got
