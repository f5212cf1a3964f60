"""A relative asked about is brought up: "How's your wife?" - "She just started at a law firm." ("she" is the wife of
the one replying), 你女朋友也在北京吧？ - 对，她在一所中学当英语老师。

A question states nothing of the relative (it is not stored), but the pronoun of the reply refers to them, as it
would to "my wife" said by the one replying. :func:`mention_asked_kin` records the relative (named as the rules name
the replier's own: "Ann's wife", "安娜的女朋友") as mentioned by the question, in a conversation of two, when the last
question of the turn asks about one relative of the person spoken to.

>>> from kg_memory.extract.pronouns import Discourse, FEMALE
>>> ts = [Turn("c", "1", "Bot", "How's your wife doing?"), Turn("c", "2", "Ann", "She's great.")]
>>> d = Discourse(ts)
>>> mention_asked_kin(ts[0], d, "en")
>>> d.third_person(ts[1], FEMALE)[0].label
"Ann's wife"
"""

from __future__ import annotations

import re

from ..types import Entity, Turn
from .english.lexicon import KIN as EN_KIN
from .framework import lazy
from .pronouns import Discourse, gender_of_noun

__all__ = ["mention_asked_kin", "mention_own_kin_asked"]

#: "your wife", "your older sister" (not "your wife's car", "your mom and dad": someone else, or two).
_EN_YOUR_KIN = lazy(rf"\byour\s+(?:(?:older|younger|little|big|baby|twin|new)\s+)?(?P<k>{EN_KIN})\b(?!['’]s?\b|\s+(?:and|or|&)\s)",
                    re.I)
#: 你女朋友, 您的妻子 (not 你妈妈和你爸爸: two).
_ZH_YOUR_KIN = lazy(r"(?:你|您)的?(?P<k>老婆|妻子|太太|老公|丈夫|男朋友|女朋友|男友|女友|对象|儿子|女儿|哥哥|姐姐|弟弟|妹妹|"
                    r"爸爸|妈妈|父亲|母亲|爸|妈|爷爷|奶奶|外公|外婆)(?![和跟与、])")
_SENTENCE_ENDS = ".!?。！？"
#: "my girlfriend", "my little sister", "my dad's birthday" (not "my sister's daughter": another relative, nor "my mom
#: and dad").
_EN_MY_KIN = lazy(rf"\bmy\s+(?:(?:older|younger|little|big|baby|twin|new)\s+)?(?P<k>{EN_KIN})\b"
                  rf"(?!['’]s?\s+(?:(?:older|younger|little|big|baby|twin|new|best)\s+)?{EN_KIN}\b|['’](?!s\s)"
                  r"|\s+(?:and|or|&)\s)", re.I)
#: 我女朋友, 我的妻子 (not 我妈妈和我爸爸).
_ZH_MY_KIN = lazy(_ZH_YOUR_KIN.pattern.replace("(?:你|您)", "我", 1))
#: A question, then what the turn goes on to say (each up to its stop).
_QUESTION_THEN = lazy(r"(?P<q>[^.!?。！？]*[?？])+\s*(?=[^\s?？])")


def mention_asked_kin(turn: Turn, discourse: Discourse, lang: str) -> None:
    """Record the relative of the person spoken to that the last question of ``turn`` asks about (see the module)."""
    text = turn.text.rstrip()
    if not text.endswith(("?", "？")):
        return
    body = text.rstrip("?？!！ ")
    question = body[max(body.rfind(end) for end in _SENTENCE_ENDS) + 1:]  # the last question
    found = list((_EN_YOUR_KIN if lang == "en" else _ZH_YOUR_KIN).finditer(question))
    addressee = discourse.addressee(turn) if len(found) == 1 else None
    if addressee is None:
        return
    kin = found[0].group("k").lower()
    label = f"{addressee.label}'s {kin}" if lang == "en" else f"{addressee.label}的{kin}"
    discourse.mention(turn, Entity(label, "Person"), gender_of_noun(kin))


def mention_own_kin_asked(turn: Turn, discourse: Discourse, lang: str) -> None:
    """Record the speaker's own relative that a question of ``turn`` asks about when the turn goes on after it:
    "what's a good gift for my girlfriend? she likes hiking" ("she" is the girlfriend; so "any ideas for my dad's
    birthday? he loves fishing"), 送我女朋友什么好？她喜欢爬山。

    >>> from kg_memory.extract.pronouns import Discourse, FEMALE
    >>> t = Turn("c", "1", "Ann", "Any gift ideas for my girlfriend? She loves hiking.")
    >>> d = Discourse([t])
    >>> mention_own_kin_asked(t, d, "en")
    >>> d.third_person(t, FEMALE)[0].label
    "Ann's girlfriend"
    """
    last = None
    for m in _QUESTION_THEN.finditer(turn.text):
        last = m
    if last is None:
        return
    found = list((_EN_MY_KIN if lang == "en" else _ZH_MY_KIN).finditer(last.group("q")))
    if len(found) != 1:
        return
    kin = found[0].group("k").lower()
    speaker = discourse.speaker(turn).label
    label = f"{speaker}'s {kin}" if lang == "en" else f"{speaker}的{kin}"
    discourse.mention(turn, Entity(label, "Person"), gender_of_noun(kin))
