"""Chinese rules: regular patterns over clauses, with jieba to delimit names and places.

来自/老家在/在……长大 give ``hometown`` (a country: ``nationality``); 结婚了/离婚了/单身 give
``maritalStatus`` (English values: ``"married"``, ``"divorced"``...); 专业是…… and ……学位 give
``fieldOfStudy`` and ``degree``; 对花生过敏 gives the ``trait`` 对花生过敏 (as "allergic to peanuts" does); 在上海的一家
银行工作 gives both ``workLocation`` and ``worksFor``; 我和我丈夫住在北京 says where both live; a place said alone
right after 你住在哪里？ is where the one who answers lives.

Sentences are cut at 。！？；, clauses at ，; questions (……吗？, 什么, 哪里…), conditionals (如果, 要是…)
and wishes (希望, 但愿…) give nothing, but the clauses stated before a question are read (我是服务员，你知道为什么吗？). A clause is matched as *subject + adverbs + verb pattern +
object*: the subject is 我/我们 (the speaker), 你 (the other speaker), 他/她 (the last person mentioned), a relative (我妈妈,
我的妹妹小红) or a name (张三); a clause without one inherits the subject of the clause before. Place and organisation objects
are cut to their leading nominal words with jieba's part-of-speech tags (``住在上海很多年了`` -> 上海).

jieba loads its dictionary on first use (about a second) and is kept quiet.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "张三出生于北京。")
>>> [(f.subject.label, f.subject.type, f.predicate, f.object.label, f.object.type)
...  for f in ChineseRules().extract_turn(turn, Discourse([turn]))]
[('张三', 'Person', 'birthPlace', '北京', 'Place')]
"""

from __future__ import annotations

import re

from ...types import Entity, Fact, Turn
from ..framework import Clause, Found, RuleTable, compile_rules, end_facts, lazy, merge_found, split_former
from ..fronted import time_after_subject
from ..names import is_chinese_name, plausible_name
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from ..starts import state_end
from ..timeexpr import parse_zh_number
from .accompanied import without_company
from .activities import ACTIVITY_RULES, habit, religion_of
from .answered import kin_answered, place_answered, work_answered
from .back_then import back_then
from .births import BIRTH_RULES, birthdays_said
from .called import introduced_as_kin, kin_called
from .called_here import called_here
from .careers import CAREER_RULES, employer_named, graduated_from, is_work_place, pointed_org, someones
from .changes import CHANGE_RULES
from .conditions import outright
from .counted import children_aged, pets_named, relatives_named, said_name
from .couples import we_ended
from .endings import (
    FORMER_TIE,
    FORMERLY,
    NO_LONGER,
    ending,
    ending_pattern,
    experienced,
    former_named,
    former_partners,
    moved_from,
)
from .everyday import EVERYDAY_RULES, denied_name, idol_then
from .familiar_intro import beginner_said, familiar_intro
from .group_talk import said_in_group
from .homes_named import homes_named
from .kin_chain import through_kin
from .kin_mentioned import kin_mentioned
from .kin_pairs import paired_kin
from .lexicon import HAN, KIN, KIN_GOOD, KIN_PREDICATE, MARITAL_STATUS, NAME, NUM, PET, SURNAMES, is_country, is_job
from .named_other import named_other, own_animal_named, thing_named
from .objects import DEICTIC, KIND_OF_PLACE, owned, place
from .people import (
    PEOPLE_RULES,
    addressee,
    apposed_kin,
    is_place,
    mentions,
    named_subject,
    or_replied_to,
    owner_kin,
    said_of_people,
    trimmed_name,
)
from .pronoun_named import clause_subject
from .regard import REGARD_RULES, titles_said
from .rejoined import rejoined
from .retired_jobs import retired_jobs
from .school_year import add_student
from .segment import (
    CLAUSE,
    CONDITIONAL,
    EXCLAIMED,
    FILLER,
    IRREALIS,
    KIN_APPOSED,
    KIN_GIVEN,
    KIN_NAMED,
    NAMED_KIN,
    PET_GIVEN,
    PET_NAMED,
    PET_NAMED_AFTER,
    QUESTION,
    SENTENCE_WITH_END,
    SUBJECT_CLAUSE,
    TRAILING,
    clean_object,
    is_called_name,
    is_name,
    joined_stutters,
    names_someone,
    nominal_head,
    object_list,
    stated,
)
from .spoken_as import identity_of, stated_as
from .ties import NAMED_UNIT, NEXT_DOOR, TIE_SINCE, known_third
from .told import TOLD_RULES, WITH_OWN_KIN, with_own_kin
from .topics import asked_back, described, pointed_out
from .unsaid import opens, said_back

__all__ = ["ChineseRules"]


def _r_name(m: re.Match[str], c: Clause) -> bool:
    """叫乔伊, 名字是李娜; a full name with its dot is longer (叫乔伊·崔比安尼)."""
    name = clean_object(m.group("o"), 12 if _FULL_NAME.fullmatch(TRAILING.sub("", m.group("o").strip())) else 6)
    known = c.subject.label  # 莫妮卡瘦了……她的名字是卡罗尔: 她 is someone else than the 莫妮卡 it was read as
    other = named_other(c.sentence) if known == c.turn.speaker else None  # 我同桌……，叫薛子涵 (:mod:`.named_other`)
    if other and other[0] and name and not c.negated and is_chinese_name(name):
        c.add(other[0], Entity(name, "Person"), 0.8)
    if c.negated or not name or known != c.turn.speaker and is_chinese_name(known) and known not in name or other \
            or thing_named(c.sentence, known == c.turn.speaker):  # 开了一家店，叫拾光; 它是一只鹦鹉，名字叫豆豆
        return own_animal_named(c, name)
    c.add("name", name, 0.9)
    return True


#: What may follow 岁 in a statement of one's age: 我今年30岁了, 我三十岁啦.
_AGE_END = lazy(r"(?:了|啦|呢|吧|啊|呀|哦|咯|多了?|半了?|左右)*$")


def _r_allergic(m: re.Match[str], c: Clause) -> bool:
    """对花生过敏: an allergy, a ``trait`` as the English rules give it ("allergic to peanuts")."""
    objects = object_list(m.group("o"), 8)
    if c.negated or not objects or any(re.search("[不没什么哪这那它]", o) for o in objects):
        return False  # 对花生不过敏, 对什么过敏
    for obj in objects:
        c.add("trait", f"对{obj}过敏", 0.75)
    return True


def _r_age(m: re.Match[str], c: Clause) -> bool:
    n = parse_zh_number(m.group("n"))
    if c.negated or n is None or not 0 < n < 120 or not _AGE_END.match(m.string, m.end()):
        return False  # 我15岁就记住了, 我十五岁第一套西装: an age at a past time, not the speaker's age
    c.add("age", n, 0.9)
    return True


def _r_from(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), 8)
    if place is None and is_place(head := nominal_head(m.group("o"))):
        place = head  # 在云南的一个小村子里长大: the place named first
    if not place or DEICTIC.match(place) or KIND_OF_PLACE.match(place):
        return False  # 我们是在这房子里长大的, 我在农村长大: no place named
    if is_country(place):
        c.add("nationality", Entity(place, "Place"), 0.8)
    else:
        c.add("hometown", Entity(place, "Place"), 0.7)  # 来自/老家: where one comes from, not where one lives
    return True


def _r_marital_status(m: re.Match[str], c: Clause) -> bool:
    """单身, 离婚了, 订婚了: the marital status, stored with the English value (``"divorced"``)."""
    if c.negated:
        return False
    c.add("maritalStatus", MARITAL_STATUS[m.group("s")], 0.8)
    return True


def _r_field(m: re.Match[str], c: Clause) -> bool:
    """专业是计算机, 学法律专业, 是历史专业的: a field of study."""
    field_ = clean_object(m.group("o"), 8)
    if c.negated or not field_:
        return False
    c.add("fieldOfStudy", Entity(field_, "Thing"), 0.8)
    return True


def _r_degree(m: re.Match[str], c: Clause) -> bool:
    """有硕士学位, 拿到了计算机博士学位: the degree, and the field when one is named."""
    if c.negated:
        return False
    field_ = clean_object(m.group("f") or "", 8)
    c.add("degree", f"{field_}{m.group('d')}学位" if field_ else f"{m.group('d')}学位", 0.85)
    if field_:
        c.add("fieldOfStudy", Entity(field_, "Thing"), 0.8)
    return True


#: 上海的一家银行, 上海一家外企: a place, then the employer there.
_PLACE_OF_ORG = lazy(r"^(?P<p>[^的]{2,6}?)(?:的(?:一家|一个|一所|一间|家|个)?|一家|一所|一间)(?P<org>[^的]{2,10})$")


def _r_work(m: re.Match[str], c: Clause) -> bool:
    job = m.groupdict().get("j")
    if c.negated or job is not None and (_FOR_SOMEONE.match(m.group("o")) or not is_job(TRAILING.sub("", job))):
        return False  # 在给丽莎做饼干: making something for someone, no job
    if _SEEKING.search(m.group("o")):
        return False  # 我在面试另一份工作, 我正在寻找在塔尔萨工作: 在 says what one is doing; a job sought, no employer
    if job is not None and (title := clean_object(job, 8)):
        c.add("jobTitle", title, 0.8)  # 在朋友的公司做会计: the job, whoever the employer
    at = _PLACE_OF_ORG.match(m.group("o"))
    if at and is_place(at.group("p")) and not is_place(at.group("org")):
        employer = nominal_head(at.group("org")) or clean_object(at.group("org"), 10)
        if employer and not DEICTIC.match(employer):  # 在上海的一家银行工作: where, and for whom
            c.add("workLocation", Entity(at.group("p"), "Place"), 0.85)
            c.add("worksFor", Entity(employer, "Organization"), 0.85)
            return True
    head = nominal_head(m.group("o")) or clean_object(m.group("o"), 8)
    where = head is not None and is_work_place(head)  # 在国贸 (not 在京东, a company)
    if someones(m.group("o")) or re.match("同一?[所家个间]", m.group("o")):
        return False  # 在朋友的公司上班, 在同一所大学工作: whose company, the same as whose: no employer named
    if shop := pointed_org(m.group("o")):  # 在小区门口那个药店上班: the shop, not where it stands
        return place(shop, c, "worksFor", 0.85)
    employer = None if where else employer_named(m.group("o"))  # 在一家私人诊所, 在字节跳动: not 私人, 字节
    if employer:
        c.add("worksFor", Entity(employer, "Organization"), 0.85)
    return bool(employer) or place(m.group("o"), c, "workLocation" if where else "worksFor", 0.85)


_FOR_SOMEONE = lazy(r"^(?:给|为|帮|替|跟|和|对)")
#: 在 + a verb whose object is the job (一份工作, 在塔尔萨工作, 在找工作): what one is doing, not where one works.
_SEEKING = lazy(r"份$|在|^(?:找|寻找|申请|应聘|面试|物色|换)")
_LEADING_CLASSIFIER = lazy(r"^(?:一名|一个|一位|一只|个|名|位)")
_R_COPULA_NATIVE = lazy(rf"^(?P<o>[{HAN}]{{2,6}})人$")
_R_COPULA_MEMBER = lazy(r"^(?P<o>.+?)的(?:成员|会员|队员|一员)$")


def _r_copula(m: re.Match[str], c: Clause) -> bool:
    """是……: a job, a student of a school, a man or woman, a believer, a vegetarian, a native."""
    if c.negated:
        return False
    raw = TRAILING.sub("", m.group("o"))
    counted, of = _LEADING_CLASSIFIER.match(raw) is not None, "的" in m.group("o")[len(raw):]  # 我是个白痴, 我是岳阳的: no name
    raw = _LEADING_CLASSIFIER.sub("", raw)
    if c.subject == c.discourse.speaker(c.turn) and 2 <= len(raw) <= 4 and is_name(raw) and not counted and not of \
            and plausible_name(raw, frozenset()) and religion_of(raw) is None and not beginner_said(raw, c.turn.text):
        c.add("name", raw, 0.85)  # 我是李娜: the speaker's name ("I am Anna"); not 我是穆斯林 (a faith), 我是小白，不太懂
        return True
    if not (counted or of) and familiar_intro(raw, c) or add_student(raw, c):  # 我是老周 (:mod:`.familiar_intro`); 我是北大的学生
        return True
    if raw in ("男的", "男生", "男人", "男孩", "男", "男孩子"):
        c.add("gender", MALE, 0.8)
        return True
    if raw in ("女的", "女生", "女人", "女孩", "女", "女孩子"):
        c.add("gender", FEMALE, 0.8)
        return True
    if (religion := religion_of(raw)) is not None:  # 我是基督徒, 我是天主教徒
        c.add("religion", religion, 0.85)
        return True
    if raw in ("素食者", "素食主义者", "吃素的"):
        c.add("diet", "vegetarian", 0.85)
        return True
    native = _R_COPULA_NATIVE.match(raw)
    if native and is_place(native.group("o")):
        return _r_from(native, c)
    if raw in ("单身", "单身狗"):
        c.add("maritalStatus", "single", 0.8)
        return True
    member = _R_COPULA_MEMBER.match(raw)
    if member:
        c.add("memberOf", Entity(member.group("o"), "Organization"), 0.8)
        return True
    titled = _NAME_TITLED.match(raw)
    if titled and is_chinese_name(titled.group("n")):  # 我是盖勒教授: a name with its title; the job is the title
        if titled.group("t") != "博士":
            c.add("jobTitle", titled.group("t"), 0.8)
        return True
    if 1 < len(raw) <= 8 and is_job(raw):  # 厨师, 运营 (a field of work)
        head = _JOB_HEAD.search(raw)  # 出色的演员, 那里的厨师: the job, not what is said of it
        if head and _WANTED.search(raw[:head.start()]):
            return False  # 要找个正式的牧师: a need, not a job
        job = head.group(1) if head else raw
        if (titled_job := _SURNAME_JOB.match(job)) and titled_job.group(1) in SURNAMES:
            job = titled_job.group(2)  # 我是三班的王老师: 王 is her surname, the job 老师 (王老师 her name)
        c.add("jobTitle", job, 0.85)
        return True
    return False


#: A name and a title after it (盖勒教授, 格林医生).
_NAME_TITLED = lazy(r"^(?P<n>[^的]{2,6}?)(?P<t>医生|教授|博士)$")
#: The job after the last 的 of a described job (一名出色的演员 -> 演员), or after whose it is (他班主任 -> 班主任, 他们经理 -> 经理).
_JOB_HEAD = lazy(r"(?:的|^[他她你]们?)([^的]{2,})$")
#: A surname and a job one is called by with it (王老师, 李医生): the name of one in that job.
_SURNAME_JOB = lazy(r"^(.)(老师|医生|大夫|律师|教授|护士|警官|教练|经理|主任|师傅|会计|工程师|记者|导演)$")
#: Words before the job that make it one wanted, not held (要找个正式的牧师).
_WANTED = lazy(r"^(?:要|想|得|需要|应该|该|会|能|可以|去|来|打算|准备)|[找请雇叫]")


def _married(who: str | None, c: Clause) -> bool:
    """结婚了 (married), 嫁给了张三 (married to someone)."""
    if c.negated:
        return False
    if who in ("我", "你", "他", "她"):  # 我嫁给你了, 你跟我结婚了: a person spoken to or of
        other = c.discourse.speaker(c.turn) if who == "我" else addressee(c.turn, c.discourse) if who == "你" \
            else known_third(who, c)
        if other is None or other == c.subject:
            return False
        c.add("spouse", other, 0.8)
    elif who:
        person = owned(c.subject, who, "Person", None if KIN_PREDICATE.get(who) == "spouse" else who)  # 和老公结婚
        c.add("spouse", person, 0.85)
        c.discourse.mention(c.turn, person)
    else:
        c.add("maritalStatus", "married", 0.8)
    return True


def _r_job(m: re.Match[str], c: Clause) -> bool:
    """职业是医生: a job title as said."""
    job = clean_object(m.group("o"), 8)
    if c.negated or not job:
        return False
    c.add("jobTitle", job, 0.85)
    return True


def _r_know(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    person = Entity(m.group("o"), "Person")
    c.add("knows", person, 0.7)
    c.discourse.mention(c.turn, person)
    return True


def _r_kin_is(m: re.Match[str], c: Clause) -> bool:
    """张伟的妻子是李娜: the subject's relative, by name."""
    if c.negated:
        return False
    person = Entity(m.group("n"), "Person")
    c.add(KIN_PREDICATE[m.group("kin")], person, 0.85)
    c.discourse.mention(c.turn, person, gender_of_noun(m.group("kin")))
    return True


_SYMMETRIC = frozenset({"friend", "colleague", "classmate", "roommate", "neighbor", "acquaintance", "spouse", "partner",
                        "sibling", "relative", "dated"})


def _r_with_is(m: re.Match[str], c: Clause) -> bool:
    """我和刘洋是同事: a relation that holds both ways."""
    predicate = KIN_PREDICATE[m.group("kin")]
    if c.negated or predicate not in _SYMMETRIC or not is_name(m.group("n")) or m.group("n").lstrip("我的") in KIN_PREDICATE:
        return False  # 我和(我)老公是同学: the husband, read by the rule of two (not one named 老公)
    person = Entity(m.group("n"), "Person")
    c.add(predicate, person, 0.8)
    c.discourse.mention(c.turn, person)
    return True


def _r_is_kin_of(m: re.Match[str], c: Clause) -> bool:
    """李娜是张伟的妻子: the subject is someone's relative (the fact is about that someone)."""
    owner = m.group("n")
    if c.negated or not (is_name(owner) or "·" in owner and is_chinese_name(owner) or is_called_name(owner)):
        return False  # 是张伟的妻子; 是小娟的表姐, 是建锋的表姐 (a name as people call each other)
    c.out.append((Entity(owner, "Person"), KIN_PREDICATE[m.group("kin")], c.subject, 0.8 * c.weight, None))
    return True


#: Relatives or pets said to be had (有一个儿子, 养了一只猫叫咪咪, 有两个孩子): a clause after it without a
#: subject is about them (one), or about nobody the rules can name (several), not about the speaker.
_HAS_KIN = lazy(rf"^(?:有|养了?|新?添了)(?P<n>{NUM})?(?:个|只|条|位|名)?(?:可爱的|漂亮的)?(?:(?P<kin>{KIN})|(?P<pet>{PET}))"
                rf"(?:[，,]?(?:叫|名叫)(?P<name>{NAME}))?了?$")
_AGAIN = lazy(r"^(?:再也?|也)")
_DONE = lazy(r"了$")
_O = r"(?P<o>.+)"
RULES: RuleTable = compile_rules(TOLD_RULES + [(WITH_OWN_KIN, lambda m, c: with_own_kin(m, c, RULES))] + CAREER_RULES + CHANGE_RULES
                      + EVERYDAY_RULES + PEOPLE_RULES + REGARD_RULES + [
    (rf"^的(?P<kin>{KIN})(?:是|叫|名叫)(?P<n>{NAME})$", _r_kin_is),
    (rf"^是{NAMED_UNIT}(?P<n>{NAME}|[{HAN}]{{1,5}}·[{HAN}]{{1,6}})(?:家?{NEXT_DOOR}(?=的邻居))?(?:的(?:最好的|{KIN_GOOD}|老)?|最好的)(?P<kin>{KIN})(?:之一)?$",
     _r_is_kin_of),  # 是罗斯的朋友之一, 是市场部赵经理的亲妹妹, 是王芳楼上的邻居
    (rf"^(?:和|跟|与|同)(?P<n>{NAME}){TIE_SINCE}(?:是|成了|成为了?)(?:很好的|最好的|{KIN_GOOD})?(?P<kin>{KIN})(?:关系)?了?$", _r_with_is),
    (rf"^(?:叫(?![声得了个着起过])|名叫|名字叫|名字是|的名字是|的名字叫|的?(?:全名|真名|本名|真实姓名|大名)(?:是|叫)){_O}", _r_name),  # 我的全名是李安娜
    (r"^(?:也|还|都)?对(?P<o>.+?)(?:严重|非常|特别|有点|有些)?过敏(?:了|啊|呢)?$", _r_allergic),
    (rf"^(?:今年|已经|才|快|都|满)?(?P<n>{NUM})(?:周)?岁", _r_age),
    (r"^(?:今年|已经|都|满)?(?P<n>[1-9][0-9]|[二三四五六七八九]?十[一二三四五六七八九]?)了$", _r_age),  # 你31了
    *BIRTH_RULES,  # 出生于北京, 1990年5月3日出生, 是五月五日出生的
    (rf"^(?:住在|居住在|生活在|定居在|住于|家住|居住于|定居于|现居){_O}", lambda m, c: place(m.group("o"), c, "livesIn", 0.9)),
    # 我在北京住了五年了: lives there still (住了五年 alone may be over)
    (rf"^在(?P<o>[^，,]{{2,12}}?)(?:住|生活)了(?:差不多|大概|快|将近)?(?:{NUM}|很多|好几|几)(?:年|个月)(?:多|左右)?了", lambda m, c: place(m.group("o"), c, "livesIn", 0.85)),
    # 我搬到了深圳, 我从广州搬到了深圳
    (rf"^(?:从(?!小)[^，,从]{{1,10}}?)?(?:搬到了?|搬去了?|移居到?了?){_O}", lambda m, c: place(m.group("o"), c, "livesIn", 0.75, event=True)),
    (r"^(?:是)?在(?P<o>.+?)长大的?", _r_from),
    (r"^是(?:被|由)?[^在，,]{1,6}?在(?P<o>.+?)(?:带大|养大|拉扯大|抚养长大)的", _r_from),  # 我是奶奶在云南带大的
    (rf"^(?:来自|的?老家(?:在|是)|的?家乡(?:在|是)|祖籍是?){_O}", _r_from),
    (r"^在(?P<o>.+?)(?:工作|上班|任职|实习(?!生)|打工|兼职|做事|做生意|干了(?=[^，,。]{1,6}?(?:年|个月)多?[了啦]?(?:[，,。！!]|$)))", _r_work),
    (r"^在(?P<o>[^，,]+?(?:学校|中学|小学|大学|学院|幼儿园))(?:教书|教课|教)", _r_work),  # 在一所中学教数学
    (rf"^在(?P<o>.+?)(?:当|做|担任|干)了?(?:(?:{NUM}|几|好几|很多)多?(?:年|个月)多?的?)?(?P<j>.+)$", _r_work),  # 当了六年教练
    (rf"^(?:就职于|任职于|供职于|受雇于|服务于){_O}", _r_work),
    (r"^在(?P<o>.+?)(?:上学|读书|念书|[读上]大[学一二三四]|读研究生|读研|读博|[读上][高初][中一二三]|学习|上课)", lambda m, c: not is_place(nominal_head(m.group("o")) or m.group("o"))
     and place(m.group("o"), c, "studiesAt", 0.85)),  # 在美国读大学: where, not the school
    (rf"^(?:就读于|在读于){_O}", lambda m, c: place(m.group("o"), c, "studiesAt", 0.85)),
    (r"^是(?P<o>[^，,]{2,12}?)毕业的$", graduated_from),  # 我是北京大学毕业的
    (rf"^(?:毕业于|从(?P<o2>.+?)毕业){_O}?", graduated_from),  # 我毕业于浙江大学, 我从北大毕业了
    (rf"^(?:的)?(?:职业|工作)是{_O}", _r_job),
    (rf"^(?:在|正在)?(?:当上|当|做|从事|成为|成)了?(?:(?:{NUM}|几|好几|很多)多?(?:年|个月)多?的?)?(?P<o>.+?)(?:工作)?(?:(?:已经|有|快|都|差不多)*(?:{NUM}|几|好几|很多|多|半)多?(?:年|个月)多?了?)?$", lambda m, c: is_job(TRAILING.sub("", m.group("o"))) and _r_copula(m, c)),
    (rf"^(?:已经)?(?:结婚(?:{NUM}年|很多年|好几年|多年)?了|已婚|成家了)", lambda m, c: _married(None, c)),  # 我结婚十年了
    (rf"^(?:已经)?(?:圣诞节|春节|国庆节?|情人节|七夕|元旦)?(?:在[{HAN}]{{2,6}}?)?(?P<s>离婚|离异|订婚|丧偶|单身|分居)(?:了|过)?(?:{NUM}次|很多年|多年|好几年)?(?:了|啦|啊|呢)*$", _r_marital_status),
    (rf"^(?:的)?(?:专业|主修)(?:是|为){_O}", _r_field),
    (rf"^(?:学的是|读的是|主修|学|读|念)(?P<o>[{HAN}]{{2,6}}?)专业", _r_field),
    (rf"^是(?P<o>[{HAN}]{{2,6}}?)专业的", _r_field),
    (rf"^(?:有|拿到了?|获得了?|取得了?|读完了?|拿了)(?P<f>[{HAN}]{{0,6}}?)(?:专业的?)?(?P<d>学士|硕士|博士|本科|副学士)学位", _r_degree),
    (rf"^(?:嫁给了?|娶了|(?:和|跟|与|同)(?P<who2>我|你|他|她|{NAME})结婚(?!的|时|前|后|以前|以后|之前|之后))(?P<who>你|他|她|{NAME})?",
     lambda m, c: bool(m.group("who2") or m.group("who")) and _married(m.group("who2") or m.group("who"), c)),
    *ACTIVITY_RULES,
    (rf"^认识(?P<o>{NAME})$", _r_know),
    (r"^(?:每天|经常|常常|总是|每个?周末|每(?:周|个?星期|个?礼拜)[一二三四五六日天]?|天天)(?P<o>.+)", habit),
    (r"^是(?P<o>.+?)(?:(?:而|又|并|可)?不是.+)?$", _r_copula),  # 是实习生不是服务员: the job before the contrast
])


#: 我和我丈夫住在北京, 我跟李娜都在谷歌工作: the speaker and one more as the subject of where they live or work.
_WE_TWO = lazy(rf"^(?P<me>我)?(?:后来|去年|前年|今年|刚刚?|已经|现在|目前|一直|[上这]个?周末|(?:国庆|中秋|端午)节?|春节|五一|元旦)?(?:和|跟)(?:(?:我的?)?(?P<kin>{KIN})|(?P<name>{NAME}))"
               r"(?:一家人?|一家子|两口子?)?(?:一起|都|也)*"  # 现在和儿子一家住在南京
               r"(?:去年|前年|今年|后来|刚刚?|已经)*(?P<rest>(?:住在|生活在|在|搬到|搬去|搬家到).+|来自.+"
               r"|(?:(?:下个?|上个?|这个?)(?:月|周|星期|周末)|明年|暑假|寒假|国庆|五一)?去了?[^，,。]+)$")  # 我和老公下个月去云南旅游


_FULL_NAME = lazy(rf"[{HAN}]{{1,5}}·[{HAN}]{{1,6}}")


def _between_people(found: Found) -> bool:
    """Whether ``found`` ties its subject to another person (你是我最好的朋友) or is a job (你是个按摩师), not what
    one has, likes or does (a guessed addressee is wrong often enough that only these are worth it)."""
    obj = found[2]
    return found[1] == "jobTitle" or isinstance(obj, Entity) and obj.type == "Person" and obj != found[0]


class ChineseRules:
    """Rule-based extraction of facts from Chinese turns.

    >>> from kg_memory.types import Turn
    >>> t = Turn("c", "1", "Ann", "我不喜欢猫。你喜欢狗吗？")
    >>> [(f.predicate, f.object.label) for f in ChineseRules().extract_turn(t, Discourse([t]))]
    [('dislikes', '猫')]
    """

    lang = "zh"

    def extract_turn(self, turn: Turn, discourse: Discourse, previous_text: str = "") -> list[Fact]:
        """Return the facts stated in ``turn`` (said after ``previous_text``: 你住在哪里？ - 纽约。 answers with a place)."""
        found: list[Found] = place_answered(turn, discourse, previous_text) + kin_answered(turn, discourse, previous_text) \
            + work_answered(turn, discourse, previous_text) \
            + kin_called(turn, discourse) + introduced_as_kin(turn, discourse)  # 你好，爸爸！ / 老公，…… / 我是埃迪，你室友
        for m in PET_NAMED_AFTER.finditer(turn.text):  # 我有一只狗。它叫旺财。: the dog is 旺财 (bound by merge_found)
            owner = discourse.speaker(turn) if m.group("kp") == "我" else discourse.addressee(turn)
            if owner is not None and (name := said_name(m.group("n"))):
                found.append((owner, "hasPet", Entity(name, "Animal"), 0.8, None))
        endings: list[Found] = []
        for piece in SENTENCE_WITH_END.findall(joined_stutters(turn.text)):  # 史...提夫: one name
            sentence = said_back(stated(piece), opens(turn.text, piece, previous_text), turn.text)  # 老妈: 我老妈
            if told_as := stated_as(piece.strip()):  # 作为一名护士，我……: a nurse
                found.extend(identity_of(self._sentence(told_as, turn, discourse, [])))
            asked = QUESTION.search(sentence)
            if (asked or piece.rstrip().endswith(("？", "?"))) and not CONDITIONAL.search(sentence):
                found.extend(apposed_kin(sentence, turn, discourse))  # 你见过我妹妹吉尔吗？: a question presupposes her
            if (back := asked_back(piece, turn.text)) is not None:  # 芬恩先生？他去芝加哥了: he is 芬恩先生
                discourse.mention(turn, Entity(back, "Person"))
            if piece.rstrip().endswith(("？", "?")) and not asked:  # 我们有孩子？
                sentence = sentence[:max(sentence.rfind("，"), sentence.rfind(","), 0)]  # 我在X工作，干嘛问？
                asked = QUESTION.search(sentence)
            while asked:  # 我是个很差劲的服务员，你知道这是为什么吗？: the clauses before the question are stated
                sentence = sentence[:max(sentence.rfind("，", 0, asked.start()), sentence.rfind(",", 0, asked.start()), 0)]
                asked = QUESTION.search(sentence)  # 我今晚要和谢尔盖约会，嗯，你能来吗，……？: the question's first clause
            for said in ([] if not sentence or QUESTION.search(sentence) else outright(sentence)):  # 我爱你，如果你不信就算了
                found.extend(former_named(said, turn, discourse, endings))  # 我上个室友基普: a roommate before
                found.extend(self._sentence(said, turn, discourse, endings))
        found = retired_jobs(former_partners(found, turn.text, endings), endings)  # 前妻艾米莉, 做了十年护士，退休了: ended
        return merge_found(found, turn) + end_facts(endings, turn)

    def _sentence(self, sentence: str, turn: Turn, discourse: Discourse, endings: list[Found]) -> list[Found]:
        """The facts of ``sentence``; what it says has stopped goes to ``endings``."""
        out: list[Found] = kin_mentioned(sentence, turn, discourse)  # ……适合我女儿看的书，她今年八岁: the daughter is 8
        speaker = discourse.speaker(turn)
        out.extend((speaker, "livesIn", Entity(home, "Place"), 0.7, None) for home in homes_named(sentence))  # 从我住的成都出发
        handled: set[str] = set()
        named: dict[str, Entity] = {}
        for pattern in (KIN_NAMED, NAMED_KIN, KIN_APPOSED, KIN_GIVEN):
            for m in pattern.finditer(sentence):
                owner, weight = (speaker, 1.0) if m.group("kp") == "我" else owner_kin(m.group("kp"), turn, discourse)
                name = trimmed_name(m.group("n"), not sentence[:m.start()].strip("，, ")) if pattern is NAMED_KIN else m.group("n")
                if owner is None or not name:
                    continue
                if pattern is KIN_NAMED and sentence[m.end("kin"):m.start("n")] == "是" \
                        and not names_someone(name):  # 我的老板是王总, 我闺蜜是小雪: a title, a pet name
                    continue  # 我哥哥是医生: what the brother is, not his name (read as a clause below)
                noun = m.group("kin")
                person = Entity(name, "Person")
                out.append((owner, KIN_PREDICATE[noun], person, round(0.85 * min(weight / 0.8, 1.0), 2), None))
                discourse.mention(turn, person, gender_of_noun(noun))
                handled.add(m.group(0))
                named[m.group(0)] = person  # 我妹妹叫王芳，在深圳做设计师: the clause after is about her
        for m in (*PET_NAMED.finditer(sentence), *PET_GIVEN.finditer(sentence)):  # 我给狗取名叫旺财
            owner = speaker if m.group("kp") == "我" else discourse.addressee(turn)
            if owner is not None:
                out.append((owner, "hasPet", Entity(said_name(m.group("n")), "Animal"), 0.85, None))
                handled.add(m.group(0))
        for kp, name, read in pets_named(sentence):  # 我养了一条金毛，叫饼干; 两只猫，一只叫咪咪，一只叫球球
            owner = speaker if kp == "我" else discourse.addressee(turn)
            if owner is not None:
                out.append((owner, "hasPet", Entity(name, "Animal"), 0.8, None))
                handled.add(read)
        for kp, noun, name, read in relatives_named(sentence):  # 我有两个孩子，一个叫小明，一个叫小红
            owner = speaker if kp == "我" else discourse.addressee(turn)
            if owner is not None:
                out.append((owner, KIN_PREDICATE[noun], Entity(name, "Person"), 0.8, None))
                handled.add(read)
        subject: tuple[Entity, float] | None = None
        one: Entity | None = None  # the relative or pet the clause before said to be had (its owner: several)
        mentions(sentence, turn, discourse)
        for clause in CLAUSE.split(rejoined(paired_kin(sentence))):  # 我有一个儿子，叫小明 / 我的女儿，七岁
            clause = time_after_subject(FILLER.sub("", clause.strip()), turn.time, "zh")  # 去年我……: 我去年……
            if not clause or IRREALIS.search(clause) or EXCLAIMED.match(clause) or any(h in clause or clause in h for h in handled):
                subject = (named[clause], 0.85) if clause in named else subject
                continue
            if 2 <= len(clause) <= 4 and clause[-1] != "人" and is_name(clause) \
                    or _FULL_NAME.fullmatch(clause) and is_chinese_name(clause):  # 刘易斯·波辛！他是……
                if re.search(f"{re.escape(clause)}(?:[^你您他她]*[你您]|[！!，,。\\s]*(?:嗨|嘿|你好|您好))", turn.text):
                    continue  # 罗斯，认真的！你得去看医生 / 瑞秋！嗨！: said to the listener, whom no later 他 means
                person = Entity(clause, "Person")  # 王小明，男，1970年出生于北京: the name heads the sentence
                discourse.mention(turn, person)
                subject = person, 0.9
                continue
            if (pointed := pointed_out(clause)) is not None:  # 孙医生，三床郑建国，六十二岁: 郑建国 is 62
                subject = Entity(pointed, "Person"), 0.85
                continue
            both = self._we_two(clause, turn, discourse, subject is not None and subject[0] == speaker)
            if both is not None:  # 我和我丈夫住在北京: what is said holds for both
                out.extend(both)
                subject = speaker, 0.85
                continue
            head = SUBJECT_CLAUSE.match(clause)
            if head and (head.group("name") or head.group("kname")):
                head = named_subject(clause, head, lambda rest: RULES.first.match(rest) or ending_pattern(rest))
            parsed = self._subject(head, turn, discourse, out) if head else None
            had, one = one, None
            subject, rest_m = clause_subject(parsed, head, subject, clause, sentence, turn, discourse, out)  # :mod:`.pronoun_named`
            if subject is None or rest_m is None:
                continue
            rest, neg = rest_m.group("rest"), bool(rest_m.group("neg"))
            if parsed is not None and described(rest):
                subject = None  # 我大学同宿舍的那个，嫁到上海的: someone described, not the speaker
                continue
            if neg and parsed is not None and out and out[-1][2] == subject[0] and denied_name(rest):
                out.pop()  # 我的老板不是王总: who the boss is not, no boss of a name to store
                continue
            if not neg and (has := _HAS_KIN.match(rest)):  # several: their ages are not the speaker's either
                one = owned(subject[0], has.group("kin") or has.group("pet"), "Person" if has.group("kin") else "Animal",
                            has.group("name")) if has.group("n") in (None, "一", "1") else subject[0]
            if not neg:
                ended, stated = ending(rest, subject[0], subject[1], turn, discourse, out, clause)
                if ended and parsed is not None and head is not None and head.group("s") in ("我们", "咱们"):
                    ended = we_ended(ended, turn, discourse)
                if ended:
                    endings.extend(ended)
                    out.extend(stated)
                    continue
            no_longer = neg and NO_LONGER.search(clause) is not None  # 不再在阿里巴巴工作了
            past = None if neg else experienced(rest)  # 我在腾讯工作过: it held once, not now
            if no_longer:
                rest = _AGAIN.sub("", _DONE.sub("", rest)) or rest
            c = Clause(turn=turn, subject=subject[0], weight=subject[1], negated=neg and not no_longer,
                       sentence=sentence, discourse=discourse, lang="zh")
            RULES.apply(without_company(past or rest), c)  # 带着孩子住在成都: 住在成都
            endings.extend([] if past else moved_from(rest, c))  # 我们从上海搬到了深圳: 上海 is a former home
            if parsed is None and had is not None:  # 我们有一个儿子，今年五岁了 / 在北京工作: the son is five, works there
                c.out = [(had, p, o, w, t) for s, p, o, w, t in c.out if had != s and o != had]
                one = one or had  # 住在上海，是一名护士: the next bare clause is about her too
            if parsed is not None and head is not None and head.group("s") == "你" and addressee(turn, discourse) is None:
                c.out = [f for f in c.out if _between_people(f)]  # 你 guessed (a group): who they are to others, their job
            elif parsed is None:  # 钱德勒，太好了: an exclamation, no opinion of the person the clause before names
                c.out = [f for f in c.out if not (f[1].endswith("Impression") and f[2] == subject[0])]
            if not neg and (past or FORMERLY.search(clause[:rest_m.start("rest")]) or FORMER_TIE.match(rest)
                            or back_then(sentence, clause)) and not idol_then(clause):  # 我以前住在北京; 那会儿，阿凯还在上小学
                ended, kept = split_former(c.out, state_end(sentence, turn.time, "zh"))
                endings.extend(ended)
                out.extend(kept)
            else:
                (endings if no_longer else out).extend(c.out)
        return out + said_of_people(sentence, turn, discourse) + birthdays_said(sentence, turn, discourse) \
            + titles_said(sentence, turn, discourse) + children_aged(sentence, turn, discourse) + said_in_group(sentence, turn, discourse)

    @staticmethod
    def _we_two(clause: str, turn: Turn, discourse: Discourse, me: bool = False) -> list[Found] | None:
        """我和我丈夫住在北京 / (``me``: the speaker's clause before) ……，后来跟爸妈搬到了武汉: the speaker and a relative
        (or one named) as one subject: the rest for each, and the relation; ``None`` when ``clause`` is no such clause."""
        m = _WE_TWO.match(clause)
        if m is None or not (m.group("me") or me) or m.group("name") and not is_name(m.group("name")):
            return None
        speaker = discourse.speaker(turn)
        out: list[Found] = []
        if m.group("kin"):
            other = owned(speaker, m.group("kin"), "Person", None)
            out.append((speaker, KIN_PREDICATE[m.group("kin")], other, 0.8, None))
            discourse.mention(turn, other, gender_of_noun(m.group("kin")))
        else:
            other = Entity(m.group("name"), "Person")
            discourse.mention(turn, other)
        stated = []
        for who in (speaker, other):
            c = Clause(turn=turn, subject=who, weight=0.9, negated=False, sentence=clause, discourse=discourse, lang="zh")
            RULES.apply(m.group("rest"), c)
            stated.extend(c.out)
        return out + stated if stated else None

    @staticmethod
    def _subject(m: re.Match[str], turn: Turn, discourse: Discourse, out: list[Found]) -> tuple[Entity, float] | None:
        s = m.group("s")
        speaker = discourse.speaker(turn)
        if s in ("我", "我们", "咱们") or s.rstrip("里") in ("家", "我家", "我们家", "咱们家", "咱家"):  # 我(们)家有两条狗: the speaker's household
            return speaker, 1.0 if s == "我" else 0.85
        if s == "你":  # the name called, the other of two speakers, or the one replied to in a larger group
            who, weight = or_replied_to(addressee(turn, discourse), 1.0, turn, discourse)
            return (who, 0.8 * weight) if who else None
        if s in ("他", "她"):
            resolved = discourse.third_person(turn, MALE if s == "他" else FEMALE)
            if resolved and (resolved[0].label in m.string[m.end("s"):] or called_here(turn, discourse, resolved[0].label)):
                return None  # 她喜欢钱德勒和莫妮卡: not one named after her, nor one just called (:mod:`.called_here`)
            return None if resolved and resolved[0].label == speaker.label else resolved  # 他 is never the one speaking
        owner_word = m.group("kp") or m.group("pp")
        if owner_word:
            owner, weight = through_kin(owner_kin(owner_word, turn, discourse), m, turn, discourse, out)
            if owner is None:
                return None
            if m.group("kin"):
                noun = m.group("kin")
                person = owned(owner, noun, "Person", m.group("kname"))
                out.append((owner, KIN_PREDICATE[noun], person, 0.8 * weight, None))
                discourse.mention(turn, person, gender_of_noun(noun))
                return person, weight
            pet = owned(owner, m.group("pet"), "Animal", None)
            out.append((owner, "hasPet", pet, 0.75 * weight, None))
            return pet, weight
        name = m.group("name")
        person = Entity(name, "Person")
        discourse.mention(turn, person)
        return person, 0.9
