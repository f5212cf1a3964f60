"""A first name typed lowercase right after the speaker's relative, friend or coworker names them (as typed with a
capital): "my bff jess just got a puppy", "my brother mike is a cop", "my cousin sara lives in ohio"; not a word that
is also a name ("my sister will call", "my boss said no", "my friend may come over") nor a word going on with the
noun ("my friend group")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.extract.typed_names import capitalized_names
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "expected"), [
    ("my bff jess just got a husky puppy lol", {("Ann", "friend", "Jess")}),
    ("my brother mike is a cop", {("Ann", "sibling", "Mike"), ("Mike", "jobTitle", "cop")}),
    ("my cousin sara lives in ohio", {("Ann", "relative", "Sara"), ("Sara", "livesIn", "ohio")}),
    ("my coworker dave keeps stealing my lunch", {("Ann", "colleague", "Dave")}),
    ("ugh my hubby john works nights at fedex", {("Ann", "spouse", "John"), ("John", "worksFor", "fedex")}),
    ("my son jack plays soccer", {("Ann", "child", "Jack")}),
])
def test_a_lowercase_first_name_after_a_relative_names_them(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(text)
    assert expected <= found, found


@pytest.mark.parametrize("text", [
    "my sister will call me later",
    "my boss said no",
    "my friend may come over",
    "my friend group is so small",
    "my sister june's birthday is today",
    "my mom don't care",
])
def test_a_word_after_a_relative_is_left_as_typed(text: str) -> None:
    assert capitalized_names(text) == text
