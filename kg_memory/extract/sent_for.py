"""One called and sent to fetch someone else: the next to speak may be the one fetched, not the one called.

"豆豆，别闹了。去，叫你爸把酒拿过来。" - "来了来了！": the child called goes for the father, and the father answers. "Sweetie, go
get your dad, dinner's ready." - "Coming!": the same. A name said in such a turn is the listener's who was sent, not
the next speaker's (:mod:`.speakers` leaves the next speaker out of its vote).

>>> sends_for("豆豆，别闹你舅舅。去，叫你爸把酒拿过来。"), sends_for("Sweetie, go get your dad, dinner's ready.")
(True, True)
>>> sends_for("小王，你叫什么名字？"), sends_for("Tom, did you call your mom?")
(False, False)

One shouted for, told that someone else calls them home ("杨小军！你爸喊你回来杀鸡！", "小丽，你妈叫你回家吃饭！"), is away:
the name is said to nobody who speaks before or after (:func:`summoned`).

>>> summoned("杨小军！你爸喊你回来杀鸡！"), summoned("小丽，你叫什么名字？")
(True, False)

One cheered on from the side ("Go, Matteus! Go go go!", "Go Priya!") is away too, playing or running: the cheer is
said to nobody who speaks (:data:`CHEER_HEAD`, read before the name by :mod:`.speakers`), though other names of the
turn may be ("Go Kenzie! Ruben, my turn.").

>>> said = ("Go, Matteus! Go go go!", "Oh! Go Matteus!", "Go, Matteus, tell her.")
>>> [bool(re.search(CHEER_HEAD + "Matteus", text)) for text in said]
[True, True, False]
"""

from __future__ import annotations

import re

from .framework import lazy

__all__ = ["CHEER_HEAD", "sends_for", "summoned"]

_ZH_KIN = r"(?:爸爸|爸|妈妈|妈|哥哥|哥|姐姐|姐|弟弟|妹妹|爷爷|奶奶|姥姥|姥爷|外公|外婆|舅舅|姑姑|叔叔|阿姨|老公|老婆)"
#: 去叫你爸来, 快去叫你妈, 叫你爸把酒拿过来, 去把你哥叫回来 (not 你叫什么, 我叫他来过: not an errand).
_ZH_SENT = lazy(rf"(?:(?:^|[，,。！!\s])(?:去|快去|你去|赶紧去)[，,]?\s*(?:叫|喊|找)(?:你|一下你)?{_ZH_KIN}|"
                rf"(?:去|快去)?(?:叫|喊)你{_ZH_KIN}(?:来|过来|回来|下来|出来|把|拿|吃饭)|"
                rf"(?:去|快去)把你{_ZH_KIN}(?:叫|喊|找)(?:来|过来|回来|下来|出来))")
_EN_SENT = lazy(r"\b(?:go|run|would\s+you|can\s+you|could\s+you)\s+(?:and\s+)?(?:get|fetch|find|call|wake(?:\s+up)?)\s+"
                r"(?:your|ur)\s+(?:dad|mom|mum|father|mother|brother|sister|grandma|grandpa|uncle|aunt|husband|wife)\b",
                re.I)


def sends_for(text: str) -> bool:
    """Whether ``text`` sends the one it speaks to for someone else (叫你爸过来, go get your dad)."""
    return _ZH_SENT.search(text) is not None or _EN_SENT.search(text) is not None


#: 你爸喊你回来, 你妈叫你回家吃饭, 你奶奶让你赶紧过来: someone else calls the one spoken to to come (not 你叫他回来: the one
#: spoken to does the calling).
_ZH_SUMMONED = lazy(rf"(?:你|您)的?{_ZH_KIN}(?:喊|叫|让)你(?:赶紧|快|马上|现在)?(?:回来|回家|过来|下来|上来|出来)")


def summoned(text: str) -> bool:
    """Whether ``text`` tells the one it calls that another calls them home or over (杨小军！你爸喊你回来杀鸡！): one away."""
    return _ZH_SUMMONED.search(text) is not None


#: "Go, Matteus!", "Go Priya!": what comes before a name cheered on, the name alone after "Go" at the head of a
#: sentence, closed by "!" (not "Go, Tom, tell her", nor "Go home!": no capitalised name). A pattern's text, to be
#: followed by the name.
CHEER_HEAD = r"(?:^|(?<=[.!?])\s+)(?i:go),?\s+(?=[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*!)"
