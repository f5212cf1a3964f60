"""Talk to a baby, a small child or a pet, for :mod:`.speakers`: a name said in it calls one who need not answer.

One soothing a little one ("不怕不怕", "乖，不哭", "There, there.") or speaking of themself as the little one calls them
("姐姐轻一点", "阿姨给你打针", "妈妈有礼物给你", "Mommy's here", "Daddy's got you") speaks to a baby, a child or a pet (豆豆, 朵朵), seldom
to one of the speakers; the next speaker, or the one before, is no bearer of the name called. So does one bidding a dog
come or sit with "boy" or "girl" ("Hey Biscuit, come here, boy!", "Sit, girl.", "Who's a good boy?"): a command a
person is not given that way ("Atta boy, Cody!" and "He's a good boy" praise people, "Come on, girl" cheers a friend).

>>> to_a_little_one("好的。豆豆，来，不怕不怕，姐姐轻一点。"), to_a_little_one("Emma, sweetie, Mommy's here.")
(True, True)
>>> to_a_little_one("Hey Biscuit, come here, boy!"), to_a_little_one("Atta boy, Cody!")
(True, False)
>>> to_a_little_one("豆豆，你别怕，这事交给我。"), to_a_little_one("Ross, I'm here.")
(False, False)
>>> to_a_little_one("朵朵，妈妈有礼物要给你。"), to_a_little_one("我妈妈有东西要给你。")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy

__all__ = ["greeted_unanswered", "to_a_little_one"]

#: Soothing said to a little one, or the speaker named as the little one calls them, doing something for it.
_LITTLE_ONE = lazy(r"不怕不怕|不哭不哭|乖乖|(?:^|[，,。！!])\s*乖[，,。！!]|"
                   r"(?:^|[，,。！!])\s*(?:姐姐|阿姨|叔叔|哥哥|妈妈|爸爸|奶奶|爷爷|姥姥|外婆)(?:轻一点|轻轻的|给你|抱抱|抱你|陪你|"
                   r"在这儿|在这里|在呢|带你|喂你|不走|有[^，,。！!？?]{1,4}?要?给你)|"
                   r"\bthere,?\s+there\b|"
                   # a dog bidden: "come here, boy", "Sit, girl.", "Here, boy!", "who's a good girl?"
                   r"\b(?:come\s+here|(?<![\w'’]\s)(?<![\w'’])(?:here|sit|stay|heel|fetch))\s*[,!.]?\s+(?:boy|girl)\s*(?:[,!.?…]|$)|"
                   r"\bwho(?:'s|’s|\s+is)\s+a\s+good\s+(?:boy|girl)\b|"
                   r"\b(?:mommy|daddy|mama|papa|auntie|grandma|grandpa)(?:'s|\s+is)\s+(?:here|got\s+you)\b",
                   re.I)


def to_a_little_one(text: str) -> bool:
    """Whether ``text`` is said to a baby, a small child or a pet (see the module docstring)."""
    return _LITTLE_ONE.search(text) is not None


#: A hello to one called by a Chinese name ("嗨，团团", "你好呀，球球", "球球，你好啊"), in its own clause.
_HELLO = lazy(r"(?:^|[，,。！!？?…\s])(?:(?:嗨|哈喽|你好|您好)[呀啊]?[，,！!\s]*[\u4e00-\u9fff]{2,3}(?:[，,。！!？?…]|$)"
              r"|[\u4e00-\u9fff]{2,3}[，,！!\s]*(?:你好|嗨)[呀啊]?(?:[，,。！!？?…]|$))")
#: A reply that opens by speaking of someone in the third person (他, 她, 它; not 他们): of the one greeted.
_OF_THEM = lazy(r"^\W*(?:(?:哦|嗯|哈哈|呵呵)[，,\s]*)?(?:他|她|它)(?!们)")


def greeted_unanswered(turns: Sequence[Turn], i: int) -> bool:
    """Whether turn ``i`` says hello to one called by name and the next other speaker speaks of them in the third
    person (a baby carried in, a pet shown): "嗨，团团，想我没？" - "他在车上睡了一路。"; "球球，你好啊。" - "它认生。". The
    one greeted does not answer, so neither the next speaker nor the one before bears the name.

    >>> ts = [Turn("c", "1", "A", "嗨，团团，想我没？"), Turn("c", "2", "B", "他在车上睡了一路。")]
    >>> greeted_unanswered(ts, 0), greeted_unanswered(ts[:1] + [Turn("c", "2", "B", "想了想了！")], 0)
    (True, False)
    """
    j = next((k for k in range(i + 1, min(i + 3, len(turns))) if turns[k].speaker != turns[i].speaker), None)
    return j is not None and _HELLO.search(turns[i].text) is not None and _OF_THEM.match(turns[j].text) is not None
