"""Words of liking or eating that state no liking, beside look-alikes that do (invented lines): "like" giving an
example of the many things said just before ("i am scared of lots . like spiders !"), a question left open with
"whether" ("whether i like jazz or not, ..."), food or drink as the time something bad happens ("my head hurts when
i drink coffee"), and "it" after an outing with a relative ("I went camping with my dad, but I didn't like it"):
the outing, not the dad.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by

A, B = "Speaker 1", "Speaker 2"


def _facts(line: str) -> set[tuple[str, str, str]]:
    return said_by((A, "Hey."), (B, line))


@pytest.mark.parametrize(("line", "wrong"), [
    ("i am afraid of lots . like snakes !", (B, "likes", "snakes")),
    ("i collect many things . like stamps .", (B, "likes", "stamps")),
    ("whether i like jazz or not, my roommate plays it all day", (B, "likes", "jazz")),
    ("i honestly wonder whether i like opera.", (B, "likes", "opera")),
    ("my head hurts, it happens when i drink coffee", (B, "likes", "coffee")),
    ("i get a rash every time i eat strawberries.", (B, "likes", "strawberries")),
    ("I went camping with my dad, but I didn't like it.", (B, "dislikes", "dad")),
    ("I went fishing with my uncle. I loved it.", (B, "likes", "uncle")),
])
def test_the_wrong_reading_gives_nothing(line: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in _facts(line)


@pytest.mark.parametrize(("line", "right"), [
    ("like snakes !", (B, "likes", "snakes")),
    ("i am a chef . love pasta !", (B, "likes", "pasta")),
    ("whether it rains or not, i love running.", (B, "likes", "running")),
    ("i am happiest when i eat strawberries.", (B, "likes", "strawberries")),
    ("i drink coffee.", (B, "likes", "coffee")),
    ("I went camping with my dad, but I didn't like it.", (B, "dislikes", "camping")),
    ("i spend sundays with family and love it .", (B, "likes", "family")),
    ("i listen to the radio when i eat my cereal every morning", (B, "habit", "eat my cereal")),
])
def test_the_look_alike_is_read(line: str, right: tuple[str, str, str]) -> None:
    assert right in _facts(line)
