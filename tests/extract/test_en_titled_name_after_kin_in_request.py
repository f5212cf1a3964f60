"""A title and a surname closing a request about one's close relative ("Please don't tell my dad, Mr. Ruiz.") are said to
the one asked, not the relative's name (:func:`kg_memory.extract.english.apposed_names.called_in_request`). Invented
lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, wrong", [
    ("Please don't tell my dad, Mr. Ruiz.", ("Speaker 2", "parent", "Mr. Ruiz")),
    ("Don't call my mother, Mrs. Albright!", ("Speaker 2", "parent", "Mrs. Albright")),
    ("Please don't wake my son, Mr. Dunbar.", ("Speaker 2", "child", "Mr. Dunbar")),
    ("Never tell my wife, Mrs. Keene.", ("Speaker 2", "spouse", "Mrs. Keene")),
])
def test_the_name_closing_a_request_is_the_one_asked(line, wrong):
    assert wrong not in facts((1, "I saw what you did in the hallway."), (2, line))


@pytest.mark.parametrize("line, right", [
    ("This is my dad, Mr. Ruiz.", ("Speaker 2", "parent", "Mr. Ruiz")),  # an introduction names him
    ("Please call my sister, Jess.", ("Speaker 2", "sibling", "Jess")),  # a first name: her name
    ("I told my mother, Mrs. Albright, everything.", ("Speaker 2", "parent", "Mrs. Albright")),  # no request, name inside
])
def test_look_alikes_keep_the_relatives_name(line, right):
    assert right in facts((1, "Who is that?"), (2, line))
