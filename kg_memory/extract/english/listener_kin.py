"""The listener's relatives and pets, said to them: in a conversation of two, "You've hiked with your dogs, right?",
"How's your wife?", "Tell your sister Mia I said hi" give the other speaker dogs, a wife, a sister (Mia), as "my dogs"
gives the speaker; not where no one else is sure to be the listener (a group), nor a supposition ("if your wife found
out"), a denial ("you don't have a dog"), one said after "like" ("like your mom") or a part played ("I'm playing your husband"), a jibe ("your mom!")
a relative of the speaker's said as the listener's ("I'm your brother": who the speaker is), one asked back ("Your
kids?"), an animal eaten ("eat your fish"), nor a name asked about ("is your wife Rachel?": the wife, not her name;
"What's your daughter's name again?": the reply names her, :mod:`..replies`)."""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import KIN_PREDICATE, PET
from .objects import owned_entity, plausible_name
from .segment import conditional

__all__ = ["listener_kin"]

#: The family words read (not a friend, a boss or an ex: who they are to the listener is less plain when said so)
_FAMILY = ("wife|husband|fianc[eé]e?|girlfriend|boyfriend|son|sons|daughter|daughters|kids|children|mom|mother|mum|dad|"
           "father|parents|sister|sisters|brother|brothers|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|"
           "niece|nephew|grandkids|grandchildren")
_YOUR = lazy(rf"(?<![\w'])(?P<lead>(?:(?:i\s*['’]?m|i\s+am|i\s+was|we\s*['’]?re|we\s+are|be)\s+(?:(?:still|just|also|only)\s+)?|like\s+|than\s+|as\s+|(?:play|plays|playing|played)\s+))?your\s+(?:(?:little|big|older|younger|baby|twin|two|"
             rf"three|new|old)\s+)?(?:(?P<kin>{_FAMILY})|(?P<pet>{PET}))\b(?!['’]s\s+(?:house|place|name))"
             rf"(?:,?\s+(?P<n>(?-i:[A-Z][a-z]+))\b)?", re.I)
#: A jibe or a cry: "your mom!", "yo mama", "your mother's so fat"
_JIBE = lazy(r"\byour\s+(?:mom|mother|mama|momma)\s*(?:[!]|['’]s\s+so\b|is\s+so\s+(?:fat|ugly|old))", re.I)
#: Animals that are food as often as pets: "eat your fish", "your chickens"
_FOOD = lazy(r"fish|fishes|chickens?|pigs?|cows?|goats?|turkeys?|lambs?|crabs?|lobsters?|shrimps?")
#: A relative said back as a question: "Your kids?", "your wife?!"
_ECHO = lazy(r"(?:(?:oh|what|wait|huh|um+)[,.!]?\s+)?your\s+[\w'-]+\s*[?!.]+", re.I)
#: "is your wife Rachel?": a name asked about, not told
_IS_YOUR = lazy(r"\b(?:is|was|isn't|wasn't)\s+your\s", re.I)
_DENIED = lazy(r"\b(?:no|not|never|don't|doesn't|didn't|haven't|hasn't|without|wish|imagine|pretend|suppose)\b", re.I)


def listener_kin(turn: Turn, discourse: Discourse) -> list[Found]:
    """The other speaker's relatives and pets ``turn`` names as "your ..." (see the module)."""
    if "your" not in turn.text.lower():
        return []
    listener = discourse.addressee(turn)
    if listener is None:
        return []
    out: list[Found] = []
    for sentence in re.split(r"(?<=[.!?])\s+", turn.text):
        if "your" not in sentence.lower() or conditional(sentence) or _DENIED.search(sentence) or _JIBE.search(sentence):
            continue
        if _ECHO.fullmatch(sentence.strip()):
            continue  # "Your kids?": what the other said, asked back
        for m in _YOUR.finditer(sentence):
            if m.group("lead") or m.group("pet") and _FOOD.fullmatch(m.group("pet").lower()):
                continue  # "I'm your brother", "you're just like your mother", "eat your fish"
            asked = sentence.rstrip().endswith("?") and _IS_YOUR.search(sentence) is not None  # "is your wife Rachel?"
            name = m.group("n") if m.group("n") and plausible_name(m.group("n")) and not asked else None
            if m.group("kin"):
                noun = m.group("kin").lower()
                ent = owned_entity(listener, noun, "Person", name)  # no mention: "she" after it may be another
                out.append((listener, KIN_PREDICATE.get(noun.replace("é", "e"), KIN_PREDICATE.get(noun, "relative")), ent, 0.55, None))
            else:
                noun = " ".join(m.group("pet").lower().split())
                out.append((listener, "hasPet", owned_entity(listener, noun, "Animal", name), 0.55, None))
    return out
