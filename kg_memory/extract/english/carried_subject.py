"""A sentence with its subject left out after one that says how a third person is tells of that person: "How's your
husband?" - "He's good! Just started at a hospital in Oakland." (he started there), "She's great. Just moved to
Denver." (she moved); so does one after a sentence telling what a named third person did: "Sal retired. Moved to Boca
with his girlfriend." (Sal moved, not the speaker). The same sentence after one about the speaker ("I'm good! Just moved
to Denver.", "I retired. Moved to Boca.") or at the head of a turn is the speaker's own news, as before. A sentence
opening with "he" or "she" after a name said alone tells of the one named (:mod:`.named_alone`).

>>> carried_subject("just started at a hospital in Oakland", "he's good!")
'He just started at a hospital in Oakland'
>>> carried_subject("Just moved to Denver.", "I'm great.")
'Just moved to Denver.'
>>> carried_subject("Moved to Boca with his girlfriend.", "Sal retired.")
'Sal moved to Boca with his girlfriend.'
"""

from __future__ import annotations

import re

from ..framework import lazy
from ..names import plausible_name
from .named_alone import named_subject

__all__ = ["carried_subject"]

#: How a third person is, said first: "He's good!", "she is doing great", "They're fine, thanks."
_HOW_THEY_ARE = lazy(r"^(?:(?:oh|yeah|yes|well|aw+)[\s,!]+)?(?P<who>he|she|they)\s*(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were)\s+"
                     r"(?:(?:really|so|pretty|very|doing|been|all|just)\s+)*(?:good|great|fine|ok|okay|well|alright|all\s+right|"
                     r"amazing|awesome|busy|better|fantastic|wonderful|happy|tired|stressed)\b[\s\w,]*[.!]*$", re.I)
#: News with no subject: "just started at ...", "moved to Denver", "finally got promoted".
_NEWS = lazy(r"^(?:(?:just|recently|finally|also|actually|now|even)\s+)*(?:started|moved|got|began|joined|switched|retired|"
             r"quit|left|graduated|bought|adopted|landed|took|signed|won|lost|had|has|works|lives|is\s+(?:now\s+)?(?:a|an|at|in))\b",
             re.I)

#: What a named person (or "he", "she") did, said first: "Sal retired.", "Dana finally quit.", "He sold the garage."
_DONE_BY = lazy(r"^(?:(?:oh|yeah|well|so|and)[\s,]+)?(?P<who>he|she|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+"
                r"(?:(?:just|finally|recently|also|actually)\s+)*(?:\w+ed|sold|left|quit|went|won|lost|bought|met|took|got|"
                r"broke|split|gave)\b[^?]*$", re.I)


def carried_subject(sentence: str, before: str) -> str:
    """``sentence`` with the subject of ``before`` said, when it tells news with no subject after a sentence of how a
    third person is (see the module); itself otherwise."""
    how = _HOW_THEY_ARE.match(before.strip()) if before else None
    if how is None and before:
        done = _DONE_BY.match(before.strip())
        who = done.group("who") if done else ""
        how = done if who.lower() in ("he", "she") or who and plausible_name(who, frozenset()) else None
    if how is None or not _NEWS.match(sentence.strip()):
        return named_subject(sentence, before)  # "Nice boy. Dennis. He's from Korea.": Dennis is
    said = sentence.strip()
    who = how.group("who")
    return f"{who.capitalize() if who.lower() in ('he', 'she', 'they') else who} {said[:1].lower()}{said[1:]}"
