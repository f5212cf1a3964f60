"""Who proposed: "I love you" said in answer to a proposal is said to the one who proposed, though someone else spoke
in between ("Will you marry me?" - "No!" - "Ha!" - "I love you. But I never needed a proposal from you.").

In a conversation of many speakers "you" is read as the speaker of the turn just before (:meth:`~.pronouns.Discourse.
addressed`); an answer to a proposal is an exception people hear at once. The proposal is a turn of the last three
before, by another speaker, that asks "will you marry me" or says "marry me" (not quoted: "He said 'marry me'"), and
only the last one counts. The answer must say "I love you" itself (other lines after a proposal, "No! You're crazy",
may be said to anyone in the room), and be said by the one proposed to: the first other speaker after the proposal,
or one whose turn opens with an answer ("Yes! I love you!"); a friend's "I love you" after someone's proposal is not.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "Ann", "Dee, will you marry me?"), Turn("c", "2", "Dee", "No!"), Turn("c", "3", "Cy", "Ha!"),
...       Turn("c", "4", "Dee", "I love you. But I don't need a ring.")]
>>> proposer(ts, 3), proposer(ts, 2)
('Ann', None)
>>> ts[1:3] = [Turn("c", "2", "Cy", "Wow."), Turn("c", "3", "Eve", "I love you, man.")]
>>> proposer(ts, 2)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .patterns import lazy

__all__ = ["proposer"]

#: A proposal: "will you marry me?", "would you marry me", "marry me, Dee" (not "would you marry me if ...", not
#: "she said 'marry me'").
_PROPOSAL = lazy(r"(?<![\"“‘'])\b(?:(?:will|would|won't)\s+you\s+marry\s+me\b(?!\s+if\b)|(?<!to\s)(?<!not\s)marry\s+me\b"
                 r"(?=\s*[,.!?]))", re.I)
#: "I love you" said in the answer (not "you guys", not asked).
_LOVE = lazy(r"\bi\s+(?:really\s+|do\s+)?love\s+you\b(?!\s*(?:guys|all|two|both)\b)(?![^.!?]*\?)", re.I)
#: An answer opening the turn: "Yes!", "No...", "Of course", "I do", "I will".
_ANSWER = lazy(r"^\W*(?:(?:oh|well|um+|uh+)\W+)*(?:yes|yeah|yep|no|nope|of\s+course|i\s+do|i\s+will|absolutely)\b", re.I)
#: A quotation: the answer reports what someone said.
_QUOTED = lazy(r'["“”]')
#: How many turns back a proposal is still being answered.
_REACH = 3


def proposer(turns: Sequence[Turn], at: int) -> str | None:
    """The speaker who proposed to the speaker of ``turns[at]``, when that turn says "I love you" in answer (module
    docstring); ``None`` otherwise."""
    turn = turns[at]
    if "love" not in turn.text.lower() or not _LOVE.search(turn.text) or _QUOTED.search(turn.text):
        return None
    for k in range(at - 1, max(-1, at - _REACH - 1), -1):
        if _PROPOSAL.search(turns[k].text):
            if turns[k].speaker == turn.speaker:
                return None
            first = next(t.speaker for t in turns[k + 1:at + 1] if t.speaker != turns[k].speaker)
            return turns[k].speaker if first == turn.speaker or _ANSWER.match(turn.text) else None
    return None

