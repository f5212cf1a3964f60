"""Issue 13: the bond between a speaker and the person they talk to, said in words of praise, a calling or a
self-naming ("you're the best friend I ever had", "Morning, roomy!", "It's your sister!", "we're roommates" in a
group), read by :mod:`kg_memory.extract.english.addressed`.

Invented dialogues of two or more speakers: "you" is the other of two, a name the turn calls out, or the speaker the
turn answers. Questions, conditions, comparisons, negations, someone else's bond and plural callings give nothing.
"""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


def said(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The current facts of a dialogue of ``(speaker, text)`` lines, without speaker naming."""
    turns = [Turn("c", str(i + 1), who, text) for i, (who, text) in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor(name_speakers=False).extract(turns) if not f.ended}


def bonds(facts: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The bonds to a person (not to a relative known by its owner alone: "your sister's car" tells the listener has
    a sister, and no bond between the speakers)."""
    return {f for f in facts if f[1] in ("friend", "roommate", "sibling", "parent", "partner", "spouse", "positiveImpression")
            and not (f[0] in (A, B, C) and f[2].startswith(f"{f[0]}'s ") and " " not in f[2][len(f[0]) + 3:])}


@pytest.mark.parametrize(("lines", "fact"), [
    # praise of the friend or roommate one is talking to
    (((A, "I'll drive you."), (B, "You're the best friend I ever had.")), (B, "friend", A)),
    (((A, "I told her you were sick."), (B, "Wow, you are a good friend.")), (B, "friend", A)),
    (((A, "Sure."), (B, "Hi."), (C, "Ross, you're an amazing friend of mine.")), (C, "friend", "Ross")),
    (((A, "Hi."), (C, "I cleaned up."), (B, "Rachel, you're the best roommate ever!")), (B, "roommate", "Rachel")),
    # a roommate called as one
    (((A, "Coffee's ready."), (B, "Morning, roomy!")), (B, "roommate", A)),
    (((A, "Thanks for the help."), (B, "No problem roomie.")), (B, "roommate", A)),
    (((A, "Hi."), (C, "Can I come in?"), (B, "C'mon in here you roomie.")), (B, "roommate", C)),
    # the speaker names themself by the bond (at the door, on the phone)
    (((A, "Who is it?"), (B, "It's your favorite sister.")), (A, "sibling", B)),
    (((A, "Hello?"), (B, "It's me, your mother.")), (A, "parent", B)),
    (((A, "Hi."), (C, "Go away."), (B, "Rachel!! Open up!! It's your sister!!")), ("Rachel", "sibling", B)),
    # a person missed
    (((A, "I'm back."), (B, "Oh God, I missed you so much!")), (B, "positiveImpression", A)),
    (((A, "Surprise!"), (B, "I've missed you!")), (B, "positiveImpression", A)),
    (((A, "She's asleep."), (B, "Hi Emma. Oh my God, I missed you.")), (B, "positiveImpression", "Emma")),  # called by name
    # in a group, the one who answers in kind is the one spoken to
    (((A, "Go."), (C, "I missed you so much."), (B, "Miss you too!")), (C, "positiveImpression", B)),
    # "we" in a group: the person called, else the one answered
    (((A, "Hi."), (C, "You can't come in here."), (B, "Rachel, we're roommates!")), (B, "roommate", "Rachel")),
    (((A, "Hi."), (C, "Like I ever mattered."), (B, "You had an impact on me. It's 15 years later and we're still best friends.")), (B, "friend", C)),
])
def test_bond_with_the_person_spoken_to(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines)


@pytest.mark.parametrize("lines", [
    ((A, "Well?"), (B, "If you were a good friend, you'd help me.")),  # a condition
    ((A, "Well?"), (B, "You're not a good friend.")),  # a negation
    ((A, "Well?"), (B, "Are you a good friend?")),  # a question
    ((A, "Well?"), (B, "She's like a good friend to me.")),  # a comparison
    ((A, "Well?"), (B, "You're a good friend to him.")),  # someone else's friend
    ((A, "Well?"), (B, "You're the best friend anyone could want.")),  # a wish-like praise, not a bond said
    ((A, "Hi."), (C, "Yay!"), (B, "We're gonna be roomies! Come on!")),  # to be, not called
    ((A, "Hi."), (C, "Hey."), (B, "Hey roomies!")),  # a room called: which of them is unknown
    ((A, "Whose car is that?"), (B, "It's your sister's car.")),  # the sister's car
    ((A, "Hello?"), (B, "Is it your sister?")),  # a question
    ((A, "Hi."), (C, "Hey."), (B, "C'mon, they're roommates!")),  # others' bond; "C'mon" calls nobody
    ((A, "Hi."), (C, "Hey."), (B, "C'mon, we're roommates!")),  # "C'mon" is no name, and "we" is told to nobody in particular
    ((A, "Hi."), (C, "Hey."), (B, "If we're friends, help me.")),  # a condition
    ((A, "Hi."), (C, "Hey."), (B, "We're friends, you know.")),
    ((A, "Well?"), (B, "Sorry, I missed you at the party.")),  # a meeting that failed
    ((A, "Hi."), (C, "Hey."), (B, "I missed you guys!")),  # a group: which of them is unknown
    ((A, "Kiss him!"), (C, "If you don't, I will!"), (B, "Oh, I missed you so much!")),  # in a group, not the one answered  # in a group, "we" told to nobody in particular
])
def test_look_alikes_give_no_bond_to_a_wrong_person(lines: tuple[tuple[str, str], ...]) -> None:
    assert not bonds(said(*lines))


def test_a_bond_said_of_someone_absent_is_theirs() -> None:
    # the sister's roomie, not the one spoken to (the speaker's own roomie: test_en_roomie_wifey)
    found = bonds(said((A, "Hi."), (B, "My sister's roomie is sick.")))
    assert not {f for f in found if A in (f[0], f[2])}
    assert (f"{B}'s sister", "roommate", f"{B}'s sister's roomie") in found


def test_the_one_who_answers_in_kind_is_the_one_spoken_to_not_the_one_answered() -> None:
    facts = said((A, "Go, you'll be late."), (C, "Bye sweetie, I love you."), (B, "I love you, too."))
    assert (C, "positiveImpression", B) in facts and (C, "positiveImpression", A) not in facts


def test_the_one_who_takes_the_words_as_said_to_them_is_the_one_spoken_to() -> None:
    facts = said((A, "How's she doing?"), (C, "The doctor says it's a matter of hours."), (B, "How are you, Mom?"),
                 (A, "Me? I'm fine. I'm glad you're here."))
    assert (B, "parent", A) in facts and (B, "parent", C) not in facts


def test_the_one_answered_is_kept_when_the_next_turn_is_no_reply_in_kind() -> None:
    facts = said((A, "Go, you'll be late."), (C, "Bye sweetie, I love you."), (B, "Okay, bye."))
    assert (C, "positiveImpression", A) in facts and (C, "positiveImpression", B) not in facts


def test_come_on_calls_nobody_and_you_is_the_one_answered() -> None:
    assert (B, "roommate", C) in said((A, "Hi."), (C, "Get out."), (B, "C'mon, you know we're roommates! Move your stuff."))
