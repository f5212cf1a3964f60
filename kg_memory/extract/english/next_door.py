"""Neighbours told by where they live: "Kate lives next door" (the speaker's neighbour), "I live across the hall from
you", "she just moved in across the street", "we live next door to the Hendersons" ... - two people living side by
side are neighbours.

Only a person living next door, across the hall, across the street or down the hall counts ("upstairs" may be a room
of the same house), and a person named after "to"/"from" must end the clause ("next door to Starbucks, which ..."
is still read: a capitalised place there is a risk taken, rare in speech). "I live next door" with no one named is
the speaker's word to the person the turn speaks to, read only in a two-person conversation. A question, a
supposition or a negation tells nothing (the caller skips negated and conditional sentences).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "Kate lives next door.")
>>> state = TurnState()
>>> scan_next_door("Kate lives next door.", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'neighbor', 'Kate')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import DEMONYMS, NOT_NAMES, OBJECT_PRONOUNS, PLAIN_NAME, STOP
from .mentions import TurnState
from .people import addressee_of, third_of

__all__ = ["scan_next_door"]

_BESIDE = lazy(
    rf"(?<![\w'’])(?P<s>(?i:i|we|he|she)|{PLAIN_NAME})\s+(?:(?i:still|now|also|just|actually)\s+)*"
    r"(?i:live|lives|(?:am|is|are|['’]m|['’]s|['’]re)\s+living|(?:just\s+)?moved\s+in)\s+(?i:right\s+)?"
    r"(?i:next\s+door|across\s+the\s+(?:hall|street|landing)|down\s+the\s+hall)"
    rf"(?:\s+(?i:to|from)\s+(?:(?P<you>(?i:you))|(?P<me>(?i:me|us))|(?P<him>(?i:him))|(?P<her>(?i:her))|(?P<o>{PLAIN_NAME})))?"
    r"(?=\s*(?:[.!,;…]|$|(?i:and|but|so|now)\b))"
)


def _named(name: str, turn: Turn) -> Entity | None:
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or name == turn.speaker:
        return None
    return Entity(name, "Person")


def _who(word: str, sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    low = word.lower()
    if low in ("i", "we", "me", "us"):
        return discourse.speaker(turn), 1.0
    if low == "you":
        return addressee_of(sentence, turn, discourse)
    if low in ("he", "him"):
        return third_of("he", turn, discourse)
    if low in ("she", "her"):
        return third_of("she", turn, discourse)
    named = _named(word, turn)
    return (named, 0.9) if named is not None else None


def scan_next_door(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the neighbours ``sentence`` tells by where they live (see the module)."""
    low = sentence.lower()
    if not ("next door" in low or "across the" in low or "down the hall" in low) or "?" in sentence:
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _BESIDE.finditer(sentence):
        one = _who(m.group("s"), sentence, turn, discourse)
        other_word = next((m.group(g) for g in ("you", "me", "him", "her", "o") if m.group(g)), None)
        if other_word is not None:
            other = _who(other_word, sentence, turn, discourse)
        elif one is not None and one[0] == speaker:  # "I live next door": to the one spoken to, if surely one
            addressee = discourse.addressee(turn)
            other = (addressee, 0.8) if addressee is not None else None
        else:  # "Kate lives next door": to the speaker
            other = (speaker, 1.0)
        if one is not None and other is not None and one[0] != other[0]:
            a, b = (one[0], other[0]) if one[0] == speaker or other[0] != speaker else (other[0], one[0])
            out.append((a, "neighbor", b, round(0.7 * one[1] * other[1], 2), None))
    state.collect(out)
