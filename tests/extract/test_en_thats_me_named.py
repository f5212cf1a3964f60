""""That's me." and a name the turn before called ("Okoro, Lind, Brandt." - "That's me. Brandt."; "Ray Dunn? Is
that you?" - "That's me. Ray.") names the one answering; a name not called before ("That's me. Sorry.") or a
"That's me" with nothing after names nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("called", "answer", "name"), [
    ("Group four, follow me please. Okoro, Lind, Brandt.", "That's me. Brandt.", "Brandt"),
    ("I have a Ray Dunn here. Is that you?", "That's me. Ray. Nobody calls me Raymond.", "Ray"),
])
def test_thats_me_and_name_called(called: str, answer: str, name: str) -> None:
    got = names((1, called), (2, answer), (3, "Okay, let's go."))
    assert ("Speaker 2", name) in got, got


@pytest.mark.parametrize("answer", ["That's me. Sorry.", "That's me."])
def test_nothing_named(answer: str) -> None:
    got = names((1, "Is this your umbrella?"), (2, answer), (3, "Okay."))
    assert not got, got
