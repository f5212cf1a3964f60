"""A stay said with a weekday is no home: "Mr. Delgado is in Phoenix on Thursday", "She's in Boston until Friday",
"Grandpa is in Tulsa tonight" ("I'm in Denver." still is)."""

from tests.extract.dialogue_facts import facts


def test_a_stay_on_a_weekday_or_tonight_is_no_home():
    for line in ("Mr. Delgado is in Phoenix on Thursday.", "She's in Boston until Friday.",
                 "Grandpa is in Tulsa tonight."):
        assert not any(p == "livesIn" for _, p, _ in facts((1, "Any news?"), (2, line))), line


def test_a_home_is_still_a_home():
    assert ("Speaker 2", "livesIn", "Denver") in facts((1, "Where are you now?"), (2, "I'm in Denver."))
