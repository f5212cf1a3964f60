"""A name cried to one just come in: "Anselm! You made it." - (a new voice) "Barely." (for :mod:`.speakers`).

A turn that greets an arrival ("you made it", "glad you came", "there you are", "look who's here", "you came!")
and cries a name heading a sentence speaks to the one who answers it: the next speaker is the one called, as one
answering "What?" is, and not the one who spoke before the cry, whether the one greeted has just come in or the
greeter has ("Peter! Glad you came." said by a host walking up to a guest who was talking with others). "You came
for the cake." is a reason, no greeting.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "The bus was late."), Turn("c", "2", "B", "Anselm! You made it."),
...       Turn("c", "3", "C", "Barely.")]
>>> greets_arrival(ts, 1, "Anselm"), greets_arrival([Turn("c", "1", "B", "Anselm! You came for the cake.")] + ts[2:], 0, "Anselm")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .patterns import lazy

__all__ = ["greets_arrival"]

#: The words that greet one just come in ("You made it!", "Glad you could come.", "There you are.", "You came all the
#: way from Leeds!"; not "You came for the cheese.").
_ARRIVAL = lazy(r"\b(?:you(?:['’]ve)?\s+made\s+it|(?:glad|good|happy|nice)\s+(?:that\s+)?you\s+(?:could\s+)?"
                r"(?:came|come|make\s+it|made\s+it)|look\s+who(?:['’]s|\s+is)\s+here|look\s+who\s+it\s+is|"
                r"there\s+you\s+are|you\s+came(?:\s+all\s+the\s+way\b[^.!?]*)?\s*(?:[.!?…]|$)|"
                r"you(?:['’]re|\s+are)\s+here(?:\s+early)?\s*(?:[.!?…]|$))", re.I)


def greets_arrival(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` cries ``name`` heading a sentence ("Anselm! You made it.", "Oh, Peter! Glad you came.") and
    greets an arrival, and another speaks next: the one called is the one answering."""
    text = turns[i].text.replace("’", "'")
    if _ARRIVAL.search(text) is None or not re.search(
            rf"(?:^|[.!?…]\s+)\W*(?:(?:oh|hey|hi|well|ah)\W+)?{re.escape(name)}\s*[!,.…]", text, re.I):
        return False
    answer = next((t.speaker for t in turns[i + 1:i + 2] if t.speaker != turns[i].speaker), None)
    return answer is not None
