"""A time said before the subject goes after it: "Last month I quit my job" is read as "I quit my job last month",
"去年我搬到了上海" as "我去年搬到了上海", so that the rules, which expect the subject first, read the sentence, and the
time dates what it says (:mod:`.starts`).

Only a time that opens the sentence and is followed by the subject (I, we, my, our, 我, 我们, 他, 她) moves, and only a
time that cannot be a word of its own: a bare month name ("May I ask?") stays.

>>> from datetime import datetime
>>> said = datetime(2024, 9, 15)
>>> time_after_subject("Last month I quit my job.", said, "en")
'I quit my job last month.'
>>> time_after_subject("In 2019, I started working at Google.", said, "en")
'I started working at Google in 2019.'
>>> time_after_subject("去年我从腾讯离职了。", said, "zh")
'我去年从腾讯离职了。'
>>> time_after_subject("每个周末我都去钓鱼。", said, "zh")  # how often, as "every weekend"
'我每个周末都去钓鱼。'
>>> time_after_subject("国庆我们去黄山爬山了。", said, "zh")  # a holiday, as a time
'我们国庆去黄山爬山了。'
>>> time_after_subject("May I ask where you live?", said, "en")
'May I ask where you live?'
"""

from __future__ import annotations

import re
from datetime import datetime

from .patterns import lazy
from .timeexpr import MONTHS, SEASONS, WEEKDAYS, find_time

__all__ = ["time_after_subject"]

_EN_SUBJECT = lazy(r"\s*,?\s*(?=(?:i|we|my|our)\b)", re.I)
_ZH_SUBJECT = lazy(r"\s*[，,]?\s*(?=我们|咱们|我|他们|她们|他|她)")
#: The words a time can open a sentence with (a cheap test before the time expression is searched for).
_EN_OPENS = lazy(r"\s*(?:\d|(?:last|this|next|in|on|yesterday|today|tonight|tomorrow|an?|one|two|three|four|five|six|"
                 r"seven|eight|nine|ten|eleven|twelve|several|early|late|back|since|" + "|".join(
                     sorted({*MONTHS, *WEEKDAYS, *SEASONS}, key=len, reverse=True)) + r")\b)", re.I)
_ZH_OPENS = lazy(r"\s*[0-9０-９去今明前上下昨这那一二两三四五六七八九十零〇年月周星]")
#: A time that is a word of its own too: a month or a weekday named alone ("May I ask?", "Sunday is my day off").
#: How often, said before the subject: 每个周末我都…, 每天晚上我…
_ZH_EVERY = lazy(r"\s*(?P<t>周末|平时|平常|每个?(?:周末|星期[一二三四五六天日]?|礼拜[一二三四五六天日]?|月|晚上?|早上?)|每(?:天|周|年)(?:晚上|早上)?)"
                 r"[，,]?\s*(?P<s>我们|咱们|我|他们|她们|他|她)")
#: A holiday or a weekend said before the subject, which :func:`.timeexpr.find_time` does not date: 国庆我们去了黄山,
#: 上周末我跟老公去苏州玩了, 春节期间我回了老家.
_ZH_HOLIDAY = lazy(r"\s*(?P<t>(?:上个?|这个?)周末|上礼拜|(?:今年|去年)?(?:国庆|春节|五一|十一|中秋|端午|元旦|清明|圣诞|新年)节?"
                   r"(?:假期|长假|期间|的时候)?|过年(?:的时候|期间)?)[，,]?\s*(?P<s>我们|咱们|我|他们|她们|他|她)")
_BARE_NAME = lazy(r"^[A-Za-z]+$")
_EN_END = lazy(r"[.!?…]*\s*$")


def time_after_subject(sentence: str, said: datetime | None, lang: str) -> str:
    """``sentence`` with a time that opens it moved after its subject (see the module)."""
    every = (_ZH_EVERY.match(sentence) or _ZH_HOLIDAY.match(sentence)) if lang == "zh" else None
    if every is not None:
        return every.group("s") + every.group("t") + sentence[every.end():]
    if not (_ZH_OPENS if lang == "zh" else _EN_OPENS).match(sentence):
        return sentence  # most sentences: no time can open them, and no time expression is searched for
    mention = find_time(sentence, said, lang)
    if mention is None or sentence[:mention.start].strip(" ,，"):
        return sentence
    if lang == "zh":
        subject = _ZH_SUBJECT.match(sentence, mention.end)
        if subject is None:
            return sentence
        rest = sentence[subject.end():]
        head = re.match(r"我们|咱们|我|他们|她们|他|她", rest)
        if head is None:
            return sentence
        return rest[:head.end()] + mention.text + rest[head.end():]
    if _BARE_NAME.match(mention.text) and not re.match(r"(?i)(?:in|on|last|this|next)\b", mention.text):
        return sentence
    subject = _EN_SUBJECT.match(sentence, mention.end)
    if subject is None:
        return sentence
    rest = sentence[subject.end():]
    end = _EN_END.search(rest)
    stop = end.start() if end else len(rest)
    return f"{rest[:stop]} {mention.text[0].lower() + mention.text[1:]}{rest[stop:]}"
