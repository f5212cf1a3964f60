"""Names a Chinese question puts on someone spoken of, and the name its answer gives them: no speaker's.

"您闺女是不是孔医生？" asks whether the daughter is 孔医生; "你朋友是不是老柏？" - "对对，柏文涛，我们是老同事" and "你们物业那个
新经理好说话不？" - "姓黎，黎经理，三十多岁" give the name of the friend or the manager spoken of. Such a name is no call of
the one asked (not 孔医生 for the father asked, not 柏文涛 for the one who asked). :func:`asked_of` finds them;
:mod:`.absent_names` rules them out for every speaker. "你是不是老柏？" (asked of the one spoken to) and an answer
calling the asker ("你爸呢？" - "小雨，你爸在路上") are left alone.

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "A", "你朋友是不是老柏？"), Turn("c", "2", "B", "对对，柏文涛，我们是老同事。")]
>>> sorted(asked_of(t, {"老柏", "柏文涛"}))
['柏文涛', '老柏']
>>> asked_of([Turn("c", "1", "A", "你是不是老柏？"), Turn("c", "2", "B", "对，是我。")], {"老柏"})
set()
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy

__all__ = ["asked_of"]

#: Someone of the one spoken to (你朋友, 您闺女, 你们经理): who a question speaks of (or 他, 那个新经理: :data:`_ASKS_OF`).
_SOMEONE = (r"(?:(?:你|您)(?:们)?(?:的|家的?)?(?:朋友|同学|同事|闺女|女儿|儿子|孩子|老公|老婆|爱人|媳妇|对象|男朋友|女朋友|"
            r"哥哥?|姐姐?|弟弟?|妹妹?|爸爸?|妈妈?|父亲|母亲|老师|领导|老板|经理|邻居|室友|表哥|表姐|孙子|孙女|师父|徒弟|"
            r"亲戚|姐夫|妹夫|嫂子|老乡|房东|客户))")
#: A question of someone spoken of: 那个新经理好说话不？, 你朋友是不是老柏？, 他是谁？
_ASKS_OF = lazy(rf"(?:{_SOMEONE}|他|她|(?:那|这)(?:个|位)[^，,。？?]{{1,10}})[^。！!]*?[？?]")
#: An answer that confirms or gives a name first: 对对，柏文涛，……; 姓黎，黎经理，……; 是，孔令芳。
_CONFIRMS = r"^(?:(?:对|是|没错|就是)+(?:的|啊|呀)?[，,、\s]*(?:姓[\u4e00-\u9fff][，,\s]*)?|姓[\u4e00-\u9fff][，,\s]*)"
_TRIGGER = lazy(r"[他她那这你您].*[？?]")


def asked_of(turns: Sequence[Turn], candidates: set[str]) -> set[str]:
    """The ``candidates`` that a question of ``turns`` puts on someone spoken of ("您闺女是不是孔医生？") or that the
    next speaker's answer gives first after confirming ("对对，柏文涛，……", "姓黎，黎经理，……")."""
    out: set[str] = set()
    asking = [i for i, turn in enumerate(turns) if _TRIGGER.search(turn.text) and _ASKS_OF.search(turn.text)]
    for name in candidates:
        if not re.match(r"[\u4e00-\u9fff]", name):
            continue
        n = re.escape(name)
        put = re.compile(rf"{_SOMEONE}(?:是不是|不是|就是|是)(?:叫)?{n}(?=[？?，,。！!]|吗|吧|啊|呀|$)")
        answer = re.compile(rf"{_CONFIRMS}{n}(?=[，,。！!…]|$)(?![，,][^。！!？?]*(?:你|您))")  # not 对，小雨，你……
        for i in asking:
            if put.search(turns[i].text) or i + 1 < len(turns) and turns[i + 1].speaker != turns[i].speaker \
                    and answer.search(turns[i + 1].text):
                out.add(name)
    return out
