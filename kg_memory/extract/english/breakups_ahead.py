"""A break-up still to come tells a couple now: "I have to break up with Janice", "I'm gonna break up with Tony", "I'm
dumping him today" - the speaker is with that person (a break-up said as done is an ending, see :mod:`.people`).

The speaker's own plans count, said as a statement, and so does the bare advice "Break up with Charlie!" / "Just dump
him." (the one told is with that person): "Should I break up with Tony?" asks, "I'm not breaking up with her" and "I
can't break up with him" are read elsewhere as negations (the caller skips them), and "if you break up with Janice" is
a supposition. "Him"/"her" must be a person whose gender is known.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "I gotta go. I have to break up with Vince.")
>>> state = TurnState()
>>> scan_breakups_ahead("I have to break up with Vince.", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'partner', 'Vince')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import FEMALE, MALE, Discourse
from .lexicon import DEMONYMS, NAME, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import TurnState
from .people import addressee_of

__all__ = ["scan_breakups_ahead"]

#: "I have to break up with Vince", "I'm gonna dump him", "I'm breaking up with Tony tonight".
_AHEAD = lazy(
    r"(?<![\w'’])(?i:i)\s*(?:(?i:have\s+to|have|gotta|got\s+to|need\s+to|(?:am|['’]m)\s+(?:going\s+to|gonna)|will|['’]ll|"
    r"want\s+to|wanna|(?:am|['’]m)(?=\s+(?:just\s+)?(?:breaking|dumping)))\s+)(?i:(?:just|finally|totally|really|so)\s+)?"
    r"(?i:break\s+up\s+with|breaking\s+up\s+with|dump|dumping)\s+"
    rf"(?:(?P<him>(?i:him))\b|(?P<her>(?i:her))(?=\s*(?:[.!,;…]|$|(?i:today|tonight|tomorrow|now|over|before|and|but)\b))|"
    rf"(?P<name>{NAME})(?![\w'’-]))")

#: "Break up with Charlie!", "Just dump him.": told to the addressee, whose partner that is.
_TOLD = lazy(
    r"^\s*(?:(?i:just|so|then|please|now|go|and|well|look|oh|honey|seriously)[\s,]+)*(?i:break\s+up\s+with|dump)\s+"
    rf"(?:(?P<him>(?i:him))\b|(?P<her>(?i:her))(?=\s*(?:[.!,;…]|$|(?i:today|tonight|now|already)\b))|"
    rf"(?P<name>{NAME})(?![\w'’-]))(?=\s*(?:[.!,;…]|$|(?i:today|tonight|now|already)\b))")


def _named(name: str, turn: Turn) -> Entity | None:
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or name == turn.speaker:
        return None
    return Entity(name, "Person")


def scan_breakups_ahead(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record a partner when ``sentence`` says the speaker will break up with them, or tells the addressee to (see the
    module)."""
    low = sentence.lower()
    if ("break" not in low and "dump" not in low) or sentence.rstrip().endswith("?"):
        return
    out: list[Found] = []
    told = _TOLD.match(sentence)
    for m in ([told] if told else []) + list(_AHEAD.finditer(sentence)):
        lover = (discourse.speaker(turn), 1.0) if m is not told else addressee_of(sentence, turn, discourse)
        if lover is None:
            continue
        if m.group("name"):
            found = _named(m.group("name"), turn)
            who = (found, 0.9) if found is not None else None
        else:
            who = discourse.third_person_named(turn, MALE if m.group("him") else FEMALE)
            who = who if who is not None and "'s " not in who[0].label else None
        if who is not None and who[0] != discourse.speaker(turn) and who[0] != lover[0]:
            out.append((lover[0], "partner", who[0], round(0.7 * who[1] * lover[1], 2), None))
    state.collect(out)
