"""A pet named right after its kind, with no comma nor 叫 between (我家狗巴克特别乖, 我养的猫咪咪最近胖了, 你家猫小白还好吗):
the speaker's (the addressee's) pet has that name. The name is two or three characters that a word of what is said of
the pet follows (很, 特别, 最近, 又, 一直, the clause's end); a common word there (我的猫今天生病了, 我家狗零食吃多了) or
a word that runs on (我家猫咪也是) names no pet.

>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "安娜", "我家狗巴克特别乖")
>>> [(s.label, p, o.label) for s, p, o, _, _ in pets_named_by_kind(t.text, t, Discourse([t]))]
[('安娜', 'hasPet', '巴克')]
>>> t = Turn("c", "1", "安娜", "我家狗零食吃多了")
>>> pets_named_by_kind(t.text, t, Discourse([t]))
[]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse
from .lexicon import HAN, PET, PETS
from .segment import _tagger

__all__ = ["pets_named_by_kind"]

#: What is said of a pet after its name: how it is (很乖, 特别胖), when (最近, 今天), how often (一直, 总是, 每天).
_SAID_OF_IT = (r"很|特别|非常|超级?|挺|真|太|好|最近|今天|昨天|今年|去年|每天|天天|总是|老是|一直|又|也|都|就|还|不|没|已经|刚|"
               r"才|会|可|在|是|有|喜欢|爱|今年|[0-9一二两三四五六七八九十]+岁|[，,。！!？?…]|$")
_PET_THEN_NAME = lazy(rf"(?P<kp>我|你)(?:家里?的?|的|养的|家养的)(?P<pet>{PET})(?P<n>[{HAN}]{{2,3}}?)(?={_SAID_OF_IT})")
#: Characters no pet's name holds: 很, 也, 是, 的…… (我家猫咪也是: not 咪也).
_NOT_IN_NAME = set("很也是的了在都就还不没又才会被把给和跟与从到去来个只条些这那它他她吗呢吧啊")
_SAID_FIRST = lazy(rf"(?:{_SAID_OF_IT})")
#: jieba's tags of a proper name (a person's, a place's, a nickname's) or a sound word (咪咪, 嘟嘟).
_NAME_TAGS = ("nr", "nrt", "nrfg", "nz", "ns", "o")
#: A pet said to have died or been lost (我家的狗豆豆去年死了): had no more, read by :mod:`.endings`.
_GONE = lazy(r"^[^，,。！!？?]*(?:去世|过世|死|走丢|丢了|没了|走了|不在了)")


def _is_pet_name(name: str, kind: str) -> bool:
    """Whether ``name``, said right after ``kind``, reads as a pet's name: a doubled sound (咪咪, 豆豆), a person's
    name (小白, 巴克), or words jieba reads as a name, or as words none of which is a verb, an adverb or a time
    (旺财); not one common word (零食), nor what is said of the pet (特别乖), nor the rest of a word the kind's
    characters begin (狗狗, 马克杯)."""
    if any(ch in _NOT_IN_NAME for ch in name) or _SAID_FIRST.match(name):
        return False
    if name[0] == name[1] and len(name) == 2:
        return True
    if any(p.startswith(kind + name[0]) for p in PETS.split()) or next(iter(_tagger().cut(kind + name))).word != kind:
        return False  # 我的马克杯, 我家马路对面: the kind's character is part of another word
    if is_chinese_name(name):
        return True
    words = list(_tagger().cut(name))
    if len(words) == 1:
        return words[0].flag in _NAME_TAGS
    return not any(w.flag[:1] in "dvtmqpcuryf" for w in words)


def pets_named_by_kind(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The pets ``sentence`` names right after their kind (module docstring)."""
    out: list[Found] = []
    for m in _PET_THEN_NAME.finditer(sentence):
        name = m.group("n")
        owner = discourse.speaker(turn) if m.group("kp") == "我" else discourse.addressee(turn)
        if owner is not None and _is_pet_name(name, m.group("pet")) and not _GONE.match(sentence[m.end():]):
            out.append((owner, "hasPet", Entity(name, "Animal"), 0.75, None))
    return out
