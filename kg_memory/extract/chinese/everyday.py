"""Chinese rules for what a user tells an assistant of their days: what they are learning (我在学日语), do in their
spare time (我业余时间教瑜伽) or usually (我平时喝绿茶), the trips they have planned (我下个月要去日本旅游), whose fans
they are (我是湖人队的铁杆球迷), whom they admire (我的偶像是周杰伦), where their company is (我们公司在深圳南山) and
the car they drive (我开的是一辆特斯拉), not drinking or smoking (我不喝酒, 滴酒不沾: a ``trait``; 我不喝酒了 ends the
``habit``), where they settled (在加拿大定居了) and the languages listed after 会说三种语言：.

The predicates are those the English rules give for the same lines: something being learnt is a ``hobby``
(学日语, as 在学做川菜 always was: an activity under way; 想学日语, a wish, stays a ``goal``), a trip to a named place
at a time to come is a ``goal`` (去日本, as "I'm going to Japan next month" gives "go to Japan"), a fan ``likes``
("I'm a huge Lakers fan"), a car one drives is ``owns``.

The rules are spliced at the head of the table of :class:`~kg_memory.extract.chinese.rules.ChineseRules` as
:data:`EVERYDAY_RULES`.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.chinese.rules import ChineseRules
>>> t = Turn("c", "1", "Ann", "我下个月要去日本旅游，我平时喝绿茶，不怎么喝咖啡。")
>>> sorted((f.predicate, f.object.label) for f in ChineseRules().extract_turn(t, Discourse([t])))
[('goal', '去日本'), ('habit', '喝绿茶')]
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule, lazy
from .lexicon import HAN, JOB_SUFFIX, KIN, KIN_PREDICATE, NAME
from .objects import owned, place
from .people import is_place
from .school_place import SCHOOL_PLACE
from .segment import TRAILING, clean_object, is_name, is_titled_name, nominal_head, tagged
from .shorthand import SHORTHAND_RULES

__all__ = ["EVERYDAY_RULES", "FUTURE", "LANGUAGE", "denied_name", "idol_then"]

#: A language by its name (日语, 西班牙语, 中文, 普通话, 粤语, 上海话 is read where a place comes before 话).
LANGUAGE = (r"(?:(?:英|法|德|日|韩|俄|泰|越南|西班牙|葡萄牙|意大利|阿拉伯|荷兰|希腊|拉丁|印地|土耳其|波兰|瑞典|挪威|丹麦|芬兰|"
            r"印尼|马来|蒙古|藏|汉|粤|手|世界)语|(?:中|英|法|德|日|韩|俄|西班牙)文|普通话|广东话|闽南话)")
_INSTRUMENT = r"(?:吉他|钢琴|小提琴|大提琴|古筝|二胡|琵琶|笛子|长笛|萨克斯|尤克里里|架子鼓|鼓|贝斯|手风琴|口琴|竖琴|单簧管|小号|电子琴)"
_PASTIME = (r"(?:游泳|滑雪|滑冰|冲浪|潜水|攀岩|瑜伽|太极|拳击|跆拳道|武术|功夫|舞蹈|跳舞|芭蕾|画画|绘画|素描|油画|书法|摄影|编程|"
            r"烹饪|烘焙|开车|围棋|象棋|国际象棋|唱歌|声乐|插花|茶艺|刺绣|陶艺|高尔夫|网球|羽毛球|乒乓球|篮球|足球|骑马|魔术)")
#: What is learnt as an activity taken up: a verb phrase (做川菜, 弹吉他), a language, an instrument, a pastime.
_LEARNT = lazy(rf"^(?:(?:做|弹|画|说|跳|打|开|游|唱|写|拉|吹|下|拍|编).{{1,8}}|{LANGUAGE}|{_INSTRUMENT}|{_PASTIME})$")
#: A pronoun in what is learnt (学做他的菜), not the 他 of 吉他.
_PRONOUN = lazy(r"(?<!吉)他|[你她它这那]")


def _r_exam(exam: str, c: Clause) -> bool:
    """我在考驾照, 正在备考雅思: the exam prepared for is a goal."""
    if c.negated:
        return False
    c.add("goal", Entity(exam if exam.endswith("考") else "考" + exam, "Thing"), 0.65)  # 备考法考: 法考
    return True


def _r_learning(m: re.Match[str], c: Clause) -> bool:
    """在学做川菜, 正在学弹吉他, 最近在学日语, 在自学日语: an activity the subject is taking up (not yet a skill)."""
    activity = clean_object(m.group("o"), 9)
    if c.negated or not activity or not _LEARNT.match(activity) or _PRONOUN.search(activity):
        return False
    c.add("hobby", Entity("学" + activity, "Thing"), 0.7)
    return True


#: 平时, 通常, 每天, 周末 (not 这周末, a time to come): the clause says what the subject usually does.
_USUALLY = lazy(r"平时|平常|通常|一般|经常|常常|总是|每天|每周|每个?周末|(?<![这上下])周末|天天|习惯")
#: What is done (喝绿茶, 去健身房), not done once (喝了, 去过).
_DONE = r"(?:喝|吃|看|听|玩|打|踢|练|跑|游|骑|弹|画|写|读|做|去|逛|遛|追|刷|钓|健身|锻炼|散步|跑步|游泳|瑜伽)(?![了过])"


def _clause_of(m: re.Match[str], c: Clause) -> str:
    """The clause of ``c``'s sentence whose end ``m`` read (with its subject and adverbs)."""
    return next((part for part in re.split(r"[，,：:]", c.sentence) if part.strip().endswith(m.string.strip())), m.string)


def _r_usually(m: re.Match[str], c: Clause) -> bool:
    """我平时喝绿茶, 我周末一般去爬山: a habit (what 每天 heads is read by :mod:`.rules` as one)."""
    said = _clause_of(m, c)
    obj = clean_object(m.group("o"), 10)
    if c.negated or not obj or len(obj) < 2 or not _USUALLY.search(said[:len(said) - len(m.string)] + m.group("pre")):
        return False
    c.add("habit", Entity(obj, "Thing"), 0.6)
    return True


def _r_spare_time(m: re.Match[str], c: Clause) -> bool:
    """我业余时间教瑜伽, 我空闲的时候喜欢画画: a pastime."""
    obj = clean_object(m.group("o"), 8)
    if c.negated or not obj or re.match(r"[很太不没有是都也还在]|比较|挺|非常", obj):
        return False  # 我业余时间很少, 我业余时间不多
    c.add("hobby", Entity(obj, "Thing"), 0.7)
    return True


#: A time to come: 下个月, 明年, 下周 (any verb), or 今年夏天, 暑假, 五月 (with 要, 准备, 打算: 五月去了 is past).
FUTURE = r"(?:下个?月|下周末|下周[一二三四五六日天]?|下个?(?:星期|礼拜)[一二三四五六日天]?|明年|后年|明天|后天|下半年)"
_SOON = (r"(?:今年|这个?)?(?:夏天|冬天|秋天|春天|年底|月底|暑假|寒假|周末|国庆|春节|五一|十一|圣诞节?)|过年|"
         r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?(?:[0-9一二三四五六七八九十]+[日号])?")
_WILL = r"(?:要|会|准备|打算|计划|将要|将|想)"
_STRONG_FUTURE = lazy(FUTURE)
_WEAK_FUTURE = lazy(rf"(?:{_SOON}).*{_WILL}|{_WILL}.*(?:{_SOON})")
_TRIP_END = lazy(r"(?:旅游|旅行|玩|度假|度蜜月|蜜月|探亲|过年|滑雪|潜水|出差|看看|逛逛|转转|留学|开会|参加|读研|读博|读硕士|读博士|"
                 r"读书|念书|上学|上大学|读大学|深造|进修|交换|工作|定居|发展).*$")  # 下个月要去英国读研: 去英国


def _r_trip(m: re.Match[str], c: Clause) -> bool:
    """我下个月要去日本旅游, 我明年打算去巴黎: a trip to a named place at a time to come is a ``goal`` (去日本); so is a
    move (我下周要搬到广州了: 搬到广州) and a transfer (我九月份要调去慕尼黑工作: 调到慕尼黑)."""
    said = _clause_of(m, c)
    if c.negated or not (_STRONG_FUTURE.search(said) or _WEAK_FUTURE.search(said)):
        return False  # 我要去日本: when is not said; 我去日本 (told of the past)
    raw = _TRIP_END.sub("", m.group("o"))
    head = nominal_head(raw)
    if not head or not raw.startswith(head) or not (is_place(head) or gazetteer_id(head, "Place")):
        return False  # 我明天要去医院: no place named
    go = m.group("go")  # 我九月份要调去慕尼黑工作: a transfer, 调到慕尼黑
    c.add("goal", Entity(("搬到" if go.startswith("搬") else "调到" if go[0] == "调" or "派" in go else "去") + head, "Thing"), 0.65)
    if m.group("ck"):  # 四月份要和我姐去日本: the relative one goes with
        owner = c.discourse.speaker(c.turn) if m.group("mine") else c.subject
        c.out.append((owner, KIN_PREDICATE[m.group("ck")], owned(owner, m.group("ck"), "Person", None), 0.8 * c.weight, None))
    return True


def _r_fan(m: re.Match[str], c: Clause) -> bool:
    """我是湖人队的铁杆球迷, 我是周杰伦的歌迷, 我是个足球迷: a liking of what one is a fan of."""
    obj = clean_object(m.group("o"), 10)
    if c.negated or not obj or re.match("[这那哪什谁我你他她]", obj):
        return False
    c.add("likes", Entity(obj, "Thing"), 0.75)
    return True


_CAR_BRAND = lazy(r"^(?:特斯拉|宝马|奔驰|奥迪|丰田|本田|大众|比亚迪|福特|雪佛兰|日产|马自达|起亚|保时捷|沃尔沃|吉利|蔚来|小鹏|"
                  r"路虎|凯迪拉克|别克|雷克萨斯|斯巴鲁|法拉利|兰博基尼|玛莎拉蒂|宾利|劳斯莱斯|哈弗|红旗|荣威|名爵|五菱|吉普|"
                  r"标致|雪铁龙|领克|问界|极氪|现代|Jeep|MINI|BMW|Tesla)", re.IGNORECASE)


def _r_car(m: re.Match[str], c: Clause) -> bool:
    """我开的是一辆特斯拉, 我的车是宝马, 我开一辆白色的奥迪: the car one drives (a brand named) is one's own."""
    obj = clean_object(m.group("o"), 14)
    obj = obj[obj.rfind("的") + 1:] if obj else None  # 一辆白色的特斯拉: the car, not its colour
    if c.negated or not obj or not _CAR_BRAND.match(obj):
        return False  # 我开的是玩笑, 我的车是红色的
    c.add("owns", Entity(obj, "Thing"), 0.75)
    return True


def _r_opened(m: re.Match[str], c: Clause) -> bool:
    """我开了一家咖啡店, 我去年创办了一家公司: a business one opened is one one founded; where it was opened (在成都开了一家
    小饭馆) is where one works."""
    if c.negated:
        return False
    c.add("founded", Entity(m.group("o"), "Organization"), 0.75, event=True)
    where = m.group("p")
    if where and (is_place(where) or gazetteer_id(where, "Place")):
        c.add("workLocation", Entity(where, "Place"), 0.7)
    return True


#: 每个周日, 周末, 平时: what is done with someone then is a habit (not 这周末, once).
_OFTEN = (r"(?:每个?(?:周|星期|礼拜)[一二三四五六日天]|每个?周末|每(?:天|周|晚|个?月|年)|(?<![这上下])周末|平时|平常|通常|"
          r"一般|经常|常常|常|总是|天天|有空就|有时候?|偶尔)")
#: What is done together: a verb of a pastime or an errand (打网球, 爬山, 去健身房), not done once (打了, 去过).
_TOGETHER = r"(?:打|踢|去|玩|跑|爬|游|逛|看|练|骑|下|做|喝|吃|滑|钓|唱|跳|遛|散步|跑步|健身|锻炼|弹|画|听)(?![了过])"


def _r_done_with(m: re.Match[str], c: Clause) -> bool:
    """我每个周日和朋友小美一起打网球: the friend (a relation named: 同事小王 a colleague), and, when said to be done
    regularly, the ``habit`` (as "I play tennis with my friend Amy every Sunday")."""
    name, kin, own = m.group("n"), m.group("kin"), m.group("own")
    if c.negated or own and c.subject != c.discourse.speaker(c.turn):
        return False  # 我妈每周和我朋友一起……: whose friend is not the subject's
    if kin and name and is_name(name):
        person = Entity(name, "Person")
        c.add(KIN_PREDICATE[kin], person, 0.8)
        c.discourse.mention(c.turn, person)
    said = _clause_of(m, c)
    if re.search(_OFTEN, said[:len(said) - len(m.string)] + m.group("pre")):  # 我周末: read before the rest
        c.add("habit", Entity(clean_object(m.group("o"), 8) or m.group("o"), "Thing"), 0.6)
    return bool(c.out)


#: The kinds of words (jieba's tags) a place unknown to jieba is read as after 公司在: 国贸 (an abbreviation), 五道口,
#: 陆家嘴 (a noun, a name), 火车站旁边 (a noun and where by it); not 招人, 装修 (verbs), 你家附近 (a pronoun).
_PLACE_WORDS = frozenset({"n", "ns", "nr", "nz", "nt", "j", "s", "f"})
#: A time or a state more than a place: 公司在困难时期, 公司在发展阶段.
_NOT_A_PLACE = lazy(r"(?:时期|阶段|期间|之中|中|状态|过程|手里|手上)$")


def _named_area(text: str) -> bool:
    """Whether ``text``, all of it, reads as a place jieba does not know (国贸, 五道口, 火车站旁边).

    >>> _named_area("国贸"), _named_area("招人"), _named_area("你家附近")
    (True, False, False)
    """
    words = list(tagged(text))
    return 2 <= len(text) <= 8 and len(words) <= 3 and all(flag in _PLACE_WORDS for _, flag in words) \
        and words[0][1] != "f" and not _NOT_A_PLACE.search(text)


def _r_workplace(m: re.Match[str], c: Clause) -> bool:
    """我们公司在深圳南山, 我的办公室在望京, 我们单位在国贸: where the subject works (a place named, as 我在北京工作; all
    the words a place's, 国贸, when jieba does not know it; 我们公司在招人 names none)."""
    head = nominal_head(m.group("o")) or clean_object(m.group("o"), 8)
    whole = TRAILING.sub("", m.group("o"))
    if not c.negated and head and (is_place(head) or gazetteer_id(head, "Place")):
        c.add("workLocation", Entity(head, "Place"), 0.8)
        return True
    if c.negated or not _named_area(whole) or gazetteer_id(whole, "Organization"):
        return False
    c.add("workLocation", Entity(whole, "Place"), 0.7)
    return True


#: What one does not eat or drink, said of a food (不吃辣, 从来不吃香菜, 不喝咖啡): not a meal skipped (不吃早饭), meat (a diet:
#: 不吃肉), water, soup or wine (不喝酒: :func:`_r_abstains`).
_NOT_A_DISLIKE = lazy(r"^(?:饭|早饭|早餐|午饭|午餐|晚饭|晚餐|夜宵|东西|药|肉|荤|素|了|完|饱|下|掉|过|什么|这|那|你|他|她|"
                      r"水|汤|酒|醉|多|够|点|一)")


def _r_not_eaten(m: re.Match[str], c: Clause) -> bool:
    """我不吃辣, 我从来不吃香菜, 我不太吃甜食, 我不喝咖啡: a food or a drink the subject does not take is one disliked (as
    "I don't eat spicy food", "I don't drink coffee"); not 我没吃饭 (not eaten once), 我不吃早饭 (a meal skipped)."""
    food = clean_object(m.group("o"), 5)
    said = _clause_of(m, c)
    if not c.negated or not food or _NOT_A_DISLIKE.match(food) or not re.search(r"(?<![要能会敢])不(?:太|怎么)?[吃喝]", said):
        return False
    c.add("dislikes", Entity(food, "Thing"), 0.6)
    return True


#: 不喝酒, 从来不抽烟, 滴酒不沾: one who never drinks or smokes (not 没喝酒, once; 不能喝酒, 不太喝酒, 不想抽烟).
_ABSTAINS = lazy(r"(?<![要能会敢想太])(?:从来|从|一向|向来|一直|基本)?不再?(?:喝|沾|碰)(?P<d>酒)|(?<![要能会敢想太])(?:从来|从|一向|向来|一直|基本)?不再?(?:抽|吸)(?P<s>烟)|滴酒不沾")


def _r_abstains(m: re.Match[str], c: Clause) -> bool:
    """我不喝酒, 我滴酒不沾, 我从来不抽烟: a ``trait`` (不喝酒, 不抽烟: as a condition, not a dislike of wine); 我不喝酒了
    (read unnegated, its facts made endings: :data:`~.endings.NO_LONGER`) ends the ``habit`` of drinking."""
    said = next((part for part in re.split(r"[，,：:]", c.sentence) if m.string in part), m.string)  # 不喝酒了: rest 喝酒
    abstains = _ABSTAINS.search(said)
    if abstains is None:
        return False
    smoke = abstains.group("s") is not None
    if not c.negated and "滴酒不沾" not in said:
        c.add("habit", Entity("抽烟" if smoke else "喝酒", "Thing"), 0.7)  # 我不再抽烟了: the habit ends
    else:
        c.add("trait", "不抽烟" if smoke else "不喝酒", 0.7)
    return True


#: 会说三种语言：: the clause before a list of languages says they are spoken.
_LANGUAGES_SPOKEN = lazy(r"会(?:说|讲)[^：:，,。]*语言[：:]")


def _r_languages(m: re.Match[str], c: Clause) -> bool:
    """我会说三种语言：中文、英语和日语: the languages the list after the colon names."""
    if c.negated or not _LANGUAGES_SPOKEN.search(c.sentence):
        return False
    for language in re.findall(LANGUAGE, m.group("o")):
        c.add("speaks", Entity(language, "Thing"), 0.8)
    return True


#: 我爸爸, 我的妈妈, 自己的外公: a relative of the subject's own
_OWN_KIN = lazy(rf"^(?:我|自己)的?(?P<k>{KIN})(?:了|啊|呀)*$")


#: 小时候, 上学的时候: whom one admired then (我小时候的偶像是成龙), as "my idol growing up".
_BACK_THEN = r"(?:小时候|小的时候|年轻时|年轻的时候|上学时|上学的时候|读书时|读书的时候|学生时代|童年时)"
_IDOL_THEN = lazy(rf"{_BACK_THEN}的?(?:偶像|榜样)")


def idol_then(clause: str) -> bool:
    """Whether ``clause`` tells whom one looked up to growing up (我小时候的偶像是成龙): admired all the same, as "my idol
    growing up was Michael Jordan", not a liking that ended (我以前的偶像, a former idol, is one).

    >>> idol_then("我小时候的偶像是成龙"), idol_then("我以前的偶像是成龙")
    (True, False)
    """
    return _IDOL_THEN.search(clause) is not None


#: 是王总, 是李娜: a name the clause's subject is said to be (of a relative unnamed: 我的老板不是王总).
_IS_NAMED = lazy(rf"^是(?P<n>[{HAN}·]{{2,4}})$")


def denied_name(rest: str) -> bool:
    """Whether ``rest``, a negated clause after a relative (我的老板 不是王总), denies a name: the relative is left
    unsaid, as "My boss is not Mr. Wang" stores no boss.

    >>> denied_name("是王总"), denied_name("是李娜"), denied_name("是医生")
    (True, True, False)
    """
    m = _IS_NAMED.match(rest)
    return m is not None and (is_titled_name(m.group("n")) or is_name(m.group("n")) and not JOB_SUFFIX.search(m.group("n")))


def _r_idol(m: re.Match[str], c: Clause) -> bool:
    """我的偶像是周杰伦, 我最崇拜的人是周杰伦, 我很崇拜我爸爸: someone the subject admires (as
    "my idol is Taylor Swift", "my hero is my dad")."""
    who = clean_object(m.group("o"), 8)
    if c.negated or not who:
        return False
    kin = _OWN_KIN.match(who)
    if kin is not None:  # 我的偶像是我爸爸: the subject's own father
        c.add("positiveImpression", owned(c.subject, kin.group("k"), "Person", None), 0.75)
        return True
    if re.match("[这那哪什谁我你他她自]", who) or m.group(0).startswith(("崇拜", "敬佩", "佩服")):
        return False  # 我很崇拜周杰伦: a name is left to the rules of people (:mod:`.people`)
    c.add("positiveImpression", Entity(who, "Person"), 0.75)
    return True


#: 谷歌, 一家银行: an employer by name (known) or by kind.
_ORG_KIND = lazy(r"(?:公司|银行|医院|诊所|集团|大学|学院|中学|高中|初中|小学|学校|幼儿园|研究所|研究院|事务所|工作室|酒店|餐厅|工厂|报社|"
                 r"电视台)$")
#: 北京一家医院, 福州一所高中: a place, then the employer of a kind there.
_PLACE_THEN_ORG = lazy(r"^(?P<p>[^的]{2,6}?)的?(?:一家|一所|一间)(?P<org>[^的]{2,10})$")
#: A job one studies in, not works at (我是北京大学的学生: :mod:`.rules` reads where one studies).
_STUDENT = lazy(r"(?:学生|研究生|本科生|博士生|大学生|留学生)$")


def _r_job_of(m: re.Match[str], c: Clause) -> bool:
    """我是谷歌的软件工程师, 我是一家银行的会计: the job and the employer (as "I'm a software engineer at Google"); not
    我是小王的老师 (a person's) nor 我是北京的医生 (a place)."""
    org, job = clean_object(m.group("org"), 10), m.group("j")
    if c.negated or not org or not JOB_SUFFIX.search(job) or _STUDENT.search(job):
        return False
    if not (gazetteer_id(org, "Organization") or _ORG_KIND.search(org)):
        return False
    at = _PLACE_THEN_ORG.match(org)
    if at and is_place(at.group("p")):  # 我是北京一家医院的护士: where, and the hospital
        c.add("workLocation", Entity(at.group("p"), "Place"), 0.8)
        org = at.group("org")
    c.add("worksFor", Entity(org, "Organization"), 0.8)
    if job not in ("员工", "职员", "雇员"):  # 谷歌的员工: the employer says it all
        c.add("jobTitle", job, 0.85)
    return True


#: An illness one lives with (我有糖尿病, 我得了哮喘): a trait, as "I have diabetes".
_ILLNESS = (r"(?:糖尿病|高血压|低血压|哮喘|心脏病|抑郁症|焦虑症|失眠症?|偏头痛|关节炎|癫痫|贫血|过敏性鼻炎|鼻炎|胃病|"
            r"颈椎病|腰椎间盘突出|乳糖不耐症|乳糖不耐受?|色盲|近视|自闭症|多动症|强迫症|痛风|湿疹)")


def _r_illness(m: re.Match[str], c: Clause) -> bool:
    """我有糖尿病, 我妈妈有高血压: of the speaker or the speaker's own; not 你有强迫症 (said to the listener: a reproach
    more than a diagnosis)."""
    speaker = c.discourse.speaker(c.turn)
    if c.negated or not (c.subject == speaker or c.subject.label.startswith(speaker.label + "的")):
        return False
    c.add("trait", m.group("o"), 0.75)
    return True


#: A part of the body hurt (我玩滑板把手腕摔骨折了, 我摔断了手腕, 我脚踝扭伤了): the injury is a ``trait``, as "I broke my wrist".
_BODY = r"(?:手腕|脚踝|胳膊|手臂|小腿|大腿|腿|手指|脚趾|肋骨|锁骨|膝盖|腰|脚|手|鼻梁|肩膀|韧带|半月板)"
_INJURY = {"骨折": "骨折", "断": "骨折", "扭伤": "扭伤", "扭": "扭伤", "崴": "扭伤", "脱臼": "脱臼", "拉伤": "拉伤", "伤": "受伤"}


def _r_injured(m: re.Match[str], c: Clause) -> bool:
    """我玩滑板把手腕摔骨折了, 我摔断了手腕: the speaker's own injury (not another's, not 没摔断)."""
    if c.negated or c.subject != c.discourse.speaker(c.turn):
        return False
    c.add("trait", m.group("p") + _INJURY[m.group("h")], 0.7, event=True)
    return True


def _r_died(m: re.Match[str], c: Clause) -> bool:
    """我奶奶去年去世了: someone else than the speaker has died (a trait, as "my grandma passed away"; a pet that died
    ends ``hasPet``: :mod:`.endings`)."""
    if c.negated or c.subject.type != "Person" or c.subject == c.discourse.speaker(c.turn):
        return False
    c.add("trait", "deceased", 0.7)
    return True


_STILL = r"(?:还|仍然|仍|依然|依旧)(?:一直)?"


def _r_still_in(m: re.Match[str], c: Clause) -> bool:
    """我男朋友阿杰还在北京, 她仍然在上海: a city or country one is still in is where one lives (as "Leo is still in
    Chicago"); not 还在公司, 还在路上 (where one is this hour)."""
    head = nominal_head(m.group("o"))
    if c.negated or head != m.group("o") or not (is_place(head) or gazetteer_id(head, "Place")) \
            or not re.search(f"{_STILL}在{re.escape(head)}", c.sentence):
        return False  # 阿杰在北京: there now, maybe on a trip
    c.add("livesIn", Entity(head, "Place"), 0.7)
    return True


def _r_home_in(m: re.Match[str], c: Clause) -> bool:
    """我家在南京: where one's home is, a city or country (not 家在三楼, 家在学校旁边)."""
    head = nominal_head(m.group("o"))
    if c.negated or head != m.group("o") or not (is_place(head) or gazetteer_id(head, "Place")):
        return False
    c.add("livesIn", Entity(head, "Place"), 0.8)
    return True


#: A housing estate by its name (金桥花园, 阳光小区, 幸福新村): a home's place, though no city or district.
_ESTATE = lazy(rf"^(?![这那哪我你他她咱])[{HAN}]{{2,6}}(?:花园|小区|家园|新村|公寓)$")


def _r_rented_at(m: re.Match[str], c: Clause) -> bool:
    """我也租在望京, 租在阳光小区: where one rents a home, a place or an estate named (not 租在公司旁边: no place named)."""
    head = nominal_head(m.group("o"))
    if c.negated or head != m.group("o") or not (_ESTATE.match(head) or is_place(head) or gazetteer_id(head, "Place")):
        return False
    c.add("livesIn", Entity(head, "Place"), 0.8)
    return True


def _r_rented_in(m: re.Match[str], c: Clause) -> bool:
    """我在望京租了个两居, 在徐汇租了套公寓: a home rented where it is (not 在网上租了个房子)."""
    head = nominal_head(m.group("o"))
    if c.negated or not head or head in ("网上", "这里", "那里", "这儿", "那儿", "附近", "外面", "公司附近"):
        return False
    c.add("livesIn", Entity(head, "Place"), 0.75)
    return True


def _r_married_to(m: re.Match[str], c: Clause) -> bool:
    """我姐姐嫁到了广州: married, and living where she married to (as 搬到 a place)."""
    head = nominal_head(m.group("o"))
    if c.negated or not head or not (is_place(head) or gazetteer_id(head, "Place")):
        return False
    c.add("livesIn", Entity(head, "Place"), 0.7, event=True)
    c.add("maritalStatus", "married", 0.75)
    return True


#: 双子座, 属龙, 独生女, 左撇子: a star sign, a zodiac animal, what one is among one's own (a trait; not a name, 我是双子座).
_TRAIT_NOUN = (r"(?:白羊|金牛|双子|巨蟹|狮子|处女|天秤|天蝎|射手|人马|摩羯|水瓶|双鱼)座|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]|"
               r"独生子|独生女|左撇子|夜猫子")


def _r_trait_noun(m: re.Match[str], c: Clause) -> bool:
    """我是双子座, 我属龙, 我是独生女: a trait (as "I'm an only child"), not a name."""
    if c.negated:
        return False
    c.add("trait", m.group("o"), 0.7)
    return True


def _goal_now(m: re.Match[str], c: Clause) -> bool:
    """我在减肥, 我正在戒烟: what one is trying to do is a ``goal`` (as "I'm trying to lose weight")."""
    c.add("goal", Entity(m.group("o"), "Thing"), 0.6)
    return True


def _r_native_tongue(m: re.Match[str], c: Clause) -> bool:
    """我母语是粤语, 我英语说得不错: a language the subject speaks."""
    if c.negated:
        return False
    c.add("speaks", Entity(m.group("o"), "Thing"), 0.8)
    return True


#: What is no allergen before 过敏 (我皮肤过敏, 我有点过敏: how, not to what; 对花生过敏 is read by :mod:`.rules`).
_NOT_ALLERGEN = lazy(r"^(?:对|有|很|也|还|都|皮肤|鼻子|眼睛|身体|季节性|容易|经常|不|没|什么|这|那)")


def _r_fear_of_heights(m: re.Match[str], c: Clause) -> bool:
    """我恐高, 我有点恐高: heights are feared (as "I'm afraid of heights"); not 我不恐高."""
    if c.negated:
        return False
    c.add("dislikes", Entity("高处", "Thing"), 0.75)
    return True


def _r_allergic_to(m: re.Match[str], c: Clause) -> bool:
    """我海鲜过敏, 我花粉过敏: an allergy said without 对 (a ``trait`` as 对海鲜过敏 gives)."""
    allergen = m.group("o")
    if c.negated or _NOT_ALLERGEN.match(allergen):
        return False
    c.add("trait", f"对{allergen}过敏", 0.7)
    return True


_O = r"(?P<o>.+)"
def _r_visiting_from(m: re.Match[str], c: Clause) -> bool:
    """我婆婆下周从山东过来住一阵, 我爸妈从成都飞过来看我们: someone else coming over from a place lives there (as "my
    mother-in-law is visiting from Ohio"); the speaker coming from somewhere (我从上海来北京出差) says no home."""
    if c.subject == c.discourse.speaker(c.turn) or not is_place(m.group("p")):
        return False
    return place(m.group("p"), c, "livesIn", 0.7)


EVERYDAY_RULES: list[tuple[str, Rule]] = [
    # 我婆婆从山东过来住一阵: where the one visiting lives
    (rf"^(?:下周|下个月|明天|后天|过几天|最近|刚|刚刚|特地|专门)*从(?P<p>[{HAN}]{{2,6}}?)(?:坐车|飞|开车)?(?:过来|赶过来|来)"
     r"(?:看|住|玩|陪|帮|照顾|过年|过节)", _r_visiting_from),
    *SHORTHAND_RULES,  # 我是江苏的, 我住北京, 俺老家河南的, 重庆妹子, 无辣不欢, base上海, 还没对象
    (rf"^(?P<o>{LANGUAGE}(?:(?:、|和|以及|及|还有|跟)(?:{LANGUAGE}))*)(?:等|都会|都行)?$", _r_languages),
    (rf"^(?:已经)?在(?P<o>[{HAN}]{{2,8}}?)(?:定居|安家)(?:了|下来了?|很多年了|多年了)*$",
     lambda m, c: place(m.group("o"), c, "livesIn", 0.8, event=True)),
    (r"^(?:(?:喝|沾|碰)酒|(?:抽|吸)烟|(?:从来|一向|向来)?滴酒不沾)(?:了|的|啊|呢)*$", _r_abstains),
    (rf"^的?(?:公司|单位|办公室|工作单位|工作室|写字楼)(?:总部)?(?:就|也)?(?:在|位于|设在){_O}", _r_workplace),
    SCHOOL_PLACE,  # 我的学校在武汉: studies, so lives, there
    (rf"^{_BACK_THEN}?的?(?:偶像|榜样|男神|女神)(?:一直)?是{_O}", _r_idol),
    (rf"^的?最?(?:崇拜|敬佩|佩服)的人(?:一直|就)?是{_O}", _r_idol),
    (rf"^(?:很|非常|特别|最|一直|一直很|十分|挺)*(?:崇拜|敬佩|佩服){_O}", _r_idol),
    (r"^是(?:一家|一个|一所|家)?(?P<org>[^的，,]{2,12})的(?P<j>[^的，,]{1,8})$", _r_job_of),
    # 我有糖尿病, 我妈被确诊为糖尿病, 我儿子被诊断出自闭症, 我查出来有高血压: a diagnosis too
    (rf"^(?:被|刚刚?|最近|已经|去年|今年|前年|上个月|也)*(?:有|患有|患了|得了|查出来?(?:了|有)?|诊断出(?:了|有)?|诊断为|"
     rf"确诊(?:为|了|患有)?)(?:轻微的|严重的|轻度|重度|一点|有点|有些|点)?(?:[一二12]型|I型|II型)?(?P<o>{_ILLNESS})了?$", _r_illness),
    (rf"^(?:有点|有些)?(?P<o>{_ILLNESS})(?:(?:好|很|[0-9一二两三四五六七八九十几]+)多?年了?)?$", _r_illness),  # 我有点近视,
    # 我乳糖不耐受, 老妈高血压好多年了
    (r"^(?:在(?P<p>[\u4e00-\u9fff]{2,6}?))?(?:自己)?(?:开了|开过|创办了|创立了|成立了)(?:一家|一间|一个|家|间)(?:自己的)?(?P<o>[\u4e00-\u9fff]{0,6}?"
     r"(?:店|公司|工作室|餐厅|饭店|餐馆|饭馆|面馆|菜馆|茶馆|咖啡馆|书店|诊所|超市|酒吧|健身房|幼儿园|培训班|工厂))$", _r_opened),
    (rf"^(?P<pre>(?:{_OFTEN}|都|会|也|还|早上|晚上|下午|上午)*)(?:和|跟|同|与)(?P<own>我的?)?(?P<kin>{KIN})?(?P<n>{NAME})?"
     rf"(?:一起|一块儿?)(?P<o>{_TOGETHER}[^，,]{{1,7}})$", _r_done_with),
    (r"^(?:正在|在|一直在|开始|刚开始|已经开始|改)?(?:自学|学)(?:习)?(?!校|院|堂|期|生|历|费)(?P<o>.{2,9})$", _r_learning),
    # 我在考驾照, 正在备考雅思, 想考CPA: the exam prepared for (or meant to be taken) is a goal
    (r"^(?:正在|在|一直在|(?:今年|明年)?(?:想|打算|准备|计划|决定|要))(?:今年|明年|下半年|年底|下个?月)?(?:要|去)?(?:考|备考|准备考)(?P<o>驾照|研究生|研|公务员|雅思|托福|GRE|CPA|注会|教资|法考|司考|国考|省考|高考|中考|[\u4e00-\u9fff]{1,5}证)$",
     lambda m, c: _r_exam(m.group("o"), c)),
    (r"^(?:在)?(?:业余时间|业余|空闲时间|空闲的时候|空闲时|闲暇时间|闲暇时|有空的时候|有空时|没事的时候)(?:里)?"
     r"(?:会|都|也|还|就|常|经常|常常|喜欢|一般|通常|偶尔)*(?P<o>[^，,]{2,8})$", _r_spare_time),
    (rf"^(?:{FUTURE}|{_SOON})?(?:就|也|还)?{_WILL}?(?:{FUTURE}|{_SOON})?"
     rf"(?:(?:和|跟|与)(?P<mine>我的?)?(?P<ck>{KIN})(?:一起|一块儿?)?)?(?P<go>去|飞去|飞往|搬到|搬去|搬家到|调去|调到|外派到|派到)(?![了过]){_O}",
     _r_trip),
    (rf"^(?P<pre>(?:一般|通常|经常|常常|总是|都|也|会|早上|晚上|中午|下午|上午|睡前|饭后)*)(?:在家里?)?(?P<o>{_DONE}[^，,]{{1,8}})$", _r_usually),  # 周末一般在家追剧
    (r"^是(?:一个|一名|一位|个|名)?(?:铁杆|忠实|死忠|超级|狂热|资深)?(?P<o>[^的]{2,10}?)的?"
     r"(?:铁杆|忠实|死忠|超级|狂热|资深|头号)?(?:球迷|粉丝|歌迷|影迷|书迷|剧迷|迷)$", _r_fan),
    (r"^(?:[一二两三四五六七八九十几0-9]+(?:年|个月|周|天)前)?(?:已经|不幸)?(?:去世|过世|病逝|逝世|死)了", _r_died),
    (r"^[吃喝](?P<o>[\u4e00-\u9fff]{1,5})$", _r_not_eaten),
    (rf"^(?:已经|去年|前年|早就)?(?:远嫁|嫁)(?:到了?|去了?){_O}", _r_married_to),
    (rf"^(?:(?:还|仍然|仍|依然|依旧)(?:一直)?)?在(?P<o>[{HAN}]{{2,6}}?)(?:呢|啊|哦|了|那边|那儿|那里)*$", _r_still_in),
    (rf"^新?家(?:就|也|现在)?(?:在|住在|安在)(?P<o>[{HAN}]{{2,8}}?)(?:呢|啊|了)*$", _r_home_in),  # 我家在南京, 我新家在南京
    (rf"^(?:也|就|现在|目前)*租(?:住)?在(?P<o>[{HAN}]{{2,8}}?)(?:呢|啊|了)*$", _r_rented_at),  # 我也租在望京: a home rented there
    (rf"^(?:现在|目前)?在(?P<o>[{HAN}]{{2,6}}?)租了(?:个|一个|套|一套|间|一间)?(?:[{HAN}]{{0,3}})?(?:房子?|[一两三]居室?|公寓|单间|套间)",
     _r_rented_in),
    (rf"^(?:是(?:一个|个)?)?(?P<o>{_TRAIT_NOUN})的?$", _r_trait_noun),
    (r"^(?:已经|刚刚?)?(?P<o>怀孕)(?:了|[一二两三四五六七八九十0-9]+个?(?:月|周)了)$", _r_trait_noun),  # 我怀孕了
    (r"^(?:正在|在|一直在|最近在)(?P<o>减肥|戒烟|戒酒|备孕|攒钱|存钱)(?:呢)?$", lambda m, c: not c.negated and _goal_now(m, c)),
    (rf"^的?母语是(?P<o>{LANGUAGE})$", _r_native_tongue),
    (rf"^(?P<o>{LANGUAGE})(?:说|讲)得(?:很|非常|挺|还|还挺|比较|特别|相当)?(?:好|不错|流利|溜|地道)", _r_native_tongue),
    (rf"^(?:也|还|能|会)*(?:说|讲|操)(?:着|得)?(?:一口)(?:很|非常|挺|特别|相当)?(?:流利|地道|纯正|标准|漂亮|正宗|好)的?"
     rf"(?P<o>{LANGUAGE})", _r_native_tongue),  # 我说得一口流利的英语
    (r"^(?P<o>[\u4e00-\u9fff]{1,6}?)(?:严重|有点|有些|特别)?过敏(?:了|啊|呢)*$", _r_allergic_to),
    (r"^(?:有|有点|有些|特别|很|比较|一直)?恐高(?:症)?(?:了|啊|呢)*$", _r_fear_of_heights),
    (rf"^[^，,把]{{0,8}}?(?:把|的)?(?P<p>{_BODY}{{1,2}})(?:给)?(?:摔|撞|扭|磕|砸|踢|打)?(?P<h>骨折|断|扭伤|脱臼|拉伤|崴)了", _r_injured),
    (rf"^[^，,]{{0,8}}?(?:摔|撞|扭|磕|砸|踢|打)(?P<h>断|伤|骨折)了(?:我的)?(?P<p>{_BODY})", _r_injured),
    (r"^[^，,]{0,8}?(?P<h>崴|扭)了(?:一下)?(?:我的)?(?P<p>脚踝|脚|腰|脖子)", _r_injured),  # 打球崴了脚: a sprain
    (rf"^(?:开的(?:车|汽车)?是|开着|开|(?:新|刚)?(?:换了|换成了|提了|新买了))(?:一辆|辆)?(?:新的?)?{_O}", _r_car),
    (rf"^的(?:车|汽车|座驾|爱车)是(?:一辆|辆)?{_O}", _r_car),
]
