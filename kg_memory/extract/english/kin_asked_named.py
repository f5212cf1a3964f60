"""A relative of the one answering asked after, answered by name: "How's your wife doing?" - "Jenny's great, thanks."
(Jenny is the answerer's wife), "Your wife is coming?" - "Abena's at work.", "Was your wife with you?" - "Margaret
passed two years ago.", "And your brother? He used to come every year." - "Leonard passed in March."

People asked after their relative often answer with the relative's name, the name opening the answer as the subject
of what they tell. It reads the turn before (another speaker's), which speaks of one relative of the one spoken to
("your wife"; no other "your" relative, not a plural one: "your kids") and ends asking ("?"), and the first sentence
of the answer, opening with a name and a verb ("Jenny's", "Abena is", "Margaret passed"; not a name called: "Jenny,
she's fine."). Not a name of the other gender than the relative's ("How's your brother?" - "Sarah's with him."), nor
one whose sentence speaks of the relative as "him" or "her" ("Mike's driving him.": Mike is someone else), nor a
speaker's own name or label. :func:`.asked_after.scan_asked_after` reads the mirror ("Where's Dev?" - "My husband is
parking.") and calls this.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "2", "B", "Jenny's great, thanks.")
>>> state = TurnState()
>>> scan_kin_named("How's your wife doing?", "Jenny's great, thanks.", turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('B', 'spouse', 'Jenny')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..names import plausible_name
from ..pronouns import FEMALE, MALE, Discourse, gender_of_name, gender_of_noun
from .lexicon import DEMONYMS, KIN, KIN_MODS, KIN_PREDICATE, NOT_NAMES, STOP
from .mentions import CLOSE_MODS, TurnState

__all__ = ["scan_kin_named"]

#: "your wife", "your older brother", "your mom": a relative of the one spoken to.
_YOUR_KIN = lazy(rf"\byour\s+(?:{CLOSE_MODS})(?:{KIN_MODS})(?P<noun>{KIN})(?![\w'-])", re.I)
#: A name opening the answer as the subject of a verb: "Jenny's great", "Abena is at work", "Margaret passed".
_NAME_OPENS = lazy(r"^\W*(?:(?:oh|well|um|uh|yeah|yes|no|actually)[\s,.!]+)*(?P<a>(?-i:[A-Z][a-z][\w-]*)(?:\s+(?-i:[A-Z][a-z][\w-]*))?)"
                   r"(?:['’]s(?!\s+(?:wife|husband|mom|dad|car|house|place|[a-z]+'s))\b|\s+(?:is|was|has|had|will|passed|died|"
                   r"works|lives|went|got|left|moved|just|still|can't|couldn't|isn't|wasn't|won't|didn't|doesn't|says|said|"
                   r"sends|stayed|stays|is\s+not)\b)", re.I)
_SENTENCE_END = lazy(r"[.!?…](?:\s|$)")
#: "And your brother? He used to come every year.": a relative asked after alone, then "he" or "she" told of.
_ASKED_THEN_TOLD = lazy(r"^\W*(?P<q>(?:(?:and|so|oh|what\s+about|how\s+about)\s+)?your\s+[a-z-]+(?:\s+[a-z-]+)?\s*\?)\s+"
                        r"(?:he|she)\b[^?]*$", re.I)


def scan_kin_named(before: str, text: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record that the name ``text`` (the answer's normalised text) opens with is the relative of its speaker that the
    turn ``before`` asked after (see the module)."""
    if not before or "your " not in before.lower():
        return
    if not before.rstrip().endswith("?"):  # "And your brother? He used to come every year.": asked, then told of
        asked_first = _ASKED_THEN_TOLD.match(before)
        if asked_first is None:
            return
        before = asked_first.group("q")
    asked = {m.group("noun").lower() for m in _YOUR_KIN.finditer(before)}
    opens = _NAME_OPENS.match(text) if len(asked) == 1 else None
    if opens is None:
        return
    noun, name = asked.pop(), opens.group("a")
    first = name.split()[0].lower()
    if noun.endswith("s") and noun not in ("boss", "sis") or noun not in KIN_PREDICATE or first in STOP or first in NOT_NAMES \
            or first in DEMONYMS or not plausible_name(name, frozenset()):
        return  # "your kids"; "Sorry's ..."
    kin_gender, name_gender = gender_of_noun(noun), gender_of_name(name)
    if kin_gender is not None and name_gender is not None and kin_gender != name_gender:
        return  # "How's your brother?" - "Sarah's with him."
    end = _SENTENCE_END.search(text, opens.end())
    sentence = text[:end.start() if end else len(text)]
    pointed = {MALE: r"\b(?:him|he|his)\b", FEMALE: r"\b(?:her|she)\b"}.get(kin_gender or "", r"\b(?:him|her|them)\b")
    if re.search(pointed, sentence[opens.end():], re.I):
        return  # "Is your brother coming?" - "Mike's driving him.": Mike is someone else
    person, speaker = Entity(name, "Person"), discourse.speaker(turn)
    if name in (speaker.label, turn.speaker) or name.lower().startswith("speaker"):
        return
    state.collect([(speaker, KIN_PREDICATE[noun], person, 0.65, None)])
    discourse.mention(turn, person, kin_gender)
