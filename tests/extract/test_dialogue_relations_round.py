"""Issue 13: how people in a multi-party dialogue stand to one another when a named person is said to be someone's
("Ivo is your friend", "Nadia is our friend", "this is my good friend Tomas", "I'm a friend of Greta's", "I became
friends with Lorcan").

Invented dialogues in the style of a TV script (speakers "Speaker 1", "Speaker 2"). Look-alikes give nothing:
questions, negations, suppositions ("if ... ", "pretend ..."), quoted words, a relative of someone else's relative
("your friend's brother") and a plain greeting word taken for a name.
"""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn
from tests.extract.dialogue_facts import said_by

A, B, C = "Speaker 1", "Speaker 2", "Speaker 3"


def said(*lines: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The facts of a dialogue of ``(speaker, text)`` lines, without speaker naming."""
    turns = [Turn("c", str(i + 1), who, text) for i, (who, text) in enumerate(lines)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor(name_speakers=False).extract(turns)}


@pytest.mark.parametrize(("lines", "fact"), [
    # the addressee's friend: the other of two speakers
    (((A, "Look, Ivo is your friend. Just call him."), (B, "Fine, fine.")), (B, "friend", "Ivo")),
    (((A, "Come on, Pasha's your best friend!"), (B, "Was.")), (B, "friend", "Pasha")),
    # "our": the speaker's (and the others')
    (((A, "Hey, Nadia is our friend. She needs us tonight."), (B, "Right."), (C, "Let's go.")), (A, "friend", "Nadia")),
    (((A, "Oh relax, Bruno is one of our oldest friends."), (B, "Ok.")), (A, "friend", "Bruno")),
    # a word of closeness before the named relative
    (((A, "Everyone, this is my good friend Tomas."), (B, "Hi Tomas!"), (C, "Hello.")), (A, "friend", "Tomas")),
    (((A, "And over there is my dear old friend, Wendell."), (B, "Nice.")), (A, "friend", "Wendell")),
    # "a friend of X's"
    (((A, "Hi, I'm a friend of Greta's. She said I could wait here."), (B, "Sure.")), (A, "friend", "Greta")),
    (((A, "I'm actually an old friend of Dolores Vane."), (B, "Oh!")), (A, "friend", "Dolores Vane")),
    # became friends
    (((A, "I became friends with Lorcan in the fourth grade."), (B, "Cute.")), (A, "friend", "Lorcan")),
])
def test_named_relation_said_in_dialogue(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines)


@pytest.mark.parametrize(("lines", "person"), [
    (((A, "Ivo is your friend?"), (B, "Sort of.")), "Ivo"),  # a question
    (((A, "Ivo is not your friend, he just uses you."), (B, "Hm.")), "Ivo"),  # negated
    (((A, "If Ivo is your friend, why won't he call?"), (B, "Busy.")), "Ivo"),  # a supposition
    (((A, "Pretend that Nadia is our friend, okay?"), (B, "Ok.")), "Nadia"),  # a game
    (((A, "He keeps saying \"Nadia is our friend\" but she isn't."), (B, "Yeah.")), "Nadia"),  # quoted words
    (((A, "Ivo is your friend's brother, remember?"), (B, "Oh.")), "Ivo"),  # someone else's relative
    (((A, "I'm not a friend of Greta's."), (B, "Ok.")), "Greta"),  # negated
    (((A, "I never became friends with Lorcan."), (B, "Why?")), "Lorcan"),  # negated
    (((A, "Maybe I should become friends with Lorcan."), (B, "Do it.")), "Lorcan"),  # a wish, not a fact
    (((A, "My old boyfriend Kurt is in town."), (B, "Uh-oh.")), "Kurt"),  # a love that is over: no partner now
])
def test_look_alikes_say_nothing(lines: tuple[tuple[str, str], ...], person: str) -> None:
    kin = {"friend", "partner", "spouse", "sibling", "colleague", "roommate"}
    assert not {f for f in said_by(*lines) if f[2] == person and f[1] in kin}  # an ending ("my old boyfriend") may be


def test_greeting_word_is_no_friend() -> None:
    facts = said((A, "Okay, this is my good friend, okay?"), (B, "Sure."))
    assert not {f for f in facts if f[1] == "friend"}


def test_love_said_back_settles_who_was_meant() -> None:
    facts = said((A, "Okay, I'm heading out, see you all."), (B, "Bye, Marta."), (C, "Bye honey, I love you."),
                 (A, "I love you, too."))
    assert {(C, "positiveImpression", A), (A, "positiveImpression", C)} <= facts


def test_love_back_with_a_name() -> None:
    facts = said((A, "So what?"), (B, "I love you, Odile."), (C, "Oh, I love you too Kasper."), (A, "Huh."))
    assert (C, "positiveImpression", B) in facts and (B, "positiveImpression", C) in facts


@pytest.mark.parametrize("before", ["Do you love me?", 'He wrote "I love you" on a napkin.', "I love you guys!",
                                    "I love pizza."])
def test_love_back_needs_a_love_said(before: str) -> None:
    facts = said((A, "Hi."), (B, before), (C, "I love you too."))
    assert (B, "positiveImpression", C) not in facts


@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "I am so mad at Lorcan right now."), (B, "Why?")), (A, "negativeImpression", "Lorcan")),
    (((A, "Relax. Pasha's the one I'm angry at."), (B, "Ok.")), (A, "negativeImpression", "Pasha")),
    (((A, "Honestly? I was really pissed at you last week."), (B, "I know.")), (A, "negativeImpression", B)),
    (((A, "Heads up, Bruno and Ilse hate us."), (B, "Great.")), ("Ilse", "negativeImpression", A)),
    (((A, "Face it, Greta hates me."), (B, "She doesn't.")), ("Greta", "negativeImpression", A)),
    (((A, "Yes, Tomas is the one I love."), (B, "Finally.")), (A, "positiveImpression", "Tomas")),
])
def test_anger_said_of_someone(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines)


@pytest.mark.parametrize("line", [
    "I'm not mad at Lorcan.", "Are you mad at Lorcan?", "If I was mad at Lorcan, I'd tell him.",
    "I would be so mad at Lorcan.", "Lorcan doesn't hate me.", "Lorcan hates me? No way.", "Mosquitoes hate me!",
])
def test_anger_look_alikes(line: str) -> None:
    assert not {f for f in said((A, line), (B, "Hm.")) if f[1] == "negativeImpression"}


@pytest.mark.parametrize(("line", "fact"), [
    ("No, my dentist is Ferdinand! I can't ask him.", ("Ferdinand", "jobTitle", "dentist")),
    ("She kissed Mrs. Oduya, our 60-year-old librarian.", ("Mrs. Oduya", "jobTitle", "librarian")),
])
def test_named_job(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, line), (B, "Oh."))


@pytest.mark.parametrize("line", ["Our first contestant is Ferdinand Ruiz.", "I got a part on a soap, Nick the boxer.",
                                  "My dentist is Ferdinand's cousin."])
def test_named_job_look_alikes(line: str) -> None:
    assert not {f for f in said((A, line), (B, "Oh.")) if f[1] == "jobTitle"}


@pytest.mark.parametrize("line", ["Okay, I gotta run. I have to break up with Vito.", "I'm gonna break up with Vito tonight.",
                                  "Fine. I'm breaking up with Vito.", "I'm dumping Vito today."])
def test_break_up_to_come_tells_a_couple(line: str) -> None:
    assert (A, "partner", "Vito") in said((A, line), (B, "Wow."))


@pytest.mark.parametrize("line", ["Should I break up with Vito?", "I'm not breaking up with Vito!",
                                  "I would never break up with Vito.", "If I break up with Vito, I'll be alone.",
                                  "You have to break up with Vito.", "I have to dump Vito's old couch."])
def test_break_up_look_alikes(line: str) -> None:
    assert (A, "partner", "Vito") not in said((A, line), (B, "Hm."))
