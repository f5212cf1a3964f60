"""Replies in catch-up chat that name a thing asked about (issue 13): a car asked after ("did you ever get the car?" -
"yes! a used Prius, white"; 车买了没？ - 买了！一辆二手的比亚迪) and a book ("what are you reading?" - "Project Hail Mary,
couldn't put it down"). Each with look-alikes that must give nothing: a no, a reply that names no title.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("lines", "fact"), [
    (((B, "did you ever get the car?"), (A, "yes! a used Camry, silver")), (A, "owns", "used Camry")),
    (((B, "Did you end up buying a new car?"), (A, "yep, we got a Kia Soul")), (A, "owns", "Kia Soul")),
    (((B, "车买了没？"), (A, "买了！一辆二手的宝马，黑色的")), (A, "owns", "二手的宝马")),
    (((B, "你车买了没？"), (A, "买了，一辆五菱宏光")), (A, "owns", "五菱宏光")),
    (((B, "What are you reading these days?"), (A, "Demon Copperhead. So good")),
     (A, "hobby", "reading Demon Copperhead")),
    (((B, "what're you reading?"), (A, "The Overstory, couldn't put it down")), (A, "hobby", "reading The Overstory")),
])
def test_a_reply_names_the_thing_asked_after(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said_by(*lines), said_by(*lines)


@pytest.mark.parametrize("lines", [
    ((B, "did you ever get the car?"), (A, "No, not yet.")),
    ((B, "Did you buy the car?"), (A, "nope, too expensive")),
    ((B, "车买了没？"), (A, "没呢，再等等")),
    ((B, "What are you reading?"), (A, "nothing much, too busy")),
])
def test_a_no_or_no_title_gives_nothing(lines: tuple[tuple[str, str], ...]) -> None:
    assert not any(p in ("owns", "hobby") for _, p, _ in said_by(*lines)), said_by(*lines)
