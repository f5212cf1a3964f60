"""Calls of one person by their surname in the forms people of a street, a shop or a village use (for
:mod:`.speaker_vote`): 老钱, 钱叔, 钱老板 are one man; 彭大姐, 彭姐 one woman.

A surname with 老 before it, or with a word of kin or rank after it (叔, 哥, 姐, 大姐, 阿姨, 大爷, 老板, 总, 师傅), calls
someone by that surname. Two such calls with the same surname, where neither says a man and the other a woman (钱叔 and
钱姐 are two), are forms of one name: their votes count together, and one who says either bears neither ("钱老板" said by
the mechanic, "钱叔" said by his son, "老钱" said by the mechanic again: all the customer's). 小钱 (a younger one), 钱先生 and
钱太太 (a couple), 钱老师 and 钱医生 (a post, which a relative of the same name may hold) stay apart, as do full names.

>>> same_surname_call("老钱", "钱叔"), same_surname_call("彭大姐", "彭姐"), same_surname_call("钱老板", "老钱")
(True, True, True)
>>> same_surname_call("钱叔", "钱姐"), same_surname_call("小钱", "老钱"), same_surname_call("老钱", "老彭")
(False, False, False)
"""

from __future__ import annotations

from .framework import lazy

__all__ = ["same_surname_call"]

_HAN = "\u4e00-\u9fff"
#: 老钱 / 钱叔, 钱大哥, 钱姐, 钱阿姨, 钱老板, 钱总, 钱师傅: a surname (one character) called familiarly.
_CALL = lazy(rf"^(?:老(?P<a>[{_HAN}])|(?P<b>[{_HAN}])(?P<t>叔叔|叔|大哥|哥|大爷|伯|伯伯|大伯|爷爷|姐|大姐|姨|阿姨|大妈|婶|婶子|奶奶|"
             rf"老板|老板娘|总|师傅))$")
_MEN = frozenset("叔叔 叔 大哥 哥 大爷 伯 伯伯 大伯 爷爷".split())
_WOMEN = frozenset("姐 大姐 姨 阿姨 大妈 婶 婶子 奶奶 老板娘".split())


def _read(name: str) -> tuple[str, str] | None:
    """The surname ``name`` calls by and the sex its form says ("m", "f" or "")."""
    m = _CALL.match(name)
    if m is None:
        return None
    title = m.group("t") or ""
    return m.group("a") or m.group("b"), "m" if title in _MEN else "f" if title in _WOMEN else ""


def same_surname_call(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` call one person by one surname (see the module docstring)."""
    one, other = _read(a), _read(b)
    if one is None or other is None or a == b or one[0] != other[0]:
        return False
    return not (one[1] and other[1] and one[1] != other[1])
