"""Chinese rules for where one studies and works, as a user tells an assistant: studying in a place (我姐姐在美国读书,
我女儿在上海读大学: she lives there, the school unnamed), what one studied (我大学学的是法律), an employer one has
just joined (我跳槽到了字节跳动, 我入职了腾讯, 我刚换了工作，现在在阿里巴巴), the kind of school one is at (我儿子在读初中) or
finished (我今年刚大学毕业), where one studied once (我在英国留学过两年, 我在上海念的大学: ``educatedAt`` the school, or
the place when none is named, as "I went to college in Shanghai"), a relative still at school (我弟弟还在上学: a
student), a business district worked in (在国贸上班: :func:`is_district`), a change of work planned (我打算换工作), a
trade said by the work (我爸是开出租车的: 开出租车的 is the job) and the city of a school one teaches at (在北京一所中学教英语).

The predicates are those of the English rules: one who studies in a place lives there (``livesIn``: ``studiesAt``
holds a school, an organisation, not a country), a subject studied is a ``fieldOfStudy``, an employer joined is
``worksFor`` (its date the sentence's: the store closes the employer before it).

The rules are spliced at the head of the table of :class:`~kg_memory.extract.chinese.rules.ChineseRules` as
:data:`CAREER_RULES`.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.chinese.rules import ChineseRules
>>> t = Turn("c", "1", "Ann", "我姐姐在美国读书，我大学学的是法律。")
>>> sorted((f.subject.label, f.predicate, f.object.label) for f in ChineseRules().extract_turn(t, Discourse([t])))
[('Ann', 'fieldOfStudy', '法律'), ('Ann', 'sibling', 'Ann的姐姐'), ('Ann的姐姐', 'livesIn', '美国')]
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule, lazy
from ..names import is_chinese_name
from .lexicon import HAN, JOB_SUFFIX, KIN, KIN_PREDICATE, is_job
from .objects import BARE_EMPLOYER, place
from .people import is_place
from .segment import clean_object, is_name, is_nickname, is_titled_name, nominal_head

__all__ = ["CAREER_RULES", "ORG_KIND", "employer_named", "graduated_from", "is_district", "is_work_place", "pointed_org", "someones"]

#: What one studies at (读大学, 上高中, 留学): the school, or a place (在美国读书).
_STUDY = (r"(?:上学|读书|念书|求学|留学|深造|[读上念]大[学一二三四]|读研究生|读研|读博士?|读硕士|读本科|[读上][高初][中一二三]|"
          r"读小学|上小学|读中学|上中学|读幼儿园|上幼儿园)")


def is_work_place(head: str) -> bool:
    """Whether ``head`` (after 在, before 工作) says where one works rather than for whom: a place or a district (a
    known company whose name jieba tags a place, 京东, is none: :func:`~.people.is_place`).

    >>> is_work_place("北京"), is_work_place("国贸"), is_work_place("京东")
    (True, True, False)
    """
    return is_place(head) or gazetteer_id(head, "Place") is not None or is_district(head)


def _r_study_place(m: re.Match[str], c: Clause) -> bool:
    """我在美国读书, 我女儿在上海读大学, 我在英国留学: one studies in a place, and lives there (at a 大学 when the level
    is said); a school named (在北京大学读书) is left to the rule of ``studiesAt``, one studied at once (在英国留学过) to :func:`_r_studied_there`."""
    raw = m.group("o")
    head = nominal_head(raw) or clean_object(raw, 8)
    if c.negated or m.group("past") or not head or head != raw.removesuffix("的"):
        return False  # 在美国的一所大学读书: the school is the object (where, read there)
    if not (is_place(head) or gazetteer_id(head, "Place")) or gazetteer_id(head, "Organization"):
        return False
    c.add("livesIn", Entity(head, "Place"), 0.75)
    if level := re.search(rf"[读上念](?P<l>{_LEVEL})", m.group(0)[m.end("o"):]):  # 在北京读大学: at a 大学 there
        c.add("studiesAt", Entity(_school_of(level.group("l")), "Organization"), 0.65)
    return True


def _r_studied_there(m: re.Match[str], c: Clause) -> bool:
    """我在英国留学过两年, 我在上海念的大学, 我大学是在上海读的, 我在清华读过书: where one studied once (as "I went to
    college in Shanghai": ``educatedAt`` the school, or the place when no school is named; not where one lives now)."""
    raw = m.group("o")
    whole = clean_object(raw, 10)
    school = whole if whole and (gazetteer_id(whole, "Organization") or _SCHOOL.search(whole)) else None
    head = school or nominal_head(raw) or whole
    if c.negated or not head or re.match("[这那哪]", head) or school is None and not (is_place(head) or gazetteer_id(head, "Place")):
        return False  # 我在那个学校读过书, 我在家上的学: no school, no place named
    if school is None and head != raw.removesuffix("的"):
        return False  # 在上海的一所大学读过书: the school unnamed, left
    c.add("educatedAt", Entity(head, "Organization" if school else "Place"), 0.75 if school else 0.65)
    return True


#: A school by name or kind (北京大学, 清华, 一所中学): what 在……读过书 names as where one studied.
_SCHOOL = lazy(r"(?:大学|学院|中学|小学|高中|初中|学校|附中|一中|二中|清华|北大|复旦|交大|浙大|南大|人大|哈佛|牛津|剑桥|"
                    r"川大|武大|厦大|中大|山大|吉大|华科|同济|北航|北师大|哈工大)$")
_STUDIED_ONCE = r"(?:留学|读书|念书|求学|上学|读大学|上大学|念大学|读研究生|读研|读博士?|读硕士|读本科|读高中|上高中|读初中|上初中|读中学|上中学)"
_SCHOOLING = r"(?:大学|研究生|研|博士|博|硕士|本科|高中|初中|中学|小学|书|学)"


def _r_at_school(m: re.Match[str], c: Clause) -> bool:
    """我弟弟还在上学, 我女儿在念书: a student (as 我弟弟是学生), no school named."""
    if c.negated or m.group("v") == "读书" and "还在读书" not in c.sentence:
        return False  # 我在读书: reading a book, as well
    c.add("jobTitle", "学生", 0.65)
    return True


#: Business districts jieba does not tag as places (国贸, 陆家嘴, 西二旗), and what ends the name of one (科技园, 高新区).
_DISTRICT = lazy(r"^(?:国贸|五道口|陆家嘴|张江|西二旗|上地|徐家汇|金融街|前海|静安|王府井|亦庄|酒仙桥|外滩|新天地|珠江新城|"
                 r"CBD|[\u4e00-\u9fff]{0,4}(?:科技园|软件园|产业园|工业园|高新区|开发区|商务区|CBD))$")


def is_district(text: str) -> bool:
    """Whether ``text`` is a business district one works in (在国贸上班: where, not for whom).

    >>> is_district("国贸"), is_district("南山科技园"), is_district("腾讯")
    (True, True, False)
    """
    return _DISTRICT.match(text) is not None


#: What is said of the time one studied (大学, 读研的时候, 上大学时): the subject studied then is a field of study.
_AT_SCHOOL = r"(?:在|上|读|念)?(?:大学|本科|研究生|读研|读博|硕士|博士|大学里)(?:的时候|时|期间|那几年|里)?"
#: Study said in the sentence: a direction (方向是……) is a field of study there.
_STUDYING = lazy(r"研究|研|博|硕|专业|读书|在读|学")
#: An adverb between 学的 and 是 (我大学学的就是美术, 读的也是法律): the subject studied follows all the same.
_JUST_SO = r"(?:就|也|都|正好|恰好|刚好)"
#: A school subject named after 学的是 without the school said: a noun, not an activity (学的是做菜).
_NOT_FIELD = lazy(r"^(?:做|弹|画|唱|跳|打|开|游|写|拉|吹|下|拍|怎么|什么|哪|这|那|一点)")


def _r_studied(m: re.Match[str], c: Clause) -> bool:
    """我大学学的是法律, 我读研的时候学的是经济学, 我学的(是)计算机, 研究方向是机器学习: the subject studied (as "I
    majored in law")."""
    field_ = clean_object(m.group("o"), 8)
    if c.negated or not field_ or _NOT_FIELD.match(field_) or re.search("[他她你我它]", field_) or is_nickname(field_):
        return False  # 考法学的岚岚: a person named after what she studies, no subject 岚岚
    if "方向" in m.group(0) and not _STUDYING.search(c.sentence):
        return False  # 研究生在读，方向是机器学习: a field; 我们的方向是对的: none
    if not m.group("when") and "方向" not in m.group(0) and nominal_head(field_) != field_ and not re.fullmatch(_FIELD, field_):
        return False  # 我学的是做饭的手艺: a skill, not a subject (我学的是会计, 预防医学: a subject all the same)
    c.add("fieldOfStudy", Entity(field_, "Thing"), 0.8 if m.group("when") else 0.7)
    return True


#: An employer by kind (一家外企, 一家银行): what 跳槽到/入职 is joined as an employer without a name known.
ORG_KIND = lazy(r"(?:公司|银行|医院|集团|企业|外企|国企|央企|大学|学院|中学|小学|幼儿园|研究所|研究院|事务所|工作室|酒店|"
                r"餐厅|诊所|门诊|药店|书店|超市|工厂|厂|报社|电视台|大厂|律所|机构|单位|部门)$")


def employer_named(raw: str) -> str | None:
    """The employer ``raw`` (after 在, before 上班) names whole when jieba would cut it: a known organisation (字节跳动)
    or one of a kind (一家私人诊所 -> 私人诊所); ``None`` otherwise.

    >>> employer_named("一家私人诊所"), employer_named("字节跳动"), employer_named("北京")
    ('私人诊所', '字节跳动', None)
    """
    whole = clean_object(raw, 10)
    if not whole or re.match("[这那哪你我他她]", whole) or "的" in whole or nominal_head(raw) == whole or BARE_EMPLOYER.match(raw):
        return None  # 在一个单位上班: which is unsaid
    return whole if gazetteer_id(whole, "Organization") or ORG_KIND.search(whole) else None


#: 小区门口那个药店, 学校对面那家书店: a shop or an office pointed at by where it stands (那个, 那家 after the place).
_POINTED = lazy(rf"^[{HAN}]{{2,8}}?[那这](?:个|家|间|所)(?P<o>[{HAN}]{{1,6}})$")
#: What ends the name of a shop or a workshop of any kind (咖啡店, 理发馆, 五金铺, 修车厂): an employer when pointed at.
_SHOP_END = lazy(r"(?:店|馆|铺|厂|行|中心)$")


def pointed_org(raw: str) -> str | None:
    """The employer ``raw`` (after 在, before 上班) points at by where it stands: 小区门口那个药店 -> 药店 (the words before
    那个 say where it is, no part of its name); ``None`` where ``raw`` is no such phrase or names no kind of employer.

    >>> pointed_org("小区门口那个药店"), pointed_org("楼下那家咖啡店"), pointed_org("小区门口"), pointed_org("楼下那个人")
    ('药店', '咖啡店', None, None)
    """
    m = _POINTED.match(raw)
    return m.group("o") if m and (ORG_KIND.search(m.group("o")) or _SHOP_END.search(m.group("o"))) else None


_SOMEONES = lazy(rf"^(?:[我你他她]们?)?的?{KIN}的")


def someones(raw: str) -> bool:
    """Whether ``raw`` (after 在, before 上班) is someone's (朋友的公司, 我爸的店): whose, not which, employer.

    >>> someones("朋友的公司"), someones("我爸的店"), someones("上海的一家银行")
    (True, True, False)
    """
    return _SOMEONES.match(raw) is not None


#: Who may be joined as an employer: a name jieba reads as one (字节跳动, 美团), not a place (跳槽到了北京).
_EMPLOYER = lazy(rf"^[{HAN}A-Za-z]{{2,10}}$")


#: A span of time opening what follows 入职/加入 (入职三个月了, 加入两年多): how long, not whom one joined.
_SPAN = lazy(r"(?:[0-9]+|[一二两三四五六七八九十几半]+)(?:个)?(?:多)?(?:年|月|周|星期|礼拜|天)")


def _r_joined(m: re.Match[str], c: Clause) -> bool:
    """我跳槽到了字节跳动, 我入职了腾讯, 我去年加入了华为: a new employer (not 加入了一个读书会, a club: :mod:`.activities`)."""
    whole = clean_object(m.group("o"), 10)
    org = whole if whole and gazetteer_id(whole, "Organization") else nominal_head(m.group("o")) or whole  # 字节跳动
    if c.negated or not org or not _EMPLOYER.match(org) or re.match("[这那哪你我他她]", org) or _SPAN.match(m.group("o")):
        return False  # 我入职三个月了才知道: how long ago, no employer
    known = gazetteer_id(org, "Organization") is not None or ORG_KIND.search(org) is not None
    if not known and (m.group("v").startswith("加入") or is_place(org) or gazetteer_id(org, "Place")):
        return False  # 加入 a thing unknown (a club, a team); 跳槽到了北京: a move more than an employer
    c.add("worksFor", Entity(org, "Organization"), 0.8, event=True)
    return True


#: Words of the sentence that make a bare 在X (现在在阿里巴巴) say where one works.
_JOB_TALK = lazy(r"工作|上班|跳槽|入职|换了|辞职|离职|公司|单位|上班|offer", re.IGNORECASE)


def _r_now_at(m: re.Match[str], c: Clause) -> bool:
    """我刚换了工作，现在在阿里巴巴: in a sentence of jobs, being at a known organisation is working there (not 我现在在
    北京, a place, nor 我在医院, where one is)."""
    org = clean_object(m.group("o"), 10)
    if c.negated or not org or not _JOB_TALK.search(c.sentence) or gazetteer_id(org, "Organization") is None:
        return False
    if is_place(org) or gazetteer_id(org, "Place") or re.search("大学|学院|中学|小学", org):
        return False  # 现在在北京大学: studies or works there, or is only visiting
    c.add("worksFor", Entity(org, "Organization"), 0.7)
    return True


#: A school by its level (初中, 大三: a university's third year), read as the kind of school: 在读初中 as "is in middle
#: school" (``studiesAt`` "middle school").
_LEVEL = r"(?:幼儿园|小学|初中|高中|中学|大学|大专|中专|大[一二三四]|高[一二三]|初[一二三])"
_LEVEL_SCHOOL = {"大": "大学", "高": "高中", "初": "初中"}


def _school_of(level: str) -> str:
    """The school of a level: 大三 -> 大学, 初二 -> 初中, 小学 -> 小学."""
    return _LEVEL_SCHOOL[level[0]] if len(level) == 2 and level[1] in "一二三四" else level


#: Subjects one reads at a school (在北大读法律, 我是学医的): a known field, or a word of three to five characters in 学 (经济学, 心理学).
_FIELD = (r"(?:法律|法学|计算机|医学?|经济|金融|会计|数学|物理|化学|生物|历史|哲学|中文|英语|日语|德语|法语|新闻|建筑|管理|"
          r"工商管理|市场营销|艺术|音乐|美术|设计|软件工程|机械|电子|土木|教育|护理|药学|统计|传媒|广告|外语|"
          rf"(?![大中小]学|[读学念了过完])[{HAN}]{{2,4}}学)")  # not 读了大学: a school finished, no subject


def _r_field_at(m: re.Match[str], c: Clause) -> bool:
    """我在北大读法律, 我在清华学计算机: the subject studied, and the school; 我表弟在广州读医学: the subject, and the city
    one lives in (as "studies medicine in Guangzhou"); 我是学法律的: the subject alone."""
    if c.negated:
        return False
    c.add("fieldOfStudy", Entity("医学" if m.group("o") == "医" else m.group("o"), "Thing"), 0.75)
    school = m.groupdict().get("s")
    if school and not is_place(school) and not gazetteer_id(school, "Place"):
        c.add("studiesAt", Entity(school, "Organization"), 0.75)
    elif school and not gazetteer_id(school, "Organization"):
        c.add("livesIn", Entity(school, "Place"), 0.7)
    return True


def _r_school_level(m: re.Match[str], c: Clause) -> bool:
    """我儿子在读初中, 我女儿刚上大学, 我在读大三: the kind of school attended (no school named)."""
    if c.negated:
        return False
    c.add("studiesAt", Entity(_school_of(m.group("o")), "Organization"), 0.65)
    return True


#: A school by its name: 浙江大学, 北京外国语学院, 杭州二中, 人大附中, or a university's short name (浙大, 北大; not 长大, 老大);
#: not 研究生, 大学 alone: a level, no school named.
_SCHOOL_NAMED = lazy(rf"^[{HAN}]{{1,10}}(?:大学|学院|中学|高中|初中|小学|学校|附中|[一二三四五六七八九十]中)$"
                     rf"|^(?!(?:长|老|伟|强|巨|扩|放|重|广|高|远|盛|庞|很|太|最|多|更|挺|好)大$)[{HAN}]{{1,2}}大$")  # 浙大, 北大, 华师大


def _r_admitted(m: re.Match[str], c: Clause) -> bool:
    """我女儿今年考上了浙江大学, 我考进了清华大学, 我被复旦大学录取了: the school one got into is where one studies (a
    school named, or one the gazetteer knows: 清华)."""
    school = m.group("o") or m.group("o2")
    if c.negated or not (_SCHOOL_NAMED.match(school) or gazetteer_id(school, "Organization")):
        return False
    c.add("studiesAt", Entity(school, "Organization"), 0.75, event=True)
    return True


def _r_study_ahead(m: re.Match[str], c: Clause) -> bool:
    """我九月去浙大读研, 明年去复旦大学读博: the school named one goes to study at (as "starting my master's at Michigan")."""
    school = m.group("o")
    if c.negated or not (_SCHOOL_NAMED.match(school) or gazetteer_id(school, "Organization")):
        return False
    c.out.append((c.subject, "studiesAt", Entity(school, "Organization"), 0.7 * c.weight, None))  # 九月: to come, no past
    return True


#: A graduation to come: 明年毕业, 下个月就毕业了, 快毕业了, 马上要毕业 (not 今年刚毕业, 去年毕业了).
_TO_COME = lazy(r"(?:下个?月|下学期|下半年|明年|后年|快要?|就要|马上|即将)[^，,。！？!?]{0,8}?毕业")


def _r_graduated(m: re.Match[str], c: Clause) -> bool:
    """我今年刚大学毕业, 我高中毕业了, 我去年毕业了: finished (``educationStatus``), and the kind of school when said (as "I
    just graduated from college"); not 明年毕业, 快毕业了 (:data:`_TO_COME`)."""
    if c.negated or _TO_COME.search(c.sentence):
        return False
    if m.group("o"):
        c.add("educatedAt", Entity(_school_of(m.group("o")), "Organization"), 0.65)
    c.add("educationStatus", "graduated", 0.7)
    return True


def graduated_from(m: re.Match[str], c: Clause) -> bool:
    """我是北京大学毕业的, 我毕业于浙江大学, 我从北大毕业了: the school (``educatedAt``) and the finish (``educationStatus``)."""
    school = m.groupdict().get("o2") or m.group("o")
    if not school or not place(school, c, "educatedAt", 0.85):
        return False
    c.add("educationStatus", "graduated", 0.7)
    return True


def _r_dropped_out(m: re.Match[str], c: Clause) -> bool:
    """我大学没读完就退学了, 我高中辍学了: left school (``educationStatus``, as "I dropped out of college")."""
    if c.negated:
        return False
    c.add("educationStatus", "dropped out", 0.7)
    return True


def _r_planned_change(m: re.Match[str], c: Clause) -> bool:
    """我打算换工作, 我在考虑辞职, 我准备明年考研: a change of work or study planned is a ``goal`` (as "I'm planning to
    change jobs"); the change done (我辞职了) is read by :mod:`.endings`."""
    if c.negated:
        return False
    c.add("goal", Entity(m.group("o"), "Thing"), 0.6)
    return True


def _r_promoted(m: re.Match[str], c: Clause) -> bool:
    """我刚升职成了高级工程师, 我被提拔为部门经理: the job now held (as "I just got promoted to senior engineer")."""
    title = m.group("o")
    if c.negated or not (JOB_SUFFIX.search(title) or title.endswith(_RANKS)):
        return False
    c.add("jobTitle", title, 0.8, event=True)  # 上个月升职为经理: held since then
    return True


_JUST = r"(?:已经|刚刚?|最近|终于|去年|今年|上个?月|上周|前不久)*"


def _r_found_job(m: re.Match[str], c: Clause) -> bool:
    """我刚在一家银行找了份数据分析师的工作, 我找到了一份老师的工作: the job now held (as "I just got a job as a data
    analyst at a bank": the job, and an employer only when named: 在腾讯找了份工程师的工作, not 一家银行)."""
    title = m.group("j")
    if c.negated or not (JOB_SUFFIX.search(title) or title.endswith(_RANKS)) or re.search("[这那哪你我他她]", title):
        return False  # 找了份不错的工作: no job said (在一家银行: the rule of 在……工作)
    c.add("jobTitle", title, 0.8, event=True)
    org = clean_object(m.group("o") or "", 10)
    if org and gazetteer_id(org, "Organization"):
        c.add("worksFor", Entity(org, "Organization"), 0.8, event=True)
    return True


#: What one teaches for a living, said alone (我妈教钢琴): the teacher of it is one's job.
_TAUGHT = (r"(?:钢琴|吉他|小提琴|大提琴|古筝|二胡|声乐|音乐|美术|画画|舞蹈|数学|语文|英语|英文|物理|化学|生物|历史|地理|政治|"
           r"体育|中文|汉语|日语|法语|德语|韩语|西班牙语|编程|计算机|瑜伽|书法)")


_TEACHES_AT = lazy(r"(?:学校|中学|小学|大学|学院|幼儿园)$")
#: 北京一所中学, 上海的一所小学: the city, then the school in it.
_CITY_THEN_SCHOOL = lazy(rf"^(?P<p>[{HAN}]{{2,6}}?)的?(?:一所|一家|一个|一间)(?P<o>[{HAN}]{{2,8}})$")


def _r_teaches(m: re.Match[str], c: Clause) -> bool:
    """我妈教钢琴, 她在一所中学教数学: a ``jobTitle`` (钢琴老师), as 我妈是钢琴老师 gives; not 教我钢琴 (a lesson)."""
    if c.negated:
        return False
    if m.group("w") and _TEACHES_AT.search(m.group("w")):  # 在一所中学教数学: where one works too
        city = _CITY_THEN_SCHOOL.match(m.group("w"))
        if city and (is_place(city.group("p")) or gazetteer_id(city.group("p"), "Place")):  # 在北京一所中学: not 北京
            c.add("workLocation", Entity(city.group("p"), "Place"), 0.8)
            place(city.group("o"), c, "worksFor", 0.85)
        else:
            place(m.group("w"), c, "worksFor", 0.85)
    c.add("jobTitle", f"{m.group('o')}老师", 0.7)
    return True


#: Those one works with: 我以前的老板李总, 我之前在上海的同事小王 (with 以前 in the clause: a tie that has ended).
_WORKMATE = r"(?:老板|领导|上司|同事|老同事|下属|客户)"


def _r_workmate(m: re.Match[str], c: Clause) -> bool:
    """我以前在上海的老板李总最近联系我: the speaker's boss, named or not (ended by the 以前 before it)."""
    said = m.group("n") or ""
    name = next((said[:k] for k in (3, 2) if len(said) >= k and is_name(said[:k])
                 and (is_chinese_name(said[:k]) or is_titled_name(said[:k]))), None)
    if c.negated or c.subject != c.discourse.speaker(c.turn):
        return False
    noun = m.group("kin")
    c.add(KIN_PREDICATE[noun], Entity(name or f"{c.subject.label}的{noun}", "Person"), 0.75)
    return True


#: 找了份, 找到了一份, 得到一份: a job got (一份: not 找工作, a job sought).
_GOT = r"(?:找了|找到了?|得到了?|拿到了?|谋了|谋到了?|获得了?)一?份"
#: Ranks one is promoted to that :data:`~.lexicon.JOB_SUFFIX` does not end with (总监, 主管).
_RANKS = ("总监", "主管", "主任", "总裁", "副总", "领班", "组长", "合伙人")
#: A change of work or study one may plan (换工作, 考研, 出国留学).
_CHANGE = r"(?:换(?:个|一份)?工作|换工作|跳槽|辞职|转行|创业|考研|读研|考博|读博|出国|留学|出国留学|考公务员|考公|退休|提前退休)"
#: 开出租车的, 卖衣服的, 做销售的, 送快递的: one's trade said by what one does (not 开玩笑的, 开心的, 开车来的, 做饭的).
_TRADE = lazy(r"^(?:(?:开|卖|修|送)|(?:做|跑|搞|干)(?=..))(?!玩笑|心|着|了|过|好|完|错|什么|啥|哪)[\u4e00-\u9fffA-Za-z]{1,4}$")


def _r_trade(m: re.Match[str], c: Clause) -> bool:
    """我爸是开出租车的, 我妈是卖衣服的: a ``jobTitle`` said by the work (开出租车的, as "a taxi driver"); 我是做外贸的, 干销售的,
    搞IT的: the field of work itself (外贸, 销售, IT), as 我在做外贸."""
    said = m.group("o")
    if c.negated or not _TRADE.match(said) or said[-1] in "来去走回到住的":
        return False
    c.add("jobTitle", said[1:] if said[0] in "做干搞" and is_job(said[1:]) else f"{said}的", 0.7)
    return True


#: Vehicles one drives for a living (开出租车, 跑滴滴, 开大货车): the driver's job.
_DRIVEN = r"(?P<o>出租车?|的士|滴滴|网约车|专车|货车|大货车|卡车|大卡车|公交车?|大巴|长途车|救护车)"
#: How long one has driven for a living: 开公交车十年了, 开了二十年出租车, 跑滴滴两年多了
_DRIVEN_FOR = r"(?:快|近|将近|差不多|都)?(?:[0-9]+|[一二两三四五六七八九十几]+)(?:个)?多?(?:年|月)多?"


def _r_drives_for_a_living(m: re.Match[str], c: Clause) -> bool:
    """我爸开出租车, 我老公跑滴滴, 他在深圳开网约车: a driver (as 是出租车司机); 我在美团送外卖, 在顺丰送快递: a courier, and
    the employer where one is named (not a place: 在深圳); not 不开出租车."""
    if c.negated:
        return False
    if m.group("d"):
        c.add("jobTitle", f"{m.group('d')}员", 0.75)
    else:
        vehicle = {"出租": "出租车", "的士": "出租车", "公交": "公交车"}.get(m.group("o"), m.group("o"))
        c.add("jobTitle", f"{vehicle.removeprefix('大')}司机", 0.75)
    where = m.group("w")
    if where and not is_place(where) and not is_district(where) and not _NOT_EMPLOYER.search(where):
        c.add("worksFor", Entity(where, "Organization"), 0.75)
    return True


#: Where one drives or delivers that is no employer: 在路上, 在外面, 在老家, 在市区
_NOT_EMPLOYER = lazy(r"路上|外面|外地|老家|家里|市区|城里|这边|那边|这里|那里|周边|附近|郊区|县城|晚上|白天|周末|兼职|业余")

CAREER_RULES: list[tuple[str, Rule]] = [
    (rf"^(?:现在|一直|平时|晚上|周末|业余|白天|下班后?)*(?:在(?P<w>[^，,]{{2,8}}?))?(?:兼职|全职)?(?:开|跑|送)(?:了{_DRIVEN_FOR}的?)?(?:{_DRIVEN}|(?P<d>外卖|快递))(?:的|为生)?(?:{_DRIVEN_FOR})?(?:了|呢|啦)*$",
     _r_drives_for_a_living),
    (r"^(?:一直|本来)?是(?P<o>[\u4e00-\u9fffA-Za-z]{2,5})的(?:了|啊|呢|哦)*$", _r_trade),
    (rf"^(?:(?:在|是在)(?P<w>[^，,]{{2,12}}?))?教(?P<o>{_TAUGHT})(?:的|课)?(?:了|呢|啦)*$", _r_teaches),
    (rf"^(?:在(?P<w>[{HAN}]{{2,8}}?))?的(?P<kin>{_WORKMATE})(?P<n>[{HAN}]{{2,3}})?", _r_workmate),
    (rf"^在(?P<o>[{HAN}]{{2,10}}?)(?:那边|那里|这边)?{_STUDIED_ONCE}过(?:[^，,]{{0,6}})?$", _r_studied_there),
    (rf"^在(?P<o>[{HAN}]{{2,10}}?)(?:读|念|上)(?:过|了(?=\S{{0,3}}(?:大学|研究生|研|博士|硕士|本科|书)))(?:几年|两年|一年|[一二两三四五六七八九十]+年)?{_SCHOOLING}", _r_studied_there),
    (rf"^(?:是)?在(?P<o>[{HAN}]{{2,10}}?)(?:读|念|上)的{_SCHOOLING}$", _r_studied_there),  # 我在上海念的大学
    (rf"^{_SCHOOLING}(?:是)?在(?P<o>[{HAN}]{{2,10}}?)(?:读|念|上)的$", _r_studied_there),  # 我大学是在上海读的
    (rf"^(?:大学|研究生|本科|高中|初中|中学|硕士|博士)(?:是)?在(?P<o>[{HAN}]{{2,10}}?)$", _r_studied_there),  # 我大学在川大
    (r"^(?:正在|在|还在)(?P<v>上学|念书|读书)(?:呢|了|啦)*$", _r_at_school),
    (rf"^(?:现在|目前|正|正在|一直)?在(?P<o>[{HAN}]{{2,8}}?)(?:那边|那里|这边)?{_STUDY}(?P<past>过)?", _r_study_place),
    (rf"^(?P<when>{_AT_SCHOOL})?(?:学的(?:{_JUST_SO}?是)?|(?:读的|念的|主修的|学的专业|读的专业|的?(?:研究)?方向){_JUST_SO}?是)(?P<o>[{HAN}]{{2,8}}?)(?:专业)?$",
     _r_studied),
    (rf"^{_JUST}(?:在(?P<o>[^，,]{{2,12}}?))?{_GOT}(?P<j>[^，,的]{{2,10}})的?(?:工作|职位|差事)(?:了|啦)*$", _r_found_job),
    (rf"^{_JUST}(?P<v>跳槽到了?|跳槽去了?|入职了?|加入了?)(?:一家|一个|家)?(?P<o>[^，,]{{2,12}})$", _r_joined),
    (rf"^{_JUST}(?P<v>在|去|到)(?P<o>[^，,]{{2,10}}?)入职了?$", _r_joined),
    (rf"^{_JUST}被?(?:升职|晋升|升|提拔|提升)(?:成了?|为了?|当了?|做了?|到了?)(?P<o>[^，,了]{{2,10}})(?:了|啦)*$", _r_promoted),
    (rf"^(?:现在|目前|如今)?(?:就|已经)?在(?P<o>[{HAN}]{{2,8}})(?:了|呢|啦)*$", _r_now_at),
    (rf"^(?:现在|目前|正在)?在(?P<s>[{HAN}]{{2,8}}?)(?:读|(?<![大中小])学|念|攻读)(?P<o>{_FIELD})(?:专业)?(?:了|呢|啦)*$", _r_field_at),
    (rf"^是?(?:学|读|念)(?P<o>{_FIELD})的$", _r_field_at),  # 我是学法律的, 学会计的
    (rf"^{_JUST}(?:正在|在|还在)?(?:读|上|念)(?P<o>{_LEVEL})(?:[一二三四五六]年级)?(?:了|呢|啦)*$", _r_school_level),
    (rf"^{_JUST}(?P<o>大学|大专|中专|高中|初中|本科)?毕业(?:了|啦)*$", _r_graduated),
    (rf"^{_JUST}(?:(?:大学|大专|中专|高中|初中|本科|研究生)(?:没(?:读|念|上)完|没毕业)?就?)?(?:辍学|退学)(?:了|啦)*$", _r_dropped_out),
    (rf"^{_JUST}(?:(?:考上|考进|考入|考取)了?(?P<o>[{HAN}]{{2,12}}?)|被(?P<o2>[{HAN}]{{2,12}}?)录取)(?:了|啦)*$", _r_admitted),
    (rf"^(?:(?!想|希望|梦|愿|打算|准备|考虑|可能)[^，,去]){{0,6}}?(?:就?要)?去(?P<o>[{HAN}]{{2,12}}?)(?:读研究生|读研|读博士?|读本科|读大学|上大学|念大学)(?:了|啦)*$",
     _r_study_ahead),
    (rf"^(?:[^，,]{{0,4}}?)?(?:打算|计划|准备|决定|在考虑|正在考虑|考虑)(?:明年|今年|年底|下个?月|以后|将来)?(?P<o>{_CHANGE})(?:了|呢)*$",
     _r_planned_change),
]
