"""A full name called in address that jieba cuts apart: 孙启航，你的作业呢？ / 宋佳音，到你了 / 许蔓，你来一下.

Schoolmates, teammates and teachers call each other by surname and given name. jieba tags few such names as a person's:
it reads the given part as the word it also is (启航 "set sail", 佳音 "good news", 明亮 "bright") and cuts the surname
off, so :func:`~kg_memory.extract.names.is_chinese_name` turns them away. A common surname (:data:`.lexicon.SURNAMES`)
and one or two characters that make no word with it, where a name is expected (:func:`.segment.is_name`: 高兴, 周末,
马上 begin with a surname and are words), read as a name said to someone (:func:`full_name_called`). Not read: a surname
and a kin word or a title (林妈妈, 王老师: :mod:`.segment` reads titles, kin words name no one), two characters that
make a word jieba knows (白天, 高手, 江山), a name and the verb that goes on (钱德是: :data:`_GRAMMAR`).

>>> from kg_memory.extract.chinese.segment import is_name
>>> [full_name_called(w, is_name) for w in ("孙启航", "宋佳音", "许蔓", "高兴", "周末好", "林妈妈", "白天", "钱德是", "钱过", "上回")]
[True, True, True, False, False, False, False, False, False, False]
"""

from __future__ import annotations

from collections.abc import Callable

from ..framework import lazy
from ..model.features import dictionary_entry
from .lexicon import KIN, SURNAMES

__all__ = ["full_name_called"]

#: Words after a surname that make a title or a kin term, not a given name (王老师, 林妈妈, 张阿姨, 刘师傅, 李同学).
_NOT_GIVEN = frozenset("老师 师傅 阿姨 妈妈 爸爸 叔叔 伯伯 奶奶 爷爷 同学 同志 先生 女士 小姐 大哥 大姐 大爷 大妈 大叔 大婶 "
                       "总 哥 姐 叔 婶 嫂 姨 伯 爷 奶 妈 爸 工 队 总监 经理 律师 医生 大夫 教练 主任 老板 师父 太太 "
                       "学长 学姐 学弟 学妹 师兄 师姐 班长 会长 科长 局长 校长 院长 队长 组长 所长 社长 站长 护士 法官 警官 药师".split())
#: Characters of grammar that end no given name: a surname that begins a clause goes on with them (钱德是你的朋友 reads
#: 钱德 and 是; 借给你钱过 is money lent, no one called).
_GRAMMAR = frozenset("是的了过在说也都就还又和跟给把被让呢吗啊吧么呀哦嘛着得地来去到要会能想看做吃买们这那你我他她它很太真最")

#: Characters of :data:`.lexicon.SURNAMES` that are there as pieces of compound surnames (欧阳, 司马, 上官), not as
#: surnames said alone (上回 "last time" is no one).
_COMPOUND_PIECES = frozenset("欧阳司上官诸")


def full_name_called(piece: str, is_name: Callable[[str], bool]) -> bool:
    """Whether ``piece`` is a common surname and a given name of one or two characters (孙启航, 许蔓), said where a name
    is expected (``is_name``: the surname and what follows it make no word jieba knows); see the module docstring."""
    if len(piece) not in (2, 3) or piece[0] not in SURNAMES or piece[0] in _COMPOUND_PIECES or piece[1:] in _NOT_GIVEN or _kin(piece[1:]) \
            or any(ch in _GRAMMAR for ch in piece[1:]):
        return False
    if len(piece) == 2 and dictionary_entry(piece)[0]:
        return False  # 白天, 高手, 江山: a word
    return is_name(piece)


_KIN = lazy(rf"(?:{KIN})")


def _kin(rest: str) -> bool:
    """Whether ``rest`` (what follows the surname) is a kin word (林妈妈, 王哥哥)."""
    return _KIN.fullmatch(rest) is not None
