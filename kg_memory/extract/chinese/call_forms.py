"""How people call friends, workmates and neighbours that jieba's dictionary does not know as names.

A given name of an older generation said alone (志刚, 秀兰, 丽华: two characters common in given names), a surname after
大 (大刘, 大张: as 老 and 小 before it), and a given name's character or a pet name before 哥 or 姐 (鹏哥, 丹丹姐) are
how people call each other ("大刘，你今天怎么了？", "鹏哥你是我亲哥。"); each is read so only where jieba knows no word of
those characters (大方, 建国, 柱子 are words), and only where a name is expected (a call, a subject).

>>> [called_form(w) for w in ("志刚", "秀兰", "大刘", "鹏哥", "丹丹姐", "大方", "帅哥", "安静")]
[True, True, True, True, True, False, False, False]
"""

from __future__ import annotations

from ..model.features import dictionary_entry
from .given_names import GIVEN_CHARACTERS, NOT_GIVEN_NAMES
from .lexicon import SURNAMES

__all__ = ["called_form"]


def called_form(piece: str) -> bool:
    """Whether ``piece`` is a given name, a surname after 大, or a name before 哥/姐, as people call each other, that
    jieba's dictionary lacks (see the module docstring)."""
    if not 2 <= len(piece) <= 3 or dictionary_entry(piece)[0]:
        return False
    if len(piece) == 2 and piece[0] == "大":
        return piece[1] in SURNAMES
    if piece[-1] in "哥姐":
        head = piece[:-1]
        return len(head) == 1 and head in GIVEN_CHARACTERS or len(head) == 2 and head[0] == head[1] and head[0] in GIVEN_CHARACTERS
    return len(piece) == 2 and piece not in NOT_GIVEN_NAMES and all(ch in GIVEN_CHARACTERS for ch in piece)
