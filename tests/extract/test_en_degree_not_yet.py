"""A degree one is starting, applying for or dropped out of is not held: "starting my MBA in the fall", "applying for my
PhD", "I dropped out of my master's" give no degree (a school named still gives where one studies); "I finished my
master's" does."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "So I'm starting my MBA in the fall, kind of nervous.",
    "We are applying for my PhD funding now.",
    "I dropped out of my master's after one semester.",
    "Next week I begin my bachelor's in nursing.",
])
def test_no_degree_held_yet(text: str) -> None:
    assert not any(p == "degree" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I finally finished my master's!", ("Ann", "degree", "master's degree", False)),
    ("I'm starting my PhD at Rutgers next month.", ("Ann", "studiesAt", "Rutgers", False)),
])
def test_what_is_still_told(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(text), told(text)
