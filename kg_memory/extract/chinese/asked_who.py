"""A bare 你是？ / 您是？ ("and you are?") answered by a name, or a guess owned up to by a yes and a name: the name is
the answerer's own.

"您是？" - "邹凯。我来送文件的。", "你是？" - "王一鸣，新来的。": the one asked gives their name first, alone or before a
comma, as one does at a door or a desk. The name opening the answer is no call of the one who asked. So is the name
after a yes to a guess at who one is: "你是三楼的小张吧？" - "对，张强。".

Precision: the question is the whole sentence that ends its turn (not 你是说？, 你是哪位老师的学生？), and the piece is a
person's name of two or three characters that opens with a common surname (not 保安。, 物业。, 快递。, roles one may
answer with too); an answer that introduces its speaker itself (我姓潘，潘立群) is read by its own rules.
"""

from __future__ import annotations

import re

from ..framework import lazy
from ..names import is_chinese_name
from .lexicon import CALLED_SURNAMES, SURNAMES

#: 你是？, 请问您是？, 小伙子你是？: who the one spoken to is, asked with nothing after 是 and ending the turn.
_WHO_ASKED = lazy(r"(?:^|[，,。！!？?…\s])(?:请问|那|那么|嗯|呃|哦|这位)?(?:你|您)是\s*[?？]+\s*$")
#: 你是三楼的小张吧？, 您就是新来的会计吗？: a guess at who the one spoken to is, ending the turn.
_GUESS_ASKED = lazy(r"(?:你|您)(?:就)?是[^，,。！!？?]{1,12}(?:吧|吗|嘛)\s*[?？]+\s*$")
#: 对，张强。 / 是的，张强，……: a yes, then the name.
_YES = r"(?:对|对啊|对的|是|是的|是啊|嗯|没错)[，,。！!\s]+"
#: The name opening the answer, alone or before a comma or a full stop: 邹凯。, 王一鸣，新来的。
_NAME = r"(?P<n>[\u4e00-\u9fff]{2,3})\s*(?:[，,。！!]|$)"
_OPENING_NAME = lazy(r"^\s*(?:(?:哦|噢|嗯|呃|你好|您好)[，,！!。\s]*)?" + _NAME)
_YES_NAME = lazy(r"^\s*" + _YES + _NAME)


def name_answered(before: str, text: str) -> re.Match[str] | None:
    """The name ``text`` opens with, answering a bare 你是？ / 您是？ that ends ``before``; None otherwise.

    >>> name_answered("您好，您是？", "邹凯。我来送文件的。").group("n")
    '邹凯'
    >>> name_answered("你是三楼的小张吧？", "对，张强。").group("n")
    '张强'
    >>> name_answered("你是？", "保安。"), name_answered("你是说？", "王一鸣。"), name_answered("你是？", "我姓潘，潘立群。")
    (None, None, None)
    """
    if _WHO_ASKED.search(before) is not None:
        m = _OPENING_NAME.match(text)
    elif _GUESS_ASKED.search(before) is not None:
        m = _YES_NAME.match(text)
    else:
        return None
    if m is None:
        return None
    name = m.group("n")
    if name[0] not in SURNAMES and name[0] not in CALLED_SURNAMES or not is_chinese_name(name):
        return None
    return m
