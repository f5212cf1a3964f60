"""Causes of wrong facts in the hand-labelled DialogRE sample of seed 2052 (benchmarks/labels/extract_precision.csv),
each removed by a general rule (issue 13), with the look-alikes that must keep their facts. Invented lines.

The cause: something done once "for fun" ("I just put our names down for fun") was kept as a hobby."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("text", [
    "Relax, I just put your name down for fun.",
    "I signed up for the raffle just for fun.",
    "I only said it for fun, okay?",
    "We were bored, so I entered the contest for fun.",
])
def test_something_done_once_for_fun_is_no_hobby(text: str) -> None:
    assert not any(p in ("hobby", "habit") for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "hobby"), [
    ("I knit for fun.", "knit"),
    ("I go fishing for fun.", "fishing"),
    ("I feed the ducks at the pond for fun.", "feed the ducks"),
    ("I went fishing for fun.", "fishing"),
])
def test_what_one_does_for_fun_is_still_a_hobby(text: str, hobby: str) -> None:
    assert hobby in {o for _, p, o in kept(text) if p == "hobby"}, kept(text)

