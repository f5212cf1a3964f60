"""A title made of a trait word and a job noun is a job, not a trait: "I'm the creative director at a small agency",
"I'm an artistic director" (stored trait creative, trait artistic); "I'm very creative", "a creative person" still
are traits."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "title"), [
    ("I'm the creative director at a small agency in Leeds.", "creative director"),
    ("Could you check my cover letter? I'm a creative producer, so it should sound confident.", "creative producer"),
    ("I'm an artistic director for a dance company.", "artistic director"),
])
def test_a_trait_word_before_a_job_noun_is_a_title(said: str, title: str) -> None:
    facts = told(said)
    assert ("Ann", "jobTitle", title, False) in facts, facts
    assert not any(p == "trait" for _, p, _, _ in facts), facts


@pytest.mark.parametrize(("said", "trait"), [
    ("I'm very creative, I paint on weekends.", "creative"), ("I'm a creative person.", "creative"),
    ("My daughter is artistic and shy.", "artistic"),
])
def test_a_trait_word_alone_is_still_a_trait(said: str, trait: str) -> None:
    assert any(p == "trait" and o == trait for _, p, o, _ in told(said)), told(said)
