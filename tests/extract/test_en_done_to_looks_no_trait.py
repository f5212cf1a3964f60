"""A perfect tense of a thing done to one's looks ("You've cut your hair.", "I have bleached my hair.") tells no look
had; a look had is still one ("I have curly hair")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["Oh! You've cut your hair.", "I have bleached my hair, don't laugh.",
                                  "He's shaved his beard, look."])
def test_a_thing_done_to_ones_looks_is_no_trait(line: str) -> None:
    found = facts((1, "Hey, sorry I'm late."), (2, line), (1, "Thanks, I think."))
    assert not any(p == "trait" and ("your" in o or "my" in o or "his" in o) for _, p, o in found)


def test_a_look_had_is_still_a_trait() -> None:
    found = facts((1, "How will I know you?"), (2, "I have curly hair and a green coat."), (1, "Great."))
    assert ("Speaker 2", "trait", "curly hair") in found
