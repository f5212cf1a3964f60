"""A name opening a statement to "you" that takes up the words of the turn just before answers its speaker (issue 13,
:func:`kg_memory.extract.echoes.opens_answer_before`): "I'm sitting." - "Denise, you've been sitting since you were
born." names the one who spoke before, not whoever speaks next. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Anything from the doctors?"), (2, "Nothing yet. I'm just going to keep pacing."), (3, "Sit down, both of you."),
      (2, "I'm not sitting, I'm pacing."), (1, "Gloria, you've been pacing for an hour."), (3, "Here, coffee."),
      (2, "Thanks.")), "Speaker 2", "Gloria"),
    (((1, "Push it, Jenna! One more!"), (2, "Come on, do it for the bridesmaid dress!"),
      (1, "Kat, if you mention that dress again, I'm leaving."), (3, "Ten seconds, ladies."), (2, "Fine, fine.")),
     "Speaker 2", "Kat"),
    (((1, "Who wants more pie?"), (2, "I'm stuffed. That pie nearly killed me."), (3, "Nothing is too sweet on Thanksgiving."),
      (4, "Uncle Lou, you said the pie was too sweet last year."), (1, "Dessert's in the kitchen."), (2, "Okay.")),
     "Speaker 3", "Uncle Lou"),
])
def test_a_name_opening_an_answer_to_the_one_before_is_theirs(lines, speaker, name):
    assert (speaker, name) in names(*lines)


def test_a_name_turned_to_a_third_is_not_the_one_before():
    """Taking up the words without "you" may turn to a third ("Priya, I'm not paying for cold showers")."""
    found = names((1, "You must be Tessa. I'm June, your roommate!"), (2, "Hi! Sorry about the boxes."),
                  (3, "The showers only run cold after ten, by the way."), (4, "Tessa, I'm not paying this much for cold showers."),
                  (2, "Dad, please."))
    assert ("Speaker 3", "Tessa") not in found
