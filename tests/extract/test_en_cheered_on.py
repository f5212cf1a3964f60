""""Go, Ilario! Go go go!" cheers on one playing or running, away from the talk: the name is no call to the one who
speaks next (or before). A name called to one who speaks is still read."""

from tests.extract.dialogue_facts import names


def test_a_cheer_names_no_speaker():
    found = names((1, "Go, Ilario! Go go go! Come on, ref!"), (2, "He tripped, Benedetta."),
                  (1, "He did not trip, Corwin."))
    assert not {n for _, n in found if n == "Ilario"}
    found = names((1, "Go Ilario!"), (2, "That boy can run."), (1, "He gets it from me."))
    assert not {n for _, n in found if n == "Ilario"}


def test_a_call_is_still_read():
    found = names((1, "Ilario, come here."), (2, "What?"), (1, "Sit down, please."))
    assert ("Speaker 2", "Ilario") in found


def test_another_name_in_the_cheering_turn_is_still_a_call():
    found = names((1, "Hi."), (2, "Go Ilario! Benedetta, my turn, move."), (1, "Fine, fine."))
    assert ("Speaker 1", "Benedetta") in found
