"""Chinese rules: regular patterns over clauses, with jieba to delimit names and places.

来自/老家在/在……长大 give ``hometown`` (a country: ``nationality``); 结婚了/离婚了/单身 give
``maritalStatus`` (English values: ``"married"``, ``"divorced"``...); 专业是…… and ……学位 give
``fieldOfStudy`` and ``degree``.

Sentences are cut at 。！？；, clauses at ，; questions (……吗？, 什么, 哪里…), conditionals (如果, 要是…)
and wishes (希望, 但愿…) give nothing. A clause is matched as *subject + adverbs + verb pattern +
object*: the subject is 我/我们 (the speaker), 你 (the other speaker), 他/她 (the last person
mentioned), a relative (我妈妈, 我的妹妹小红) or a name (张三); a clause without one inherits the
subject of the clause before. Place and organisation objects are cut to their leading nominal
words with jieba's part-of-speech tags (``住在上海很多年了`` -> 上海).

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

from ...gazetteer import gazetteer_id
from ...types import Entity, Fact, Turn
from ..framework import Clause, Found, compile_rules, end_facts, lazy, merge_found
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from ..timeexpr import find_time, parse_zh_number
from .endings import NO_LONGER, ending, ending_pattern
from .lexicon import COUNTRIES, EVENTS, HAN, JOB_SUFFIX, KIN, KIN_PREDICATE, MARITAL_STATUS, NAME, NUM, PET, RELIGIONS
from .people import PEOPLE_RULES, addressee, is_place, mentions, named_subject, owner_kin, said_of_people, trimmed_name
from .segment import (
    BARE_CLAUSE,
    CLAUSE,
    CONDITIONAL,
    FILLER,
    IRREALIS,
    KIN_APPOSED,
    KIN_NAMED,
    NAMED_KIN,
    PET_NAMED,
    QUESTION,
    SENTENCE,
    SENTENCE_WITH_END,
    SUBJECT_CLAUSE,
    TRAILING,
    clean_object,
    is_name,
    nominal_head,
    object_list,
)

__all__ = ["ChineseRules"]


def _owned(owner: Entity, noun: str, type_: str, name: str | None) -> Entity:
    return Entity(name, type_) if name else Entity(f"{owner.label}的{noun}", type_)


_DEICTIC = lazy(r"^(?:这|那|哪)")  # 住在这儿多久: no place named


def _place(raw: str, c: Clause, predicate: str, confidence: float, event: bool = False) -> bool:
    """A place or an organisation: the leading nominal words of ``raw``."""
    if c.negated or _DEICTIC.match(raw):
        return False
    obj = nominal_head(raw) or clean_object(raw, 8)
    if not obj:
        return False
    c.add(predicate, Entity(obj, "Organization" if predicate in ("worksFor", "studiesAt", "educatedAt", "memberOf") else "Place"), confidence, event)
    return True


def _r_name(m: re.Match[str], c: Clause) -> bool:
    name = clean_object(m.group("o"), 6)
    if c.negated or not name:
        return False
    c.add("name", name, 0.9)
    return True


#: What may follow 岁 in a statement of one's age: 我今年30岁了, 我三十岁啦.
_AGE_END = lazy(r"(?:了|啦|呢|吧|啊|呀|哦|咯|多了?|半了?|左右)*$")


def _r_age(m: re.Match[str], c: Clause) -> bool:
    n = parse_zh_number(m.group("n"))
    if c.negated or n is None or not 0 < n < 120 or not _AGE_END.match(m.string, m.end()):
        return False  # 我15岁就记住了, 我十五岁第一套西装: an age at a past time, not the speaker's age
    c.add("age", n, 0.9)
    return True


def _r_born(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    when = find_time(raw, None, "zh")
    if when is not None and when.start == 0:
        if when.granularity == "day":
            c.add("birthDate", when.value, 0.9)
            return True
        return False
    return _place(m.group("o"), c, "birthPlace", 0.9)


def _r_born_when(m: re.Match[str], c: Clause) -> bool:
    """……年……月……日出生: the date came before the verb."""
    when = find_time(c.sentence, None, "zh")
    if c.negated or when is None or when.granularity != "day":
        return False
    c.add("birthDate", when.value, 0.9)
    return True


def _r_from(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), 8)
    if not place:
        return False
    if place in COUNTRIES or place.endswith("国"):
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


def _r_work(m: re.Match[str], c: Clause) -> bool:
    job = m.groupdict().get("j")
    if c.negated or job is not None and (_FOR_SOMEONE.match(m.group("o")) or not JOB_SUFFIX.search(TRAILING.sub("", job))):
        return False  # 在给丽莎做饼干: making something for someone, no job
    head = nominal_head(m.group("o")) or clean_object(m.group("o"), 8)
    where = head is not None and (is_place(head) or gazetteer_id(head, "Place") is not None)  # 在北京工作: where
    found = _place(m.group("o"), c, "workLocation" if where else "worksFor", 0.85)
    title = clean_object(m.group("j"), 8) if m.groupdict().get("j") else None
    if title:
        c.add("jobTitle", title, 0.8)
    return found


_FOR_SOMEONE = lazy(r"^(?:给|为|帮|替|跟|和|对)")
_LEADING_CLASSIFIER = lazy(r"^(?:一名|一个|一位|一只|个|名|位)")
_R_COPULA_STUDENT = lazy(r"^(?P<o>.+?)的(?:学生|研究生|本科生|博士生)$")
_R_COPULA_NATIVE = lazy(rf"^(?P<o>[{HAN}]{{2,6}})人$")
_R_COPULA_MEMBER = lazy(r"^(?P<o>.+?)的(?:成员|会员|队员|一员)$")


def _r_copula(m: re.Match[str], c: Clause) -> bool:
    """是……: a job, a student of a school, a man or woman, a believer, a vegetarian, a native."""
    if c.negated:
        return False
    raw = TRAILING.sub("", m.group("o"))
    raw = _LEADING_CLASSIFIER.sub("", raw)
    if c.subject == c.discourse.speaker(c.turn) and 2 <= len(raw) <= 4 and is_name(raw):
        c.add("name", raw, 0.85)  # 我是李娜: the speaker's name ("I am Anna")
        return True
    student = _R_COPULA_STUDENT.match(raw)
    if student:
        c.add("studiesAt", Entity(student.group("o"), "Organization"), 0.8)
        c.add("jobTitle", "学生", 0.7)
        return True
    if raw in ("男的", "男生", "男人", "男孩", "男", "男孩子"):
        c.add("gender", MALE, 0.8)
        return True
    if raw in ("女的", "女生", "女人", "女孩", "女", "女孩子"):
        c.add("gender", FEMALE, 0.8)
        return True
    if raw in RELIGIONS:
        c.add("religion", RELIGIONS[raw], 0.85)
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
    if 1 < len(raw) <= 8 and JOB_SUFFIX.search(raw):
        head = _JOB_HEAD.search(raw)  # 出色的演员, 那里的厨师: the job, not what is said of it
        if head and _WANTED.search(raw[:head.start()]):
            return False  # 要找个正式的牧师: a need, not a job
        c.add("jobTitle", head.group(1) if head else raw, 0.85)
        return True
    return False


#: The job after the last 的 of a described job (一名出色的演员 -> 演员).
_JOB_HEAD = lazy(r"的([^的]{2,})$")
#: Words before the job that make it one wanted, not held (要找个正式的牧师).
_WANTED = lazy(r"^(?:要|想|得|需要|应该|该|会|能|可以|去|来|打算|准备)|[找请雇叫]")


def _r_like(m: re.Match[str], c: Clause) -> bool:
    objects = object_list(m.group("o"))
    if not objects:
        return False
    best = bool(m.group("best"))
    for obj in objects:
        if c.negated:
            c.add("dislikes", Entity(obj, "Thing"), 0.75)
        else:
            c.add("favorite" if best else "likes", Entity(obj, "Thing"), 0.85 if best else 0.8)
    return True


def _r_dislike(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    objects = object_list(m.group("o"))
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.8)
    return bool(objects)


def _r_hobby(m: re.Match[str], c: Clause) -> bool:
    objects = object_list(m.group("o"))
    for obj in objects:
        c.add("hobby", Entity(obj, "Thing"), 0.85)
    return bool(objects)


def _r_favorite(m: re.Match[str], c: Clause) -> bool:
    objects = object_list(m.group("o"))
    for obj in objects:
        c.add("favorite", Entity(obj, "Thing"), 0.9)
    return bool(objects)


_R_HAVE_KIN = lazy(rf"^(?P<n>{NUM})?(?:个|位|名)?(?P<k>{KIN})(?:[，,]?叫(?P<name>[{HAN}]{{2,3}}))?$")
_R_HAVE_PET = lazy(rf"^(?P<n>{NUM})?(?:只|条|匹|头|个)?(?P<p>{PET})(?:[，,]?(?:叫|名叫|名字叫)(?P<name>[{HAN}A-Za-z]{{1,4}}))?$")
_R_HAVE_THING = lazy(rf"^(?:{NUM})?(?:辆|套|台|部|栋|座|间|个|架|把|本|块)(?P<o>.+)$")


#: 有个问题, 有件事: nothing owned.
_ABSTRACT = frozenset("问题 事 事情 机会 时间 办法 想法 主意 感觉 理由 秘密 消息 话 建议 疑问 好消息 坏消息 计划 东西 地方".split())


#: 有一个儿子本, 有一个朋友他……, 有一个这么可爱的宝贝: a person, never a possession.
_PERSON_END = lazy("(?:" + "|".join(sorted(KIN_PREDICATE, key=len, reverse=True)) +
                   r"|宝贝|人|家伙|男孩|女孩|孩|小伙子|姑娘|老师|医生)[\u4e00-\u9fff]{0,2}$")


def _r_have(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = TRAILING.sub("", m.group("o"))
    kin = _R_HAVE_KIN.match(raw)
    if kin:
        noun = kin.group("k")
        n = parse_zh_number(kin.group("n")) if kin.group("n") else 1
        label = noun if (n or 1) == 1 else f"{kin.group('n')}个{noun}"
        person = _owned(c.subject, label, "Person", kin.group("name"))
        c.add(KIN_PREDICATE[noun], person, 0.85)
        c.discourse.mention(c.turn, person, gender_of_noun(noun) if (n or 1) == 1 else None)
        return True
    pet = _R_HAVE_PET.match(raw)
    if pet:
        c.add("hasPet", _owned(c.subject, pet.group("p"), "Animal", pet.group("name")), 0.85)
        return True
    thing = _R_HAVE_THING.match(raw)
    owned = (nominal_head(thing.group("o")) or clean_object(thing.group("o"), 8)) if thing else None
    if owned and owned not in _ABSTRACT and not _PERSON_END.search(owned):
        c.add("owns", Entity(owned, "Thing"), 0.75)
        return True
    return False


_LANGUAGE_END = lazy(r"(?:语|话|文)$")
#: Things said that end in 话 but are no language (讲个笑话, 说实话, 打电话).
_NOT_LANGUAGE = lazy(r"(?:笑|实|真|假|坏|好|废|谎|闲|大|情|电|傻|气|空|怪|脏|粗|心里|悄悄|俏皮|客气|风凉|漂亮|对)话$|^(?:个|句|些|几句)")


def _r_speak(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    objects = [o for o in object_list(m.group("o")) if _LANGUAGE_END.search(o) and not _NOT_LANGUAGE.search(o)]
    for obj in objects:
        c.add("speaks", Entity(obj, "Thing"), 0.85)
    return bool(objects)


#: 会 + one of these is a skill ("我会游泳"); 会 + anything else is mostly "will" ("我会帮你收拾的").
_SKILL_START = lazy(r"^(?:游泳|弹|拉(?:小提琴|大提琴|二胡|手风琴)|吹|唱|跳舞|跳水|画|做饭|做菜|烧菜|烹饪|烤|开车|骑|滑雪|滑冰|"
                    r"编程|写(?:代码|程序|诗|书法|小说)|织|下(?:棋|围棋|象棋)|打(?:篮球|网球|乒乓|羽毛球|排球|高尔夫|太极|鼓|字)|"
                    r"踢|钓鱼|摄影|书法|武术|功夫|潜水|冲浪|攀岩|魔术|修(?:车|电脑)|织毛衣|缝|剪|化妆|按摩|针灸)")


def _r_skill(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    obj = clean_object(m.group("o"), 8)
    if not obj or not _SKILL_START.match(obj) or m.group("o").rstrip("。！!.").endswith("的"):
        return False
    c.add("skill", Entity(obj, "Thing"), 0.7)
    return True


_R_VISIT_EVENT = lazy(rf"^(?P<o>.*?{EVENTS})")
_PAST = lazy(r"了|过|昨天|前天|去年|前年|上个?(?:月|周|星期|礼拜)|小时候|以前|那时|那年|曾经|[0-9]{4}年")
_TRIP_TAIL = lazy(r"(?:旅游|旅行|玩|度假|出差|看看|逛逛).*$")


def _r_visit(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    event = _R_VISIT_EVENT.match(raw)
    if event:
        c.add("attended", Entity(clean_object(event.group("o")) or event.group("o"), "Event"), 0.8, event=True)
        return True
    raw = _TRIP_TAIL.sub("", raw)
    head = nominal_head(raw)
    if m.group("v") == "去" and not (head and raw.startswith(head) and _PAST.search(c.sentence)):
        return False  # 去 + a place, in the past ("昨天去电影院看电影"); "去帮邻居搬家", "我们去公园里跑": not a visit
    return _place(raw, c, "visited", 0.8, event=True)


def _r_attend(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    obj = clean_object(m.group("o"), 12)
    if not obj:
        return False
    c.add("attended", Entity(obj, "Event"), 0.8, event=True)
    return True


def _goal(verb: str, raw: str, c: Clause) -> bool:
    """想成为医生 (a goal of becoming), 打算去日本 (a goal as said)."""
    if c.negated:
        return False
    obj = clean_object(raw, 10)
    if not obj:
        return False
    c.add("goal", Entity(f"成为{obj}" if verb in ("成为", "当", "做") else obj, "Thing"), 0.65)
    return True


def _r_habit(m: re.Match[str], c: Clause) -> bool:
    if c.negated or _CANNOT.match(m.group("o")):
        return False  # 每天就不能见到她: an inability, no habit
    obj = clean_object(re.sub(r"^(?:都|也|还|就)(?=.{2})", "", m.group("o")), 10)  # 我每天都跑步: 跑步
    if not obj:
        return False
    c.add("habit", Entity(obj, "Thing"), 0.6)
    return True


_CANNOT = lazy(r"^(?:就|也|都|还|才)?(?:不能|不会|不可以|没法|没办法|无法)")


def _r_member(m: re.Match[str], c: Clause) -> bool:
    return _place(m.group("o"), c, "memberOf", 0.75, event=True)


def _r_diet(m: re.Match[str], c: Clause) -> bool:
    if m.groupdict().get("meat") and c.negated:
        c.add("diet", "vegetarian", 0.7)
        return True
    if c.negated:
        return False
    c.add("diet", "vegetarian", 0.8)
    return True


def _r_religion(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("religion", RELIGIONS[m.group("r")], 0.85)
    return True


def _married(who: str | None, c: Clause) -> bool:
    """结婚了 (married), 嫁给了张三 (married to someone)."""
    if c.negated:
        return False
    if who:
        person = Entity(who, "Person")
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
    if c.negated or predicate not in _SYMMETRIC or not is_name(m.group("n")):
        return False
    person = Entity(m.group("n"), "Person")
    c.add(predicate, person, 0.8)
    c.discourse.mention(c.turn, person)
    return True


def _r_is_kin_of(m: re.Match[str], c: Clause) -> bool:
    """李娜是张伟的妻子: the subject is someone's relative (the fact is about that someone)."""
    owner = m.group("n")
    if c.negated or not is_name(owner):
        return False
    c.out.append((Entity(owner, "Person"), KIN_PREDICATE[m.group("kin")], c.subject, 0.8 * c.weight, None))
    return True


_AGAIN = lazy(r"^(?:再也?|也)")
_DONE = lazy(r"了$")
_O = r"(?P<o>.+)"
RULES = compile_rules(PEOPLE_RULES + [
    (rf"^的(?P<kin>{KIN})(?:是|叫|名叫)(?P<n>{NAME})$", _r_kin_is),
    (rf"^是(?P<n>{NAME})的(?P<kin>{KIN})$", _r_is_kin_of),
    (rf"^(?:和|跟|与|同)(?P<n>{NAME})(?:是|成了|成为了?)(?:很好的|最好的|好)?(?P<kin>{KIN})(?:关系)?了?$", _r_with_is),
    (rf"^(?:叫|名叫|名字叫|名字是|的名字是|的名字叫){_O}", _r_name),
    (rf"^(?:今年|已经|才|快|都|满)?(?P<n>{NUM})(?:周)?岁", _r_age),
    (r"^(?:今年|已经|都|满)?(?P<n>[1-9][0-9]|[二三四五六七八九]?十[一二三四五六七八九]?)了$", _r_age),  # 你31了
    (rf"^(?:出生于|出生在|生于|诞生于|出生自){_O}", _r_born),
    (r"^(?:是)?在(?P<o>.+?)(?:出生|生)的?$", _r_born),
    (r"^(?:出生|生)的?$", _r_born_when),
    (rf"^(?:住在|居住在|生活在|定居在|住于|家住|居住于|定居于|现居){_O}", lambda m, c: _place(m.group("o"), c, "livesIn", 0.9)),
    (rf"^(?:搬到了?|搬去了?|移居到?了?){_O}", lambda m, c: _place(m.group("o"), c, "livesIn", 0.75, event=True)),
    (r"^(?:是)?在(?P<o>.+?)长大的?", _r_from),
    (rf"^(?:来自|老家在|老家是|的老家在|的?家乡(?:在|是)|祖籍是?){_O}", _r_from),
    (r"^在(?P<o>.+?)(?:工作|上班|任职|实习|打工|做事)", _r_work),
    (r"^在(?P<o>.+?)(?:当|做|担任)(?P<j>.+)$", _r_work),
    (rf"^(?:就职于|任职于|供职于|受雇于|服务于){_O}", _r_work),
    (r"^在(?P<o>.+?)(?:上学|读书|念书|读大学|读研究生|读研|读博|读高中|读初中|学习|上大学|上高中|上课)", lambda m, c: _place(m.group("o"), c, "studiesAt", 0.85)),
    (rf"^(?:就读于|在读于){_O}", lambda m, c: _place(m.group("o"), c, "studiesAt", 0.85)),
    (rf"^(?:毕业于|从(?P<o2>.+?)毕业){_O}?", lambda m, c: bool(m.group("o2") or m.group("o")) and _place(m.group("o2") or m.group("o"), c, "educatedAt", 0.85)),
    (rf"^(?:的)?(?:职业|工作)是{_O}", _r_job),
    (r"^(?:当|做|从事)(?P<o>.+?)(?:工作)?$", lambda m, c: JOB_SUFFIX.search(TRAILING.sub("", m.group("o"))) is not None and _r_copula(m, c)),
    (r"^(?:已经)?(?:结婚了|已婚|成家了)", lambda m, c: _married(None, c)),
    (rf"^(?:已经)?(?P<s>离婚|离异|订婚|丧偶|单身|分居)(?:了|过)?(?:{NUM}次|很多年|多年|好几年)?(?:了|啦|啊|呢)*$", _r_marital_status),
    (rf"^(?:的)?(?:专业|主修)(?:是|为){_O}", _r_field),
    (rf"^(?:学|读|念|主修|学的是|读的是)(?P<o>[{HAN}]{{2,6}}?)专业", _r_field),
    (rf"^是(?P<o>[{HAN}]{{2,6}}?)专业的", _r_field),
    (rf"^(?:有|拿到了?|获得了?|取得了?|读完了?|拿了)(?P<f>[{HAN}]{{0,6}}?)(?:专业的?)?(?P<d>学士|硕士|博士|本科|副学士)学位", _r_degree),
    (rf"^(?:嫁给了?|娶了|和(?P<who2>{NAME})结婚)(?P<who>{NAME})?", lambda m, c: bool(m.group("who2") or m.group("who")) and _married(m.group("who2") or m.group("who"), c)),
    (rf"^(?:的)?最(?:喜欢|爱)的(?P<cat>[{HAN}]{{1,4}})是{_O}", _r_favorite),
    (r"^(?P<best>最)?(?:喜欢|爱|热爱|喜爱|钟爱|迷上了|迷恋|爱上了|偏爱|享受)(?P<o>(?![的得]).+)", _r_like),  # 爱得无法自拔: how, not what
    (rf"^(?:讨厌|厌恶|受不了|恨|反感|害怕|怕){_O}", _r_dislike),
    (rf"^(?:的)?(?:爱好|兴趣|业余爱好|兴趣爱好)(?:是|有|包括){_O}", _r_hobby),
    (rf"^(?:有|养了?|养着|拥有|买了){_O}", _r_have),
    (rf"^(?:会说|会讲|说|讲|懂){_O}", _r_speak),
    (rf"^(?P<v>去过|去了|到过|游览了?|参观了?|访问了?|去){_O}", _r_visit),
    (rf"^(?:参加了?|出席了?){_O}", _r_attend),
    (r"^(?:加入了?|参加了?)(?P<o>.+?(?:俱乐部|协会|乐队|球队|社团|组织|党|团队|合唱团))", _r_member),
    (r"^(?:吃素|是素食者|是素食主义者)", _r_diet),
    (r"^吃(?P<meat>肉)", _r_diet),
    (r"^(?:信仰?|信奉)(?P<r>佛教|基督教|天主教|伊斯兰教|道教)", _r_religion),
    (r"^(?:想|打算|计划|准备|决定|梦想|立志|想要)(?:以后|将来|长大后?)?(?P<v>成为|当|做)(?P<o>.+)", lambda m, c: _goal(m.group("v"), m.group("o"), c)),
    (r"^(?:想|打算|计划|准备|决定)(?P<v>去|学|买|开)(?P<o>.+)", lambda m, c: _goal("", m.group("v") + m.group("o"), c)),
    (r"^会(?P<o>.+)", _r_skill),
    (rf"^认识(?P<o>{NAME})$", _r_know),
    (r"^(?:每天|经常|常常|总是|每周|每个周末|天天)(?P<o>.+)", _r_habit),
    (rf"^是{_O}", _r_copula),
])


class ChineseRules:
    """Rule-based extraction of facts from Chinese turns.

    >>> from kg_memory.types import Turn
    >>> t = Turn("c", "1", "Ann", "我不喜欢猫。你喜欢狗吗？")
    >>> [(f.predicate, f.object.label) for f in ChineseRules().extract_turn(t, Discourse([t]))]
    [('dislikes', '猫')]
    """

    lang = "zh"

    def extract_turn(self, turn: Turn, discourse: Discourse, previous_text: str = "") -> list[Fact]:
        """Return the facts stated in ``turn``."""
        found: list[Found] = []
        endings: list[Found] = []
        for piece in SENTENCE_WITH_END.findall(turn.text):
            sentence = SENTENCE.sub("", piece).strip()
            if piece.rstrip().endswith(("？", "?")) and not QUESTION.search(sentence):  # 我们有孩子？
                sentence = sentence[:max(sentence.rfind("，"), sentence.rfind(","), 0)]  # 我在X工作，干嘛问？
            if not sentence or QUESTION.search(sentence) or CONDITIONAL.search(sentence):
                continue
            found.extend(self._sentence(sentence, turn, discourse, endings))
        return merge_found(found, turn) + end_facts(endings, turn)

    def _sentence(self, sentence: str, turn: Turn, discourse: Discourse, endings: list[Found]) -> list[Found]:
        """The facts of ``sentence``; what it says has stopped goes to ``endings``."""
        out: list[Found] = []
        speaker = discourse.speaker(turn)
        handled: set[str] = set()
        for pattern in (KIN_NAMED, NAMED_KIN, KIN_APPOSED):
            for m in pattern.finditer(sentence):
                owner = speaker if m.group("kp") == "我" else addressee(turn, discourse)
                name = trimmed_name(m.group("n"), not sentence[:m.start()].strip("，, ")) if pattern is NAMED_KIN else m.group("n")
                if owner is None or not name:
                    continue
                if pattern is KIN_NAMED and sentence[m.end("kin"):m.start("n")] == "是" and not is_name(name):
                    continue  # 我哥哥是医生: what the brother is, not his name (read as a clause below)
                noun = m.group("kin")
                person = Entity(name, "Person")
                out.append((owner, KIN_PREDICATE[noun], person, 0.85, None))
                discourse.mention(turn, person, gender_of_noun(noun))
                handled.add(m.group(0))
        for m in PET_NAMED.finditer(sentence):
            owner = speaker if m.group("kp") == "我" else discourse.addressee(turn)
            if owner is not None:
                out.append((owner, "hasPet", Entity(TRAILING.sub("", m.group("n")), "Animal"), 0.85, None))
                handled.add(m.group(0))
        subject: tuple[Entity, float] | None = None
        mentions(sentence, turn, discourse)
        for clause in CLAUSE.split(sentence):
            clause = FILLER.sub("", clause.strip())
            if not clause or IRREALIS.search(clause) or any(h in clause or clause in h for h in handled):
                continue
            if 2 <= len(clause) <= 4 and clause[-1] != "人" and is_name(clause):
                person = Entity(clause, "Person")  # 王小明，男，1970年出生于北京: the name heads the sentence
                discourse.mention(turn, person)
                subject = person, 0.9
                continue
            head = SUBJECT_CLAUSE.match(clause)
            if head and (head.group("name") or head.group("kname")):
                head = named_subject(clause, head, lambda rest: RULES.first.match(rest) or ending_pattern(rest))
            parsed = self._subject(head, turn, discourse, out) if head else None
            if parsed is not None:
                subject, rest_m = parsed, head
            elif subject is not None:
                rest_m = BARE_CLAUSE.match(clause)  # no subject: the one of the clause before
            else:
                continue
            if rest_m is None:
                continue
            rest, neg = rest_m.group("rest"), bool(rest_m.group("neg"))
            if not neg:
                ended, stated = ending(rest, subject[0], subject[1], turn, discourse)
                if ended:
                    endings.extend(ended)
                    out.extend(stated)
                    continue
            no_longer = neg and NO_LONGER.search(clause) is not None  # 不再在阿里巴巴工作了
            if no_longer:
                rest = _AGAIN.sub("", _DONE.sub("", rest)) or rest
            c = Clause(turn=turn, subject=subject[0], weight=subject[1], negated=neg and not no_longer,
                       sentence=sentence, discourse=discourse, lang="zh")
            RULES.apply(rest, c)
            (endings if no_longer else out).extend(c.out)
        return out + said_of_people(sentence, turn, discourse)

    @staticmethod
    def _subject(m: re.Match[str], turn: Turn, discourse: Discourse, out: list[Found]) -> tuple[Entity, float] | None:
        s = m.group("s")
        speaker = discourse.speaker(turn)
        if s in ("我", "我们", "咱们"):
            return speaker, 1.0 if s == "我" else 0.85
        if s == "你":
            who = addressee(turn, discourse)
            return (who, 0.8) if who else None
        if s in ("他", "她"):
            resolved = discourse.third_person(turn, MALE if s == "他" else FEMALE)
            return resolved
        owner_word = m.group("kp") or m.group("pp")
        if owner_word:
            owner, weight = owner_kin(owner_word, turn, discourse)
            if owner is None:
                return None
            if m.group("kin"):
                noun = m.group("kin")
                person = _owned(owner, noun, "Person", m.group("kname"))
                out.append((owner, KIN_PREDICATE[noun], person, 0.8 * weight, None))
                discourse.mention(turn, person, gender_of_noun(noun))
                return person, weight
            pet = _owned(owner, m.group("pet"), "Animal", None)
            out.append((owner, "hasPet", pet, 0.75 * weight, None))
            return pet, weight
        name = m.group("name")
        person = Entity(name, "Person")
        discourse.mention(turn, person)
        return person, 0.9
