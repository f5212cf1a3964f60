"""Language detection per turn: Chinese or English, from the script of the letters.

>>> detect_language("I live in Paris.")
'en'
>>> detect_language("我住在上海。")
'zh'
>>> detect_language("我在Google工作")
'zh'
"""

from __future__ import annotations

import re

__all__ = ["detect_language", "has_han"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str:
    """Return ``"zh"`` when Han characters carry the text, else ``"en"``.

    A text counts as Chinese when its Han characters outnumber its Latin words (a Chinese sentence
    naming an English company is still Chinese).
    """
    han = len(_HAN.findall(text))
    if not han:
        return "en"
    return "zh" if han >= len(_LATIN_WORD.findall(text)) else "en"


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Han character: the test the rules make before they read a name or a turn the Chinese way.

    >>> has_han("莫妮卡"), has_han("Monica"), has_han("我在Google工作")
    (True, False, True)
    """
    return _HAN.search(text) is not None
