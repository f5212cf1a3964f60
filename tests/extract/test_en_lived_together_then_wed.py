"""One named with the speaker in the sentence where "we" married is the spouse: "Priya and I shared a flat for two years
before we got married" marries Priya, not the one listening, and makes no roommate of her."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_named_with_me_before_we_married_is_the_spouse() -> None:
    got = facts((1, "How long have you known Priya?"), (2, "Priya and I lived together for two years before we got married."))
    assert ("Speaker 2", "spouse", "Priya") in got
    assert ("Speaker 2", "spouse", "Speaker 1") not in got
    assert ("Speaker 2", "roommate", "Priya") not in got


def test_living_together_alone_is_still_a_roommate() -> None:
    got = facts((1, "Where do you live now?"), (2, "Priya and I lived together for two years, downtown."))
    assert ("Speaker 2", "roommate", "Priya") in got
    assert not any(p == "spouse" for _, p, _ in got)
