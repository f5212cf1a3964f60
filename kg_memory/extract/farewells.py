"""A goodbye said back to one who is leaving: whom the name in it means.

When someone takes their leave ("Bye, sweetie. Bye, Joey.", "再见甜心，再见乔伊。") and the next speaker answers with a
goodbye and a name ("Bye, Janice.", "再见，珍妮丝。"), the name is the leaver's, not that of whoever speaks next: people
see off the one who goes. :mod:`.speakers` gives such a name to the one before.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "A", "I have to run. Bye, guys!"), Turn("c", "2", "B", "Bye, Mandy! So, what now?")]
>>> says_goodbye_back(ts, 1, ts[1].text.index("Mandy"))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy

__all__ = ["says_goodbye_back"]

_FAREWELL = (r"(?:good\s*bye|bye(?:-bye)?|bye\s+now|see\s+(?:you|ya)(?:\s+(?:later|soon|tomorrow|around))?|good\s*night|"
             r"take\s+care|so\s+long|再见|拜拜|回头见|明天见|晚安|慢走)")
#: A turn opening with a goodbye before the name: "Bye, Janice.", "Okay, see you later, Gene", "再见，珍妮丝".
_OPENS = lazy(rf"^\W*(?:(?:oh|okay|ok|well|alright|all\s+right|好|好的|嗯|哦)\W+)?{_FAREWELL}\W*$", re.I)
#: A goodbye anywhere in a turn: the one leaving (or seeing others off) says it.
_SAYS = lazy(rf"(?<![A-Za-z'’]){_FAREWELL}(?![A-Za-z'’])", re.I)


def says_goodbye_back(turns: Sequence[Turn], i: int, start: int) -> bool:
    """Whether turn ``i`` opens with a goodbye before the name at ``start``, in answer to a goodbye of the turn before
    (said by someone else): the name is then the one before's."""
    return i > 0 and turns[i - 1].speaker != turns[i].speaker and bool(_OPENS.match(turns[i].text[:start])) \
        and bool(_SAYS.search(turns[i - 1].text))
