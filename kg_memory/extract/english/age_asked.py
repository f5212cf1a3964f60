"""Whom "she" or "he" means in the answer to an age asked by name: "How old is Lily?" - "She's five." is Lily's age.

A name just asked after by name is the one the answer's pronoun means, whatever gender the name may have: the rules
that resolve "she" otherwise take a first name only when it is known to be a woman's, or when a rule recorded it, and
a question records nothing. Here the name is recorded as mentioned by the answering turn, with the gender its pronoun
says, so that the age read from "she's five" goes to Lily. Only one name closing the question ("How old is Lily now?"),
nobody who speaks in the conversation, and an answer that opens with "she's"/"he is" (after "oh", "well", "um").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import FEMALE, Discourse
>>> ts = [Turn("c", "1", "Bo", "How old is Lily?"), Turn("c", "2", "Ann", "She's five.")]
>>> d = Discourse(ts)
>>> mention_age_asked("How old is Lily?", "She's five.", ts[1], d)
>>> d.third_person(ts[1], FEMALE)[0].label
'Lily'
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import FEMALE, MALE, Discourse
from .lexicon import NOT_NAMES, STOP

__all__ = ["mention_age_asked"]

#: "how old is Lily?", "and how old's Theo now?": an age asked of one person named.
_HOW_OLD = lazy(r"\bhow\s+old(?:\s+is|['’]s)\s+(?P<a>(?-i:[A-Z][a-z][\w-]*))(?:\s+(?:now|again|these\s+days))?\s*\?", re.I)
#: "She's five.", "Oh, he is almost ten": the answer opening with the pronoun and its "is".
_PRONOUN_OPENS = lazy(r"^(?:(?:oh|well|um|uh|so|hmm),?\s+)*(?P<p>he|she)(?:['’]s|\s+is)\b", re.I)


def mention_age_asked(before: str, text: str, turn: Turn, discourse: Discourse) -> None:
    """Record the one person ``before`` asked the age of as mentioned by ``turn`` (whose ``text`` answers with "she's
    ..." or "he's ..."), of the answer's gender."""
    answer = _PRONOUN_OPENS.match(text)
    if answer is None:
        return
    asked = {m.group("a") for m in _HOW_OLD.finditer(before)}
    if len(asked) != 1:
        return
    name = asked.pop()
    speakers = {t.speaker for t in discourse.conversation(turn)}
    if name.lower() in STOP or name.lower() in NOT_NAMES or name in speakers or name == turn.speaker:
        return
    discourse.mention(turn, Entity(name, "Person"), FEMALE if answer.group("p").lower() == "she" else MALE)
