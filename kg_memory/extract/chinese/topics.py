"""Whom the clauses of a Chinese sentence that say no subject are about, where a clause before changes it.

Later clauses with no subject of their own tell of the subject of the clause before (我妹妹，二十岁，在上海工作). Two
clauses change that subject without a verb:

* a person named after a label that points them out, with nothing else in the clause (三床郑建国，六十二岁: 郑建国 is
  62; 这位李明，二十八岁; 二班王乐乐，十岁; not 还有李子，两斤): the clauses after are about that person, not about the one called before
  (孙医生，三床郑建国，六十二岁 says nothing of 孙医生);
* a name asked back, then spoken of (你们老板在吗？ - 芬恩先生？他去芝加哥了): 他 is that person, not someone said
  before (the name alone asks nothing the rules read, but says whom the turn then tells of);
* someone described, not named (我大学同宿舍的那个，嫁到上海的; 我们公司的那位，刚离婚): the clauses after are about
  that person, whom the rules cannot name, not about the speaker the description starts from.

>>> pointed_out("三床郑建国"), pointed_out("这位李明"), pointed_out("喜欢李明"), pointed_out("还有李子")
('郑建国', '李明', None, None)
>>> asked_back("芬恩先生？", "芬恩先生？他去芝加哥了。"), asked_back("罗斯？", "罗斯？你在吗？")
('芬恩先生', None)
>>> described("大学同宿舍的那个"), described("大学同学")
(True, False)
"""

from __future__ import annotations

from ..framework import lazy
from ..names import is_chinese_name
from .lexicon import HAN, SURNAMES
from .segment import is_called_name

__all__ = ["asked_back", "described", "pointed_out"]

#: A label that points someone out before the name: a bed, a class, a room counted (三床, 5号床, 二班), or 这位, 那位.
_POINTED = lazy(rf"^(?:(?P<label>[0-9一二三四五六七八九十几]+(?:号床|号|床|班|组|室))|这位|那位)(?P<n>[{HAN}]{{2,3}})$")
#: The head of a description of someone not named: ……的那个, ……的那位, ……的那个人.
_DESCRIBED = lazy(r"的(?:那个|那位|这个|这位)(?:人|女的|男的|姑娘|女孩|小伙子?)?$")


def pointed_out(clause: str) -> str | None:
    """The name of the person ``clause`` points out and says nothing more of (三床郑建国 -> 郑建国), or ``None``."""
    m = _POINTED.match(clause)
    if m is None:
        return None
    name = m.group("n")  # after a bed or a class, a surname and a given name (郑建国); else a name jieba knows (李明)
    return name if is_chinese_name(name) or m.group("label") and name[0] in SURNAMES else None


def described(rest: str) -> bool:
    """Whether ``rest``, a clause after its subject (我 + 大学同宿舍的那个), describes someone else, not named."""
    return _DESCRIBED.search(rest) is not None


#: A name alone asked back: 芬恩先生？ (a person's name, with a title or not).
_ASKED_BACK = lazy(rf"^\s*(?P<n>[{HAN}·]{{2,8}})[？?]\s*$")
#: He or she opening what follows: 他去芝加哥了 (not 他们).
_THIRD_NEXT = lazy(r"^\s*(?:他|她)(?!们)")


def asked_back(piece: str, text: str) -> str | None:
    """The name ``piece`` (a sentence of ``text``) asks back when ``text`` then goes on with 他 or 她, or ``None``."""
    m = _ASKED_BACK.match(piece)
    if m is None or not (is_chinese_name(m.group("n")) or is_called_name(m.group("n"))):  # 芬恩先生, 吴店长
        return None
    at = text.find(piece)
    return m.group("n") if at >= 0 and _THIRD_NEXT.match(text[at + len(piece):]) else None
