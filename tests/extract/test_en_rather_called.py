"""One called by a title who answers with the name they would rather be called is the one called (issue 13,
:mod:`kg_memory.extract.self_intros`, :mod:`kg_memory.extract.call_replies`): "Mr. Okafor, thank you for having us."
- "Femi, please." names the one answering Femi; "Call me Diane, please." answers "Mrs. Albright" for its speaker, not
for the one who spoke before. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Come on in, the door sticks."), (2, "Mr. Okafor, thank you so much for having us."), (3, "Femi, please. Shoes anywhere."),
      (2, "Okay, Femi.")), "Speaker 3", "Femi"),
    (((1, "Everyone, this is my boss."), (2, "Welcome, Dr. Varga, we've heard so much."), (3, "Ilona, please! We're not at work."),
      (1, "See? She's nice.")), "Speaker 3", "Ilona"),
])
def test_the_name_asked_for_instead_of_a_title_is_the_speakers(lines, speaker, name):
    assert (speaker, name) in names(*lines)


def test_a_title_answered_by_call_me_is_not_the_one_before():
    found = names((2, "Your father and I had roses, and forty years later, here we are."),
                  (1, "Mom, nobody is saying roses ruin anything."), (3, "Mrs. Albright, I love that."),
                  (2, "Call me Diane, please. Mrs. Albright is my mother-in-law."), (1, "Okay, the florist."))
    assert ("Speaker 1", "Mrs. Albright") not in found
    assert ("Speaker 2", "Diane") in found
