"""Kinds of things a list question asks for, and the turns that name one of them.

"What exercises has John done?", "What books has Tim read?", "李雷去过哪些地方？" name a *kind* of
thing (exercise, books, places) while the turns that answer them name its *members* ("I started a
yoga class", "I just finished \\"The Name of the Wind\\"", "上周我去了成都旅游"): neither the question's
words nor its relation reach them. :func:`asked_kinds` reads the kinds a question names from a small
English and Chinese lexicon (:data:`KINDS`), and :func:`member_turns` marks the turns of the people it
names that name a member: a member word of the kind that is no word of the kind itself (yoga,
kickboxing, 瑜伽, not "exercise"; a title in quotes or 《书名号》 for books, films and songs), or a fact of
the kind's relations told in the turn (``visited`` for places, ``hasPet`` for pets). The recaller places
the best of these turns right after a question's first turns (``RecallConfig.kinds``,
:func:`~kg_memory.recall.ranker.spread_sessions`), for a list question and for one that names a kind
without asking for a list ("What is Ann's relationship status?": "raising them as a single mom";
安娜的感情状况怎么样？). A kind only mentioned is not asked for: "What plans does Gina have after the
networking event?" asks for plans, not events; it narrows what is asked (:func:`named_kinds`: "What
activities has Ann done with her family?": the turns that also name a relative go first).

>>> [kind.name for kind in asked_kinds("What exercises has John done?")]
['exercise']
>>> [kind.name for kind in asked_kinds("李雷去过哪些地方？")]
['places']
>>> asked_kinds("What did John say about the weather?")
()
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..extract.patterns import LazyPattern, lazy
from ..ids import normalize_name

if TYPE_CHECKING:
    from .index import RecallIndex

__all__ = ["KINDS", "Kind", "asked_kinds", "member_turns", "named_kinds"]


@dataclass(frozen=True)
class Kind:
    """A kind of thing: the words that name it in a question (``asked``), the words of a turn that name
    one of its members (``members``), and the relations whose facts tell a member (``predicates``)."""

    name: str
    asked: LazyPattern
    members: LazyPattern
    predicates: frozenset[str] = frozenset()
    #: Words that ask for the kind anywhere in a question ("Where has Ann travelled?", 去过).
    verbs: LazyPattern | None = None


def _words(english: str, chinese: str = "") -> str:
    """A pattern of whole English words (each may take -s, -es) or Chinese words (anywhere)."""
    latin = "|".join(sorted(english.split(), key=len, reverse=True))
    han = "|".join(sorted(chinese.split(), key=len, reverse=True))
    parts = [rf"(?<![^\W_])(?:{latin})(?:s|es)?(?![^\W_])"] if latin else []
    return "|".join([*parts, *([han] if han else [])])


#: A title: a capitalised phrase in quotes ("The Name of the Wind") or in Chinese title marks (《三体》).
_TITLE = r"\"[A-Z][^\"]{1,60}\"|\u201c[A-Z][^\u201d]{1,60}\u201d|《[^》]{1,30}》"
_SPORTS_EN = ("exercise workout sport yoga pilates run running ran jog jogging swim swimming swam surf surfing "
              "hike hiking hiked cycling bike biking kickboxing boxing karate taekwondo judo martial weightlifting "
              "weight lifting gym basketball football soccer tennis volleyball baseball golf climbing climb skiing "
              "ski snowboarding skating skate rowing kayaking marathon training stretching aerobics zumba crossfit "
              "dance dancing")
_SPORTS_ZH = ("运动 锻炼 健身 瑜伽 普拉提 跑步 慢跑 游泳 冲浪 徒步 爬山 登山 骑车 骑行 拳击 跆拳道 举重 健身房 篮球 足球 "
              "网球 排球 棒球 高尔夫 攀岩 滑雪 滑冰 跳舞 舞蹈 马拉松 羽毛球 乒乓球 太极")
_HOBBIES_EN = ("painting paint painted drawing pottery ceramics camping camp camped reading writing photography "
               "gardening knitting cooking baking fishing volunteering sewing crafts")
_HOBBIES_ZH = "画画 绘画 陶艺 露营 阅读 看书 写作 摄影 园艺 织毛衣 做饭 烘焙 钓鱼 志愿 书法 手工"

_FAMILY_EN = ("family fam kids kid children child son daughter husband wife hubby mom mum mother dad father parents "
              "brother sister sibling grandma grandpa grandmother grandfather grandkids aunt uncle cousin niece nephew")
_FAMILY_ZH = ("家人 孩子 儿子 女儿 老公 老婆 丈夫 妻子 妈妈 爸爸 父母 爸妈 哥哥 姐姐 弟弟 妹妹 奶奶 爷爷 外婆 外公 姥姥 姥爷 "
              "孙子 孙女 叔叔 阿姨 舅舅 表哥 表姐 堂哥")

#: The kinds recall knows, English and Chinese.
KINDS = (
    Kind("exercise",
         lazy(_words("exercise workout sport fitness martial", "运动 锻炼 健身 体育 武术"), re.I),
         lazy(_words(_SPORTS_EN, _SPORTS_ZH), re.I)),
    Kind("activities",
         lazy(_words("activity activities hobby hobbies pastime interest", "爱好 兴趣 活动 业余"), re.I),
         lazy(_words(f"{_SPORTS_EN} {_HOBBIES_EN}", f"{_SPORTS_ZH} {_HOBBIES_ZH}"), re.I),
         frozenset({"hobby", "skill", "habit"})),
    Kind("books",
         lazy(_words("book novel author reading", "书 小说 作家 作者 读过"), re.I),
         lazy(_words("book novel read reading reread author series", "书 小说 读 作者 系列") + "|" + _TITLE, re.I)),
    Kind("screen",
         lazy(_words("movie film show", "电影 电视剧 节目"), re.I),
         lazy(_words("movie film show series watch watched watching cinema trilogy episode", "电影 电视剧 剧 看了")
              + "|" + _TITLE, re.I)),
    Kind("music",
         lazy(_words("music instrument band artist musician song concert album", "音乐 乐器 乐队 歌手 歌 演唱会"), re.I),
         lazy(_words("violin guitar piano drum clarinet flute saxophone sax cello ukulele trumpet keyboard concert band "
                     "song album singer music musician play played playing",
                     "小提琴 吉他 钢琴 鼓 长笛 萨克斯 大提琴 尤克里里 小号 演唱会 乐队 歌 专辑 歌手 音乐 弹 拉")
              + "|" + _TITLE, re.I)),
    Kind("games",
         lazy(_words("game videogame", "游戏"), re.I),
         lazy(_words("game gaming play played playing tournament console", "游戏 打游戏 玩 比赛") + "|" + _TITLE, re.I)),
    Kind("food",
         lazy(_words("food dish recipe dessert meal cuisine snack", "菜 食物 美食 甜点 菜谱 食谱 小吃"), re.I),
         lazy(_words("recipe cook cooked cooking bake baked baking cake cookie pie icecream cream dessert dish pasta "
                     "soup bread tart chocolate pizza salad curry meal",
                     "做饭 做菜 烤 蛋糕 饼干 甜点 面包 冰淇淋 菜 汤 披萨 沙拉"), re.I)),
    Kind("places",
         lazy(_words("place city cities country countries state destination area location",
                     "地方 城市 国家 地区 景点"), re.I),
         lazy(_words("trip travel travelled traveled travelling traveling vacation visit visited visiting flew "
                     "flight abroad tour toured", "旅行 旅游 出差 度假 飞到 去了 来到 到了"), re.I),
         frozenset({"visited"}),
         lazy(_words("travel travelled traveled visited", "去过 到过 旅行 旅游") + r"|\bbeen\s+to\b", re.I)),
    Kind("pets",
         lazy(_words("pet animal", "宠物 动物"), re.I),
         lazy(_words("dog puppy pup cat kitten kitty turtle tortoise hamster rabbit bunny bird parrot fish snake "
                     "lizard horse", "狗 小狗 狗狗 猫 小猫 猫咪 乌龟 兔子 鸟 鹦鹉 鱼 仓鼠 宠物"), re.I),
         frozenset({"hasPet"})),
    Kind("events",
         lazy(_words("event", "活动"), re.I),
         lazy(_words("event conference festival fundraiser workshop parade race show competition tournament "
                     "convention meetup ceremony gala charity",
                     "活动 会议 比赛 展会 节 晚会 典礼 聚会"), re.I),
         frozenset({"attended"})),
    Kind("family",
         lazy(_words("family families relative relatives kin household", "家人 家庭 家里人 亲人 亲戚"), re.I),
         lazy(_words(_FAMILY_EN, _FAMILY_ZH), re.I),
         frozenset({"child", "parent", "sibling", "spouse", "relative"})),
    Kind("relationship",
         lazy(_words("relationship romance marital marriage dating", "感情 婚姻 恋爱 对象") + r"|\blove\s+life\b",
              re.I),
         lazy(_words("single married marry marriage divorced divorce dating date engaged engagement boyfriend "
                     "girlfriend husband wife partner fiance fiancee wedding widow widowed breakup", "单身 单亲 结婚 已婚 离婚 "
                     "男朋友 女朋友 男友 女友 老公 老婆 丈夫 妻子 订婚 婚礼 分手 约会 恋爱 对象")
              + r"|\bbroke\s+up\b|\bsplit\s+up\b", re.I),
         frozenset({"spouse", "partner", "dated"})),
    Kind("health",
         lazy(_words("health illness condition injury injuries disease allergy allergies medical",
                     "健康 身体 疾病 病情 伤病 过敏"), re.I),
         lazy(_words("sick ill illness injury injured hurt pain surgery hospital doctor diagnosed diagnosis allergic "
                     "allergy medication medicine therapy recovery recovering fever flu sprained broke disease "
                     "checkup", "生病 病了 医院 医生 手术 受伤 过敏 疼 痛 感冒 发烧 吃药 康复 住院 看病 体检"), re.I)),
    Kind("work",
         lazy(_words("job career work profession occupation business", "工作 职业 事业 生意"), re.I),
         lazy(_words("job career work worked working hired promoted promotion boss coworker colleague company "
                     "office internship intern interview fired quit employer client customer startup business "
                     "shift salary", "工作 上班 公司 老板 同事 辞职 升职 实习 面试 工资 创业 生意 加班 单位"), re.I),
         frozenset({"worksFor", "jobTitle", "workLocation"})),
    Kind("feelings",
         lazy(_words("feeling emotion mood", "感受 心情 情绪 感觉"), re.I),
         lazy(_words("happy sad excited anxious anxiety nervous relieved relief proud scared afraid frustrated "
                     "angry upset stressed overwhelmed grateful thrilled disappointed lonely worried bummed hopeful "
                     "calm glad", "开心 高兴 难过 伤心 紧张 焦虑 激动 兴奋 害怕 生气 失望 感激 孤独 担心 沮丧 放松 满足"),
              re.I)),
)

_ATTACHMENT = lazy(r"\[[^\]]*\]")


#: Where a question names what it asks for: after "what", "which", "how many" up to the verb ("What kind of
#: activities does", "Which US cities has"), after "what are" ("What are Nate's favorite desserts?"), after
#: 哪些, 什么, 哪几种 (做过哪些运动, 养过什么宠物).
_ASKED = (
    lazy(r"^\W*(?:(?:so|and)\s+)?(?:what|which|how\s+many)\s+(?P<asked>(?:[\w'/.-]+\s+){0,4}?)"
         r"(?:does|do|did|has|have|had|is|was|can|could|will|would)\b", re.I),
    lazy(r"^\W*(?:what|which)\s+(?:are|were)\s+(?P<asked>(?:[\w'/.-]+\s*){1,5})", re.I),
    lazy(r"(?:哪些|什么|哪几种|哪几个|哪几本|哪几部|哪种|几种)(?P<asked>[\u4e00-\u9fff]{1,4})"),
    # "What is Ann's relationship status?", "How is Ann's health?", 安娜的感情状况怎么样？, 安娜的工作是什么？
    lazy(r"^\W*(?:what|how)\s+(?:is|was|are|were)\s+(?:\w+\s+){0,2}?\w+(?:'s?|\u2019s?)\s+(?P<asked>(?:[\w-]+\s*){1,3})",
         re.I),
    lazy(r"的(?P<asked>[\u4e00-\u9fff]{2,4}?)(?:是什么|是|怎么样|如何|状况|情况|状态|有哪些)"),
)


def asked_kinds(question: str) -> tuple[Kind, ...]:
    """The kinds of :data:`KINDS` that ``question`` asks for: named where it names what it asks for, or by
    a verb that asks for one ("Where has Ann travelled?"); the kind of a thing it only mentions does not
    count ("What plans does Gina have after the networking event?" asks for no events)."""
    asked = " ".join(m.group("asked") for pattern in _ASKED if (m := pattern.search(question)) is not None)
    return tuple(kind for kind in KINDS if kind.asked.search(asked) or (kind.verbs and kind.verbs.search(question)))


def named_kinds(question: str) -> tuple[Kind, ...]:
    """The kinds of :data:`KINDS` that ``question`` names anywhere without asking for them: what narrows
    the answer ("What activities has Ann done with her family?": family)."""
    asked = asked_kinds(question)
    return tuple(kind for kind in KINDS if kind not in asked and kind.asked.search(question))


def member_turns(index: RecallIndex, kinds: tuple[Kind, ...], people: np.ndarray,
                 narrowing: tuple[Kind, ...] = ()) -> np.ndarray:
    """How well each turn of ``people`` (a mask of turns) names a member of one of ``kinds``: 1 for a
    member word in its text that is not a word naming the kind itself ("yoga", not "exercise"; an
    attachment in brackets not read), or a fact of a kind's relations about the person who said it told
    in it; 2 when it also names a member of one of the ``narrowing`` kinds the question names ("What
    activities has Ann done with her family?": "I took the kids swimming"); 0 for the other turns.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.recall.index import RecallIndex
    >>> texts = ["I started a yoga class!", "Nice weather today.", "Exercise is good for you.", "Yoga with my son."]
    >>> index = RecallIndex([Turn("c", str(i), ("Ann", "Bob")[i % 2], t) for i, t in enumerate(texts)], [])
    >>> question = "What exercises has Ann done with her family?"
    >>> people = np.array([True, False, True, True])
    >>> member_turns(index, asked_kinds(question), people, named_kinds(question)).tolist()
    [1.0, 0.0, 0.0, 2.0]
    """
    out = np.zeros(len(index.turns))
    if not kinds:
        return out
    rows = np.flatnonzero(people).tolist()
    out[rows] = _named(index, kinds, people, rows)
    if narrowing and out.any():
        out[rows] += out[rows] * _named(index, narrowing, people, rows)
    return out


def _named(index: RecallIndex, kinds: tuple[Kind, ...], people: np.ndarray, rows: list[int]) -> np.ndarray:
    """Whether each turn of ``rows`` names a member of one of ``kinds`` (see :func:`member_turns`)."""
    out = np.zeros(len(index.turns), dtype=bool)
    predicates = frozenset().union(*(kind.predicates for kind in kinds))
    for row in rows:
        text = _ATTACHMENT.sub(" ", index.turns[row].text)
        out[row] = any(not kind.asked.fullmatch(m.group()) for kind in kinds for m in kind.members.finditer(text))
    if predicates:  # the facts of the people's entities only, not every fact of the memory
        speakers = {normalize_name(index.turns[row].speaker) for row in rows}
        facts = {j for name in speakers for iri in index.names.get(name, ()) for j in index.entity_facts.get(iri, ())}
        for j in sorted(facts):
            fact = index.facts[j]
            if fact.predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1] not in predicates:
                continue
            subject = normalize_name(fact.subject.label)
            for row in index.fact_turns[j]:
                out[row] |= bool(people[row]) and normalize_name(index.turns[row].speaker) == subject
    return out[rows].astype(float)
