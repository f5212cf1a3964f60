"""A name said to be "her husband" or "his sister" is the relative of the person last named of that sex: "I ran into
Marguerite. Felix is her husband." gives Marguerite's spouse Felix; "Ollie's his cousin" after Dev, Dev's cousin. A
question ("Is Felix her husband?"), a supposition or "his own boss" says nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "fact"), [
    ("I ran into Marguerite at the market. Felix is her husband.", ("Marguerite", "spouse", "Felix")),
    ("That's my aunt Odile, and Bernard's her son.", ("Odile", "child", "Bernard")),
    ("Dev called me last night. Ollie's his cousin, apparently.", ("Dev", "relative", "Ollie")),
])
def test_named_relative_of_third_person(line: str, fact: tuple[str, str, str]) -> None:
    got = facts((1, line), (2, "Oh, nice."))
    assert fact in got, got


@pytest.mark.parametrize("line", ["I ran into Marguerite. Is Felix her husband?",
                                  "I ran into Marguerite. If Felix is her husband, I'll eat my hat.",
                                  "Felix is his own boss now."])
def test_no_relative(line: str) -> None:
    got = facts((1, line), (2, "Oh, nice."))
    assert not any(p in ("spouse", "boss") and o == "Felix" for _, p, o in got), got
