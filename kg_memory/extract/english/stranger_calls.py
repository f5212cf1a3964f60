"""Whether the person a kin word might call has just spoken to the speaker as to a stranger: "Excuse me, ma'am,
there's a line." - "Sorry! Mom, go." (the one who said "ma'am" is no mother of the one who answers "Mom"; the
call goes to someone else, whom the turns do not show), "Sir, you dropped your ticket." - "Thanks! Grandma, hold
this."

It reads the last turn of that person before the call (within the two turns before it, with no turn of the caller
between): "sir", "ma'am", "madam" or "miss" set off as a call there ("Excuse me, ma'am,", "Sir, ...", "..., miss.").
Not a stranger's word: "young man", "young lady", "missy" (a parent's scolding words), "sir" inside a phrase ("yes
sir" after an order is still a call: a parent saying it to a child is rare enough to let go).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Ann", "Excuse me, ma'am, there's a line."), Turn("c", "2", "Bea", "Sorry! Mom, go.")]
>>> called_as_stranger(ts[1], "Ann", Discourse(ts))
True
>>> ts = [Turn("c", "1", "Ann", "Dinner's ready, young lady."), Turn("c", "2", "Bea", "Coming, Mom!")]
>>> called_as_stranger(ts[1], "Ann", Discourse(ts))
False
"""

from __future__ import annotations

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse

__all__ = ["called_as_stranger", "their_turn_before"]

#: "sir", "ma'am", "madam", "miss" said as a call: after the start of a clause or a polite opener, before punctuation.
_STRANGER_CALL = lazy(r"(?i)(?:^|[,.!?…;:—]\s*|\b(?:excuse|pardon)\s+me\s*,?\s*)(?:sir|ma['’]am|madam|miss)"
                      r"(?=\s*(?:[,.!?…;:—]|$))")


def called_as_stranger(turn: Turn, who: str, discourse: Discourse) -> bool:
    """Whether ``who``'s last turn before ``turn`` (one of the two before it, none of ``turn``'s speaker between) calls
    someone "sir", "ma'am", "madam" or "miss"."""
    before = their_turn_before(turn, who, discourse)
    return before is not None and _STRANGER_CALL.search(before.text) is not None


def their_turn_before(turn: Turn, who: str, discourse: Discourse) -> Turn | None:
    """``who``'s last turn before ``turn``, one of the two before it with no turn of ``turn``'s speaker between (the
    turn a call in ``turn`` may answer), or ``None``.

    >>> ts = [Turn("c", "1", "Ann", "Hi."), Turn("c", "2", "Cy", "Hey."), Turn("c", "3", "Bea", "Mom!")]
    >>> their_turn_before(ts[2], "Ann", Discourse(ts)).text, their_turn_before(ts[1], "Bea", Discourse(ts))
    ('Hi.', None)
    """
    turns, at = discourse.conversation(turn), discourse.place(turn)
    for before in reversed(turns[max(0, at - 2):at] if at else []):
        if before.speaker == turn.speaker:
            return None
        if before.speaker == who:
            return before
    return None
