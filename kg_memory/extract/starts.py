"""When a state began, as a sentence tells it: "since 2019", "I joined Siemens last month", "我2018年加入了腾讯".

A state fact (where one lives or works, a marriage, a pet: :data:`~.base.STARTED_BY_EVENT`) is dated by
the sentence's time expression only when the sentence says that the state began then: the time follows
"since" / "从" / "自从" or comes before "起", "开始", "以来", or the clause's verb starts the state ("joined",
"got married", "adopted", 加入, 结婚, 入职). A time said of a state without such a word ("In 2019 I worked at
Google") is not a start: the state may have ended since.

>>> from datetime import datetime
>>> said = datetime(2024, 5, 1)
>>> state_start("I have been married to Tom since 2010.", said, "en")
datetime.date(2010, 1, 1)
>>> state_start("I joined Siemens last month.", said, "en")
datetime.date(2024, 4, 1)
>>> state_start("In 2019 I worked at Google.", said, "en") is None
True
>>> state_start("我从2018年开始在腾讯工作。", said, "zh")
datetime.date(2018, 1, 1)
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .patterns import lazy
from .timeexpr import find_time

__all__ = ["state_start"]

_EN_SINCE = lazy(r"\b(?:since|starting(?:\s+(?:in|from))?|from)\s*$", re.I)
_EN_STARTS = lazy(r"\b(?:start(?:ed|ing)?|began|begun|joined|became|got\s+(?:married|engaged|hired|together)|married|"
                  r"adopted|hired|moved|got\s+(?:a|my|our)\s+(?:new\s+|first\s+)?(?:job|dog|cat|puppy|kitten|pet))\b", re.I)
_ZH_SINCE = lazy(r"(?:从|自从|自)$")
_ZH_AFTER = lazy(r"^(?:起|开始|以来|至今|就)")
_ZH_STARTS = lazy(r"加入|入职|结婚|领养|搬到|搬去|开始|进了|成为")
_CLAUSE_BREAK = lazy(r"[,;，；。！？!?]|\b(?:and|but|while|because)\b|而且|但是|可是|因为", re.I)


def state_start(sentence: str, said: datetime | None, lang: str, about: str = "") -> date | datetime | None:
    """The time ``sentence`` says a state began, or ``None`` (see the module docstring). The time, the
    word that makes it a start, and ``about`` (the fact's object, when the sentence names it) must be in
    one clause: "I work at Google and we got married last year" dates the marriage, not the job.

    >>> state_start("I work at Google and we got married last year.", datetime(2024, 5, 1), "en", "Google") is None
    True
    """
    mention = find_time(sentence, said, lang)
    if mention is None:
        return None
    head = sentence[:mention.start].strip().lower()
    if mention.text.lower().startswith("since") and not head or head in ("since", "ever since", "从", "自从", "自"):
        return mention.value  # "Since 2020, I have lived in Berlin": the whole sentence
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, mention.start)]
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, mention.end)), len(sentence))
    clause_start = cuts[-1] if cuts else 0
    clause = sentence[clause_start:end]
    if about and about in sentence and about not in clause:
        return None
    before, after = sentence[clause_start:mention.start], sentence[mention.end:end]
    if lang == "zh":
        starts = bool(_ZH_SINCE.search(before) or _ZH_AFTER.search(after) or _ZH_STARTS.search(clause))
    else:
        starts = bool(mention.text.lower().startswith("since") or _EN_SINCE.search(before)
                      or _EN_STARTS.search(clause))
    return mention.value if starts else None
