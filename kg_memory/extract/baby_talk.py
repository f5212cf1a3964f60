"""Baby talk: a parent speaking of themself as "Mommy" or 妈妈 to a little child, or fond words said to the ones
just pointed at ("Look at them! Aw, I love you so much.": to the sleeping children looked at, not the listener).

"Give Daddy the doll! Ben, give it to me.", "来，给妈妈笑一个……哦，艾玛，你笑了": a parent who calls themself by what the
child calls them speaks to a baby or a toddler, who seldom is one of the speakers. :mod:`.speakers` counts the names
called in such a turn for nobody (they name the child, not whoever answers next).

>>> says_baby_talk("Come on, smile for Mommy! Who's my good girl?"), says_baby_talk("来，给妈妈笑一个。")
(True, True)
>>> says_baby_talk("Mommy is in the kitchen."), says_baby_talk("妈妈在这里？")
(False, False)
>>> says_baby_talk("Look at them! Aw. I love you so much."), says_baby_talk("Look at them! Can you believe it?")
(True, False)
"""

from __future__ import annotations

import re

from .patterns import lazy

__all__ = ["says_baby_talk"]

_PARENT = r"(?:mommy|mummy|daddy|mama|papa)"
_EN = lazy(rf"\b(?:come\s+to|give|tell|show|hug|kiss|(?:smile|laugh)\s+(?:at|for)|wave\s+(?:at|to)|say\s+hi\s+to)\s+{_PARENT}\b|"
           rf"\b{_PARENT}\s+(?:loves\s+you|missed\s+you|is\s+right\s+here|'s\s+right\s+here|'s\s+got\s+you|has\s+got\s+you)\b"
           r"|\blook\s+at\s+(?:them|him|her)\s*[!.]+(?:\s*(?:aw+|oh|wow)[!.,]*)?\s*i\s+love\s+you\b(?!\s*,?\s*(?-i:[A-Z]))",
           re.I)
_ZH = lazy(r"(?:给|跟|让|对|朝|冲)(?:妈妈|爸爸|妈咪|爹地)(?:笑|看|亲|抱|说|唱|拍|挥)|(?:妈妈|爸爸)(?:爱你|抱抱|亲亲|在这儿呢)")


def says_baby_talk(text: str) -> bool:
    """Whether ``text`` is a parent talking to a little child of themself as "Mommy"/"Daddy"/妈妈/爸爸."""
    return bool(_EN.search(text) or _ZH.search(text))
