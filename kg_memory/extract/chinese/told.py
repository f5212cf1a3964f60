"""What users tell an assistant of themselves and the people around them, in the plain phrasings people use.

* A business opened (我舅舅开了一家修车铺 ``founded`` it, as "my uncle opened a bakery"; 开着一家花店 runs it:
  ``worksFor``, as "runs a car repair shop");
* an age from a birthday just had (我奶奶上周过了九十岁生日: 90), or said after 今年 without 岁 (我今年34，还单身);
* a relative with whom one did something (我姐姐小芳跟她老公搬到成都了: her husband, and both live there);
* the speaker and a relative of the speaker's (我和我老公是2015年结的婚, 我跟我老公是大学同学: the husband; never a
  classmate named 老公);
* a school and its grade (我儿子在实验小学上三年级), a university and the subject read there (我大学在武汉大学读的
  经济学: ``educatedAt`` and ``fieldOfStudy``), an instrument played in a band (我周末在一个乐队里
  弹贝斯: the hobby, and the band);
* a boss or teacher known by surname, named as people call them (我老板姓陈: 陈老板, 我们老师姓王: 王老师);
* not married yet (我还没结婚, 我没有结过婚, 还没成家, 还单着): ``maritalStatus`` single, as 我单身; not where a partner
  is said in the turn (我还没结婚，但是有女朋友: the girlfriend is stored, and "single" would mislead), nor of two (我们
  还没结婚), nor a will (我不结婚).

Not read: 我舅舅想开一家修车铺 (a wish), 我舅舅开了一家修车铺吗 (a question: questions give nothing), 我奶奶快过九十岁生日了
(not yet ninety), 我今年2024年 (no age).

:data:`TOLD_RULES` are spliced into the rule table before the others (the first rule that accepts wins);
:func:`with_own_kin` reads the rest of its clause with the whole table, which the caller passes in.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Entity
from ..framework import Clause, Rule, RuleTable
from ..pronouns import gender_of_noun
from ..timeexpr import parse_zh_number
from .lexicon import HAN, KIN, KIN_PREDICATE, MARITAL_STATUS, NUM, SURNAMES
from .objects import owned, place
from .segment import clean_object

__all__ = ["TOLD_RULES", "WITH_OWN_KIN", "with_own_kin"]

#: What a business one opens is: a shop, a restaurant, a company, a studio (修车铺, 瑜伽馆, 花店, 小饭馆, 工作室).
_BUSINESS = r"(?:店|铺|馆|厅|公司|工作室|诊所|超市|厂|酒吧|民宿|健身房|培训班|培训机构|事务所|幼儿园|摊|档口|农场|作坊)"
_OPENED = rf"^(?:自己)?(?P<v>开了|创办了|创立了|开着|在开|经营着?)(?:一家|一间|一个|家|间|个)(?P<o>[{HAN}]{{1,8}}?{_BUSINESS})(?:了|呢|啊)*$"
#: Ages in figures or words (34, 三十四), as said after 今年 without 岁.
_AGE = r"(?P<n>[1-9][0-9]|[二三四五六七八九]?十[一二三四五六七八九]?)"
_SCHOOL = r"(?:小学|中学|初中|高中|学校|幼儿园|大学|学院)"
_GRADE = r"(?:[一二三四五六]年级|初[一二三]|高[一二三]|大[一二三四]|研[一二三]|小班|中班|大班)"
_UNIVERSITY = r"(?:大学|学院)"
_STUDY_TIME = r"(?:大学|本科|研究生|硕士|博士|读研|读博)(?:的时候|时|期间)?(?:是)?"
_BAND = r"(?:乐队|乐团|合唱团|管弦乐团|交响乐团)"
#: 没结婚, 没有结过婚, 没成家: never married (not 不结婚, a will).
_NOT_MARRIED = re.compile(r"没有?(?:结过?婚|成家)")
#: A partner said, or two who are not married to each other (我们还没结婚).
_PARTNERED = re.compile(r"女朋友|男朋友|女友|男友|对象|未婚[妻夫]|伴侣|订婚|我们|咱们|我俩|咱俩|他们|她们")
#: 跟她老公, 和他的女朋友: a relative of the subject's, with whom the rest is done.
WITH_OWN_KIN = rf"^(?:和|跟|与|同)(?:他|她)的?(?P<kin>{KIN})(?:一起|都)*(?P<rest>[^，,]+)$"


def _unmarried(m: re.Match[str], c: Clause) -> bool:
    """(还没)结婚, (还)单着: single, where no partner is said in the turn (see the module)."""
    if c.negated != (m.group("w") is None) or _PARTNERED.search(c.turn.text):
        return False
    if c.negated and not _NOT_MARRIED.search(c.sentence):
        return False
    c.add("maritalStatus", MARITAL_STATUS["单身"], 0.75)
    return True


def _opened(m: re.Match[str], c: Clause) -> bool:
    """开了一家修车铺 (``founded``, an event), 开着一家花店 (runs it: ``worksFor``)."""
    business = clean_object(m.group("o").removeprefix("小"), 10)
    if c.negated or not business or re.match("[这那哪什]", business):
        return False
    runs = m.group("v") in ("开着", "在开") or m.group("v").startswith("经营")
    c.add("worksFor" if runs else "founded", Entity(business, "Organization"), 0.75, event=not runs)
    return True


def _birthday_age(m: re.Match[str], c: Clause) -> bool:
    """过了九十岁生日, 刚过完三十岁生日: the age now."""
    n = parse_zh_number(m.group("n"))
    if c.negated or n is None or not 0 < n < 120:
        return False
    c.add("age", n, 0.8)
    return True


def _age_this_year(m: re.Match[str], c: Clause) -> bool:
    """我今年34 (今年 read as a time before the rest): the age, when 今年 stands right before the number."""
    if c.negated or not re.search(rf"今年(?:才|都|已经|刚)?{re.escape(m.group('n'))}(?![0-9年月号日])", c.sentence):
        return False
    n = parse_zh_number(m.group("n"))
    if n is None or not 0 < n < 120:
        return False
    c.add("age", n, 0.8)
    return True


def _with_my_kin(m: re.Match[str], c: Clause) -> bool:
    """我和我老公是2015年结的婚, 我跟我老公是大学同学: the speaker's relative (the tie said of the two is no name)."""
    speaker = c.discourse.speaker(c.turn)
    if c.negated or c.subject != speaker:
        return False
    noun = m.group("kin")
    other = owned(speaker, noun, "Person", None)
    c.add(KIN_PREDICATE[noun], other, 0.8)
    c.discourse.mention(c.turn, other, gender_of_noun(noun))
    return True


def with_own_kin(m: re.Match[str], c: Clause, rules: RuleTable) -> bool:
    """跟她老公搬到成都了, 和他女朋友住在上海: the subject's relative, and the rest (read with ``rules``) of both."""
    if c.negated:
        return False
    noun = m.group("kin")
    other = owned(c.subject, noun, "Person", None)
    both = [dataclasses.replace(c, out=[]), dataclasses.replace(c, subject=other, out=[])]
    if not all(rules.apply(m.group("rest"), one) for one in both):
        return False
    c.add(KIN_PREDICATE[noun], other, 0.8)
    c.discourse.mention(c.turn, other, gender_of_noun(noun))
    c.out.extend(found for one in both for found in one.out)
    return True


def _school_grade(m: re.Match[str], c: Clause) -> bool:
    """在实验小学上三年级, 在第一中学读初二: the school one is in, named whole (not 中学 alone)."""
    school = clean_object(m.group("o"), 10)
    if c.negated or not school or len(school) <= 2 or re.match("[这那哪什]|同一?[所个间]", school):
        return False  # 在小学上三年级, 在同一所学校读初二: no school named
    c.add("studiesAt", Entity(school, "Organization"), 0.85)
    return True


def _read_at(m: re.Match[str], c: Clause) -> bool:
    """大学在武汉大学读的经济学: the university one went to, and the subject read there (大学学的是法律, the subject
    alone, is :mod:`.careers`')."""
    field_ = clean_object(m.group("f"), 8)
    if c.negated or not field_ or re.search("[这那哪什么他她你我它]|^[做弹画唱跳打开游写拉吹下拍]", field_):
        return False  # 在北京大学学的是弹琴: a skill, no subject
    if not place(m.group("o"), c, "educatedAt", 0.85):
        return False
    c.add("fieldOfStudy", Entity(field_, "Thing"), 0.8)
    return True


def _in_band(m: re.Match[str], c: Clause) -> bool:
    """在一个乐队里弹贝斯: the instrument played is a hobby; the band, one is a member of."""
    if c.negated:
        return False
    c.add("hobby", Entity(m.group("v") + m.group("i"), "Thing"), 0.7)
    c.add("memberOf", Entity(m.group("b"), "Organization"), 0.7)
    return True


#: Words people call one by after the surname (陈老板, 李经理, 王老师): a boss or teacher known by surname is named so.
_TITLES = ("老板", "领导", "经理", "主管", "老师", "医生", "师傅", "教练", "律师")


def _surname(m: re.Match[str], c: Clause) -> bool:
    """我老板姓陈, 我儿子的老师姓王: a boss, teacher... known by surname is named as people call them (陈老板, 王老师),
    a name that then names the placeholder (not 我姓陈: the speaker's name is more than a surname)."""
    title = next((t for t in _TITLES if c.subject.label.endswith("的" + t)), None)
    if c.negated or title is None or not all(ch in SURNAMES for ch in m.group("s")):  # 陈, 欧阳
        return False
    c.add("name", m.group("s") + title, 0.75)
    return True


TOLD_RULES: list[tuple[str, Rule]] = [
    (r"^姓(?P<s>[\u4e00-\u9fff]{1,2}?)(?:的)?(?:了|啊|呀|呢)*$", _surname),
    (r"^(?:(?:结过?婚|成家)(?:了)?|(?P<w>单着))(?:呢|啊|嘛|哈)*$", _unmarried),
    (_OPENED, _opened),
    (rf"^(?:刚|刚刚)?过(?:了|完了?)(?P<n>{NUM})岁?的?(?:生日|大寿|寿辰)(?:了|啦)?$", _birthday_age),
    (rf"^{_AGE}(?:了|啦)?$", _age_this_year),
    # what follows 我和我老公 that says only how the two are tied: 是2015年结的婚, 是在大学认识的, 是大学同学
    (rf"^(?:和|跟|与|同)我的?(?P<kin>{KIN})(?=是|都是)(?:[^，,]{{0,12}}?(?:结的婚|结婚的|认识的|在一起的)"
     rf"|(?:是|都是)(?:很好的|最好的)?{KIN}(?:关系)?)(?:了|啊|呢)*$", _with_my_kin),
    # 我和老公打算明年要二胎, 我跟我女朋友准备下个月领证: the two's plan, which tells the tie
    (rf"^(?:和|跟|与|同)(?:我的?)?(?P<kin>{KIN})(?:一起|俩|两个|都|也)*(?=(?:正在|都在|已经|还|暂时|目前|现在)?(?:不|没有?)?(?:打算|准备|计划|决定|商量着?|考虑)"
     rf"(?![，,]|$))", _with_my_kin),
    (rf"^在(?P<o>[^，,]{{2,12}}?{_SCHOOL})(?:上|读|念)(?:{_GRADE})(?:了|呢)*$", _school_grade),
    (rf"^{_STUDY_TIME}在(?P<o>[^，,]{{2,12}}?{_UNIVERSITY})(?:读|学|念|上)的(?:是)?(?P<f>[{HAN}]{{2,8}}?)(?:专业)?$", _read_at),
    (rf"^在(?:一个|一支|个|支)?(?P<b>[{HAN}]{{0,6}}?{_BAND})里?(?P<v>弹|打|拉|吹|唱|当)(?P<i>[{HAN}]{{1,5}})$", _in_band),
]
