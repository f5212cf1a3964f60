"""Whose name a 叫 clause gives when the sentence began with someone else: 我同桌……，叫薛子涵.

The rule 叫X / 名字是X (:mod:`.rules`) names the clause's subject, the speaker in "我是新来的，叫石磊". A sentence that
opens with a person of the speaker's ("我同桌也在这儿配的眼镜，叫薛子涵", "我们组长是个小姑娘，叫米露", "我表哥在工地上班，
叫孟凡") or with a thing ("我开了一家咖啡店，叫拾光") gives the name of that person or thing: the speaker bears none.
:func:`named_other` reads such a sentence; it gives the person and what they are to the speaker (``"classmate"`` for
同桌, the kin word's predicate), or ``""`` for a thing or a person with no such word (组长).

>>> named_other("阿姨，我同桌也是在你们这儿配的，叫薛子涵")
('classmate', '同桌')
>>> named_other("我们组长是个小姑娘，叫米露"), named_other("我开了一家咖啡店，叫拾光")
(('', '组长'), ('', '店'))
>>> named_other("我是新来的，叫石磊"), named_other("我老家是湖南的，叫石磊"), named_other("我叫石磊")
(None, None, None)
"""

from __future__ import annotations

from ..framework import lazy
from .lexicon import KIN_PREDICATE

__all__ = ["named_other", "thing_named"]

#: People of one's own who are no kin (同桌, 组长): what they are to the speaker, where the vocabulary has a word.
_OTHERS = {"同桌": "classmate", "组长": "", "班长": "", "班主任": "", "师父": "", "徒弟": "", "队长": "", "房东": "",
           "搭档": "", "合伙人": "", "网友": ""}
_PERSON = "|".join(sorted({*KIN_PREDICATE, *_OTHERS}, key=len, reverse=True))
#: A person of the speaker's heading the sentence (after a call: 阿姨，我同桌……), a clause about them, then 叫: 我同桌……，叫X.
_PERSON_NAMED = lazy(rf"^(?:[\u4e00-\u9fff]{{1,3}}[，,])?(?:我|我们|咱们|咱)(?:的|家的?)?(?P<who>{_PERSON})(?![\u4e00-\u9fff]?[，,])[^，,。！？!?]{{1,24}}"
                     r"[，,]\s*(?:名字|全名|大名)?叫")
#: A shop, a band or a group named in the clause after it (开了一家咖啡店，叫拾光): not the speaker's name.
_THING_NAMED = lazy(r"(?P<who>店|馆|铺|公司|工作室|餐厅|酒吧|品牌|乐队|球队|群|公众号|账号|频道)[，,]\s*(?:名字)?叫")


def named_other(sentence: str) -> tuple[str, str] | None:
    """What the one named by the 叫 clause of ``sentence`` is to the speaker (a predicate, or ``""``) and the word for
    them, where the sentence opens with someone of the speaker's or names a thing; ``None`` where the name may be the
    speaker's."""
    m = _PERSON_NAMED.match(sentence) or _THING_NAMED.search(sentence)
    if m is None:
        return None
    return KIN_PREDICATE.get(m.group("who"), _OTHERS.get(m.group("who"), "")), m.group("who")


def thing_named(sentence: str) -> bool:
    """Whether the 叫 clause of ``sentence`` names a shop, a band or a group (开了一家咖啡店，叫拾光), whoever the clause's
    subject was read as.

    >>> thing_named("我开了一家咖啡店，叫拾光"), thing_named("我同桌……，叫薛子涵")
    (True, False)
    """
    return _THING_NAMED.search(sentence) is not None
