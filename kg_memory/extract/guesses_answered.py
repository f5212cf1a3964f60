"""Who a bare "Your brother Bram." is said to, for :meth:`.pronouns.Discourse.addressed`: a guess or a piece of news
about someone's relative, said alone in a group, is for the one who takes it up next as news ("Seriously?", "No
way!"), not for whoever spoke before (who may have made a remark about the game).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .patterns import lazy

__all__ = ["taken_up_by"]

#: The whole turn: "your" and a relative, then a capitalised name ("Your brother Bram.", "Your cousin Ines?").
_YOUR_KIN_NAMED = lazy(r"^\W*(?i:your)\s+(?i:sister|brother|mom|mother|dad|father|cousin|aunt|uncle|grandma|grandpa|"
                       r"son|daughter|wife|husband|ex|ex-wife|ex-husband|boyfriend|girlfriend)\s+[A-Z][a-z]+[.!?…]*$")
#: A short reply taking the turn as news about oneself's family ("Seriously?", "Really?", "No way!").
_AS_NEWS = lazy(r"^\W*(?:(?:oh|ooh|wow|whoa|what)\W+)?(?:really|no\s+way|seriously|you\s+did|you're\s+kidding)\W*$",
                re.I)


def taken_up_by(turns: Sequence[Turn], at: int) -> str | None:
    """The speaker of the turn after ``turns[at]`` when ``turns[at]`` is a bare "your <relative> <name>" and that turn,
    by a third speaker, takes it up as news; else ``None``.

    >>> ts = [Turn("c", "1", "A", "This could take all night."), Turn("c", "2", "B", "Your brother Bram."),
    ...       Turn("c", "3", "C", "Seriously?")]
    >>> taken_up_by(ts, 1), taken_up_by(ts[:2] + [Turn("c", "3", "A", "Seriously?")], 1)
    ('C', None)
    """
    if at + 1 >= len(turns) or at < 1 or not _YOUR_KIN_NAMED.match(turns[at].text):
        return None
    after = turns[at + 1]
    if after.conversation != turns[at].conversation or after.speaker in (turns[at].speaker, turns[at - 1].speaker):
        return None
    return after.speaker if _AS_NEWS.match(after.text) else None
