"""Someone the speaker has just called by name is here, spoken to: their 他/她 means someone else.

"莉莉你别瞎说，我们就是普通朋友。" ... "那是因为她就住我楼下！": 她 is the friend spoken of, not 莉莉, whom the same speaker
has just called (a name set off at the start of a sentence, 莉莉，…, 莉莉你…, or closing one, …，莉莉。, not set beside a
relative: 是我高中同学，维克多！), unless someone has spoken of them since ("知道了，王经理。" - "你们经理好凶啊。" - "他是我
表哥。"). People say 你 to
the one they call; a pronoun of the third person points past them.

>>> from kg_memory.types import Turn
>>> ts = [Turn("c", "1", "B", "莉莉你别瞎说，我们就是朋友。"), Turn("c", "2", "A", "真的吗？"), Turn("c", "3", "B", "她就住我楼下！")]
>>> called_here(ts[2], Discourse(ts), "莉莉"), called_here(ts[2], Discourse(ts), "小红")
(True, False)
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse
from .lexicon import KIN

__all__ = ["called_here"]

#: A relative or a role just before the comma: the name after it is set beside them, no call ("是我高中同学，维克多！").
_APPOSED = lazy(rf"(?:{KIN}|同学|的人)[，,]$")
#: How many turns back (the pronoun's own included) a call by the same speaker still holds.
_BACK = 4


def called_here(turn: Turn, discourse: Discourse, name: str) -> bool:
    """Whether the speaker of ``turn`` called ``name`` (set off as a call) in this turn or their turns just before."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None or not name:
        return False
    n = re.escape(name)
    call = re.compile(rf"(?:^|[。！!？?…]\s*)(?:(?:嘿|嗨|哦|噢|喂|好了|好吧)[，,]?\s*)?{n}(?:[，,]|你|您)|[，,]\s*{n}[。！!？?…]*\s*$")
    said = (name, name[1:]) if len(name) >= 3 else (name,)  # 王经理, 经理: "你们经理好凶啊" speaks of him
    for k in range(at, max(-1, at - _BACK), -1):
        t = turns[k]
        if t.speaker == turn.speaker and any(not _APPOSED.search(t.text[:m.start() + 1]) for m in call.finditer(t.text)):
            return True
        if t.speaker != turn.speaker and any(w in t.text for w in said):
            return False  # "知道了，王经理。" - "你们经理好凶啊。" - "他是我表哥": spoken of since the call
    return False
