"""A speaker's own "I'm Hollis," opening a sentence calls nobody: "You must be Priya. I'm Hollis, I guess we're
roommates!" among three gave a roommate named "I'm Hollis"; the roommate is the one spoken to."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "You must be Odalys. I'm Wren, I guess we're roommates!",
    "Hey, you must be Odalys. I'm Wren, and I think we're roommates now.",
])
def test_im_name_opening_a_sentence_is_no_one_called(line: str) -> None:
    found = facts((1, line), (2, "Hi! Sorry about all the boxes."), (3, "I packed them myself."))
    assert not any(o.lower().startswith(("i'm", "i’m")) for _, _, o in found)
    assert ("Speaker 1", "name", "Wren") in found
    assert ("Speaker 1", "roommate", "Speaker 2") in found
