"""A brother or sister called as one: "Yes, big sister.", "Thanks, little brother!", "Night, baby sis": the speaker's
sibling is the one spoken to.

Only a sibling word with its age ("big", "little", "baby", "older", "younger", "kid", "lil") counts: "sister" or "bro"
alone is said to friends as often ("Preach, sister!", "Thanks, bro"), and a turn that also calls a parent ("Twice a
week, Mama. Hi, little sister.") speaks to more than one. The call is set off at the start or the end of
the sentence; "my big sister" or "your little brother" inside a sentence is no call (:mod:`.relations` reads those).
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["scan_called_siblings"]

_AGED = r"(?:big|little|baby|older|younger|kid|lil['’]?)\s+(?:sister|brother|sis|bro)"
_LEAD = r"(?:(?:oh|yes|yeah|yep|no|nope|okay|ok|sure|fine|thanks|thank\s+you|bye|goodbye|night|good\s+night|morning|" \
    r"good\s+morning|hi|hey|hello|look|listen|come\s+on|sorry|well|love\s+you|i\s+love\s+you)[\s,!.]+)*"
#: "Yes, big sister.", "Big brother, help!" (start); "..., little brother." (end); "thanks little bro" (end, no comma)
_CALL = lazy(
    rf"^{_LEAD}(?P<a>{_AGED})\s*(?:[!.,?]|$)"
    rf"|,\s*(?P<b>{_AGED})\s*[!.?]*$"
    rf"|\b(?:thanks|thank\s+you|bye|goodbye|night|love\s+you|miss\s+you|hi|hey)\s+(?P<c>{_AGED})\s*[!.?]*$",
    re.I,
)

#: A parent called in the same turn ("Mama, ...", "..., Dad."): the one spoken to is no sibling of the speaker's.
_PARENT_CALLED = lazy(r"(?:^|[,.!?]\s*)(?:(?i:mom|mommy|mama|mum|dad|daddy|papa|grandma|grandpa|granny)|Ma|Pa)\s*[,.!?]")


def scan_called_siblings(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's sibling when ``sentence`` of ``turn`` calls the one spoken to "big sister" or the like.

    >>> ts = [Turn("c", "1", "Ann", "You still owe me a ride."), Turn("c", "2", "Bea", "Yes, big sister. At ten.")]
    >>> state = TurnState()
    >>> scan_called_siblings("Yes, big sister.", ts[1], Discourse(ts), state)
    >>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
    [('Bea', 'sibling', 'Ann')]
    """
    if "sis" not in sentence.lower() and "bro" not in sentence.lower():
        return
    if _CALL.search(sentence.strip()) is None or _PARENT_CALLED.search(turn.text):
        return  # "Twice a week, Mama. Hi, little sister.": the one spoken to first is the parent, the sister another
    who = discourse.addressed(turn)
    if who is None or who[0].label == turn.speaker:
        return
    sibling: Entity = who[0]
    state.collect([(discourse.speaker(turn), "sibling", sibling, round(0.75 * who[1], 2), None)])
