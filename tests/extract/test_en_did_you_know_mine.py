"""A fact of one's own asked as news: "did you know i work at a planetarium", "did you know that i live in Maine ?",
"did you know my brother plays the tuba" are read as said (nothing was stored: chat leaves the "?" out, and only "is",
"has", "was"... were read after "did you know"). What is asked of the listener, or whether something will be, stays
a question."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "fact"), [
    ("did you know i work at a planetarium", ("Ann", "worksFor", "planetarium")),
    ("did you know that i live in Maine ?", ("Ann", "livesIn", "Maine")),
    ("oh did you know i teach at a high school", ("Ann", "worksFor", "high school")),
])
def test_told_as_news(said: str, fact: tuple[str, str, str]) -> None:
    assert (*fact, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "did you know if i work tomorrow ?",
    "do you work at a planetarium ?",
])
def test_still_a_question(said: str) -> None:
    assert not any(p in ("worksFor", "livesIn") for _, p, _, _ in told(said)), told(said)
