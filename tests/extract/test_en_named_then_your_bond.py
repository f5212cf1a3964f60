"""A speaker who gives their name and then their bond with the one spoken to (issue 13): "I'm Tess, your new
roommate." makes Tess's speaker the listener's roommate, as "It's me, your mother." makes her the listener's mother.
Not a name-less aside ("I'm tired, your honor."). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, fact", [
    ("Hey! I'm Tess, your new roommate.", ("Speaker 1", "roommate", "Speaker 2")),
    ("Hello, I'm Dov, your neighbor.", ("Speaker 1", "neighbor", "Speaker 2")),
    ("I'm Ilse, your cousin. We met at the wedding.", ("Speaker 1", "relative", "Speaker 2")),
])
def test_a_name_then_your_bond_names_the_bond(line, fact):
    assert fact in facts((1, "Hello? Who's there?"), (2, line), (1, "Oh, come in!"))


def test_no_bond_without_a_name():
    found = facts((1, "Hello? Who's there?"), (2, "I'm tired, your honor."), (1, "Sit down then."))
    assert not any(p in ("roommate", "neighbor", "relative") for _, p, _ in found)
