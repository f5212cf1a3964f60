"""One who reports to a person, or works under one, has that person for a boss: "I report to Dana", "Kim reports to
me", "he works under me", "I'm working under Dr. Lee"; an office reported to ("report to HR"), pressure worked under,
a denial or a question give no boss; "not anymore" ends one."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from tests.extract.dialogue_facts import facts, round_robin, turns


@pytest.mark.parametrize(("texts", "fact"), [
    (("So who's in charge of you now?", "I report to Gwendolyn. She's tough but fair.", "Good."),
     ("Speaker 2", "boss", "Gwendolyn")),
    (("Is Tobias on your team?", "Yeah, Tobias reports to me.", "Lucky him."), ("Tobias", "boss", "Speaker 2")),
    (("Who's Anselm?", "The new analyst. He works under me.", "Ah."), ("Anselm", "boss", "Speaker 2")),
    (("How's the residency?", "Hard. I'm working under Dr. Okafor this year.", "Wow."), ("Speaker 2", "boss", "Dr. Okafor")),
    (("Who do you answer to?", "I report directly to Mr. Whitlock, and only him.", "Okay."),
     ("Speaker 2", "boss", "Mr. Whitlock")),
])
def test_one_reported_to_is_the_boss(texts: tuple[str, ...], fact: tuple[str, str, str]) -> None:
    assert fact in round_robin(*texts)


def test_you_report_to_me_between_two() -> None:
    found = facts((1, "Welcome aboard. Starting Monday, you report to me."), (2, "Thank you, I won't let you down."))
    assert ("Speaker 2", "boss", "Speaker 1") in found


@pytest.mark.parametrize("text", [
    "I report to HR on Mondays.",
    "Everyone has to report to the front desk.",
    "I work under pressure, it's fine.",
    "I never reported to Gwendolyn, she just acts like it.",
    "Do you report to Gwendolyn?",
])
def test_no_person_reported_to_or_none_said_gives_no_boss(text: str) -> None:
    found = round_robin("So how's work?", text, "Hm.")
    assert not any(p == "boss" for _, p, _ in found)


def test_one_reported_to_no_more_was_the_boss() -> None:
    found = RuleExtractor().extract(turns((1, "How's work?"), (2, "Better. I don't report to Gwendolyn anymore."), (1, "Finally.")))
    assert [(f.subject.label, getattr(f.object, "label", f.object), f.ended) for f in found if f.predicate == "boss"] \
        == [("Speaker 2", "Gwendolyn", True)]
