"""A name said back to the one who has just called the speaker, between two of the speaker's turns (issue 13,
:func:`kg_memory.extract.called_back.called_between`): "Any news?" - "Not yet, Ingrid. Relax." - "I can't relax,
Walter. ...": the caller is Walter, though the call closes a sentence another follows and the next voice is a third
one's. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Is the bus here yet?"), (2, "Not yet, Ingrid. Relax."), (1, "I can't relax, Walter. My interview is at nine."),
      (3, "You'll be fine.")), "Speaker 2", "Walter"),
    (((1, "The caterer wants a deposit."), (2, "My uncle alone is bringing ten guests, Odessa."),
      (1, "That's why you pay me, Lyle. I handle uncles."), (3, "Can we talk about the cake?")), "Speaker 2", "Lyle"),
    (((1, "The heater is broken again."), (2, "Can you just call someone, Greta? It's freezing."),
      (1, "I'm the tenant, Hollis, not the owner."), (3, "I'll call the office.")), "Speaker 2", "Hollis"),
])
def test_a_name_said_back_between_two_turns_is_the_callers(lines, speaker, name):
    found = names(*lines)
    assert (speaker, name) in found
    assert ("Speaker 3", name) not in found


def test_a_third_is_called_where_nobody_called_the_speaker():
    found = names((1, "The heater is broken again."), (2, "Can you just call someone? It's freezing."),
                  (1, "Ask the landlord, Hollis. He's downstairs."), (3, "On it."))
    assert ("Speaker 2", "Hollis") not in found


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Where did you park?"), (2, "Lucan, you left the lights on again."), (1, "Relax, Marisela. I'll go back."),
      (3, "I'll come with you.")), "Speaker 2", "Marisela"),
    (((1, "I'm back from the shop."), (2, "Your sister is right here, Odile."), (1, "Hi, Bronwen, dear. You look well."),
      (3, "Did you get the milk?")), "Speaker 2", "Bronwen"),
])
def test_one_word_before_the_name_said_back_is_enough(lines, speaker, name):
    found = names(*lines)
    assert (speaker, name) in found
    assert ("Speaker 3", name) not in found
