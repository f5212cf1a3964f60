"""More of how friends in a group say how they stand to each other: a break-up said to the one it was with ("You broke
up with me!", "I dumped you") and praise of someone named ("Vince is great", "Bonnie's the best").

Invented dialogues. Questions, negations, suppositions, "you guys", other people's views and places or things named
like people ("Georgia is great", "Titanic is amazing") give nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import ended_by as ended
from tests.extract.dialogue_facts import said_by as said

A, B = "Speaker 1", "Speaker 2"


# -- a break-up said to the one it was with ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "You broke up with me!",
    "I broke up with you because you lied to me.",
    "Well, I dumped you.",
    "So you dumped me for Kate.",
])
def test_a_break_up_told_to_the_other_is_a_couple_that_was(text: str) -> None:
    facts = ended((A, text), (B, "I know."))
    assert (A, "partner", B) in facts
    assert not {f for f in facts if f[2].lower() == "you"}


@pytest.mark.parametrize("text", [
    "Did you break up with me?",
    "You didn't break up with me.",
    "If you broke up with me, I'd die.",
    "I broke up with you guys.",
])
def test_a_break_up_asked_denied_supposed_or_told_to_a_group_is_no_couple(text: str) -> None:
    facts = ended((A, text), (B, "Hm.")) | said((A, text), (B, "Hm."))
    assert not {f for f in facts if f[1] == "partner" and f[2] in (B, "you", "You")}


# -- praise of someone named --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Well, Vince is great, he's like a guy's guy.", (A, "positiveImpression", "Vince")),
    ("Oh no, Bonnie's the best!", (A, "positiveImpression", "Bonnie")),
    ("Oh, Lee Majors is hot!", (A, "positiveImpression", "Lee Majors")),
    ("Oh, Mindy is fantastic.", (A, "positiveImpression", "Mindy")),
    ("Ugh, Janice is the worst.", (A, "negativeImpression", "Janice")),
])
def test_praise_of_a_person_named_is_the_speakers_impression(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "Yeah."))


@pytest.mark.parametrize("text", [
    "Is Vince great?",
    "Vince is not great.",
    "Monica thinks Vince is great.",
    "If Vince is great, why did she leave him?",
    "Georgia is great this time of year.",
    "Titanic is amazing.",
    "Paris is the best.",
])
def test_praise_asked_denied_reported_or_of_a_place_or_thing_gives_no_impression(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Hm.")) if f[1] in ("positiveImpression", "negativeImpression")}


def test_a_first_word_that_may_be_a_thing_needs_the_name_said_elsewhere() -> None:
    assert not {f for f in said((A, "Pottery helps me. Clay is incredible!"), (B, "Nice.")) if f[2] == "Clay"}
    assert (A, "positiveImpression", "Lee") in said((B, "Lee called."), (A, "Lee is amazing."), (B, "Yeah."))
