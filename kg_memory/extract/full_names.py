"""A speaker's full name said right after they introduce themselves by a familiar form of it (for :mod:`.speakers`).

People who meet at a counter or a stand say who they are as they are called, then the full name: "我是小魏，魏家豪。",
"我姓齐，齐建民。", "我是小芮啊，芮雪，以前跟你一个公司的。", "我是人事部的，姓温，温晴。". The full name, set off by a comma right after 我是/我叫/我姓
and a surname (alone, or after 小, 老 or 阿) and beginning with that surname, is the speaker's own, as much as the form
they gave first; it is not a name said to the one spoken to.

:func:`full_names_after` reads each turn alone and gives, by turn, the full name so said. A word after the comma that
goes on into the sentence ("我是小王，王老师让我来的"), or that is no given name ("我是老李，李家的。", "我姓张，张家口的")
is none.

>>> full_names_after(["冷女士您好，我是小魏，魏家豪。您想要几居室？", "我姓齐，齐建民。", "我是小芮啊，芮雪，以前跟你一个公司的。"])
{0: '魏家豪', 1: '齐建民', 2: '芮雪'}
>>> full_names_after(["我是小王，王老师让我来的。", "我是老李，李家的。", "我姓张，张家口的。", "我是小魏。"])
{}
>>> full_names_after(["我是人事部的，姓温，温晴。", "免贵姓王，叫王晴。", "他姓王，王强的王。"])
{0: '温晴', 1: '王晴'}
"""

from __future__ import annotations

from collections.abc import Sequence

from .framework import lazy

__all__ = ["full_names_after"]

#: 我是小魏，魏家豪 / 我姓齐，齐建民 / 我叫小芮啊，芮雪: a surname (alone after 姓, or after 小/老/阿), a comma, a name of two
#: or three characters beginning with that surname and ending its clause; 姓 may open a clause after others of the
#: speaker's (我是人事部的，姓温，温晴; 免贵姓王，叫王晴), but not follow another's name or 他 (他姓王，王强……).
_FULL_AFTER = lazy(r"(?:^|[，,。！!？?\s])(?P<lead>我是|我叫|我就是|我姓|免贵姓|姓)(?P<short>[小老阿]?(?P<s>[\u4e00-\u9fff]))"
                   r"(?:啊|呀|嘛|呢)?[，,]\s*(?:我?叫)?(?P<full>(?P=s)[\u4e00-\u9fff]{1,2}?)(?=[，,。！!？?、…]|$)")
#: Characters that end no given name but a word of place, kin or rank (李家, 张家口, 王老师, 刘哥, 赵总).
_NOT_GIVEN = frozenset("的家口们哥姐叔婶姨伯爷奶总师队长村庄镇乡县市省")


def full_names_after(texts: Sequence[str]) -> dict[int, str]:
    """The full name each turn of ``texts`` gives its speaker right after a familiar form of it, by turn."""
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        m = _FULL_AFTER.search(text)
        if m is None or m.group("short") == m.group("s") and not m.group("lead").endswith("姓"):
            continue  # "我是王，……": a surname alone after 我是 is no form of a name
        full = m.group("full")
        if len(full) >= 2 and full[-1] not in _NOT_GIVEN:
            found[i] = full
    return found
