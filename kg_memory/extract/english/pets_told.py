"""Pets told without "i have": a pet said to be one's pet ("my pet is a cow", "my only pets are two cats and a dog",
"our pet is a bunny named Flo") and one's own pet spoken of in a question ("can my parakeet come?", "how do i keep my
dog off the couch?": whatever is asked, the speaker has the pet). Not a pet to come ("should my new puppy be a lab?",
"my future dog", "my own cat"), another's ("is your dog ok?"), a denial ("my pet is not a dog", "my pet isn't a cat"),
a pet of the past ("my pet was a rabbit", "did he die, like my cat?"), nor a word that names no pet ("my pet peeve",
"my lab partner", "do you like my little pony?": a toy). A pet taken in is had as one adopted is: "i recently took in a
stray kitten", "we have taken in two rescue dogs" (not "if i took in a dog", nor "took in a movie": no pet).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "x")
>>> state = TurnState()
>>> scan_pet_is("my only pets are two cats and a hamster", turn, Discourse([turn]), state)
>>> scan_asked_pets("can my parakeet come too?", turn, Discourse([turn]), state)
>>> scan_asked_pets("should my new puppy be a lab?", turn, Discourse([turn]), state)
>>> scan_pet_is("we just took in a stray rabbit", turn, Discourse([turn]), state)
>>> [(p, o.label) for _, p, o, _, _ in state.facts]
[('hasPet', "Ann's cats"), ('hasPet', "Ann's hamster"), ('hasPet', "Ann's parakeet"), ('hasPet', "Ann's rabbit")]
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import KIN, PET, PET_COMPOUND
from .mentions import TurnState
from .objects import owned_entity, plausible_name
from .segment import normalize

__all__ = ["scan_asked_pets", "scan_pet_is"]

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
#: words that may stand between the count and the pet: "a large dog", "two very old cats"
_DESCRIBED = r"(?:(?!(?:and|or|but|not|named|called)\b)[\w'-]+\s+){0,2}?"
#: "my pet is a cow", "our only pets are two cats", "my pet is a large dog named roscoe"
_PET_IS = lazy(
    rf"\b(?:my|our)\s+(?:(?:only|one|sole|little)\s+)?pets?\s+(?:is|are)\s+(?:(?:just|actually|really)\s+)?"
    rf"{_COUNT}\s+{_DESCRIBED}(?P<noun>{PET})(?![\w'-])(?:\s+(?:named|called)\s+(?P<name>[\w'-]+))?",
    re.I,
)
#: "i recently took in a stray cat", "we have taken in two rescue dogs": pets taken in, had as adopted ones are
_TOOK_IN = lazy(rf"\b(?:i|we)\s+(?:(?:just|recently|finally|also|have|had)\s+){{0,2}}(?:took|taken)\s+in\s+{_COUNT}\s+{_DESCRIBED}"
                rf"(?P<noun>{PET})(?![\w'-])", re.I)
#: "if (i took in a dog)", "(i wish) i had taken in": a pet taken in only in thought
_THOUGHT = lazy(r"\b(?:if|wish|would|should|could|might)\b", re.I)
#: "(two cats) and a hamster", "(four cats), two dogs": another pet of the list
_AND_PET = lazy(rf"\s*(?:,\s*(?:and\s+|plus\s+)?|\s(?:and|&|plus)\s+){_COUNT}\s+{_DESCRIBED}(?P<noun>{PET})(?![\w'-])", re.I)
#: "my parakeet", "my two old dogs", "my cat Mochi" in a question (a pet to come: "my new/future/own/next dog", none)
_MY_PET = lazy(
    rf"\b(?i:my|our)\s+(?!(?i:little\s+pon(?:y|ies))\b)(?:(?i:two|three|four|five|\d+|little|old|big|sweet|baby|senior|rescue|elderly|lazy|fat|young|"
    rf"tiny|huge|poor|dumb|silly|crazy|[\w]+-year-old)\s+){{0,2}}(?P<noun>(?i:{PET}))(?![\w'-])"
    rf"(?!\s+(?i:{PET_COMPOUND})\b)(?:\s*,?\s*(?P<name>[A-Z][a-z][\w'-]*)(?!['’]s)\b)?",
)

#: "i have one named rex", "we got one called Mo": one of a kind said before ("i love ferrets"), or just after
_ONE_NAMED = lazy(r"\b(?:i|we)\s+(?:have|own|got|have\s+got)\s+(?:just\s+)?one\s+(?:named|called)\s+(?P<n>[\w'-]+)", re.I)
#: the kinds of pets and people a turn speaks of, the last of which "one" stands for ("do you have kids ? i have one")
_KIND = lazy(rf"\b(?:(?P<pet>{PET})|{KIN})(?![\w'-])", re.I)
_KIND_AFTER = lazy(rf"\s*,?\s*(?:it\s+is|its|he\s+is|she\s+is)\s+(?:just\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?P<pet>{PET})(?![\w'-])", re.I)


def _kind_of_one(text: str, one: re.Match[str]) -> str | None:
    """The pet ``one`` (a match of :data:`_ONE_NAMED` in a clause of ``text``) is one of, in the singular: the last kind
    said before it in ``text``, if a pet, or the pet said just after its name; None when the kind is no pet."""
    low = normalize(text)
    at = low.lower().find(one.group(0).lower())
    before = list(_KIND.finditer(low, 0, max(at, 0)))
    after = _KIND_AFTER.match(low, at + len(one.group(0))) if at >= 0 else None
    kind = before[-1].group("pet") if before else after.group("pet") if after else None
    if not kind:
        return None
    kind = kind.lower()
    return kind[:-3] + "y" if kind.endswith("ies") else kind[:-1] if kind.endswith("s") and not kind.endswith("ss") else kind


#: A question that tells of a death: "did he die, like my cat?", "is my old dog dead?"
_GONE = lazy(r"\b(?:die|died|dies|dying|dead|passed\s+(?:away|on)|put\s+down)\b", re.I)


def scan_pet_is(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the pets that ``clause`` (a statement) says the speaker's pets are ("my pet is a cow"), and the one named
    after its kind was said ("i love ferrets , i have one named bandit"; "i have one named rex , he is a pug")."""
    one = _ONE_NAMED.search(clause) if " one " in clause.lower() else None
    if one is not None and plausible_name(one.group("n")) and (kind := _kind_of_one(turn.text, one)) is not None:
        state.collect([(discourse.speaker(turn), "hasPet", owned_entity(discourse.speaker(turn), kind, "Animal", one.group("n")),
                        0.7, None)])
    took = _TOOK_IN.search(clause) if " in " in clause.lower() else None
    if took is not None and not _THOUGHT.search(clause, 0, took.start()):  # "i recently took in a stray cat"
        state.collect([(discourse.speaker(turn), "hasPet", owned_entity(discourse.speaker(turn), took.group("noun").lower(), "Animal", None),
                        0.75, None)])
    if "pet" not in clause.lower():
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _PET_IS.finditer(clause):
        name = m.group("name") if m.group("name") and plausible_name(m.group("name")) else None
        out.append((speaker, "hasPet", owned_entity(speaker, m.group("noun").lower(), "Animal", name), 0.8, None))
        end = m.end()
        while (more := _AND_PET.match(clause, end)) is not None:  # "my pets are four cats and two dogs"
            out.append((speaker, "hasPet", owned_entity(speaker, more.group("noun").lower(), "Animal", None), 0.75, None))
            end = more.end()
    state.collect(out)


def scan_asked_pets(question: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's own pets that ``question`` speaks of ("can my parakeet come?"): what is asked is not
    known, but the pet is had whatever the answer."""
    if "my " not in question.lower() and "our " not in question.lower() or _GONE.search(question):
        return  # "did he die, like my cat?": a pet no longer had
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _MY_PET.finditer(question):
        name = m.group("name") if m.group("name") and plausible_name(m.group("name")) else None
        out.append((speaker, "hasPet", owned_entity(speaker, m.group("noun").lower(), "Animal", name), 0.7, None))
    state.collect(out)
