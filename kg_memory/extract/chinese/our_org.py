"""A firm, a team or a club the speaker calls theirs by name: 我们星河科技的王总 (the speaker works for 星河科技), 我们金秋
合唱团下个月演出 (the speaker sings in 金秋合唱团), 咱们红枫羽毛球俱乐部.

People at work or in a club say 我们 and the organisation's name when they speak for it (a host at a firm's party, a
member of a dancing team speaking to a neighbourhood officer). Read only where a name comes between 我们/咱们 and a word
for a kind of organisation (科技, 合唱团, 俱乐部: :data:`_FIRM`, :data:`_CLUB`), a name of nouns (no verb, adverb,
preposition, number or pronoun among its words; a proper noun before a kind as plain as 公司 or 医院, where a trade
says which kind: 我们广告公司, 我们搬家公司): 我们公司, 我们学校的老师 (no name: whose firm or school it is, not which),
我们这家公司, 我们去红星医院 (a place gone to), 我们已经买了票 say none. A firm is worked for (``worksFor``), a club or a
team belonged to (``memberOf``).

>>> our_orgs("下面请我们星河科技的王总讲两句。"), our_orgs("我们金秋合唱团下个月演出。")
([('星河科技', 'worksFor')], [('金秋合唱团', 'memberOf')])
>>> our_orgs("我们公司很大。"), our_orgs("我们去红星医院看看。"), our_orgs("我们这家公司不行。"), our_orgs("我们搬家公司干了十年。")
([], [], [], [])
>>> our_orgs("我们光华公司今年效益不错。")
[('光华公司', 'worksFor')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .segment import tagged

__all__ = ["our_orgs", "orgs_called_ours"]

#: Words for a firm one works for, at the end of its name (星河科技, 安家地产, 红叶装饰): the words before them name it.
_FIRM = r"科技|集团|地产|传媒|家装|装饰|药业|文化传播|商贸|贸易|电子|食品|网络|物流|教育"
#: Kinds of workplace that a word of a trade before them leaves unnamed (广告公司, 保险公司, 搬家公司, 会计师事务所):
#: named only by a proper noun (光华公司, 万达酒店).
_PLAIN = r"公司|银行|医院|律所|律师事务所|事务所|工作室|酒店|诊所|超市|书店|餐厅|报社|电视台"
#: Words for a team or a club one belongs to (金秋合唱团, 红枫羽毛球俱乐部, 飞鹰足球队, 青年话剧社).
_CLUB = r"舞蹈队|合唱团|俱乐部|协会|乐队|剧团|剧社|话剧社|足球队|篮球队|球队|车队|战队|志愿队"
_OURS = lazy(rf"(?:我们|咱们)(?P<n>[\u4e00-\u9fff]{{2,6}}?)(?P<k>{_CLUB}|{_FIRM}|{_PLAIN})")
#: Tags of words that make the words before the kind no name (verbs, adverbs, prepositions, numbers, pronouns, times).
_NOT_NAME_TAGS = ("v", "d", "p", "c", "u", "m", "r", "q", "t", "f", "y", "e")
#: Nouns that say whose or where a firm is, no name of it (我们学校医院, 我们单位食堂).
_NO_NAME = frozenset("学校 单位 小区 社区 部门 本地 当地 市里 县里 城里 老家 家里 大学 中学 小学 班级 年级".split())


def our_orgs(sentence: str) -> list[tuple[str, str]]:
    """The organisations ``sentence`` calls the speaker's by name (我们星河科技), each with ``worksFor`` or ``memberOf``."""
    if "我们" not in sentence and "咱们" not in sentence:
        return []
    out = []
    for m in _OURS.finditer(sentence):
        words = tagged(m.group("n"))
        if m.group("n") in _NO_NAME or any(tag.startswith(_NOT_NAME_TAGS) or tag == "ns" for _, tag in words):
            continue  # 我们已经买了, 我们这家公司, 我们北京公司 (a branch where): no name
        if m.group("k") in _PLAIN.split("|") and not all(tag in ("nz", "nr", "nrt", "nt") for _, tag in words):
            continue  # 我们广告公司, 我们搬家公司: a trade, no name
        out.append((m.group("n") + m.group("k"), "memberOf" if m.group("k") in _CLUB.split("|") else "worksFor"))
    return out


def orgs_called_ours(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The facts of :func:`our_orgs` for the speaker of ``turn``."""
    speaker = discourse.speaker(turn)
    return [(speaker, predicate, Entity(org, "Organization"), 0.75, None) for org, predicate in our_orgs(sentence)]
