"""How English says that a couple parted, as one pattern for the readers of named break-ups (:mod:`.people`):
"Dana and I split up", "... got divorced", and the ways people tell the same news less directly - "Dana and I
decided to split up", "... have decided to separate", "... called it quits", "... are breaking up" (news of an ending
under way, told as done by the time it is told). A couple "getting divorced" or "deciding to divorce" is married still
(the divorce is not yet had), so no such form is read.

The group ``v`` holds the verb phrase, so that a reader can tell a divorce or a separation (a spouse ended) from a
break-up (a partner ended). A plan still to come ("I have to break up with Janice") is read by :mod:`.breakups_ahead`,
a negation never reaches here ("we are not breaking up": :func:`~.scope.stated_parts` drops it), and "are breaking up"
is no "were breaking up" (a story's background).

>>> import re
>>> bool(re.search(PARTED, "Dana and I decided to split up")), bool(re.search(PARTED, "they are breaking the rules"))
(True, False)
"""

from __future__ import annotations

__all__ = ["PARTED"]

#: An adverb or auxiliary before the verb: "just", "finally", "have" ("have split up"), "kind of".
_BEFORE = r"(?i:(?:just|finally|recently|officially|have|had|has|got|both|kind\s+of)\s+)*"
#: The verb phrase of a parting, done or under way: "split up", "decided to call it quits", "are getting divorced".
PARTED = (
    _BEFORE + r"(?P<v>(?i:split\s+up|broke\s+up|broken\s+up|got\s+divorced|divorced|separated|called\s+it\s+quits"
    r"|decided\s+to\s+(?:split\s+up|break\s+up|separate|call\s+it\s+quits)"
    r"|are\s+(?:breaking\s+up|splitting\s+up|separating)))(?![\w'])"
)
