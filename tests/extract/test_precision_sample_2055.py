"""Causes of wrong facts in the hand-labelled DialogRE sample of seed 2055 (benchmarks/labels/extract_precision.csv),
each removed by a general rule (issue 13). Invented dialogues."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names as _names


@pytest.mark.parametrize("lines", [
    ((1, "Where is she?"), (2, "I don't see her."), (1, "Dana! Dana Wells!"), (2, "There she is!"), (1, "Dana! Dana!"),
     (3, "Excuse me, sir, you need a ticket."), (1, "I just have to talk to someone."), (2, "DANA!!"),
     (4, "What are you two doing here?")),
    ((1, "Is he coming?"), (2, "Hard to say."), (1, "Marco! Marco Bellini!"), (2, "Here he comes."), (1, "Marco!"),
     (3, "Sir, this is a private event."), (1, "I'm with the band."), (2, "MARCO!"), (4, "Hey guys!")),
])
def test_one_who_speaks_of_the_one_called_by_all_their_names_is_not_them(lines: tuple[tuple[int, str], ...]) -> None:
    """"Rachel! Rachel Green!" - "There she is!": the name called twice, in two forms, is still one call answered by
    someone speaking of her."""
    assert not any(speaker == "Speaker 2" for speaker, _ in _names(*lines))


def test_a_call_answered_by_the_one_called_still_names() -> None:
    assert ("Speaker 2", "Marco") in _names((1, "Is he coming?"), (2, "Hard to say."), (1, "Marco! Marco Bellini!"),
                                            (2, "What?"), (1, "Marco!"), (3, "Sir, this is a private event."),
                                            (1, "I'm with the band."), (4, "Hey guys!"))
