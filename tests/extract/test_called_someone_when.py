"""A relative who "called" someone at a time said ("my uncle called Petra last night", "my sister called Omar
yesterday") made a phone call: Omar is no name of the sister nor the speaker's relative (it gave the sister the name
"Omar yesterday", and the speaker a sibling Omar)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _told(text: str) -> set[tuple[str, str, str]]:
    return facts((1, "Any news from home?"), (2, text), (3, "Oh no."))


@pytest.mark.parametrize(("text", "name"), [
    ("My uncle called Petra last night and they argued for hours.", "Petra"),
    ("my sister called Omar yesterday, he's moving", "Omar"),
    ("Well, my brother called Gianna again. She hung up.", "Gianna"),
])
def test_a_call_made_names_nobody(text: str, name: str) -> None:
    got = _told(text)
    assert not {(s, p, o) for s, p, o in got if o.startswith(name) and p in ("relative", "sibling", "name")}, got


@pytest.mark.parametrize(("text", "fact"), [
    ("I have a cousin called Petra, she lives in Leeds.", ("Speaker 2", "relative", "Petra")),
    ("My brother called Omar is a chef.", ("Speaker 2", "sibling", "Omar")),
])
def test_a_relative_called_by_a_name_is_named(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _told(text)
