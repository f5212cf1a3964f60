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

from ...types import Entity
from ..framework import Clause, lazy
from .lexicon import KIN_PREDICATE, PET

__all__ = ["animal_named", "named_other", "own_animal", "own_animal_named", "thing_named"]

#: People of one's own who are no kin (同桌, 组长): what they are to the speaker, where the vocabulary has a word.
_OTHERS = {"同桌": "classmate", "组长": "", "班长": "", "班主任": "", "师父": "", "徒弟": "", "队长": "", "房东": "",
           "搭档": "", "合伙人": "", "网友": ""}
_PERSON = "|".join(sorted({*KIN_PREDICATE, *_OTHERS}, key=len, reverse=True))
#: A person of the speaker's heading the sentence (after a call: 阿姨，我同桌……), a clause about them, then 叫: 我同桌……，叫X.
_PERSON_NAMED = lazy(rf"^(?:[\u4e00-\u9fff]{{1,3}}[，,])?(?:我|我们|咱们|咱)(?:的|家的?)?(?P<who>{_PERSON})(?![\u4e00-\u9fff]?[，,])[^，,。！？!?]{{1,24}}"
                     r"[，,]\s*(?:名字|全名|大名)?叫")
#: A shop, a band or a group named in the clause after it (开了一家咖啡店，叫拾光): not the speaker's name.
_THING_NAMED = lazy(r"(?P<who>店|馆|铺|公司|工作室|餐厅|酒吧|品牌|乐队|球队|群|公众号|账号|频道)[，,]\s*(?:名字)?叫")
#: An animal counted by a classifier of animals (它是一只灰鹦鹉，名字叫豆豆; 那条老狗，叫阿黄) or said as 它 in the clause
#: before: the 叫 clause gives the animal's name, not the speaker's (not 这只是小事: 只 as "only").
_ANIMAL_NAMED = lazy(r"(?:(?:[一两那这]|[0-9])(?:只|条|匹|头)(?![是有要能会好在])|(?:^|[，,])它)[^，,。！？!?]{0,10}[，,]\s*"
                     r"(?:它的?)?(?:名字|全名)?叫")
#: An animal said to be had or got (家里新添了一只柯基，叫豆包; 又养了一只狗，叫可乐): the rules of pets had read its name.
_HAD = lazy(r"(?:养|添|有|领养|收养|捡)了?(?:一|两|几|[0-9])?(?:只|条|匹|头)")
#: The speaker's own animal: 我送来的那只鹦鹉, 我的猫 (then "它是……，名字叫豆豆" names the speaker's pet).
_MINE = lazy(rf"我(?:[^，,。！？!?你他她的]{{0,8}}?的|家的?)(?:[那这]?(?:只|条|匹|头)|{PET})")


def named_other(sentence: str) -> tuple[str, str] | None:
    """What the one named by the 叫 clause of ``sentence`` is to the speaker (a predicate, or ``""``) and the word for
    them, where the sentence opens with someone of the speaker's or names a thing; ``None`` where the name may be the
    speaker's."""
    m = _PERSON_NAMED.match(sentence) or _THING_NAMED.search(sentence)
    if m is None:
        return None
    return KIN_PREDICATE.get(m.group("who"), _OTHERS.get(m.group("who"), "")), m.group("who")


def thing_named(sentence: str, speakers: bool = True) -> bool:
    """Whether the 叫 clause of ``sentence`` names a shop, a band or a group (开了一家咖啡店，叫拾光), whoever the clause's
    subject was read as, or, where it was read as the speaker (``speakers``), an animal (:func:`animal_named`; a
    clause read as the animal's own, 家里新添了一只柯基，叫豆包, names it).

    >>> thing_named("我开了一家咖啡店，叫拾光"), thing_named("我同桌……，叫薛子涵"), thing_named("新添了一只柯基，叫豆包", False)
    (True, False, False)
    """
    return _THING_NAMED.search(sentence) is not None or speakers and animal_named(sentence)


def animal_named(sentence: str) -> bool:
    """Whether the 叫 clause of ``sentence`` names an animal counted by its classifier or said as 它 just before.

    >>> animal_named("我找的那只鹦鹉，它是一只灰鹦鹉，名字叫豆豆"), animal_named("我养了条狗，它叫阿黄")
    (True, False)
    >>> animal_named("这只是小事，叫我小李就行"), animal_named("我是新来的，叫石磊"), animal_named("家里新添了一只柯基，叫豆包")
    (False, False, False)
    """
    return _ANIMAL_NAMED.search(sentence) is not None and _HAD.search(sentence) is None


def own_animal(sentence: str) -> bool:
    """Whether ``sentence``, whose 叫 clause names an animal (:func:`animal_named`), says the animal is the speaker's:
    "我送来的那只鹦鹉，它是……，名字叫豆豆".

    >>> own_animal("我送来的那只鹦鹉，它是一只灰鹦鹉，名字叫豆豆"), own_animal("那只鹦鹉，它是一只灰鹦鹉，名字叫豆豆")
    (True, False)
    """
    return _MINE.search(sentence) is not None


def own_animal_named(c: Clause, name: str | None) -> bool:
    """Where the 叫 clause ``c`` (read as the speaker's) names the speaker's own animal (:func:`own_animal`), the
    speaker has a pet of that name: "我送来的那只鹦鹉，它是一只灰鹦鹉，名字叫豆豆" gives hasPet 豆豆, not name 豆豆."""
    if c.negated or not name or c.subject.label != c.turn.speaker or not animal_named(c.sentence) \
            or not own_animal(c.sentence):
        return False
    c.add("hasPet", Entity(name, "Animal"), 0.75)
    return True
