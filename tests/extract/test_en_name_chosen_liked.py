""""We're calling the boat Marigold." - "I love Marigold!": a name just put forward for someone or something is liked
as a name, no liking of a person or thing Marigold; a name only told ("My neighbour's called Otis.", "We named the dog
Rufus years ago.") is still a liking of the one so called."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("before", "liking", "name"), [
    ("We're calling the boat Marigold. Dad painted it on already.", "I love Marigold!", "Marigold"),
    ("If it's a girl, we're going to name her Wren.", "Oh, I love Wren. Wren is such a sweet name.", "Wren"),
    ("What about Pickle for the new hamster?", "I really like Pickle.", "Pickle"),
])
def test_a_name_chosen_is_no_liking(before: str, liking: str, name: str) -> None:
    said = facts((1, before), (2, liking), (3, "Okay, it's settled then."))
    assert not any(p == "likes" and o == name for _, p, o in said), said


@pytest.mark.parametrize(("before", "liking", "name"), [
    ("My neighbour across the hall is Desmond. He feeds my cat.", "I love Desmond!", "Desmond"),
    ("We named the dog Rufus years ago, before the kids.", "I love Rufus!", "Rufus"),
])
def test_one_so_called_already_is_liked(before: str, liking: str, name: str) -> None:
    said = facts((1, before), (2, liking), (3, "Everybody does."))
    assert ("Speaker 2", "likes", name) in said, said
