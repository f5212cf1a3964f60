"""Chinese rules about what the subject likes, has, speaks, visits, joins, eats and can do
(我喜欢爬山, 我有两个孩子, 我会说法语, 我去过日本, 我想成为医生).

The rules are spliced into the table of :class:`~kg_memory.extract.chinese.rules.ChineseRules` as
:data:`ACTIVITY_RULES`.
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from ..pronouns import gender_of_noun
from ..timeexpr import parse_zh_number
from .everyday import LANGUAGE
from .lexicon import EVENTS, HAN, KIN, KIN_PREDICATE, NUM, PET, RELIGIONS, in_idiom
from .objects import owned, place
from .places import is_place
from .segment import TRAILING, clean_object, nominal_head, object_list

__all__ = ["ACTIVITY_RULES", "habit", "religion_of"]

_O = r"(?P<o>.+)"
#: 死 or 透 after a feeling says how much (我恨死了, 我爱死这首歌了, 恨透了这份工作), never what: taken whole, so that
#: "恨死了" alone likes or hates nothing (死亡金属, 透明 and 透气 stay things).
_DEGREE = r"(?:[死透](?![亡去者明气])了?)?+"


#: 曾经/以前/小时候 + a liking: one that held once ("I used to like swimming"), not one that holds now.
_ONCE = lazy(r"曾经|以前|从前|过去|小时候|那时候?")


#: 带着我的狗去爬山, 和我女儿一起画画: whom one does what one likes with (the speaker's pet or relative), then what.
_WITH_OWN = lazy(rf"^(?:带着?|和|跟|陪着?|同)(?:我的?|我家的?)(?:(?P<pet>{PET})|(?P<kin>{KIN}))(?:一起|一块儿?)?(?P<o>.{{2,}})$")


def _with_own(m: re.Match[str], c: Clause) -> str:
    """What is liked without the companion before it (带着我的狗去爬山 -> 去爬山); the companion is the speaker's pet or
    relative (kept when the liking is stated)."""
    said = _WITH_OWN.match(m.group("o"))
    if said is None:
        return m.group("o")
    if not c.negated:
        speaker = c.discourse.speaker(c.turn)
        noun = said.group("pet") or said.group("kin")
        who = owned(speaker, noun, "Animal" if said.group("pet") else "Person", None)
        c.out.append((speaker, "hasPet" if said.group("pet") else KIN_PREDICATE[noun], who, round(0.75 * c.weight, 2), None))
    return said.group("o")


#: 去 before a two-character pastime liked (喜欢去钓鱼: 钓鱼); not 去年, 去世, 去过, nor a longer 去公园跑步 (where, what)
_GO_TO = lazy(r"^(?:去|出去)(?![年世过了])(?=..$)")
#: 我喜欢猫胜过狗, 喜欢夏天更甚于冬天: what is liked more than something else (猫, 夏天)
_MORE_THAN = lazy(r"(?:更甚于|甚于|胜过|多过)[^，,。！？]*$")


def _r_like(m: re.Match[str], c: Clause) -> bool:
    liked = _with_own(m, c)
    if liked[:2] in ("吃的", "喝的", "看的", "听的", "玩的", "穿的"):
        liked = _LIKED_TO.sub("", liked)  # 你喜欢吃的饺子: 饺子
        if liked[1:2] == "的":
            return False  # 我喜欢吃的东西很多, 我喜欢吃的不多: no thing named
    objects = [_GO_TO.sub("", obj) for obj in object_list(_MORE_THAN.sub("", liked)) if not in_idiom(obj, c.sentence)]
    if not objects:
        return False
    said = next((part for part in re.split(r"[，,。！？!?；;]", c.sentence) if m.group(0) in part), "")
    if not c.negated and _ONCE.search(said[:said.find(m.group(0))]):
        return False  # 我曾经迷恋埃里克, 我以前喜欢游泳
    best = bool(m.group("best"))
    for obj in objects:
        if c.negated:
            c.add("dislikes", Entity(obj, "Thing"), 0.75)
        else:
            c.add("favorite" if best else "likes", Entity(obj, "Thing"), 0.85 if best else 0.8)
    return True


#: 怕 of what may happen is a worry, no dislike: 他怕赶不上火车, 我怕来不及, 我怕迟到, 我怕他生气 (我怕狗, 我怕打针 are dislikes).
_WORRY = lazy(r"^最?害?怕(?:[我你他她它]|[^，,。]*?(?:[^不]不[上及了到够住完起下]|迟到|误了|耽误|出错|忘了|弄丢|被))")


def _r_dislike(m: re.Match[str], c: Clause) -> bool:
    if c.negated or _WORRY.match(m.group(0)):
        return False
    objects = object_list(m.group("o"))
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.8)
    return bool(objects)


def _r_interested(m: re.Match[str], c: Clause) -> bool:
    """我对医学很感兴趣: what one is interested in is liked (不感兴趣 says nothing: not a dislike)."""
    objects = [] if c.negated else object_list(m.group("o"))
    for obj in objects:
        c.add("likes", Entity(obj, "Thing"), 0.75)
    return bool(objects)


def _r_hobby(m: re.Match[str], c: Clause) -> bool:
    objects = object_list(m.group("o"))
    for obj in objects:
        c.add("hobby", Entity(obj, "Thing"), 0.85)
    return bool(objects)


#: Pastimes one may take up (我最近开始跑步了): a ``hobby``, as "I started running again" gives.
_PASTIME = (r"(?:跑步|夜跑|晨跑|健身|撸铁|游泳|(?:练|做)?瑜伽|普拉提|打(?:篮球|羽毛球|网球|乒乓球|高尔夫|太极拳?)|踢(?:足球|毽子)|"
            r"骑(?:车|行|自行车)|爬山|徒步|钓鱼|滑雪|冲浪|攀岩|拳击|跳舞|跳绳|画画|(?:弹|练)(?:吉他|钢琴|古筝)|摄影|烘焙|"
            r"练字|书法|冥想|写作|写小说|养花|种花|跳广场舞)")


def _r_took_up(m: re.Match[str], c: Clause) -> bool:
    """我最近开始跑步了, 我又开始练瑜伽了: a pastime taken up is a ``hobby`` (not 开始跑步前, 没开始跑步)."""
    if c.negated:
        return False
    c.add("hobby", Entity(m.group("o"), "Thing"), 0.75)
    return True


def _r_class_taken(m: re.Match[str], c: Clause) -> bool:
    """我报了个陶艺班, 最近在上瑜伽课: what the class teaches is a ``hobby`` (as "I signed up for a pottery class"; not
    补习班, 培训班, not 没报)."""
    if c.negated or m.group("o") in ("补习", "培训", "辅导", "兴趣", "这个", "那个", "一个"):
        return False
    c.add("hobby", Entity(m.group("o"), "Thing"), 0.7)
    return True


def _r_reading(m: re.Match[str], c: Clause) -> bool:
    """我在看《三体》, 最近在读《百年孤独》, 在追《繁花》: a book being read or a series followed (as "I'm reading
    Project Hail Mary")."""
    if c.negated:
        return False
    c.add("hobby", Entity(f"{m.group('v')}《{m.group('o')}》", "Thing"), 0.6)
    return True


#: An event one trains for (五月的杭州半马, 明年的马拉松): a race or a contest, its time said before it.
_CONTEST = r"(?:马拉松|半马|全马|半程马拉松|铁人三项|越野跑|越野赛|骑行赛|比赛|锦标赛|公开赛|联赛|选拔赛|运动会)"
_WHEN_HELD = lazy(r"^(?:今年|明年|下个?月|年底|月底|[0-9一二三四五六七八九十]+月份?(?:[0-9一二三四五六七八九十]+[日号])?)的?")


def _r_trains_for(m: re.Match[str], c: Clause) -> bool:
    """我在准备五月的杭州半马, 我在备战马拉松: the event is a ``goal`` (参加杭州半马), as "I'm training for the
    Hangzhou half marathon" gives."""
    event = _WHEN_HELD.sub("", m.group("o"))
    if c.negated or not event or re.match("[这那哪什谁]", event):
        return False
    c.add("goal", Entity(f"参加{event}", "Thing"), 0.65)
    return True


def _r_favorite(m: re.Match[str], c: Clause) -> bool:
    """我最喜欢的菜是红烧肉 (``favorite``); 我喜欢吃的是火锅, 我喜欢的运动是游泳 (``likes``); not a person
    (我最喜欢的是你: a regard, read by :mod:`.group_talk`)."""
    if (m.group("cat") or m.groupdict().get("cat2") or "") in _LOVED_ONE:
        return False  # 我喜欢的人是小王: whom one loves, no thing liked
    objects = [obj for obj in object_list(m.group("o")) if not _PERSON_WORD.match(obj)]
    for obj in objects:
        c.add("favorite" if m.group("best") else "likes", Entity(obj, "Thing"), 0.9 if m.group("best") else 0.8)
    return bool(objects)


#: A person where a liked thing would be (我最喜欢的是你, 我喜欢的是他们).
_PERSON_WORD = lazy(r"^(?:你|您|他|她|我)们?$")
_LOVED_ONE = frozenset("人 男人 女人 男生 女生 男孩 女孩 男孩子 女孩子".split())
#: 喜欢吃的饺子: the dish one likes to eat, named after the verb; not 吃的东西很多 or 吃的不多 (how much).
_LIKED_TO = lazy(r"^(?:吃|喝|看|听|玩|穿)的(?!东西|不|很|太|多|少|都|也|还|就|是)(?=.{2})")


_R_HAVE_KIN = lazy(rf"^(?P<n>{NUM})?(?:个|位|名|对)?(?:双胞胎)?(?:(?P<age>{NUM})岁的|可爱的|漂亮的)?(?P<k>{KIN})(?:[，,]?叫(?P<name>[{HAN}]{{2,3}}|[{HAN}]{{1,5}}·[{HAN}]{{1,6}}))?$")
#: 有一只狗, 养了一只黑猫 / 一条牧羊犬 / 一只泰迪 (a kind of cat or dog counted as an animal, 泰迪 no teddy bear then).
_R_HAVE_PET = lazy(rf"^(?P<n>{NUM})?(?:(?:只|条|匹|头|个)?(?P<p>{PET})|(?:只|条)(?P<p2>[{HAN}]{{1,4}}(?:猫|犬)|泰迪))(?:[，,]?(?:叫|名叫|名字叫)(?P<name>[{HAN}A-Za-z]{{1,4}}))?$")
_R_HAVE_THING = lazy(rf"^(?:{NUM})?(?:辆|套|台|部|栋|座|间|个|架|把|本|块)(?P<o>.+)$")


#: 有个问题, 有件事: nothing owned.
_ABSTRACT = frozenset("问题 事 事情 机会 时间 办法 想法 主意 感觉 理由 秘密 消息 话 建议 疑问 好消息 坏消息 计划 东西 地方 "
                      "情况 紧急情况 麻烦 困难 危机 急事 约会 任务 工作要做 名字 绰号 外号 昵称 小名 英文名 名声 "
                      "习惯 爱好 梦想 愿望 问题要问".split())


#: 有一个儿子本, 有一个朋友他……, 有一个这么可爱的宝贝: a person, never a possession.
_PERSON_END = lazy("(?:" + "|".join(sorted(KIN_PREDICATE, key=len, reverse=True)) +
                   r"|宝贝|人|家伙|男孩|女孩|孩|小伙子|姑娘|老师|医生)[\u4e00-\u9fff]{0,2}$")


#: 有个会议, 有三个小时, 有个派对, 有一个赢家: an event, a time, an idea or a person, never a possession.
_NOT_OWNED_END = lazy(r"(?:会议|会|派对|聚会|晚会|舞会|演出|表演|比赛|课|约定|惊喜|夜晚|晚上|小时|分钟|星期|周末|时间|主意|问题|"
                      r"事儿|事|检查|考试|面试|约会|家|众|者|员|伴|友)$")


def _held(phrase: str) -> str | None:
    """What 有一个…… holds: the noun heading ``phrase`` (一辆红色的车 -> 车); ``None`` when the leading noun only
    modifies what follows (一个眼睛检查, an eye test: no eye owned)."""
    head = nominal_head(phrase)
    if not head:
        return clean_object(phrase, 8)
    rest = phrase[len(head):] if phrase.startswith(head) else ""
    if rest.startswith("的"):
        return _held(phrase[phrase.rindex("的") + 1:])
    return None if re.match(rf"[{HAN}]", rest) else head


def _add_kin(kin: re.Match[str], c: Clause) -> None:
    """The relative 有…… reads (一个哥哥, 两个女儿, 一个五岁的女儿叫小美), with the age of one named."""
    noun = kin.group("k")
    n = parse_zh_number(kin.group("n")) if kin.group("n") else 1
    label = noun if (n or 1) == 1 else f"{kin.group('n')}个{noun}"
    person = owned(c.subject, label, "Person", kin.group("name"))
    c.add(KIN_PREDICATE[noun], person, 0.85)
    c.discourse.mention(c.turn, person, gender_of_noun(noun) if (n or 1) == 1 else None)
    years = parse_zh_number(kin.group("age")) if kin.group("age") and kin.group("name") else None
    if years is not None and 0 < years < 120:  # 一个五岁的女儿叫小美: 小美 is five (an unnamed 女儿 keeps no age)
        c.out.append((person, "age", years, round(0.8 * c.weight, 2), None))  # Clause.add speaks of the subject


def _r_have(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = TRAILING.sub("", m.group("o"))
    kin = _R_HAVE_KIN.match(raw)
    if kin:
        _add_kin(kin, c)
        return True
    # 一只狗和一只猫: each a pet; 一个哥哥和一个妹妹: each a sibling; 一个女儿和一条狗: a daughter and a pet
    reads = [(_R_HAVE_KIN.match(part), _R_HAVE_PET.match(part)) for part in re.split("和|、|还有", raw)]
    if all(kin or pet for kin, pet in reads):
        for kin, pet in reads:
            if kin:
                _add_kin(kin, c)
            elif pet:
                c.add("hasPet", owned(c.subject, pet.group("p") or pet.group("p2"), "Animal", pet.group("name")), 0.85)
        return True
    thing = _R_HAVE_THING.match(raw)
    held = _held(thing.group("o")) if thing else None
    if held and held not in _ABSTRACT and not _PERSON_END.search(held) and not _NOT_OWNED_END.search(held):
        c.add("owns", Entity(held, "Thing"), 0.75)
        return True
    return False


_A_LITTLE = r"一点点?|一些|点儿?|些"
_LANGUAGE_END = lazy(r"(?:语|话|文)$")
#: Things said that end in 话 but are no language (讲个笑话, 说实话, 打电话); how one talks (说话慢声细语, 讲话轻声细语: 话 first).
_NOT_LANGUAGE = lazy(r"(?:笑|实|真|假|坏|好|废|谎|闲|大|情|电|傻|气|空|怪|脏|粗|心里|悄悄|俏皮|客气|风凉|漂亮|对)话$|^(?:个|句|些|几句|得|不)"  # 说得上话, 说不上话: getting along
                     r"|(?:论|作|课|公|原|全|正|散|短|征|范|条|碑|经|祭|诗|美|图|本|上|下|行|天|译|引|杂|推|发|韵|人|铭|明|斯|碎|例|长)文$"
                     r"|^话")  # 冯老师说论文不过: a text, no language (not 英文, 法文)


def _r_speak(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    objects = [o for o in object_list(m.group("o")) if len(o) > 1 and _LANGUAGE_END.search(o) and not _NOT_LANGUAGE.search(o)]
    for obj in objects:
        c.add("speaks", Entity(obj, "Thing"), 0.85)
    return bool(objects)


#: 会 + one of these is a skill ("我会游泳"); 会 + anything else is mostly "will" ("我会帮你收拾的").
_SKILL_START = lazy(r"^(?:游泳|弹|拉(?:小提琴|大提琴|二胡|手风琴)|吹|唱|跳舞|跳水|画|做饭|做菜|烧菜|烹饪|烤|开车|骑|滑雪|滑冰|"
                    r"编程|写(?:代码|程序|诗|书法|小说)|织|下(?:棋|围棋|象棋)|打(?:篮球|网球|乒乓|羽毛球|排球|高尔夫|太极|鼓|字)|"
                    r"踢|钓鱼|摄影|书法|武术|功夫|潜水|冲浪|攀岩|魔术|修(?:车|电脑)|织毛衣|缝|剪|化妆|按摩|针灸)")


#: 不会 said of a time or a plan: "won't", not "can't" (我明天不会开车去, 我再也不会唱了, 我不会开车去接你)
_WILL_NOT = lazy(r"明天|今天|今晚|待会|一会|以后|再也|马上|[去来]|接你|送你")


def _r_skill(m: re.Match[str], c: Clause) -> bool:
    """我会游泳, 我很会做饭: a ``skill``; 我不会游泳, 我不太会做饭 (not 我明天不会开车去, a "won't"): a ``weakness``."""
    obj = clean_object(m.group("o"), 8)
    if not obj or not _SKILL_START.match(obj) or m.group("o").rstrip("。！!.").endswith("的"):
        return False
    if c.negated and (len(obj) > 4 or _WILL_NOT.search(c.sentence)):
        return False
    c.add("weakness" if c.negated else "skill", Entity(obj, "Thing"), 0.7)
    return True


def _r_good_at(m: re.Match[str], c: Clause) -> bool:
    """我擅长画画: a ``skill``; 我不擅长数学, 我不太擅长跟人打交道: a ``weakness``."""
    obj = clean_object(m.group("o"), 8)
    if not obj or obj[0] in "这那此":  # 我不擅长这个 / 此道 / 这方面: the thing at hand
        return False
    c.add("weakness" if c.negated else "skill", Entity(obj, "Thing"), 0.7)
    return True


_R_VISIT_EVENT = lazy(rf"^(?P<o>.*?{EVENTS})(?!中心|室|厅|馆|场|所|楼|大厦|酒店|广场)")  # 会议中心: a place, no meeting
#: What says a visit is past (了, 过, 去年...); not 见不了: 了 after 不 says what cannot be done (我们去长春，一年也见不了几回:
#: a trip ahead).
_PAST = lazy(r"(?<!不)了|过|昨天|前天|去年|前年|上个?(?:月|周|星期|礼拜)|小时候|以前|那时|那年|曾经|[0-9]{4}年|"
             r"每年|年年|每个?(?:夏天|冬天|暑假|寒假|春节)")  # 我们每年都去三亚过冬: a place gone to, year after year
_TRIP_TAIL = lazy(r"(?:旅游|旅行|玩|度假|出差|看看|逛逛|露营|徒步|爬山|滑雪|钓鱼|潜水|冲浪|骑行|看海|看日出|赏花).*$")


_ERRAND_PLACES = frozenset("洗手间 厕所 卫生间 浴室 厨房 卧室 楼上 楼下 房间 外面 隔壁 门口 客厅 会议室 办公室 仓库 库房 阳台 车库 地下室 储藏室 后院 前台".split())
#: What one goes to do that jieba tags as a noun (去当兵, 去支教, 去插队, 去住院): a doing, no place visited.
_DOINGS = frozenset("当兵 参军 服役 支教 插队 援疆 援藏 读研 读博 上学 念书 读书 住院 化疗 住校 经商 创业 下海 养老 "
                    "学厨 学徒 拜师 考公 种地 集训 军训".split())


def _r_stayed(m: re.Match[str], c: Clause) -> bool:
    """我在青岛待了三个礼拜, 我们在巴黎玩了一周: days, weeks or months spent at a place are a visit (not years: 在上海住了
    三年 is a home, read as one elsewhere); a place named (在医院住了两周, 在厨房待了半天: none)."""
    return not c.negated and is_place(m.group("o")) and place(m.group("o"), c, "visited", 0.75, event=True)


def _r_visit(m: re.Match[str], c: Clause) -> bool:
    raw = m.group("o")
    if c.negated or raw.startswith(("把", "将")):
        return False  # 你去把会议室的投影调好: something to do there, no visit
    event = _R_VISIT_EVENT.match(raw)
    if event:
        said = re.sub(r"^(?:参加|出席|(?:瞅|瞧|看|望)了?一?眼|看|听)了?", "", event.group("o"))  # 参加了婚礼, 瞅了眼晚会: the event
        c.add("attended", Entity(clean_object(said) or said, "Event"), 0.8, event=True)
        return True
    raw = _TRIP_TAIL.sub("", raw)
    head = nominal_head(raw)
    if head in _ERRAND_PLACES or head in _DOINGS or len(head or raw) < 2:
        return False  # 我去洗手间: an errand of the moment, no visit; 后来去当兵了: a doing, no place; 你也去学: a verb
    if m.group("v") == "去" and not (head and raw.startswith(head) and _PAST.search(c.sentence)):
        return False  # 去 + a place, in the past ("昨天去电影院看电影"); "去帮邻居搬家", "我们去公园里跑": not a visit
    places = object_list(raw) if "和" in raw or "、" in raw else []
    if len(places) > 1:  # 我去过日本和韩国: each place
        for each in places:
            place(each, c, "visited", 0.8, event=True)
        return True
    return place(raw, c, "visited", 0.8, event=True)


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


#: How many times, after the verb (打两次篮球, 游三次泳, 去一趟超市): the verb and what it is done to.
_TIMES = lazy(r"^(?P<v>[\u4e00-\u9fff]{1,2}?)(?:[一二两三四五六七八九十几\d]+|好几)(?:次|回|趟|遍)(?P<o>.*)$")


def habit(m: re.Match[str], c: Clause) -> bool:
    if c.negated or _CANNOT.match(m.group("o")):
        return False  # 每天就不能见到她: an inability, no habit
    obj = clean_object(re.sub(r"^(?:早上|晚上|下午|中午|上午|夜里|半夜)?(?:都|也|还|就)?(?:会|要)?(?=.{2})", "", m.group("o")), 10)  # 我每天都跑步: 跑步
    obj = obj and _GO_DO.sub("", _WITH_SOMEONE.sub("", obj))  # 我每周去游泳, 我经常和同事小王去打球: 游泳, 打球 (去健身房 stays)
    obj = obj and _HOW_MUCH.sub(r"\1", obj)  # 喝点酒: 喝酒, as 我不喝酒了 ends it
    obj = obj and _TIMES.sub(r"\g<v>\g<o>", obj)  # 每周打两次篮球: 打篮球; 每周打两次: what is played is said before
    if obj and len(obj) == 1:
        return False
    if not obj or len(obj) <= 2 and obj[0] in "去来都也还就会要" or obj[0] in "有不没":  # 每星期六夜里都不睡觉: not done
        return False  # 每周六都会去打, 每周六都去: the pastime is in the clause before; 每天都要有新尝试, 每天都有课: no practice
    c.add("habit", Entity(obj, "Thing"), 0.6)
    return True


#: 和同事小王(一起)去…, 跟我妈去…: whom one goes with (:mod:`.kin_along` reads them), no part of the pastime.
_WITH_SOMEONE = lazy(r"^(?:和|跟|同|陪着?|带着?)[\u4e00-\u9fff]{1,6}?(?:一起|一块儿?)?(?=去|来)")
_CANNOT = lazy(r"^(?:就|也|都|还|才)?(?:不能|不会|不可以|没法|没办法|无法)")
#: 去 before a pastime gone to do (去游泳, 去爬山, 去跑步): the pastime.
_GO_DO = lazy(r"^去(?=游泳|爬山|跑步|散步|徒步|钓鱼|滑雪|露营|健身(?!房)|打[^工车]|踢|骑|跳舞|唱歌|练)")
#: 喝点酒, 抽几根烟, 吃点水果: how much, not what is done.
_HOW_MUCH = lazy(r"^(喝|吃|抽)(?:一?点儿?|一些|些|几根|几口|两口|一杯|几杯|两杯)(?=.)")


def _r_smokes(m: re.Match[str], c: Clause) -> bool:
    """我抽烟, 我也吸烟: smoking is a habit (我不抽烟了 then ends it; 我不抽烟 is read as a trait)."""
    if c.negated:
        return False
    c.add("habit", Entity("抽烟", "Thing"), 0.7)
    return True


def _r_member(m: re.Match[str], c: Clause) -> bool:
    return place(m.group("o"), c, "memberOf", 0.75, event=True)


def _r_diet(m: re.Match[str], c: Clause) -> bool:
    if m.groupdict().get("meat"):  # 我不吃肉: a vegetarian; 我吃肉: none
        if c.negated:
            c.add("diet", "vegetarian", 0.7)
        return c.negated
    if c.negated:
        return False
    c.add("diet", "vegetarian", 0.8)
    return True


_NO_MEAT = lazy(r"不(?:吃|碰)(?:别的|其他的?)?肉")


def _r_fish_only(m: re.Match[str], c: Clause) -> bool:
    """我现在只吃鱼不吃肉: fish and no other meat, a pescatarian (as "I'm pescatarian"); fish alone (今天只吃鱼) tells no diet."""
    if c.negated or not _NO_MEAT.search(c.sentence):
        return False
    c.add("diet", "pescatarian", 0.75)
    return True


def religion_of(word: str) -> str | None:
    """The faith ``word`` names or names a believer of (天主教徒: a believer of 天主教), or None.

    >>> religion_of("天主教徒"), religion_of("穆斯林"), religion_of("学徒")
    ('Catholic', 'Muslim', None)
    """
    return RELIGIONS.get(word) or (RELIGIONS.get(word[:-1]) if word.endswith("徒") else None)


#: A faith said short after 信 (我信佛, 我信主, 我信耶稣), as believers say it.
_FAITHS_SHORT = {"佛": "Buddhist", "基督": "Christian", "耶稣": "Christian", "主": "Christian", "伊斯兰": "Muslim",
                 "真主": "Muslim"}


def _r_religion(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("religion", RELIGIONS.get(m.group("r")) or _FAITHS_SHORT[m.group("r")], 0.85)
    return True



#: What people like, have, speak, visit, join, eat and can do (spliced into the Chinese rule table).
ACTIVITY_RULES: list[tuple[str, Rule]] = [
    (r"^(?:也|还|一直|偶尔|经常|有时候?|平时)*(?:抽|吸)(?:烟|香烟)(?:的)?(?:呢)?$", _r_smokes),
    (rf"^(?:的)?(?P<best>最)(?:喜欢|爱)(?:吃|喝|看|听|玩|穿)?的(?P<cat>[{HAN}]{{1,4}})?是{_O}", _r_favorite),
    # 我喜欢吃的是火锅, 我喜欢的运动是游泳: liked (the empty group "best" says no 最)
    (rf"^(?:的)?(?:喜欢|爱)(?:(?:吃|喝|看|听|玩|穿)的(?P<cat>[{HAN}]{{1,4}})?|的(?P<cat2>[{HAN}]{{1,4}}))是(?P<best>)?{_O}", _r_favorite),
    (rf"^(?P<best>最)?(?:爱上了|喜欢上了|迷上了|喜欢|热爱|喜爱|钟爱|迷恋|偏爱|享受|爱){_DEGREE}(?P<o>(?![的得]).+)", _r_like),  # 爱得无法自拔: how, not what
    (rf"^的?最?(?:讨厌|受不了|反感|害怕|怕)的(?:东西|事情?|食物|天气|颜色)?(?:就)?是{_O}", _r_dislike),  # 我最讨厌的是香菜
    (rf"^最?(?:讨厌|厌恶|受不了|恨(?!不得)|反感|害怕|怕){_DEGREE}{_O}", _r_dislike),  # 我最讨厌下雨天: 最 as 特别
    (rf"^(?:的)?(?:爱好|兴趣|业余爱好|兴趣爱好)(?:是|有|包括){_O}", _r_hobby),
    (r"^(?:只是|是|其实|一直|从小|也|都|还|特别)*对(?P<o>[^，,]{1,12}?)(?:很|非常|特别|挺|比较|超级?|一直|也|都|还)*(?<![不没])(?:感兴趣|有兴趣)"
     r"(?:了|的|啊|呢)*$", _r_interested),  # 对摄影很感兴趣
    (rf"^(?:最近|又|重新|也|已经)*(?:开始|坚持)(?P<o>{_PASTIME})(?:了|啦|呢)*$", _r_took_up),
    (rf"^(?:正在|在|一直在)?(?:准备|备战|训练|练习)(?:参加)?(?P<o>[^，,]{{0,10}}?{_CONTEST})(?:呢|啊)*$", _r_trains_for),
    (rf"^(?:正在|在|一直在)?为(?:参加)?(?P<o>[^，,]{{0,10}}?{_CONTEST})(?:做|作)?(?:准备|训练|备战)(?:呢|啊)*$", _r_trains_for),  # 为马拉松做准备
    (rf"^(?:最近|刚|刚刚|终于|也|还)*(?:报了|报名了|报名参加了|在上|上了)(?:一个|个)?(?P<o>[{HAN}]{{2,4}}?)(?:班|课)(?:了|呢|啦)*$",
     _r_class_taken),
    (r"^(?:最近|正|也|还)*在(?P<v>看|读|追)《(?P<o>[^》]{1,20})》", _r_reading),
    (rf"^(?:有|养了?|养着|拥有|买了|新?添了){_O}", _r_have),
    (rf"^(?:从[^，,]{{1,10}}?)?(?:领养|收养)了{_O}", _r_have),  # 从救助站领养了一只小猫: a pet had now
    (rf"^(?:会说|会讲|说|讲|懂)(?:{_A_LITTLE})?{_O}", _r_speak),
    (rf"^会(?:{_A_LITTLE})?(?P<o>{LANGUAGE}(?:(?:和|、|跟|还有){LANGUAGE})*)(?:了|啊|呢)*$", _r_speak),  # 也会一点法语
    (rf"^(?P<v>去过|去了|到过|游览了?|参观了?|访问了?|去)(?!世)(?:一?趟)?{_O}", _r_visit),  # not 去世了 (died)
    (rf"^在(?P<o>[{HAN}]{{2,8}}?)(?:待|呆|玩|住|度假)了(?:整整|差不多|将近|大概)?(?:[一二两三四五六七八九十几半\d]+|好几)个?"
     r"(?:天|晚上?|夜|周|星期|礼拜|月)", _r_stayed),
    # 加入了合唱团, 参加了社区合唱团: a group joined (not 参加了合唱团的演出, an event of theirs)
    (r"^(?:加入了?|参加了?)(?P<o>.*?(?:俱乐部|协会|乐队|乐团|球队|社团|组织|党|团队|合唱团|唱诗班|读书会|舞蹈队))(?=[了啦呢啊]*$)",
     _r_member),
    (rf"^(?:参加了?|出席了?){_O}", _r_attend),
    (r"^(?:跑完了?|跑了|完成了)(?:人生)?(?:的)?(?:第一个|第一次|一个|个|首个)?(?P<o>[^，,]{0,6}?(?:半马|全马|马拉松|越野跑|铁人三项))",
     _r_attend),  # 跑完了人生第一个半马
    (r"^(?:(?:跟|和)[^，,]{1,8}?)?(?:组了|组建了|成立了)(?:一个|个|一支|支)?(?P<o>[^，,]{1,6}?(?:俱乐部|乐队|球队|读书会|合唱团))",
     _r_member),  # 跟几个同事组了个羽毛球队
    (r"^(?:只|就)?(?:吃素|是素食者|是素食主义者)", _r_diet),
    (r"^(?:只|就)吃(?:鱼|海鲜|鱼和海鲜|鱼虾)(?:了|啦)?(?:[，,]|不|$)", _r_fish_only),  # 只吃鱼不吃肉
    (r"^吃(?P<meat>肉)", _r_diet),
    # 我信佛, 我信主了, 我信奉基督教 (not 信佛山的人: a town; 信主意: no faith)
    (r"^(?:信仰?|信奉)了?(?P<r>佛教|基督教|天主教|伊斯兰教|道教|佛(?![山罗系像])|基督|耶稣|真主|伊斯兰|主(?=了?(?:[。！!，,…~]|$)))",
     _r_religion),
    (r"^(?:想|打算|计划|准备|决定|梦想|立志|想要)(?:以后|将来|长大后?)?(?:转行|改行)?(?P<v>成为|当|做)(?P<o>.+)", lambda m, c: _goal(m.group("v"), m.group("o"), c)),
    (r"^(?:想|打算|计划|准备|决定|在考虑|正在考虑|考虑)(?P<v>去|学|买|开|养|领养)(?P<o>.+)", lambda m, c: _goal("", m.group("v") + m.group("o"), c)),
    (r"^会(?P<o>.+)", _r_skill),
    (r"^(?:很|比较|特别|非常|挺|太|怎么|大)?擅长(?P<o>[^，,。！!？?]+)", _r_good_at),
]
