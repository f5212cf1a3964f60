"""English relations people state in everyday words that the rules used to miss: feelings said as "I have
feelings for you" or "I never stopped loving you", a parent called "mom" or "dad" without a comma ("thanks for
the help dad", "But mom, ..."), and someone who was a partner or roommate before ("my old boyfriend Mark", "my
last roommate Kip", in a statement or a question).

Invented dialogues of two or three speakers; what is denied, supposed or asked gives nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import ended_by, said_by

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


# -- feelings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Why are you acting so weird?"), (B, "Because I still have feelings for you.")), (B, "positiveImpression", A)),
    (((A, "So?"), (B, "Okay, I do have feelings for you.")), (B, "positiveImpression", A)),
    (((A, "Be honest."), (B, "I have romantic feelings for Greta.")), (B, "positiveImpression", "Greta")),
    (((A, "Why did you come back?"), (B, "I never stopped loving you.")), (B, "positiveImpression", A)),
    (((A, "Tell me."), (B, "Walter never stopped loving Ines.")), ("Walter", "positiveImpression", "Ines")),
])
def test_feelings_for_someone_and_love_that_never_stopped_are_a_positive_impression(lines: tuple, fact: tuple) -> None:
    assert fact in said_by(*lines)


@pytest.mark.parametrize("lines", [
    ((A, "Well?"), (B, "I don't have feelings for you.")),
    ((A, "Well?"), (B, "I have no feelings for Greta.")),
    ((A, "Well?"), (B, "Do you have feelings for him?")),
    ((A, "Well?"), (B, "If you have feelings for Greta, tell her.")),
    ((A, "Well?"), (B, "I stopped loving you a long time ago.")),
    ((A, "Well?"), (B, "I didn't say I never stopped loving you.")),
])
def test_feelings_denied_asked_supposed_or_stopped_give_no_impression(lines: tuple) -> None:
    assert not {f for f in said_by(*lines) if f[1] == "positiveImpression"}


# -- a parent called without a comma ------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "fact"), [
    (((B, "You can't cheat, young man."), (A, "You're right, thanks for keeping me honest dad.")), (A, "parent", B)),
    (((B, "Are you sure you can manage?"), (A, "But mom, I really know what I'm doing.")), (A, "parent", B)),
    (((B, "Let me help you."), (A, "Okay, see mom, the truth is I can do this myself.")), (A, "parent", B)),
    (((B, "Who sent the flowers?"), (A, "Uh, actually mom, I think it was Ada.")), (A, "parent", B)),
    (((B, "Sit down, please."), (A, "You know what daddy?")), (A, "parent", B)),
])
def test_a_parent_called_as_one_without_a_comma_is_the_speakers_parent(lines: tuple, fact: tuple) -> None:
    assert fact in said_by(*lines)


@pytest.mark.parametrize("lines", [
    ((B, "Where is everyone?"), (A, "I had lunch with my dad.")),
    ((B, "Where is everyone?"), (A, "I'll call you dad from now on.")),
    ((B, "Where is everyone?"), (A, "Let me get that mom.")),  # "that mom": one spoken of, or called?
    ((B, "Where is everyone?"), (A, "I really miss dad.")),
])
def test_a_parent_spoken_of_is_no_parent_of_the_one_spoken_to(lines: tuple) -> None:
    assert not {f for f in said_by(*lines) if f[1] == "parent"}


# -- a partner or roommate of before ----------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "ending"), [
    (((A, "Hi."), (B, "Do you remember my old boyfriend Mark?")), (B, "partner", "Mark")),
    (((A, "Hi."), (B, "My old girlfriend Dana called last night.")), (B, "partner", "Dana")),
    (((A, "Hi."), (B, "It's just that with my last roommate Kip, things got weird.")), (B, "roommate", "Kip")),
    (((A, "Hi."), (B, "Is that my former girlfriend Dana over there?")), (B, "partner", "Dana")),
    (((A, "Hi."), (B, "My last boss, Karen, was a nightmare.")), (B, "boss", "Karen")),
])
def test_an_old_partner_or_a_last_roommate_is_one_that_was(lines: tuple, ending: tuple) -> None:
    assert ending in ended_by(*lines)
    assert ending not in said_by(*lines)


def test_an_old_friend_is_still_a_friend() -> None:
    lines = ((A, "Hi."), (B, "Do you remember my old friend Ross?"))
    assert (B, "friend", "Ross") in said_by(*lines)
    assert not ended_by(*lines)
