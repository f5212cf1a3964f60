"""An amount said alone is no liking ("I'm scared of lots", "I hate plenty"); an amount of something is the something
("I'm scared of lots of spiders")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("line", ["I'm scared of lots.", "i am scared of lots . like spiders !", "I hate plenty.",
                                  "I'm terrified of so many.", "I love tons!"])
def test_an_amount_said_alone_is_no_liking(line: str) -> None:
    assert not any(p in ("likes", "dislikes") for _, p, _ in kept(line)), kept(line)


@pytest.mark.parametrize(("line", "fact"), [
    ("I'm scared of lots of spiders.", ("Ann", "dislikes", "spiders")),
    ("i love lots of music", ("Ann", "likes", "music")),
])
def test_an_amount_of_something_keeps_the_something(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line)
