"""One who answers a call by coming ("Coming!", "I'm here, I'm here.", "Be right there!") is the one called (issue 13,
:func:`kg_memory.extract.call_replies.answers_call`): "Phil, come say hi to the kids. Phil!" - "I'm here, I'm here."
names the one answering Phil, not the one who spoke before. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Can you hear me? The picture froze."), (2, "Hi, Grandma! Yes, we can hear you."),
      (3, "Dennis, come say hello to your mother. Dennis! He's in the basement again."), (4, "I'm here, I'm here. Hi, Ma."),
      (1, "There he is!")), "Speaker 4", "Dennis"),
    (((1, "The cake is on the counter, right?"), (2, "Yeah, the chocolate one."), (3, "Yusuf, bring the candles! Yusuf!"),
      (4, "Coming! Where are the matches?"), (2, "Top drawer.")), "Speaker 4", "Yusuf"),
])
def test_one_coming_when_called_is_the_one_called(lines, speaker, name):
    found = names(*lines)
    assert (speaker, name) in found
    assert ("Speaker 2", name) not in found
