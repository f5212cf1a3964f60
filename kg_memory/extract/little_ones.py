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

from .framework import lazy

__all__ = ["to_a_little_one"]

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
