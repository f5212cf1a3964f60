""""It" after a question whether the listener has seen a thing is that thing: "have you seen twin peaks ? i love that
show", "have you seen the crown ? i hate it" (nothing was stored: only "do you like / watch / read ..." questions set
what "it" means; "watched" and "heard of" were read already, kept here as guards). The question alone stores nothing,
and a person seen is no thing liked."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "fact"), [
    ("have you seen twin peaks ? i love that show", ("likes", "twin peaks")),
    ("have you seen the crown ? i hate it", ("dislikes", "crown")),
    ("have you ever watched the crown ? i hate it", ("dislikes", "crown")),
    ("have you heard of the pixies ? i love them", ("likes", "pixies")),
])
def test_the_thing_asked_about(said: str, fact: tuple[str, str]) -> None:
    assert ("Ann", *fact, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "have you seen twin peaks ?",
    "have you seen him ? i love him",
])
def test_nothing_liked(said: str) -> None:
    assert not any(p == "likes" for _, p, _, _ in told(said)), told(said)
