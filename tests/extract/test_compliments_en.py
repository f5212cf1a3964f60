"""What a speaker thinks of someone, said to them or of them in a group: compliments and jabs ("you look amazing",
"you're the best", "you are such an idiot", "Kim is so annoying") and "we love each other" (both ways).

Invented dialogues. Negations, other people's views, suppositions, places and things ("Vegas is so hot", "the soup is
so hot") give nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by as said

A, B = "Speaker 1", "Speaker 2"


# -- compliments and jabs ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Wow, you look amazing!", (A, "positiveImpression", B)),
    ("You look really great tonight.", (A, "positiveImpression", B)),
    ("You're the best!", (A, "positiveImpression", B)),
    ("You are such an idiot.", (A, "negativeImpression", B)),
    ("Kim is so cute.", (A, "positiveImpression", "Kim")),
    ("Kim is so annoying.", (A, "negativeImpression", "Kim")),
])
def test_a_compliment_or_a_jab_is_the_speakers_impression(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, text), (B, "Hm."))


@pytest.mark.parametrize("text", [
    "You don't look great.",
    "Monica says you look great.",
    "If you look great, go.",
    "Kim is not cute.",
    "I don't think Kim is cute.",
    "Vegas is so hot.",
    "The soup is so hot.",
])
def test_a_negated_reported_supposed_or_thing_compliment_gives_no_impression(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Hm.")) if f[1] in ("positiveImpression", "negativeImpression")}


def test_we_love_each_other_goes_both_ways() -> None:
    facts = said((A, "Tom and I love each other."), (B, "Aww."))
    assert {(A, "positiveImpression", "Tom"), ("Tom", "positiveImpression", A)} <= facts


def test_we_do_not_love_each_other_gives_nothing() -> None:
    assert not {f for f in said((A, "We don't love each other."), (B, "Right.")) if f[1] == "positiveImpression"}


@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "I met Mindy."), (A, "Wow, she is pretty.")), (A, "positiveImpression", "Mindy")),
    (((A, "I saw David."), (A, "He's just so irresistible.")), (A, "positiveImpression", "David")),
    (((A, "Remember David?"), (A, "He's very special to me.")), (A, "positiveImpression", "David")),
    (((A, "Phoebe is very important to me, okay?"),), (A, "positiveImpression", "Phoebe")),
    (((A, "Chandler is the love of my life."),), (A, "positiveImpression", "Chandler")),
    (((A, "I used to have a huge crush on Eric Estrada."),), (A, "positiveImpression", "Eric Estrada")),
    (((A, "I saw Amanda."), (A, "She's the worst!")), (A, "negativeImpression", "Amanda")),
    (((A, "I can't believe Chip left me for that jerk Kevin."),), (A, "negativeImpression", "Kevin")),
])
def test_praise_and_scorn_said_in_passing(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines, (B, "Hm."))


@pytest.mark.parametrize("text", [
    "Paris is amazing.",
    "Starbucks is amazing.",
    "Friends is the best.",
    "She's not pretty.",
    "I don't think Kevin is amazing.",
    'He yelled "that jerk Kevin" at the TV.',
    "At first I thought she was hot, but whatever.",
])
def test_praise_of_things_denied_quoted_or_once_thought_gives_no_impression(text: str) -> None:
    assert not {f for f in said((A, "I met Kevin and Mindy."), (A, text), (B, "Hm."))
                if f[1] in ("positiveImpression", "negativeImpression")}


def test_you_are_unbelievable_is_no_praise() -> None:
    assert (A, "positiveImpression", B) not in said((A, "You are unbelievable."), (B, "What?"))


@pytest.mark.parametrize(("lines", "fact"), [
    (((A, "Kim really likes you."),), ("Kim", "positiveImpression", B)),
    (((A, "I saw Joey."), (A, "He likes me!")), ("Joey", "positiveImpression", A)),
    (((A, "I am so proud of you!"),), (A, "positiveImpression", B)),
    (((A, "We're really proud of Kim."),), (A, "positiveImpression", "Kim")),
    (((A, "You're my hero!"),), (A, "positiveImpression", B)),
])
def test_fondness_pride_and_heroes(lines: tuple[tuple[str, str], ...], fact: tuple[str, str, str]) -> None:
    assert fact in said(*lines, (B, "Aw."))


@pytest.mark.parametrize("text", [
    "Kim likes me to call first.",
    "If Kim likes you, ask her out.",
    "I think Kim likes you guys.",
    "I'm not proud of you.",
    "Nobody likes me.",
])
def test_fondness_or_pride_supposed_denied_or_of_no_one_gives_nothing(text: str) -> None:
    assert not {f for f in said((A, text), (B, "Aw.")) if f[1] == "positiveImpression"}
