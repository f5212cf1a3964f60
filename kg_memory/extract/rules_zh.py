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

import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..types import Entity, Fact, Turn, Value
from .base import make_fact
from .pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .timeexpr import find_time, parse_zh_number

__all__ = ["ChineseRules"]

logger = logging.getLogger(__name__)

_KIN_PREDICATE = {
    **dict.fromkeys("妻子 老婆 太太 丈夫 老公 先生 爱人".split(), "spouse"),
    **dict.fromkeys("男朋友 女朋友 男友 女友 未婚夫 未婚妻 对象".split(), "partner"),
    **dict.fromkeys("儿子 女儿 孩子 孩子们 小孩 宝宝".split(), "child"),
    **dict.fromkeys("爸爸 妈妈 父亲 母亲 爸 妈 老爸 老妈 父母 爸妈".split(), "parent"),
    **dict.fromkeys("哥哥 姐姐 弟弟 妹妹 兄弟 姐妹 兄弟姐妹 哥 姐".split(), "sibling"),
    **dict.fromkeys("爷爷 奶奶 外公 外婆 姥姥 姥爷 叔叔 阿姨 舅舅 姑姑 伯伯 表哥 表姐 表弟 表妹 堂哥 堂姐 "
                    "堂弟 堂妹 孙子 孙女 侄子 侄女 外甥 家人 亲戚".split(), "relative"),
    **dict.fromkeys("朋友 好朋友 好友 闺蜜 哥们 发小".split(), "friend"),
    **dict.fromkeys("同事 老板 领导 上司".split(), "colleague"),
    **dict.fromkeys("同学 室友 邻居 舍友".split(), "knows"),
}
_PETS = "小狗 狗狗 狗 小猫 猫咪 猫 金鱼 鱼 兔子 小兔子 仓鼠 鹦鹉 乌龟 马 小鸟 鸟 蛇 宠物"
_JOB_SUFFIX = re.compile(
    r"(?:师|员|家|工|长|手|官|医生|护士|警察|律师|司机|厨师|老板|经理|作家|演员|歌手|记者|农民|学生|教授|"
    r"工程师|程序员|设计师|会计|秘书|主播|博主|模特|画家|保安|店主|研究生|大学生|中学生|小学生|博士生|公务员|"
    r"军人|士兵|科学家|医师|老师|教师|导游|快递员|外卖员|销售|翻译|编辑|主持人|运动员|教练|服务员|收银员)$"
)
_SCHOOL = re.compile(r"(?:大学|学院|中学|小学|高中|初中|学校|研究生院|幼儿园|附中|一中|二中|大专|技校)$")
_EVENTS = r"(?:婚礼|会议|比赛|音乐会|演唱会|聚会|派对|展览|马拉松|典礼|毕业典礼|葬礼|讲座|活动|运动会|晚会|party)"
_DIETS = {"素": "vegetarian", "素食": "vegetarian", "纯素": "vegan", "清真": "halal"}
_RELIGIONS = {"佛教": "Buddhist", "基督教": "Christian", "天主教": "Catholic", "伊斯兰教": "Muslim",
              "道教": "Taoist", "佛教徒": "Buddhist", "基督徒": "Christian", "穆斯林": "Muslim"}
_MARITAL_STATUS = {"离婚": "divorced", "离异": "divorced", "订婚": "engaged", "丧偶": "widowed",
                   "单身": "single", "分居": "separated"}
_COUNTRIES = ("中国 美国 英国 法国 德国 日本 韩国 俄罗斯 加拿大 澳大利亚 意大利 西班牙 印度 巴西 新加坡 "
              "马来西亚 泰国 越南 墨西哥 荷兰 瑞士 瑞典 新西兰 爱尔兰 葡萄牙 希腊 埃及 南非").split()

_HAN = r"\u4e00-\u9fff"
_KIN = "(?:" + "|".join(sorted(_KIN_PREDICATE, key=len, reverse=True)) + ")"
_PET = "(?:" + "|".join(sorted(_PETS.split(), key=len, reverse=True)) + ")"
_NUM = r"[0-9零一二两三四五六七八九十]+"
_TIME = (r"(?:(?:去年|前年|今年|明年|昨天|前天|今天|今早|昨晚|上个?月|上周|上星期|小时候|以前|最近|现在|目前|"
         r"[0-9零一二两三四五六七八九十]+(?:年|个月|月|天|周|个星期)前|[0-9]{4}年(?:[0-9一二三四五六七八九十]+月)?"
         r"(?:[0-9一二三四五六七八九十]+[日号])?|[0-9一二三四五六七八九十]+月(?:[0-9一二三四五六七八九十]+[日号])?)的?)")
_ADV = (r"(?:也|还|都|就|很|非常|特别|真的|一直|已经|从小|平时|才|又|正|曾经|以前|"
        r"现在|目前|最近|本来|其实|确实|真|挺|蛮|超|超级|好|更|比较|主要|一般|通常|有时|偶尔|" + _TIME + r")*")
_NEG = r"(?P<neg>不太|不是很|不怎么|不|没有|没|从来不|从不|从没|并不|一点也不|一点都不)?"
_NAME = rf"[{_HAN}·]{{2,4}}?"
_SUBJ = (rf"(?P<s>我们|咱们|(?P<kp>我|你|他|她)的?(?P<kin>{_KIN})(?P<kname>(?![在住是叫喜有去也很都就还不没出今爱会想养最每经常])[{_HAN}]{{2,3}})?"
         rf"|(?P<pp>我|你|他|她)的?(?P<pet>{_PET})|我|你|他|她|(?P<name>{_NAME}))")
_STRIP = re.compile(r"(?:了|的|啊|呀|呢|吧|哦|嘛|喔|哈|啦|哟|噢|咯|哈哈+|了的|的了|～|~)+$")
_LIST = re.compile(r"和|、|与|跟|还有|以及|及|或者|或|,|，")
_QUESTION = re.compile(r"[？?]\s*$|吗\s*[。！!]?\s*$|么\s*$|什么|哪里|哪儿|哪个|哪些|谁|几个|几岁|多少|怎么|怎样|是否|有没有|是不是|会不会|能不能|要不要|好不好|对不对")
_CONDITIONAL = re.compile(r"如果|假如|要是|假设|倘若|万一|即使|哪怕|若是|要不是")
_IRREALIS = re.compile(r"希望|但愿|真想|多想|好想|可能|也许|大概|或许|应该|本想|差点")
_SENTENCE = re.compile(r"[。！!？?；;\n]+")
_CLAUSE = re.compile(r"[，,：:]|(?:但是|不过|而且|因为|所以|然后|可是)")
_FILLER = re.compile(r"^(?:嗯|哦|噢|啊|哈哈+|呵呵|对|是的|好的|其实|说实话|另外|还有|然后|而且|不过|但是|所以|因为|对了|唉|哎|嘿|你好|大家好)+")


@functools.lru_cache(maxsize=1)
def _tagger():
    """jieba's part-of-speech tagger, loaded once, without its console log."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


_NOMINAL = {"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng", "s", "ng", "an", "l", "i", "x"}


def _nominal_head(text: str) -> str:
    """The leading nominal words of ``text`` (``上海很多年了`` -> ``上海``)."""
    out = []
    for word, flag in _tagger().cut(text):
        if flag == "x" and not word.strip(" ·"):
            break
        if flag in _NOMINAL and word not in "，,。！？":
            out.append(word)
        elif out:
            break
        elif flag in ("m", "q") or word in ("一家", "一个", "一所"):
            continue
        else:
            break
    return "".join(out)


_LEADING_MEASURE = re.compile(r"^(?:一个|一只|一条|一家|一所|一位|一名|一辆|一本|一部|个|名|位|些|很多|许多|各种)")


def _clean(text: str, limit: int = 10) -> str | None:
    text = _STRIP.sub("", text.strip(" 　\"“”'‘’"))
    text = _LEADING_MEASURE.sub("", text)
    if not text or len(text) > limit or text in ("它", "他", "她", "这个", "那个", "这", "那", "你", "我"):
        return None
    return text


def _items(text: str, limit: int = 10) -> list[str]:
    return [o for o in (_clean(p, limit) for p in _LIST.split(text)) if o]


def _is_name(text: str) -> bool:
    """A subject word that reads as a person's name: a known surname first, or jieba says so."""
    if _NOT_NAME.match(text):
        return False
    if text[0] in _SURNAMES and len(text) <= 3:
        return True
    words = list(_tagger().cut(text))
    return bool(words) and words[0].flag.startswith("nr") and words[0].word == text


@dataclass
class _Clause:
    turn: Turn
    subject: Entity
    weight: float
    negated: bool
    sentence: str
    discourse: Discourse
    out: list[tuple] = field(default_factory=list)

    def add(self, predicate: str, obj: Entity | Value, confidence: float, event: bool = False) -> None:
        when = None
        if event:
            mention = find_time(self.sentence, self.turn.time, "zh")
            when = mention.value if mention else None
        self.out.append((self.subject, predicate, obj, confidence * self.weight, when))


_Rule = Callable[[re.Match, _Clause], bool]


def _owned(owner: Entity, noun: str, type_: str, name: str | None) -> Entity:
    return Entity(name, type_) if name else Entity(f"{owner.label}的{noun}", type_)


def _place(m: re.Match, c: _Clause, predicate: str, confidence: float, event: bool = False) -> bool:
    if c.negated:
        return False
    obj = _nominal_head(m.group("o")) or _clean(m.group("o"), 8)
    if not obj:
        return False
    c.add(predicate, Entity(obj, "Organization" if predicate in ("worksFor", "studiesAt", "educatedAt", "memberOf") else "Place"), confidence, event)
    return True


def _r_name(m: re.Match, c: _Clause) -> bool:
    name = _clean(m.group("o"), 6)
    if c.negated or not name:
        return False
    c.add("name", name, 0.9)
    return True


def _r_age(m: re.Match, c: _Clause) -> bool:
    n = parse_zh_number(m.group("n"))
    if c.negated or n is None or not 0 < n < 120:
        return False
    c.add("age", n, 0.9)
    return True


def _r_born(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    when = find_time(raw, None, "zh")
    if when is not None and when.start == 0:
        if when.granularity == "day":
            c.add("birthDate", when.value, 0.9)
            return True
        return False
    return _place(m, c, "birthPlace", 0.9)


def _r_born_when(m: re.Match, c: _Clause) -> bool:
    """……年……月……日出生: the date came before the verb."""
    when = find_time(c.sentence, None, "zh")
    if c.negated or when is None or when.granularity != "day":
        return False
    c.add("birthDate", when.value, 0.9)
    return True


def _r_from(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    place = _clean(m.group("o"), 8)
    if not place:
        return False
    if place in _COUNTRIES or place.endswith("国"):
        c.add("nationality", Entity(place, "Place"), 0.8)
    else:
        c.add("hometown", Entity(place, "Place"), 0.7)  # 来自/老家: where one comes from, not where one lives
    return True


def _r_marital_status(m: re.Match, c: _Clause) -> bool:
    """单身, 离婚了, 订婚了: the marital status, stored with the English value (``"divorced"``)."""
    if c.negated:
        return False
    c.add("maritalStatus", _MARITAL_STATUS[m.group("s")], 0.8)
    return True


def _r_field(m: re.Match, c: _Clause) -> bool:
    """专业是计算机, 学法律专业, 是历史专业的: a field of study."""
    field_ = _clean(m.group("o"), 8)
    if c.negated or not field_:
        return False
    c.add("fieldOfStudy", Entity(field_, "Thing"), 0.8)
    return True


def _r_degree(m: re.Match, c: _Clause) -> bool:
    """有硕士学位, 拿到了计算机博士学位: the degree, and the field when one is named."""
    if c.negated:
        return False
    field_ = _clean(m.group("f") or "", 8)
    c.add("degree", f"{field_}{m.group('d')}学位" if field_ else f"{m.group('d')}学位", 0.85)
    if field_:
        c.add("fieldOfStudy", Entity(field_, "Thing"), 0.8)
    return True


def _r_work(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    found = _place(m, c, "worksFor", 0.85)
    job = m.groupdict().get("j")
    if job and _clean(job, 8):
        c.add("jobTitle", _clean(job, 8), 0.8)
    return found


_LEADING_CLASSIFIER = re.compile(r"^(?:一名|一个|一位|一只|个|名|位)")
_R_COPULA_STUDENT = re.compile(r"^(?P<o>.+?)的(?:学生|研究生|本科生|博士生)$")
_R_COPULA_NATIVE = re.compile(rf"^(?P<o>[{_HAN}]{{2,6}})人$")
_R_COPULA_MEMBER = re.compile(r"^(?P<o>.+?)的(?:成员|会员|队员|一员)$")


def _r_copula(m: re.Match, c: _Clause) -> bool:
    """是……: a job, a student of a school, a man or woman, a believer, a vegetarian, a native."""
    if c.negated:
        return False
    raw = _STRIP.sub("", m.group("o"))
    raw = _LEADING_CLASSIFIER.sub("", raw)
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
    if raw in _RELIGIONS:
        c.add("religion", _RELIGIONS[raw], 0.85)
        return True
    if raw in ("素食者", "素食主义者", "吃素的"):
        c.add("diet", "vegetarian", 0.85)
        return True
    native = _R_COPULA_NATIVE.match(raw)
    if native and raw not in ("好人", "坏人", "男人", "女人", "大人", "老人", "年轻人", "普通人", "成年人", "单身人"):
        return _r_from(native, c)
    if raw in ("单身", "单身狗"):
        c.add("maritalStatus", "single", 0.8)
        return True
    member = _R_COPULA_MEMBER.match(raw)
    if member:
        c.add("memberOf", Entity(member.group("o"), "Organization"), 0.8)
        return True
    if 1 < len(raw) <= 8 and _JOB_SUFFIX.search(raw):
        c.add("jobTitle", raw, 0.85)
        return True
    return False


def _r_like(m: re.Match, c: _Clause) -> bool:
    objects = _items(m.group("o"))
    if not objects:
        return False
    best = bool(m.group("best"))
    for obj in objects:
        if c.negated:
            c.add("dislikes", Entity(obj, "Thing"), 0.75)
        else:
            c.add("favorite" if best else "likes", Entity(obj, "Thing"), 0.85 if best else 0.8)
    return True


def _r_dislike(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    objects = _items(m.group("o"))
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.8)
    return bool(objects)


def _r_hobby(m: re.Match, c: _Clause) -> bool:
    objects = _items(m.group("o"))
    for obj in objects:
        c.add("hobby", Entity(obj, "Thing"), 0.85)
    return bool(objects)


def _r_favorite(m: re.Match, c: _Clause) -> bool:
    objects = _items(m.group("o"))
    for obj in objects:
        c.add("favorite", Entity(obj, "Thing"), 0.9)
    return bool(objects)


_R_HAVE_KIN = re.compile(rf"^(?P<n>{_NUM})?(?:个|位|名)?(?P<k>{_KIN})(?:[，,]?叫(?P<name>[{_HAN}]{{2,3}}))?$")
_R_HAVE_PET = re.compile(rf"^(?P<n>{_NUM})?(?:只|条|匹|头|个)?(?P<p>{_PET})(?:[，,]?(?:叫|名叫|名字叫)(?P<name>[{_HAN}A-Za-z]{{1,4}}))?$")
_R_HAVE_THING = re.compile(rf"^(?:{_NUM})?(?:辆|套|台|部|栋|座|间|个|架|把|本|块)(?P<o>.+)$")


def _r_have(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = _STRIP.sub("", m.group("o"))
    kin = _R_HAVE_KIN.match(raw)
    if kin:
        noun = kin.group("k")
        n = parse_zh_number(kin.group("n")) if kin.group("n") else 1
        label = noun if (n or 1) == 1 else f"{kin.group('n')}个{noun}"
        person = _owned(c.subject, label, "Person", kin.group("name"))
        c.add(_KIN_PREDICATE[noun], person, 0.85)
        c.discourse.mention(c.turn, person, gender_of_noun(noun) if (n or 1) == 1 else None)
        return True
    pet = _R_HAVE_PET.match(raw)
    if pet:
        c.add("hasPet", _owned(c.subject, pet.group("p"), "Animal", pet.group("name")), 0.85)
        return True
    thing = _R_HAVE_THING.match(raw)
    if thing and _clean(thing.group("o"), 8):
        c.add("owns", Entity(_clean(thing.group("o"), 8), "Thing"), 0.75)
        return True
    return False


_LANGUAGE_END = re.compile(r"(?:语|话|文)$")


def _r_speak(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    objects = [o for o in _items(m.group("o")) if _LANGUAGE_END.search(o)]
    for obj in objects:
        c.add("speaks", Entity(obj, "Thing"), 0.85)
    return bool(objects)


_NOT_A_SKILL = re.compile(r"^(?:去|来|在|是|有|想|给|让|被|把|觉得)")


def _r_skill(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    obj = _clean(m.group("o"), 8)
    if not obj or _NOT_A_SKILL.match(obj):
        return False
    c.add("skill", Entity(obj, "Thing"), 0.7)
    return True


_R_VISIT_EVENT = re.compile(rf"^(?P<o>.*?{_EVENTS})")
_TRIP_TAIL = re.compile(r"(?:旅游|旅行|玩|度假|出差|看看|逛逛).*$")
_ANY_DOTALL = re.compile(r"(?P<o>.*)", re.S)


def _r_visit(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    event = _R_VISIT_EVENT.match(raw)
    if event:
        c.add("attended", Entity(_clean(event.group("o")) or event.group("o"), "Event"), 0.8, event=True)
        return True
    raw = _TRIP_TAIL.sub("", raw)
    return _place(_ANY_DOTALL.match(raw), c, "visited", 0.8, event=True)


def _r_attend(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    obj = _clean(m.group("o"), 12)
    if not obj:
        return False
    c.add("attended", Entity(obj, "Event"), 0.8, event=True)
    return True


def _r_goal(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    obj = _clean(m.group("o"), 10)
    if not obj:
        return False
    c.add("goal", Entity(f"成为{obj}" if m.group("v") in ("成为", "当", "做") else obj, "Thing"), 0.65)
    return True


def _r_habit(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    obj = _clean(m.group("o"), 10)
    if not obj:
        return False
    c.add("habit", Entity(obj, "Thing"), 0.6)
    return True


def _r_member(m: re.Match, c: _Clause) -> bool:
    return _place(m, c, "memberOf", 0.75, event=True)


def _r_diet(m: re.Match, c: _Clause) -> bool:
    if m.groupdict().get("meat") and c.negated:
        c.add("diet", "vegetarian", 0.7)
        return True
    if c.negated:
        return False
    c.add("diet", "vegetarian", 0.8)
    return True


def _r_religion(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    c.add("religion", _RELIGIONS[m.group("r")], 0.85)
    return True


def _r_marital(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    who = m.groupdict().get("who")
    if who:
        person = Entity(who, "Person")
        c.add("spouse", person, 0.85)
        c.discourse.mention(c.turn, person)
    else:
        c.add("maritalStatus", "married", 0.8)
    return True


def _r_know(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    person = Entity(m.group("o"), "Person")
    c.add("knows", person, 0.7)
    c.discourse.mention(c.turn, person)
    return True


_O = r"(?P<o>.+)"
_ANY = re.compile(r"(?P<o>.+)")
_ANY_WHO = re.compile(r"(?P<who>.*)")
_ANY_VERB_OBJECT = re.compile(r"(?P<v>x)(?P<o>.+)")
_RULES: tuple[tuple[re.Pattern, _Rule], ...] = tuple((re.compile(p), f) for p, f in [
    (rf"^(?:叫|名叫|名字叫|名字是|的名字是|的名字叫){_O}", _r_name),
    (rf"^(?:今年|已经|才|快|都)?(?P<n>{_NUM})(?:周)?岁", _r_age),
    (rf"^(?:出生于|出生在|生于|诞生于|出生自){_O}", _r_born),
    (rf"^(?:是)?在(?P<o>.+?)(?:出生|生)的?$", _r_born),
    (r"^(?:出生|生)的?$", _r_born_when),
    (rf"^(?:住在|居住在|生活在|定居在|住于|家住|居住于|定居于|现居){_O}", lambda m, c: _place(m, c, "livesIn", 0.9)),
    (rf"^(?:搬到了?|搬去了?|移居到?了?){_O}", lambda m, c: _place(m, c, "livesIn", 0.75, event=True)),
    (r"^(?:是)?在(?P<o>.+?)长大的?", _r_from),
    (rf"^(?:来自|老家在|老家是|的老家在|的?家乡(?:在|是)|祖籍是?){_O}", _r_from),
    (rf"^在(?P<o>.+?)(?:工作|上班|任职|实习|打工|做事)", _r_work),
    (rf"^在(?P<o>.+?)(?:当|做|担任)(?P<j>.+)$", _r_work),
    (rf"^(?:就职于|任职于|供职于|受雇于|服务于){_O}", _r_work),
    (rf"^在(?P<o>.+?)(?:上学|读书|念书|读大学|读研究生|读研|读博|读高中|读初中|学习|上大学|上高中|上课)", lambda m, c: _place(m, c, "studiesAt", 0.85)),
    (rf"^(?:就读于|在读于){_O}", lambda m, c: _place(m, c, "studiesAt", 0.85)),
    (rf"^(?:毕业于|从(?P<o2>.+?)毕业){_O}?", lambda m, c: _place(_ANY.match(m.group("o2") or m.group("o") or ""), c, "educatedAt", 0.85) if (m.group("o2") or m.group("o")) else False),
    (rf"^(?:的)?(?:职业|工作)是{_O}", lambda m, c: bool(_clean(m.group("o"), 8)) and not c.negated and (c.add("jobTitle", _clean(m.group("o"), 8), 0.85) or True)),
    (rf"^(?:当|做|从事)(?P<o>.+?)(?:工作)?$", lambda m, c: _JOB_SUFFIX.search(_STRIP.sub("", m.group("o"))) is not None and _r_copula(m, c)),
    (rf"^(?:已经)?(?:结婚了|已婚|成家了)", _r_marital),
    (r"^(?:已经)?(?P<s>离婚|离异|订婚|丧偶|单身|分居)", _r_marital_status),
    (rf"^(?:的)?(?:专业|主修)(?:是|为){_O}", _r_field),
    (rf"^(?:学|读|念|主修|学的是|读的是)(?P<o>[{_HAN}]{{2,6}}?)专业", _r_field),
    (rf"^是(?P<o>[{_HAN}]{{2,6}}?)专业的", _r_field),
    (rf"^(?:有|拿到了?|获得了?|取得了?|读完了?|拿了)(?P<f>[{_HAN}]{{0,6}}?)(?:专业的?)?(?P<d>学士|硕士|博士|本科|副学士)学位", _r_degree),
    (rf"^(?:嫁给了?|娶了|和(?P<who2>{_NAME})结婚)(?P<who>{_NAME})?", lambda m, c: _r_marital(_ANY_WHO.match(m.group("who2") or m.group("who") or ""), c) if (m.group("who2") or m.group("who")) else False),
    (rf"^(?:的)?最(?:喜欢|爱)的(?P<cat>[{_HAN}]{{1,4}})是{_O}", _r_favorite),
    (rf"^(?P<best>最)?(?:喜欢|爱|热爱|喜爱|钟爱|迷上了|迷恋|爱上了|偏爱|享受)(?P<o>(?!的).+)", _r_like),
    (rf"^(?:讨厌|厌恶|受不了|恨|反感|害怕|怕){_O}", _r_dislike),
    (rf"^(?:的)?(?:爱好|兴趣|业余爱好|兴趣爱好)(?:是|有|包括){_O}", _r_hobby),
    (rf"^(?:有|养了?|养着|拥有|买了){_O}", _r_have),
    (rf"^(?:会说|会讲|说|讲|懂){_O}", _r_speak),
    (rf"^(?:去过|去了|到过|游览了?|参观了?|访问了?|去){_O}", _r_visit),
    (rf"^(?:参加了?|出席了?){_O}", _r_attend),
    (rf"^(?:加入了?|参加了?)(?P<o>.+?(?:俱乐部|协会|乐队|球队|社团|组织|党|团队|合唱团))", _r_member),
    (r"^(?:吃素|是素食者|是素食主义者)", _r_diet),
    (r"^吃(?P<meat>肉)", _r_diet),
    (r"^(?:信仰?|信奉)(?P<r>佛教|基督教|天主教|伊斯兰教|道教)", _r_religion),
    (rf"^(?:想|打算|计划|准备|决定|梦想|立志|想要)(?:以后|将来|长大后?)?(?P<v>成为|当|做)(?P<o>.+)", _r_goal),
    (rf"^(?:想|打算|计划|准备|决定)(?P<v>去|学|买|开)(?P<o>.+)", lambda m, c: _r_goal(_ANY_VERB_OBJECT.match("x" + m.group("v") + m.group("o")), c)),
    (rf"^会(?P<o>.+)", _r_skill),
    (rf"^认识(?P<o>{_NAME})$", _r_know),
    (rf"^(?:每天|经常|常常|总是|每周|每个周末|天天)(?P<o>.+)", _r_habit),
    (rf"^是{_O}", _r_copula),
])

_CLAUSE_RE = re.compile(rf"^{_SUBJ}{_ADV}{_NEG}{_ADV}(?P<rest>.+)$")
_NOSUBJ_RE = re.compile(rf"^{_ADV}{_NEG}{_ADV}(?P<rest>.+)$")
_KIN_NAMED = re.compile(rf"(?P<kp>我|你)的?(?P<kin>{_KIN})(?:叫|名叫|的名字是|是)(?P<n>[{_HAN}]{{2,3}})")
_NAMED_KIN = re.compile(rf"(?P<n>[{_HAN}]{{2,3}})是(?P<kp>我|你)的(?P<kin>{_KIN})")
_PET_NAMED = re.compile(
    rf"(?P<kp>我|你)(?:的|家)?(?:(?:有|养了?|养着)(?:{_NUM})?(?:只|条|匹|头|个)?)?(?P<pet>{_PET})[，,]?(?:它|他|她)?"
    rf"(?:叫|名叫|的名字是|名字叫)(?P<n>[{_HAN}A-Za-z]{{1,4}})")
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马上官诸葛"
)
_NOT_NAME = re.compile(rf"^(?:{_TIME}|{_ADV[3:-2]}|这|那|每|有|没|不|是|在|就|都|也|还|很|大家|别人|人家|有人|今天|明天|现在)")


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
        found: list[tuple] = []
        for sentence in _SENTENCE.split(turn.text):
            sentence = sentence.strip()
            if not sentence or _QUESTION.search(sentence) or _CONDITIONAL.search(sentence):
                continue
            found.extend(self._sentence(sentence, turn, discourse))
        facts: dict[tuple, Fact] = {}
        for subject, predicate, obj, confidence, when in found:
            key = (subject, predicate, obj)
            if key not in facts or facts[key].confidence < confidence:
                facts[key] = make_fact(subject, predicate, obj, confidence, turn, when)
        return list(facts.values())

    def _sentence(self, sentence: str, turn: Turn, discourse: Discourse) -> list[tuple]:
        out: list[tuple] = []
        speaker = discourse.speaker(turn)
        handled: set[str] = set()
        for pattern in (_KIN_NAMED, _NAMED_KIN):
            for m in pattern.finditer(sentence):
                owner = speaker if m.group("kp") == "我" else discourse.addressee(turn)
                if owner is None:
                    continue
                noun = m.group("kin")
                person = Entity(m.group("n"), "Person")
                out.append((owner, _KIN_PREDICATE[noun], person, 0.85, None))
                discourse.mention(turn, person, gender_of_noun(noun))
                handled.add(m.group(0))
        for m in _PET_NAMED.finditer(sentence):
            owner = speaker if m.group("kp") == "我" else discourse.addressee(turn)
            if owner is not None:
                out.append((owner, "hasPet", Entity(_STRIP.sub("", m.group("n")), "Animal"), 0.85, None))
                handled.add(m.group(0))
        subject: tuple[Entity, float] | None = None
        for clause in _CLAUSE.split(sentence):
            clause = _FILLER.sub("", clause.strip())
            if not clause or _IRREALIS.search(clause) or any(h in clause or clause in h for h in handled):
                continue
            m = _CLAUSE_RE.match(clause)
            if m and m.group("name") and not _is_name(m.group("name")):
                m = None
            parsed = self._subject(m, turn, discourse, out) if m else None
            rest_m = m
            if parsed is None:
                if subject is None:
                    continue
                rest_m = _NOSUBJ_RE.match(clause)
                if rest_m is None:
                    continue
            else:
                subject = parsed
            c = _Clause(turn, subject[0], subject[1], bool(rest_m.group("neg")), sentence, discourse)
            self._dispatch(rest_m.group("rest"), c)
            out.extend(c.out)
        return out

    @staticmethod
    def _dispatch(rest: str, c: _Clause) -> bool:
        for pattern, rule in _RULES:
            m = pattern.match(rest)
            if m and rule(m, c):
                return True
        return False

    @staticmethod
    def _subject(m: re.Match, turn: Turn, discourse: Discourse, out: list[tuple]) -> tuple[Entity, float] | None:
        s = m.group("s")
        speaker = discourse.speaker(turn)
        if s in ("我", "我们", "咱们"):
            return speaker, 1.0 if s == "我" else 0.85
        if s == "你":
            who = discourse.addressee(turn)
            return (who, 0.8) if who else None
        if s in ("他", "她"):
            resolved = discourse.third_person(turn, MALE if s == "他" else FEMALE)
            return resolved
        owner_word = m.group("kp") or m.group("pp")
        if owner_word:
            if owner_word == "我":
                owner, weight = speaker, 0.9
            elif owner_word == "你":
                owner, weight = discourse.addressee(turn), 0.8
            else:
                resolved = discourse.third_person(turn, MALE if owner_word == "他" else FEMALE)
                owner, weight = resolved if resolved else (None, 0.0)
            if owner is None:
                return None
            if m.group("kin"):
                noun = m.group("kin")
                person = _owned(owner, noun, "Person", m.group("kname"))
                out.append((owner, _KIN_PREDICATE[noun], person, 0.8 * weight, None))
                discourse.mention(turn, person, gender_of_noun(noun))
                return person, weight
            pet = _owned(owner, m.group("pet"), "Animal", None)
            out.append((owner, "hasPet", pet, 0.75 * weight, None))
            return pet, weight
        name = m.group("name")
        person = Entity(name, "Person")
        discourse.mention(turn, person)
        return person, 0.9
