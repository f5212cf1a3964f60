"""A time of childhood said beside a move: "We moved to Ohio when I was ten", "I moved to Denver as a kid",
"when I was little we moved to Texas" - the place is where the speaker grew up, not where they live now; and a pet
named with a time of childhood ("I played with my dog as a kid", "my childhood dog was named Rex") was had then, not
now (:func:`had_young`), and is told apart from the pet of now by its name: "Ann's childhood dog" (:func:`childhood_pet`).

>>> moved_young("We moved to Ohio when I was ten."), moved_young("We moved to Ohio when I was 25.")
(True, False)
>>> moved_young("I moved to Denver as a kid"), moved_young("I moved to Denver when my kid was born")
(True, False)
>>> had_young("i played with my dog as a kid"), had_young("i got my cat when i was ten")
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...types import Entity
from ..framework import lazy

__all__ = ["childhood_pet", "had_young", "moved_young"]

#: The ages of a child, in words and digits (up to seventeen).
_AGE = (r"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen)(?:\s+years?\s+old)?")
#: "when I was ten / a kid / little / in high school", "as a kid", "at (the) age (of) ten", "growing up".
_YOUNG = lazy(rf"\b(?:when\s+(?:i|we)\s+(?:was|were)\s+(?:(?:just|only|still)\s+)?(?:{_AGE}|(?:a\s+)?(?:kids?|child|children|baby|"
              r"babies|toddlers?|teens?|teenagers?|little\s+(?:kids?|girl|boy)|boy|girl)|little|young|small|in\s+(?:the\s+)?"
              rf"(?:(?:elementary|middle|high|grade|primary|junior\s+high)\s+school|(?:\w+\s+)?grade))|as\s+(?:a\s+)?(?:kids?|child|"
              rf"children|baby|toddler|teenager)|at\s+(?:the\s+)?age\s+(?:of\s+)?{_AGE}|growing\s+up)\b", re.I)


def moved_young(sentence: str) -> bool:
    """Whether ``sentence`` says a time of the speaker's childhood (see the module docstring)."""
    return _YOUNG.search(sentence) is not None


#: "my childhood dog", "my childhood cat"
_CHILDHOOD = lazy(r"\bchildhood\b", re.I)
#: what says that a pet named with a time of childhood may be had still: got then ("i got my cat when i was ten"), had
#: since ("i have had my dog since i was a kid"), still had ("my dog is still with me")
_STILL_HAD = lazy(r"\b(?:since|still|got|get|adopted|rescued|bought|found|have\s+had|has\s+had|together)\b", re.I)


def had_young(clause: str) -> bool:
    """Whether ``clause`` tells a time of the speaker's childhood, so that a pet named in it was had then and is no
    more ("i played with my dog as a kid", "growing up i loved my cat", "my childhood dog was named rex"), unless the
    clause says the pet was got then or is had still (see :data:`_STILL_HAD`)."""
    return (moved_young(clause) or _CHILDHOOD.search(clause) is not None) and _STILL_HAD.search(clause) is None


def childhood_pet(pet: Entity, owner: Entity, clause: str) -> Entity:
    """``pet`` of ``owner`` as the pet of the childhood that ``clause`` tells ("i had a cat as a kid": "Ann's childhood
    cat"; a named one keeps its name, its kind becomes "Ann's childhood cat" too), else ``pet`` itself. Stored as ended,
    "Ann's cat" would close the cat of now ("i have a cat now , my childhood cat was a tabby": two cats, one had still).

    >>> childhood_pet(Entity("Ann's cat", "Animal"), Entity("Ann", "Person"), "i had a cat as a kid").label
    "Ann's childhood cat"
    >>> childhood_pet(Entity("Ann's cat", "Animal"), Entity("Ann", "Person"), "i had a cat").label
    "Ann's cat"
    """
    if not had_young(clause):
        return pet
    mine = f"{owner.label}'s "

    def then(label: str) -> str:  # "Ann's two cats": "Ann's two childhood cats"
        if not label.startswith(mine) or " childhood " in label:
            return label
        *count, kind = label[len(mine):].split(" ")
        return mine + " ".join([*count, "childhood", kind])

    return replace(pet, label=then(pet.label), aliases=tuple(then(a) for a in pet.aliases))
