"""Chinese clauses a comma parts from the relative they are said of, joined back before the clauses are read.

* 我有一个儿子，叫小明: the name after the comma is the relative's (read with it), not the speaker's (我是个演员，叫乔伊);
* 我的女儿，七岁，很可爱 / 我的猫，三岁了 / 我哥哥，是医生: a relative or pet set alone at the head of a sentence, then
  what is said of it: the age, the job, the home are the relative's, not the owner's (read as 我的女儿七岁); said of
  someone else's (斯汀的儿子，七岁), the rules read nothing of the owner either.

Where the comma is followed by a name (我最小的妹妹，迪娜，……) or by anything that does not open what is said of
someone (an age, 是, 在, 住, 很……), the sentence is left as it is.

>>> rejoined("我的女儿，七岁，很可爱。"), rejoined("我有一个儿子，叫小明。"), rejoined("我的妹妹，迪娜，她来了。")
('我的女儿七岁，很可爱。', '我有一个儿子叫小明。', '我的妹妹，迪娜，她来了。')
"""

from __future__ import annotations

import re

from ..framework import lazy
from ..names import is_chinese_name
from .lexicon import HAN, KIN, KIN_GOOD, NUM, PET

__all__ = ["rejoined"]

_KIN_THEN_NAME = lazy(rf"((?:有|养了?|生了)[^，,。]{{0,8}}?{KIN})[，,](?=叫|名叫)")
#: A relative or pet alone in the clause that opens a sentence (我的女儿，/ 斯汀的儿子，), then an age, 是, 在, 住, 很…….
_KIN_ALONE = lazy(rf"(?:^|(?<=[。！!？?…]))(?P<o>我们|我|你|他|她|[{HAN}·]{{2,8}}?)(?P<de>的)?(?:最好的|{KIN_GOOD}|最小的|最大的)?"
                  rf"(?:{KIN}|{PET})(?P<comma>[，,])(?=(?:今年|已经|才|都|也|还|快)?(?:{NUM}(?:周)?岁|是|在|住|很|非常|特别|喜欢|爱))")
_PRONOUNS = frozenset("我们 我 你 他 她".split())


def _join(m: re.Match[str]) -> str:
    owner = m.group("o")
    if owner not in _PRONOUNS and not (m.group("de") and is_chinese_name(owner)):
        return m.group(0)  # 他说完了，很好: no relative
    return m.group(0)[: m.start("comma") - m.start()]


def rejoined(sentence: str) -> str:
    """``sentence`` with the commas that part a relative from what is said of it taken out (see the module)."""
    return _KIN_ALONE.sub(_join, _KIN_THEN_NAME.sub(r"\1", sentence))
