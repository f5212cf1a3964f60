"""A relative asked about is brought up: "How's your wife?" - "She just started at a law firm." ("she" is the wife of
the one replying), 你女朋友也在北京吧？ - 对，她在一所中学当英语老师。

A question states nothing of the relative (it is not stored), but the pronoun of the reply refers to them, as it
would to "my wife" said by the one replying. :func:`mention_asked_kin` records the relative (named as the rules name
the replier's own: "Ann's wife", "安娜的女朋友") as mentioned by the question, in a conversation of two, when the last
question of the turn asks about one relative of the person spoken to, or goes on with the question before it that does
("How's your mom? Still teaching?").

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

__all__ = ["asks_on_about_kin", "mention_asked_kin", "mention_own_kin_asked"]

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
#: Someone a question names as its subject, which a question going on with the one before it leaves out ("Still
#: teaching?", "Still at Google?", "还在银行上班？" after "How's your mom?", "你妈还好吧？"; not "Is Tom still in Boston?").
_WHO = lazy(r"\b(?:you|your|yours|he|she|him|her|his|hers|they|them|their|i|me|my|we|us|our|it)\b|"
            r"^(?:is|are|was|were|does|do|did|has|have|can|will|would)\s+(?-i:[A-Z])|[你您他她我它]", re.I)
#: How a question going on with the one before it opens: "Still teaching?", "At the bank?", "Working yet?", "还在银行上班？"
#: (not "卡片上写啥？" after "你女朋友叫什么？": a question of its own).
_GOES_ON = lazy(r"(?:still|yet|already|and|or|at|in|on|with|[a-z]+ing)\b|(?:还|也|又|现在|最近|是不是|在|住)", re.I)
#: A question, then what the turn goes on to say (each up to its stop).
_QUESTION_THEN = lazy(r"(?P<q>[^.!?。！？]*[?？])+\s*(?=[^\s?？])")


def _kin_asked(text: str, lang: str) -> tuple[list[re.Match[str]], bool]:
    """The relatives of the one spoken to that the last question of ``text`` asks about (of a question going on with the
    one before it, that one's), and whether the last question goes on so."""
    body = text.rstrip("?？!！ ")
    cut = max(body.rfind(end) for end in _SENTENCE_ENDS)
    question, going_on = body[cut + 1:], False
    if cut > 0 and body[cut] in "?？" and _GOES_ON.match(question.strip()) and not _WHO.search(question.strip()):
        question, going_on = body[max(body.rfind(end, 0, cut) for end in _SENTENCE_ENDS) + 1:cut], True
    return list((_EN_YOUR_KIN if lang == "en" else _ZH_YOUR_KIN).finditer(question)), going_on


def asks_on_about_kin(text: str, lang: str) -> bool:
    """Whether the last question of ``text`` goes on, its subject left out, with the one before it about a relative of
    the one spoken to ("How's your sister? Still at Google?"): what it asks is the relative's, not the listener's.

    >>> asks_on_about_kin("How's your sister? Still at Google?", "en"), asks_on_about_kin("Still at Google?", "en")
    (True, False)
    """
    found, going_on = _kin_asked(text.rstrip(), lang)
    return text.rstrip().endswith(("?", "？")) and going_on and len(found) == 1


def mention_asked_kin(turn: Turn, discourse: Discourse, lang: str) -> None:
    """Record the relative of the person spoken to that the last question of ``turn`` asks about (see the module)."""
    text = turn.text.rstrip()
    if not text.endswith(("?", "？")):
        return
    found, _ = _kin_asked(text, lang)
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
