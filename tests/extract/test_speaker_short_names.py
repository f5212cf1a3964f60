"""A first name cut short and called alone names the one called, though the talk never writes the name in full
(kg_memory/extract/loose_calls.py, kg_memory/extract/pronouns.py): "Rach?", "Mon! I'm so happy for you!", "Soph? Are you
in there?" - a start of many known first names (Rachel, Rachael...; Monica, Mona...). Words that are no such start ("Sup?",
"Done!", a rare name's start) or an adverb taking up what was said ("I've never had any." - "Ever?!") name nobody.

Invented everyday talk.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("call, name", [
    ("Rach?", "Rach"),
    ("Mon! I'm so happy for you!", "Mon"),
    ("Soph? Are you in there?", "Soph"),
])
def test_a_name_cut_short_and_called_names_the_one_who_answers(call: str, name: str) -> None:
    got = names((1, call), (2, "I'll be out in a second."), (1, "Take your time."))
    assert got == {("Speaker 2", name)}


@pytest.mark.parametrize("lines", [
    ((1, "Sup? You look tired."), (2, "Long day."), (1, "I bet.")),
    ((1, "Done! You can look now."), (2, "Wow, it's beautiful."), (1, "Thanks.")),
    ((1, "I've never had any."), (2, "Ever?!"), (1, "Not once.")),
])
def test_other_words_called_alone_name_nobody(lines: tuple[tuple[int, str], ...]) -> None:
    assert names(*lines) == set()
