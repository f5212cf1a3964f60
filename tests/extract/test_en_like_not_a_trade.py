""""My brother checks every receipt. He's a stickler.", "She keeps every jar. She's a hoarder.": what someone is like, in a
word that ends as trades do, is no job title; a trade said the same way ("He's a welder.") still is, and so is a
trade that begins with such a word ("I'm a character actor.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "My brother checks every receipt. He's a stickler.",
    "My aunt keeps every jar. She's a hoarder.",
    "My grandpa tells the same joke twice. He's a real character.",
    "My mom calls every hour. She's a worrier.",
])
def test_what_one_is_like_is_no_job_title(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "job"), [
    ("My brother fixes pipes. He's a welder.", "welder"),
    ("I'm a character actor.", "character actor"),
])
def test_a_trade_said_the_same_way_is_still_one(text: str, job: str) -> None:
    assert any(p == "jobTitle" and o == job for _, p, o, _ in told(text)), told(text)
