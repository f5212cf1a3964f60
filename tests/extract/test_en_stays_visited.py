"""Time spent somewhere is a visit: "I spent three weeks in Bermuda", "we honeymooned in Bali", "Pete stayed in Rome"
visited the place; "stayed in bed", "stayed in touch", "stayed in the car", "spent two years in the army" name none."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_time_spent_somewhere_is_a_visit() -> None:
    got = facts((1, "How was your year?"), (2, "I spent three weeks in Bermuda. Then we honeymooned in Bali."),
                (1, "Pete stayed in Rome for a month."))
    assert ("Speaker 2", "visited", "Bermuda") in got, got
    assert ("Speaker 2", "visited", "Bali") in got, got
    assert ("Pete", "visited", "Rome") in got, got


def test_stays_that_name_no_place() -> None:
    got = facts((1, "I stayed in bed all day."), (2, "We stayed in touch. I stayed in the car."),
                (1, "I spent two years in the army."))
    assert not any(p == "visited" for _, p, _ in got), got
