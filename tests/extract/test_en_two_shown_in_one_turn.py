"""A turn that introduces one person and points at another ("This is my husband, Boris. And that's our son, Milo, in
the yard.") tells nothing of which new voice is whom (issue 13, :mod:`kg_memory.extract.introductions`): the first new
voice after it is not taken for the one introduced. Invented scene."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_one_introduced_and_one_pointed_at_are_not_told_apart():
    found = names((1, "And here is the kitchen."), (2, "It's bright. What do you think, Boris?"), (3, "Small, Nadia."),
                  (1, "Cozy. I'm Eve, by the way, from the agency."),
                  (2, "Nadia. This is my husband, Boris. And that's our son, Milo, in the yard."),
                  (4, "Dad! There's a pool!"), (3, "We haven't bought it yet."))
    assert ("Speaker 4", "Boris") not in found
    assert ("Speaker 3", "Boris") in found
