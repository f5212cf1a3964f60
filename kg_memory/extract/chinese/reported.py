"""Chinese reported speech: what the speaker says they told a third person (我告诉他，你和我分手了; 我跟她说，……).

Words passed on to someone else are no statement of the speaker's to the one listening: they may be a lie told for a
purpose, and inside them 你 is the one told, not the listener. A clause after 我告诉他， / 我跟她说， / 我对罗斯说：, to the
end of its sentence, is such a clause; words told to the listener (我告诉你，我们分手了) or heard from someone (他告诉我，……)
are not.

>>> told_to_a_third("为了让他走，我告诉他，你和我分手了。", "你和我分手了")
True
>>> told_to_a_third("我告诉你，我和他分手了。", "我和他分手了")
False
"""

from __future__ import annotations

import re

from ..framework import lazy
from .lexicon import HAN

__all__ = ["told_to_a_third"]

_WHOM = rf"(?![你您])(?:他|她|他们|她们|[{HAN}·]{{2,4}}?)"
_ADV = r"(?:就|只好|已经|刚|刚刚|还|都|便|于是|只能|又|也)*"
#: 我告诉他， / 我骗她说： / 我跟罗斯说， / 我们对他们讲，: the speaker passing words on to a third person.
_TOLD = lazy(rf"(?:我|我们){_ADV}(?:(?:告诉|骗|哄|通知)了?{_WHOM}(?:说)?|(?:跟|和|对|同){_WHOM}(?:说|讲)(?:了|过)?)[，,：:]")
_END = re.compile(r"[。！？!?；;\n…]")


def told_to_a_third(text: str, clause: str) -> bool:
    """Whether ``clause`` of ``text`` stands in words the speaker says they told a third person (see the module)."""
    if not clause:
        return False
    for m in _TOLD.finditer(text):
        end = _END.search(text, m.end())
        if clause in text[m.end():end.start() if end else len(text)]:
            return True
    return False
