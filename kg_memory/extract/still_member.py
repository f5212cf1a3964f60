"""A yes to whether one is still in a group tells that one is in it: "Are you still in the choir?" - "yep, still
singing alto" (a member of the choir), 还在合唱团吗？ - 在呢，每周三排练 (合唱团); a no, or another question, tells
nothing (:mod:`.replies` reads the reply so)."""

from __future__ import annotations

import re

from .patterns import lazy

__all__ = ["still_member"]

_EN_GROUP = r"(?:choir|chorus|band|club|league|team|orchestra|quartet|ensemble|troupe|group|society|crew)"
#: "Are you still in the choir?", "r u still with that running club?", "still part of your church band?"
_EN_STILL_IN = lazy(rf"^(?:(?:are|r)\s+(?:you|u)\s+)?still\s+(?:in|with|part\s+of|singing\s+(?:in|with)|playing\s+(?:in|with))\s+"
                    rf"(?:the|that|your|ur)\s+(?P<g>(?:[\w'-]+\s+){{0,2}}?{_EN_GROUP})\s*\?$", re.I)
_EN_YES = lazy(r"^(?:yes|yeah|yep|yup|yea|ya|sure\s+am|i\s+am|still\s+am|of\s+course|absolutely)\b"
               r"(?![\s,!.]*(?:but\s+)?(?:not|no)\b)[\s,!.]*", re.I)
_ZH_GROUP = r"(?:合唱团|唱诗班|乐队|乐团|球队|俱乐部|社团|读书会|舞蹈队|跑团|车队|剧团|合唱队)"
#: 还在合唱团吗？, 你还在那个读书会里吗？, 现在还在社区乐队吗？
_ZH_STILL_IN = lazy(rf"^(?:你|您)?(?:现在)?还在(?:那个|那|你们|社区的?)?(?P<g>[\u4e00-\u9fff]{{0,4}}?{_ZH_GROUP})里?(?:吗|么|不|没)?[？?]$")
_ZH_YES = lazy(r"^(?:在呢|在啊|在的|在|还在|嗯+|对|是的|是啊|当然)(?![不没])[呢啊呀的]*[，,。！!\s]*")


def still_member(question: str, reply: str, lang: str) -> str | None:
    """The statement a yes makes to a question whether one is still in a group (see the module), with what the reply
    says after the yes; None for another question or reply.

    >>> still_member("Are you still in the choir?", "yep, still singing alto", "en")
    'I am in the choir. Still singing alto.'
    >>> still_member("还在合唱团吗？", "在呢，每周三排练", "zh"), still_member("还在合唱团吗？", "不在了", "zh")
    ('我是合唱团的成员。每周三排练。', None)
    """
    if lang == "zh":
        asked, yes = _ZH_STILL_IN.match(question.strip()), _ZH_YES.match(reply.strip())
        if asked is None or yes is None:
            return None
        rest = reply.strip()[yes.end():].strip("，,。！! ")
        return f"我是{asked.group('g')}的成员。" + (f"{rest}。" if rest else "")
    asked, yes = _EN_STILL_IN.match(question.strip()), _EN_YES.match(reply.strip())
    if asked is None or yes is None:
        return None
    rest = reply.strip()[yes.end():].strip(" ,.!")
    group = re.sub(r"\s+", " ", asked.group("g").lower())
    return f"I am in the {group}." + (f" {rest[0].upper()}{rest[1:]}." if rest else "")
