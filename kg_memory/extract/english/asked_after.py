"""Someone asked after, answered with the speaker's relative: "Where's Dev?" - "My husband is parking." (Dev is the
speaker's husband), "How's Tyler doing?" - "My son? Still at college.".

People ask after someone absent by name and the one who knows answers by what that person is to them. The question is
one sentence of the turn before (by another speaker) asking where someone is, how they are, or whether they come; the
answer opens with "my" and a relative, then "?" or a verb of its own (not "my husband's car", "my son and Tyler").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "2", "B", "My husband is parking.")
>>> state = TurnState()
>>> scan_asked_after("Renata, where is Dev? I thought he was coming.", "My husband is parking.", turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('B', 'spouse', 'Dev')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse, gender_of_noun
from .age_asked import mention_age_asked
from .kin_asked_named import scan_kin_named
from .lexicon import DEMONYMS, KIN, KIN_MODS, KIN_PREDICATE, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import CLOSE_MODS, TurnState
from .school_asked import scan_school_asked

__all__ = ["scan_asked_after"]

_PERSON = r"(?-i:[A-Z][a-z][\w-]*)(?:\s+(?-i:[A-Z][a-z][\w-]*))?"
#: "where is Dev?", "how is Tyler (doing)?", "is Dev coming?", "any sign of Dev?", "what about Dev?": a question after
#: someone, closing its sentence.
_ASKED_AFTER = lazy(rf"(?:^|(?<=[,.!?]))\s*(?:where(?:\s+is|['’]s|\s+has)|how(?:\s+is|['’]s|\s+was)|is|any\s+sign\s+of|what\s+about|"
                    rf"have\s+you\s+heard\s+from|did\s+you\s+hear\s+from)\s+(?P<a>{_PERSON})"
                    r"(?:\s+(?:doing|coming|here|back|ok|okay|feeling|holding\s+up|getting\s+on))?"
                    r"(?:\s+(?:tonight|today|yet|too|now|these\s+days))?\s*\?", re.I)
#: "My husband is parking.", "My son? He's fine.", "Oh, my sister just texted": a relative of the speaker opening the
#: answer, then a question mark or a verb of its own.
_KIN_OPENS = lazy(rf"^\W*(?:(?:oh|well|um|uh|yeah|no|yes)[\s,.!]+)*my\s+(?:{CLOSE_MODS})(?:{KIN_MODS})(?P<noun>{KIN})"
                  r"(?:\s*\?|\s+(?:is|was|has|had|will|would|can|could|cannot|should|just|went|got|called|texted|said|"
                  r"took|does|did|is\s+not|still|always|never|already)\b)", re.I)


def scan_asked_after(before: str, text: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record that the person the turn ``before`` asked after is the relative of the speaker of ``turn`` that ``text``
    (its normalised text) opens with."""
    scan_kin_named(before, text, turn, discourse, state)  # "How's your wife?" - "Jenny's great.": the mirror
    scan_school_asked(before, text, turn, discourse, state)  # "Where does your son go?" - "Georgia Tech. Biology."
    mention_age_asked(before, text, turn, discourse)  # "How old is Lily?" - "She's five.": Lily
    answer = _KIN_OPENS.match(text) if "my " in text.lower() else None
    if answer is None or not before:
        return
    asked = [m.group("a") for m in _ASKED_AFTER.finditer(before)]
    if len(asked) != 1:
        return  # "Is Tom here? Where is Ann?": which one the answer speaks of is not known
    name, noun = asked[0], answer.group("noun").lower()
    first = name.split()[0].lower()
    if noun.endswith("s") or noun not in KIN_PREDICATE or first in STOP or first in OBJECT_PRONOUNS \
            or first in NOT_NAMES or first in DEMONYMS:
        return
    person, speaker = Entity(name, "Person"), discourse.speaker(turn)
    if person.label in (speaker.label, turn.speaker):
        return
    state.collect([(speaker, KIN_PREDICATE[noun], person, 0.7, None)])
    discourse.mention(turn, person, gender_of_noun(noun))
