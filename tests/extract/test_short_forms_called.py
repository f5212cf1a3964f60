"""A first name cut short in a call is the same speaker's when the dialogue pins the full first name on them and names
no one else so: "Rafael" pinned on a speaker and "Rafa, you're coming." said by another gives "Rafa" too (issue 13,
:mod:`kg_memory.extract.short_forms`). Invented scenes; a form that two written names share, a form set beside a noun
("my boss, Dev.") and a lower-case word ("Will" beside "will") give nothing."""

from __future__ import annotations

from kg_memory.extract.short_forms import short_forms
from tests.extract.dialogue_facts import names, turns

_INTRO = ((1, "Hi, I'm Rafael, the new drummer."), (2, "Welcome, Rafael. Grab a stool."), (1, "Thanks."))


def test_a_short_form_called_is_the_full_names_bearer() -> None:
    found = names(*_INTRO, (2, "So, the set list is on the wall."), (3, "Rehearsal's at six. Rafa, don't be late."),
                  (2, "He won't, Ines."))
    assert ("Speaker 1", "Rafael") in found
    assert ("Speaker 1", "Rafa") in found
    assert not any(s != "Speaker 1" and n == "Rafa" for s, n in found)


def test_a_short_form_two_names_share_is_left() -> None:
    said = turns(*_INTRO, (3, "Rafaela called. Rafa, don't be late."), (2, "He won't."))
    assert short_forms("Rafael", "Speaker 1", said) == set()
    assert short_forms("Rafael", "Speaker 1", said[:3] + turns((3, "Rafa, don't be late."))) == {"Rafa"}


def test_a_short_form_set_beside_a_noun_is_left() -> None:
    found = names(*_INTRO, (3, "This is my cousin, Rafa."), (2, "Hey."))
    assert ("Speaker 1", "Rafa") not in found


def test_a_short_form_also_spoken_of_is_left() -> None:
    said = turns(*_INTRO, (3, "Rafa's on drums tonight. Rafa, don't be late."), (2, "He won't."))
    assert short_forms("Rafael", "Speaker 1", said) == set()
