""""we" opening the sentence of a wedding, right after a sentence naming one with the speaker ("Dana and I lived
together for years. We got married in June."), is the speaker and that one: the spouse (and no roommate, nor the
listener as the spouse). A sentence between them, or two named, leave it unsure."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("reply", [
    "Dana and I lived together for years. We got married in June.",
    "Dana and I lived together for years. Then we got married.",
])
def test_the_one_named_just_before_is_the_spouse(reply: str) -> None:
    got = facts((1, "How do you know Dana?"), (2, reply))
    assert ("Speaker 2", "spouse", "Dana") in got
    assert ("Speaker 2", "spouse", "Speaker 1") not in got
    assert ("Speaker 2", "roommate", "Dana") not in got


def test_a_sentence_between_leaves_it_unsure() -> None:
    got = facts((1, "How do you know Dana?"),
                (2, "Dana and I lived together for years. My brother came to visit. We got married in June."))
    assert ("Speaker 2", "spouse", "Dana") not in got
