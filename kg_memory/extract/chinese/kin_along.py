"""A relative the speaker does something with is the speaker's relative: 我和老公一起去旅游了 (a husband), 周末跟我妈去逛街
(a mother), 我带着儿子去公园 (a son), 我跟我哥关系很好 (a brother) - as "I went to Japan with my husband" tells a husband;
one named after the word (我和邻居老张去钓鱼了, 我经常和同事小王去打球: 老张 is the neighbour).
Not a tie that the clause says ended (我和男朋友分手了, 我跟老公离婚了: :mod:`.endings` reads those), a former one
(我和前男友), nor a hypothetical (the clause reader drops those before). Whether a mention alone is kept is
:func:`~kg_memory.extract.plausible.passing_relatives`'s to say (a spouse, a child, a sibling: yes; 我跟我同事吃饭: no).

>>> from kg_memory.extract.pronouns import Discourse
>>> t = Turn("c", "1", "安娜", "我和老公一起去旅游了")
>>> [(s.label, p, o.label) for s, p, o, _, _ in kin_along(t.text, t, Discourse([t]))]
[('安娜', 'spouse', '安娜的老公')]
"""

from __future__ import annotations

from ...types import Turn
from ..framework import Found, lazy
from ..pronouns import Discourse, gender_of_noun
from .given_names import given_name_after_kin
from .lexicon import KIN, KIN_PREDICATE
from .objects import owned
from .segment import is_familiar_name, is_nickname

__all__ = ["a_name_after_kin", "kin_along"]

#: (周末)我(今天)和(我)老公, 俺跟俺妈, 我带着儿子, 我陪我妈; at the start of a sentence, without 我: 周末跟我妈
_WHEN = r"(?:每个?(?:周末|星期[一二三四五六天日]?|月)|每(?:周|天|年)|今天|昨天|前天|周末|上周|上个月|刚刚?|平时|经常|每天|每周|去年|前年|也|还|都|一般)*"
_ALONG = lazy(rf"(?:(?:^|[，,。！!？?；;\s]){_WHEN}(?:我|俺)|^){_WHEN}(?:和|跟|同|带着?|陪着?)(?:我的?|俺)?(?P<kin>{KIN})(?!的)")
#: What ends a tie, said after it: 分手, 离婚 (read as endings), 断了联系
#: A name right after the relative's word, before what they do together: 邻居老张去钓鱼, 同事小王一起吃饭
_NAMED = lazy(r"(?P<n>[\u4e00-\u9fff]{2,3}?)(?=一起|一块|去|来|到|吃|喝|玩|逛|打|看|聊|出去|出门|旅|散步|跑|爬|钓|关系)")
_ENDED = lazy(r"[^，,。！!？?；;]*(?:分手|离婚|离了|分开|分居|断了|闹掰|闹翻|绝交|吹了)")


def kin_along(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's relatives ``sentence`` says the speaker does something with (module docstring)."""
    out: list[Found] = []
    speaker = discourse.speaker(turn)
    for m in _ALONG.finditer(sentence):
        noun = m.group("kin")
        if _ENDED.match(sentence, m.end()):
            continue
        named = _NAMED.match(sentence, m.end())
        name = named.group("n") if named and a_name_after_kin(named.group("n"), sentence) else None
        relative = owned(speaker, noun, "Person", name)
        discourse.mention(turn, relative, gender_of_noun(noun))
        out.append((speaker, KIN_PREDICATE[noun], relative, 0.7, None))
    return out


def a_name_after_kin(text: str, sentence: str) -> bool:
    """Whether ``text``, said right after a relative's word, is their name: 老张, 小王, 朵朵, 佳怡, or one jieba knows."""
    from ..names import is_chinese_name

    return is_familiar_name(text) or is_nickname(text) or given_name_after_kin(text, sentence) or is_chinese_name(text)
