"""Where someone studies, asked and answered with a school alone: "Where does your daughter go to school?" - "Georgia
Tech. Marine biology." (the answerer's daughter studies marine biology at Georgia Tech), "Where do you go?" - "Oberlin
College.".

It reads the turn before (another speaker's), whose last sentence asks where "you" or one relative of the one spoken
to ("your son"; not "your kids") goes to school, studies or is at school, and the answer's first sentence, which is a
school's name alone: capitalised words ending on a school word ("Georgia Tech", "Oberlin College", "Penn State"), or
any capitalised name where the question says school, college or studying ("Oberlin."). A second sentence of one to
three lower-case or capitalised words ("Marine biology.") is the field. Not an answer that says more ("Oberlin, but
she hates it" still gives the school; "Somewhere in Ohio." gives nothing).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "2", "B", "Georgia Tech. Marine biology.")
>>> state = TurnState()
>>> scan_school_asked("Where does your daughter go?", "Georgia Tech. Marine biology.", turn, Discourse([turn]), state)
>>> [(s.label, p, getattr(o, "label", o)) for s, p, o, _, _ in state.facts]
[("B's daughter", 'studiesAt', 'Georgia Tech'), ("B's daughter", 'fieldOfStudy', 'marine biology')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .lexicon import KIN, KIN_MODS, SCHOOLS
from .mentions import TurnState
from .objects import owned_entity

__all__ = ["scan_school_asked"]

#: "Where does your daughter go (to school)?", "Where's your son at school now?", "Where is your niece studying?",
#: "What school do you go to?", "Which college does your son go to?"
_ASKED = lazy(rf"(?:^|[.!?]\s+)(?:and\s+|so\s+)?(?:where|what\s+school|which\s+(?:school|college|university|uni))\s+"
              rf"(?:does|do|is|'s|did)\s+(?P<who>you|your\s+(?:{KIN_MODS})(?P<noun>{KIN}))\s+"
              r"(?P<how>go(?:ing)?(?:\s+to(?:\s+(?P<s1>school|college|uni|university))?)?|study(?:ing)?|"
              r"(?:at|in)\s+(?P<s2>school|college|uni))(?:\s+(?:now|these\s+days|again|next\s+year))?\s*\?+\s*$", re.I)
#: The answer's first sentence, a school's name alone (after an "oh", a "she's at")
_SCHOOL = lazy(r"^\W*(?:(?i:oh|um|uh|well|yeah|she's\s+at|he's\s+at|she\s+is\s+at|he\s+is\s+at|I'm\s+at|I\s+am\s+at)[\s,]+)?"
               r"(?P<s>[A-Z][\w&'-]*(?:\s+(?:of\s+|at\s+)?[A-Z][\w&'-]*){0,4})\s*(?:[.!,]|$)")
_SCHOOL_WORD = lazy(rf"\b{SCHOOLS}$", re.I)
#: The second sentence: a field alone ("Marine biology.", "Nursing!")
_FIELD = lazy(r"\s*(?P<f>[A-Za-z][a-z]+(?:\s+[a-z]+){0,2})\s*[.!]\s*(?:$|[A-Z])")
_NOT_FIELD = lazy(r"^(?:yes|yeah|no|nope|why|what|sure|maybe|probably|anyway|right|okay|ok|nice|great|she|he|they|it|"
                  r"finally|again|still|thanks|senior|junior|sophomore|freshman)\b", re.I)


def scan_school_asked(before: str, text: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the school (and the field) ``text`` answers the question ending ``before`` with (see the module)."""
    asked = _ASKED.search(before) if before and "?" in before else None
    answer = _SCHOOL.match(text) if asked else None
    if asked is None or answer is None:
        return
    school = answer.group("s")
    schooling = re.search(r"\b(?:school|college|university|uni|stud)", asked.group(0), re.I) is not None
    if not _SCHOOL_WORD.search(school) and not schooling or school.split()[0] in ("I", "My", "Your", "The", "She", "He"):
        return  # "Where does your son go?" - "Denver.": not a school said
    speaker = discourse.speaker(turn)
    noun = asked.group("noun")
    if noun is not None and noun.lower().endswith("s") and noun.lower() not in ("boss", "sis"):
        return  # "your kids": more than one
    who = speaker if noun is None else owned_entity(speaker, noun, "Person", None)
    state.collect([(who, "studiesAt", Entity(school, "Organization"), 0.6, None)])
    field = _FIELD.match(text, answer.end())
    if field and not _NOT_FIELD.match(field.group("f")):
        state.collect([(who, "fieldOfStudy", field.group("f").lower(), 0.55, None)])
