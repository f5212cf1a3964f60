"""A joke name made of the speaker's own name ("Pretzel Vusi. I like it." said by Vusi) calls nobody: it is not the name
of the one answering (:mod:`kg_memory.extract.rules`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _names(lines):
    return {(s, o) for s, p, o in facts(*lines) if p in ("name", "alternateName")}


@pytest.mark.parametrize("lines, joke", [
    (((1, "What's your name, driver?"), (2, "Tariq."), (1, "Tariq, get us there fast and I'll name my dog after you."),
      (3, "He has a goldfish named Bubbles."), (2, "Bubbles Tariq. I like it."), (1, "Left here!")), "Bubbles Tariq"),
    (((1, "Hi, I'm Odile."), (2, "Nice to meet you."), (1, "My kids call me Captain. Captain Odile! Ha."),
      (2, "That's cute.")), "Captain Odile"),
])
def test_a_joke_name_holding_the_speakers_own_name_names_no_one_else(lines, joke):
    assert not any(n == joke for _, n in _names(lines))


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Hi, I'm Odile."), (2, "Hi."), (1, "Ross Geller, right? Ross Geller, you owe me ten bucks."), (2, "Fine.")),
     "Speaker 2", "Ross Geller"),
    (((1, "Tariq, this is Dana Lee."), (2, "Hello, Dana Lee."), (3, "Hi, Tariq.")), "Speaker 3", "Dana Lee"),
])
def test_a_full_name_said_to_another_still_names_them(lines, speaker, name):
    assert (speaker, name) in _names(lines)
