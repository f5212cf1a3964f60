"""How people call friends, workmates and neighbours that jieba's dictionary does not know as names.

A given name of an older generation said alone (志刚, 秀兰, 丽华: two characters common in given names), a surname after
大 (大刘, 大张: as 老 and 小 before it), and a given name's character or a pet name before 哥 or 姐 (鹏哥, 丹丹姐) are
how people call each other ("大刘，你今天怎么了？", "鹏哥你是我亲哥。"); each is read so only where jieba knows no word of
those characters (大方, 建国 are words), and only where a name is expected (a call, a subject).

A given name's character before 子 (涛子, 彬子, 强子, 柱子, 叶子: :func:`zi_nickname`) is a nickname, said so where a name is
expected even where jieba knows the word (柱子 "pillar", 豆子 "bean": no one calls a pillar); 子 after a word for a kind of
person or a thing (儿子, 胖子, 骗子, 桌子, 日子) makes no nickname: those heads are no given names' characters, and the few
that are make words listed in :data:`ZI_WORDS` (月子, 乐子, 光子).

>>> [called_form(w) for w in ("志刚", "秀兰", "大刘", "鹏哥", "丹丹姐", "涛子", "柱子", "大方", "帅哥", "安静", "胖子", "月子")]
[True, True, True, True, True, True, True, False, False, False, False, False]
"""

from __future__ import annotations

from ..model.features import dictionary_entry
from .given_names import GIVEN_CHARACTERS, NOT_GIVEN_NAMES
from .lexicon import SURNAMES

__all__ = ["ZI_WORDS", "called_form", "zi_nickname"]

#: Characters of nicknames ending in 子 that are no characters of given names (柱子, 豆子, 栓子, 锁子, 叶子 said to someone).
_ZI_HEADS = frozenset("柱豆栓锁叶")
#: Words of a given name's character and 子 that name a thing or a kind of person, not someone (坐月子, 找乐子, a 光子 in
#: physics, 妮子 and 铁子 said to any girl or buddy, 凯子 a mark, 彪子 a fool, 子子孙孙).
ZI_WORDS = frozenset("月子 乐子 光子 妮子 铁子 凯子 彪子 子子 桐子 龙子".split())


def zi_nickname(piece: str) -> bool:
    """Whether ``piece`` is a nickname made of a given name's character and 子 (涛子, 彬子, 强子, 柱子, 叶子), not a word for
    a kind of person or a thing (儿子, 胖子, 小子, 桌子, 月子).

    >>> [zi_nickname(w) for w in ("涛子", "强子", "豆子", "儿子", "胖子", "傻子", "小子", "杯子", "月子", "涛涛")]
    [True, True, True, False, False, False, False, False, False, False]
    """
    return len(piece) == 2 and piece[1] == "子" and piece not in ZI_WORDS \
        and (piece[0] in GIVEN_CHARACTERS or piece[0] in _ZI_HEADS)


def called_form(piece: str) -> bool:
    """Whether ``piece`` is a given name, a surname after 大, or a name before 哥/姐, as people call each other, that
    jieba's dictionary lacks, or a nickname in 子 (:func:`zi_nickname`; see the module docstring)."""
    if zi_nickname(piece):
        return True
    if not 2 <= len(piece) <= 3 or dictionary_entry(piece)[0]:
        return False
    if len(piece) == 2 and piece[0] == "大":
        return piece[1] in SURNAMES
    if piece[-1] in "哥姐":
        head = piece[:-1]
        return len(head) == 1 and head in GIVEN_CHARACTERS or len(head) == 2 and head[0] == head[1] and head[0] in GIVEN_CHARACTERS
    return len(piece) == 2 and piece not in NOT_GIVEN_NAMES and all(ch in GIVEN_CHARACTERS for ch in piece)
