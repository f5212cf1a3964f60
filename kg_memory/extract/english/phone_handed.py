"""Whether a turn that calls a parent is said on a phone the caller hands to someone in the room: "Mom, I told you.
No, I'm fine. Sam's here." - "Hi!" - "Hold on, she wants to talk to you. Take the phone." The parent is on the line;
the one who speaks next is no child of theirs (nor the parent).

It reads the calling turn and the caller's next turn (within the two turns after it) for words that pass the phone
on: "take the phone", "it's for you", "(s)he wants to talk to you" (or "say hi to you"), "say hi to her". A turn that
only talks on the phone ("Mom, I'm fine. Bye.") keeps its call to whoever is shown answering.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Ann", "Mom, no. Sam's here."), Turn("c", "2", "Sam", "Hi!"),
...       Turn("c", "3", "Ann", "Hold on. She wants to talk to you. Take the phone.")]
>>> phone_handed_on(ts[0], Discourse(ts)), phone_handed_on(ts[0], Discourse(ts[:2]))
(True, False)
"""

from __future__ import annotations

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse

__all__ = ["phone_handed_on"]

#: Words that pass the phone to someone else in the room.
_HANDS_OVER = lazy(r"(?i)\b(?:take|grab|here['’]?s)\s+the\s+phone\b|\bit['’]s\s+for\s+you\b"
                   r"|\b(?:she|he)\s+wants\s+to\s+(?:talk|speak|say\s+(?:hi|hello))\s+(?:to|with)\s+you\b"
                   r"|\bsay\s+(?:hi|hello)\s+to\s+(?:her|him)\b")


#: How many turns after the call the caller's handing the phone over may come.
_WITHIN = 2


def phone_handed_on(turn: Turn, discourse: Discourse) -> bool:
    """Whether ``turn`` or its speaker's next turn, within :data:`_WITHIN` turns, hands the phone to someone else (see
    the module docstring)."""
    if _HANDS_OVER.search(turn.text):
        return True
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None:
        return False
    later = next((t for t in turns[at + 1:at + 1 + _WITHIN] if t.speaker == turn.speaker), None)
    return later is not None and _HANDS_OVER.search(later.text) is not None
