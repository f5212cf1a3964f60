"""More ways English speakers tell in chat who is whose: "I'm seeing Mike" and "we've been seeing each other" (a
couple), "Ross and Emily got divorced" (a marriage that was), "Happy birthday dad" (the parent spoken to), "my
assistant Tag" (someone working for the speaker), "you're an incredible friend, you know that?" (a tag that only
stresses), "As your friend, I ..." (the bond the speaker speaks in), "I always liked you", "Ethan is my... boyfriend"
(a pause in the middle), and "Kate lives next door" (a neighbour).

Invented two-person dialogues. Questions, negations, suppositions, other senses of the same words ("seeing Mike
tonight", "as your sister would say", "next door to a bakery") give nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import ended_by as ended
from tests.extract.dialogue_facts import said_by as said

A, B = "Speaker 1", "Speaker 2"


def _to_b(text: str) -> set[tuple[str, str, str]]:
    """What A's ``text`` gives, said in answer to B."""
    return said((B, "So, what's new with you?"), (A, text))


# -- "seeing": a couple --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("I'm seeing Mike.", (A, "partner", "Mike")),
    ("It's fine, I'm seeing Theo now.", (A, "partner", "Theo")),
    ("Tom is seeing Raj these days.", ("Tom", "partner", "Raj")),
    ("I know you've been seeing Julie for months.", (B, "partner", "Julie")),
    ("Tom is secretly seeing Ann behind her back.", ("Tom", "partner", "Ann")),
    ("Kate and I are seeing each other.", (A, "partner", "Kate")),
    ("We've been seeing each other since May.", (A, "partner", B)),
    ("We were seeing each other a while ago, but then we were just friends.", (A, "dated", B)),
])
def test_seeing_someone_is_being_a_couple(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _to_b(text)


@pytest.mark.parametrize("text", [
    "I'm seeing Mike tonight.",
    "I'm seeing Mike at lunch.",
    "I'm seeing Mike now and then.",
    "I'm seeing Dr. Lee.",
    "She's seeing Mike play tonight.",
    "Are you seeing Mike?",
    "You're seeing Mike?",
    "I'm not seeing Mike.",
    "If I was seeing Mike, I'd tell you.",
])
def test_seeing_someone_to_meet_asked_denied_or_supposed_is_no_couple(text: str) -> None:
    assert not {f for f in _to_b(text) if f[1] in ("partner", "dated")}


# -- "got divorced": a marriage that was ---------------------------------------------------------------------
def test_a_couple_divorced_were_spouses() -> None:
    assert ("Ross", "spouse", "Emily") in ended((A, "Ross and Emily got divorced last year."))
    assert ("Ross", "spouse", "Emily") in ended((A, "Ross and Emily are divorced."))
    assert (B, "spouse", "Carol") in ended((B, "Hi."), (A, "I heard you and Carol got divorced."))


def test_a_couple_getting_divorced_are_married_still() -> None:
    assert ("Ross", "spouse", "Emily") in said((A, "Ross and Emily are getting divorced."))


@pytest.mark.parametrize("text", [
    "Are Ross and Emily divorced?",
    "Ross and Emily aren't divorced.",
    "If Ross and Emily got divorced, I'd be sad.",
])
def test_a_divorce_asked_denied_or_supposed_gives_nothing(text: str) -> None:
    assert not {f for f in said((A, text)) | ended((A, text)) if f[1] == "spouse"}


# -- "Happy birthday dad": the parent spoken to --------------------------------------------------------------
def test_a_parent_wished_happy_birthday_is_the_one_spoken_to() -> None:
    assert (A, "parent", B) in _to_b("Happy birthday dad.")


def test_happy_birthday_to_someone_else_calls_nobody() -> None:
    assert (A, "parent", B) not in _to_b("I got a card that says happy birthday dad.")
    assert (A, "parent", B) not in _to_b("Happy birthday to my dad.")


# -- "my assistant Tag": someone who works for the speaker ---------------------------------------------------
def test_an_assistant_works_for_whose_assistant_they_are() -> None:
    facts = _to_b("My assistant Tag does sit-ups in the office.")
    assert {(A, "employee", "Tag"), ("Tag", "jobTitle", "assistant")} <= facts
    assert ("Rachel", "employee", A) in _to_b("I'm Rachel's assistant.")


@pytest.mark.parametrize("text", ["I work as an assistant.", "I need a new assistant.", "Is Tag your assistant?"])
def test_an_assistant_of_nobody_named_is_nobody_employed(text: str) -> None:
    assert not {f for f in _to_b(text) if f[1] == "employee"}


# -- ", you know that?": a tag that stresses -----------------------------------------------------------------
def test_a_statement_stressed_by_a_tag_is_told() -> None:
    assert (A, "friend", B) in _to_b("I mean, you're an incredible friend, you know that?")


@pytest.mark.parametrize("text", ["You're my best friend, right?", "Is Mark your friend, okay?"])
def test_a_tag_that_checks_or_a_question_tells_nothing(text: str) -> None:
    assert not {f for f in _to_b(text) if f[1] == "friend"}


# -- "As your friend, I ...": the bond the speaker speaks in -------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("As Monica's older brother, I have to tell you this.", ("Monica", "sibling", A)),
    ("As your friend, I think you should go.", (B, "friend", A)),
    ("Okay, but as your sister I have to say it.", (B, "sibling", A)),
])
def test_speaking_as_a_bond_tells_it(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _to_b(text)


@pytest.mark.parametrize("text", [
    "Treat me as your friend, I beg you.",
    "If, as your friend, I told you to go, would you?",
    "As your sister would say, I told you so.",
    "As a friend, I think you should go.",
])
def test_as_a_bond_not_spoken_in_tells_nothing(text: str) -> None:
    assert not {f for f in _to_b(text) if f[1] in ("friend", "sibling")}


# -- "I always liked you" ------------------------------------------------------------------------------------
def test_always_liked_is_liked() -> None:
    assert (A, "positiveImpression", B) in _to_b("I always liked you, Ken.")
    assert (A, "positiveImpression", B) in _to_b("I've always loved you.")


@pytest.mark.parametrize("text", ["I never liked you.", "I liked you better before.", "Have I always liked you?"])
def test_liking_denied_past_or_asked_is_no_impression(text: str) -> None:
    assert (A, "positiveImpression", B) not in _to_b(text)


# -- "my... boyfriend": a pause in the middle ----------------------------------------------------------------
def test_a_pause_after_my_still_tells_the_relation() -> None:
    assert (A, "partner", "Ethan") in _to_b("Mmm... Ethan is my... boyfriend.")
    assert (A, "sibling", "Kate") in _to_b("This is my, uh, sister Kate.")
    assert (A, "partner", "Ethan") not in _to_b("Ethan is not my... boyfriend.")


# -- "Kate lives next door": neighbours ----------------------------------------------------------------------
@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Kate lives next door."),), (A, "neighbor", "Kate")),
    (((B, "Hi."), (A, "I live across the hall from you.")), (A, "neighbor", B)),
    (((A, "I met Kate today. She just moved in across the street!"),), (A, "neighbor", "Kate")),
    (((A, "Hi, I'm Ann. I live next door."), (B, "Oh, hi!")), (A, "neighbor", B)),
])
def test_living_next_door_is_being_neighbours(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines)


@pytest.mark.parametrize("text", [
    "Do you live next door?",
    "Kate doesn't live next door anymore.",
    "If Kate lived next door, I'd visit.",
    "I live next door to a bakery.",
    "Kate lives upstairs.",
])
def test_next_door_asked_denied_supposed_or_no_person_gives_no_neighbour(text: str) -> None:
    assert not {f for f in said((A, text)) if f[1] == "neighbor"}
