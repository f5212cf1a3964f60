""""My shoulder's bad, Farid. You've seen it. Noor, tell him.": a name called, then another called in a later sentence
of the turn and told of "him"/"her", is spoken of by then and is not the next speaker's (only the later one may be);
a turn calling one name is read as before."""

from __future__ import annotations

from kg_memory.extract.how_said import how_said
from tests.extract.dialogue_facts import facts


def test_the_one_turned_from_is_not_the_next_speaker() -> None:
    said = facts((1, "I can't lift that, Farid. My shoulder's bad. Noor, tell him."), (2, "It's true, his shoulder is bad."),
                 (3, "Fine, I'll carry it."))
    assert ("Speaker 2", "alternateName", "Farid") not in said, said


def test_both_names_to_one_speaker_no_more() -> None:
    said = facts((1, "We're out of milk, Dora. Again. Ike, talk to her."), (2, "Dora, we talked about this."),
                 (3, "I was thirsty!"))
    assert not {("Speaker 2", "alternateName", "Dora"), ("Speaker 2", "alternateName", "Ike")} <= said, said
    assert ("Speaker 2", "alternateName", "Dora") not in said, said


def test_one_name_called_is_still_the_next_speakers() -> None:
    said = facts((1, "Thanks for the ride, Farid. See you Monday."), (2, "Anytime. Say hi to your mom."), (3, "Bye!"),
                 (1, "Farid, wait, your jacket!"), (2, "Oh, thanks."))
    assert ("Speaker 2", "alternateName", "Farid") in said, said



def test_a_name_greeted_alone_is_still_called() -> None:
    text = "Marisol! Come in, honey. Teodoro, take her bag."
    assert how_said(text, 0, 7, "Marisol") == "to"
