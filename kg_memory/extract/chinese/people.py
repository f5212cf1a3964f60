"""Chinese rules for what people say about each other, and biographic sentences.

Clause rules (:data:`PEOPLE_RULES`, tried before the other rules of :mod:`.rules`) read the rest of a
clause after its subject:

* 他是我儿子 / 你是我的妻子 / 我是你最好的朋友 / 他是我们的朋友: the subject is the speaker's (or the addressee's) relative;
* 我和刘洋一起工作 (colleagues), 我跟孙悦住在一起 (roommates), 我和他在交往 / 我跟朱莉在一起 / 我和霍华德交往了两个月 (partners);
* 我要向莫妮卡求婚 (partners), 她就住我隔壁 (neighbours), 你真是个好朋友 (said to them: the speaker's friend);
* 我爱你 / 我讨厌他 / 我爱上了瑞秋 / 罗斯爱我: an impression of a person (你: the addressee, or the name called
  at the start of the turn: 瑞秋，我爱你); 我在跟钱德勒生气 / 你生我的气: a negative one;
* 的国籍是美国, 创办了星火科技, 是……的创始人, 汉族, 江苏人, 男, 的外号是小胖.

Sentence patterns: 我的朋友莫妮卡 / 罗斯的妻子卡萝 / 她朋友唐娜 / 罗斯的妹妹，莫妮卡 anywhere in a sentence
(:func:`apposed_kin`); 皮特，我的男朋友 and 拉普，我家的狗 (a name, then what the person or pet is); 早上好，室友 / 晚安，妈妈 (the
person spoken to called by what they are); couples (莫妮卡和钱德勒都结婚了, 我们要结婚了: :mod:`.couples`) and relatives
named with a title (我西尔维亚姑妈: :mod:`.kin_titles`); 大家都叫他大头 (a nickname, :func:`nicknames`);
:func:`trimmed_name` cuts the name before 是我的…… out of the words before it (我觉得罗杰是我的好朋友 -> 罗杰);
:func:`kin_named` finds where a relative's name ends (我姐姐李娜住在上海 -> 李娜, not 李娜住).

>>> trimmed_name("我觉得罗杰", at_start=False), trimmed_name("瑞秋不", at_start=True)
('罗杰', None)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ...types import Entity, Turn
from ..called_back import addressed
from ..framework import Clause, Found, LazyPattern, Rule, lazy
from ..names import is_chinese_name, is_transliterated_name
from ..pronouns import FEMALE, MALE, Discourse
from .called_job import called_with_job
from .counted import pet_said
from .couples import COUPLE_RULES, couples, named_owner, we_marry
from .founded_things import no_founding
from .given_names import adverb_said, given_name_after_kin
from .kin_also import kin_also
from .kin_asked import asked_kin, in_law_called
from .kin_titles import titled_relatives
from .lexicon import COUNTRIES, HAN, KIN, KIN_GOOD, KIN_PREDICATE, NAME, NUM, PET, PETS, TIME, in_idiom
from .nicknames import CALL_ME as _CALL_ME
from .nicknames import FAMILIAR as _FAMILIAR
from .nicknames import NICKNAME as _NICKNAME
from .nicknames import kin_nicknames
from .pet_kind_named import pets_named_by_kind
from .places import is_place
from .segment import (
    CLAUSE,
    FILLER,
    IRREALIS,
    SUBJECT_CLAUSE,
    TRAILING,
    _tagger,
    begins_word,
    clean_object,
    is_called_name,
    is_name,
    nominal_head,
    word_starts,
)
from .ties import NEXT_DOOR, NEXT_DOOR_VERB, TIE_RULES, known_third, we_without_you

__all__ = ["NOT_NAME_END", "PEOPLE_RULES", "addressee", "or_replied_to", "apposed_kin", "is_place", "kin_named", "mentions", "named_subject", "nicknames",
           "owner_kin", "said_of_people", "trimmed_name", "we_are"]

#: Words between 我的 and the relation: 我最好的朋友, 我的老同事 ("老板" stays a boss); 前男朋友 (an ex) is a
#: relation of its own (``dated``, :data:`.lexicon.KIN_PREDICATE`), never 前 + a current partner.
_MOD = rf"(?:最好的|很好的|最亲密的|亲爱的|{KIN_GOOD}|新)?"
_END = r"(?:(?:更甚于|甚于|胜过|多过)[^，,。！？]*)?(?:之一)?(?:了|啊|呀|呢|吧|哦)*$"  # 我喜欢罗斯胜过别人: who, compared
#: Something in a "name" that makes it a piece of a sentence: negation, modality, adverbs.
_NOT_IN_NAME = lazy(r"[不没也还就都才又只并很真我你他她的是了]|可能|应该|一定|好像|也许|大概|其实|已经|曾经|现在|以前")
_VOCATIVE = lazy(rf"^(?P<n>[{HAN}·]{{2,8}})[，,]")
_VOCATIVE_END = lazy(rf"[，,](?P<n>[{HAN}·]{{2,8}})[。！!？?…\s]*$")  # 我爱你，莫妮卡。
#: A name called at the head of a later sentence, or after words said on their own: 是啊！是啊，莫妮卡！你……, 好吧，迈克，你……
_VOCATIVE_INSIDE = lazy(rf"(?:^|[。！!？?…]\s*)(?:(?:嘿|嗨|哦|噢|啊|喂|好吧|好了|好|谢谢|你好|再见|听着|天啊|是啊|是的|对|不|拜托|"
                        rf"等等|等一下|瞧|看)[，,！!。]\s*)*(?P<n>[{HAN}·]{{2,8}})[，,！!]")
#: What may come before a name called at the start of a turn (嘿瑞秋，……).
_CALLED_BEFORE = lazy(r"^(?:嘿|嗨|哦|噢|啊|喂|好吧|谢谢|你好|再见|听着|天啊)+")
_POSITIVE = ("爱", "喜欢", "爱上", "爱上了", "喜欢上", "喜欢上了", "迷恋", "迷恋上", "迷恋过", "暗恋", "暗恋过", "爱慕", "崇拜",
             "欣赏", "想念", "爱过", "喜欢过", "迷上", "迷上了", "看上", "看上了", "尊敬", "敬重", "尊重", "佩服")
_NEGATIVE = ("讨厌", "恨", "受不了", "烦", "鄙视", "看不起", "憎恨", "讨厌死", "恨透了", "恨死了", "恨透", "恨死", "看不惯", "受够了", "受够")
#: What the speaker thinks of a person said with an adjective: 他是如此甜蜜, 他是一个非常棒的人, 你真是个混蛋.
_GOOD = "棒|赞|超赞|好|可爱|甜蜜|甜|迷人|了不起|善良|聪明|有趣|帅|漂亮|美|贴心|体贴|温柔|完美|优秀|酷|幽默|性感|厉害|伟大|惊人|风趣|可靠|大方"
_BAD = "讨厌|烦人|无可救药|混蛋|变态|恶心|可恶|自私|无聊|差劲|糟糕|刻薄|虚伪|卑鄙|白痴|蠢|笨|坏|小气|冷血|无耻|可怕|讨人厌"
#: 汉族, 回族 ...: the peoples of China (a 族 word that is no people: 上班族 is left alone).
_ETHNIC = "汉族 回族 藏族 满族 蒙古族 维吾尔族 壮族 苗族 彝族 土家族 朝鲜族 侗族 瑶族 白族 哈萨克族 傣族 黎族".split()
#: What ends the name of a food or a kind of art, never a person's (泰国菜, which jieba tags a name).
_DISH = lazy(r"(?:[菜餐饭面粉茶酒汤]|料理|小吃|点心|甜点|咖啡|音乐|电影|歌曲|美食)$")


@functools.lru_cache(maxsize=4096)
def trimmed_name(text: str, at_start: bool) -> str | None:
    """The name at the end of ``text`` (the words before 是我的……): its longest tail that reads as a
    name, or ``text`` itself when it begins the clause and holds nothing that makes it a phrase."""
    if "·" in text:
        m = re.search(rf"[{HAN}]{{1,4}}·[{HAN}·]{{1,6}}$", text)
        name = m.group(0) if m else None
        while name and _NOT_IN_NAME.match(name):
            name = name[1:]
        return name if name and not name.startswith("·") else None
    cuts = word_starts(text)  # 谁都知道罗斯: 罗斯, not 道罗斯 (a name starts a word)
    for starts in (cuts, range(len(text) + 1)):
        for k in range(min(len(text), 4), 1, -1):
            if len(text) - k in starts and not _NOT_IN_NAME.search(text[-k:]) and is_name(text[-k:]):
                return text[-k:]
    return text if at_start and len(text) <= 4 and not _NOT_IN_NAME.search(text) else None


def addressee(turn: Turn, discourse: Discourse) -> Entity | None:
    """Who 你 is in ``turn``: the name called at its start or end (瑞秋，你……; ……你，瑞秋), else the other of two speakers."""
    you = turn.text.find("你")
    inside = [m for m in _VOCATIVE_INSIDE.finditer(turn.text) if m.end() <= you]
    for m in (_VOCATIVE.match(turn.text), _VOCATIVE_END.search(turn.text), *inside[-1:]):
        if m is None or you < 0:
            continue
        name = trimmed_name(m.group("n"), at_start=True)
        if name and _CALLED_BEFORE.sub("", m.group("n")) != name:
            continue  # 在我成长的过程中，……: the tail of a phrase (程中), no name called
        if name and (is_name(name) or "·" in name):
            return Entity(name, "Person")
    return discourse.addressee(turn)


def or_replied_to(who: Entity | None, weight: float, turn: Turn, discourse: Discourse) -> tuple[Entity | None, float]:
    """``who`` at ``weight`` when the caller found the person spoken to; else, in a larger conversation,
    the speaker ``turn`` most likely replies to, at that guess's confidence (:meth:`Discourse.addressed`)."""
    found = addressed(turn, discourse) if who is None else None  # (the one calling back: :mod:`..called_back`)
    return found if found is not None else (who, weight)


def _person(word: str, c: Clause, sure: bool = False) -> Entity | None:
    """The person ``word`` names in clause ``c``: 我, 你, 他/她 (when ``sure``, someone of a known gender:
    :func:`.ties.known_third`) or a name."""
    if word == "我":
        return c.discourse.speaker(c.turn)
    if word == "你":
        who, weight = or_replied_to(addressee(c.turn, c.discourse), 1.0, c.turn, c.discourse)
        c.weight *= weight
        return who
    if word in ("他", "她"):
        if sure:
            return known_third(word, c)
        resolved = c.discourse.third_person(c.turn, MALE if word == "他" else FEMALE)
        return resolved[0] if resolved else None
    name = trimmed_name(word, at_start=True)
    if not name or name.endswith("人"):
        return None  # 和任何人约会, 跟别人: nobody named
    person = Entity(name, "Person")
    c.discourse.mention(c.turn, person)
    return person


def _r_is_my_kin(m: re.Match[str], c: Clause) -> bool:
    """他是我儿子, 你是我的妻子: the subject is the speaker's (我) or the addressee's (你) relative; 他是我们的朋友:
    a friend (a roommate, a neighbour) of the speaker's too."""
    if m.group("kp") == "我们" and KIN_PREDICATE[m.group("kin")] not in _SHARED:
        return False  # 他是我们的儿子: whose else is unknown, the speaker's child all the same, but 我们的老板 ...
    owner = _person("我" if m.group("kp") == "我们" else m.group("kp"), c, sure=True)  # 他/她 of a known gender only
    if c.negated or owner is None or owner == c.subject:
        return False
    c.out.append((owner, KIN_PREDICATE[m.group("kin")], c.subject, 0.8 * c.weight, None))
    return True


#: Relations a group shares with each of its members (他是我们的朋友: the speaker's friend).
_SHARED = frozenset({"friend", "roommate", "neighbor", "classmate", "colleague", "acquaintance", "boss", "child", "parent"})


def _with(predicate: str, confidence: float) -> Rule:
    """我和刘洋一起工作: a relation of the subject with the person after 和/跟/与."""
    def rule(m: re.Match[str], c: Clause) -> bool:
        other = None if c.negated else _person(m.group("n"), c)
        if other is None or other == c.subject:
            return False
        c.add(predicate, other, confidence)
        return True
    return rule


def _r_impression(m: re.Match[str], c: Clause) -> bool:
    """我爱你, 我讨厌他: an impression of a person (a liking of a thing is :mod:`.rules`' ``likes``)."""
    word = m.group("o")
    if in_idiom(word, c.sentence):
        return False  # 我爱莫能助 ("I can't help"): an idiom, nobody loved
    if word not in ("我", "你", "他", "她") and not (is_chinese_name(word) and not is_place(word) and not _DISH.search(word)):
        return False  # 我爱北京, 我爱吃苹果, 很喜欢泰国菜: a liking (:mod:`.rules`), no person
    other = None if c.negated else _person(word, c, sure=True)  # 他/她 of a known gender only
    if other is None or other == c.subject:
        return False
    c.add("positiveImpression" if m.group("v") in _POSITIVE else "negativeImpression", other, 0.75)
    return True


def _r_thought_of(m: re.Match[str], c: Clause) -> bool:
    """他是如此甜蜜, 罗斯真是个混蛋, 你太棒了: the speaker's impression of the person the clause is about, the person
    spoken to included (as "you're amazing" in English: on DialogRE train, 18 of 21 such facts were right), not the
    speaker's of themself."""
    speaker = c.discourse.speaker(c.turn)
    if c.negated or c.subject == speaker or c.subject.type != "Person":
        return False
    predicate = "positiveImpression" if m.group("good") else "negativeImpression"
    c.out.append((speaker, predicate, c.subject, 0.65 * c.weight, None))
    return True


def _r_good_friend(m: re.Match[str], c: Clause) -> bool:
    """你真是个好朋友 (said to them): the one spoken to is the speaker's friend (他是个好朋友: whose, is unknown)."""
    speaker = c.discourse.speaker(c.turn)
    spoken_to, _ = or_replied_to(addressee(c.turn, c.discourse), 1.0, c.turn, c.discourse)
    if c.negated or c.subject != spoken_to or c.subject == speaker:
        return False
    c.out.append((speaker, "friend", c.subject, 0.7 * c.weight, None))
    return True


def _r_angry(m: re.Match[str], c: Clause) -> bool:
    """我在跟钱德勒生气, 她生我的气: a negative impression of the person one is angry with."""
    word = m.group("o")
    if c.negated or word not in ("我", "你", "他", "她") and not is_chinese_name(word):
        return False
    other = _person(word, c, sure=True)
    if other is None or other == c.subject:
        return False
    c.add("negativeImpression", other, 0.7)
    return True


def _r_native(m: re.Match[str], c: Clause) -> bool:
    """江苏人 (after a name: 文剑平，男，江苏人): where the subject comes from."""
    place = m.group("o")
    if c.negated or not is_place(place):
        return False
    c.add("nationality" if place in COUNTRIES or place.endswith("国") else "hometown", Entity(place, "Place"), 0.75)
    return True


def _r_founded(m: re.Match[str], c: Clause) -> bool:
    """创办了星火科技, 是星火科技的创始人: an organisation the subject founded."""
    raw = m.group("o")
    org = nominal_head(raw) or clean_object(raw, 12)
    if c.negated or not org or re.match("[这那哪]", org) or no_founding(org):  # 建立感情基础: a bond, no firm
        return False
    c.add("founded", Entity(org, "Organization"), 0.85, event=True)
    return True


def _r_citizen(m: re.Match[str], c: Clause) -> bool:
    """入了美国籍, 有美国国籍, 拿到了加拿大国籍: the country (美国, 加拿大) is the nationality."""
    said = m.group("o")[:-1] if m.group("o").endswith("国国") or m.group("o")[:-1] in COUNTRIES else m.group("o")
    if c.negated or not (said in COUNTRIES or said.endswith("国")):  # a country (lexicon.is_country)
        return False
    c.add("nationality", Entity(said, "Place"), 0.85)
    return True


def _r_value(predicate: str, limit: int = 8) -> Rule:
    """的国籍是美国 (a place), 的外号是小胖 (a name), 汉族 (a value): the rest of the clause as said."""
    def rule(m: re.Match[str], c: Clause) -> bool:
        value = clean_object(m.group("o"), limit)
        if c.negated or not value or re.match("[这那哪什谁]", value):
            return False
        c.add(predicate, Entity(value, "Place") if predicate == "nationality" else value, 0.85)
        return True
    return rule


def _r_gender(m: re.Match[str], c: Clause) -> bool:
    c.add("gender", MALE if m.group("g") == "男" else FEMALE, 0.8)
    return True


_WHO = rf"(?P<n>我|你|他|她|{NAME})"
#: Words for what two people are to each other (我们是朋友, 罗斯和我是室友) and the predicate of each.
_PAIRS = {**{k: v for k, v in KIN_PREDICATE.items() if v in ("friend", "colleague", "classmate", "roommate", "neighbor",
                                                                 "sibling", "acquaintance")},
          "夫妻": "spouse", "两口子": "spouse", "男女朋友": "partner", "情侣": "partner", "恋人": "partner",
          "兄妹": "sibling", "姐弟": "sibling", "双胞胎": "sibling", "同班": "classmate", "上下铺": "roommate"}
_PAIR_WORDS = "|".join(sorted(_PAIRS, key=len, reverse=True))


def _r_pair(m: re.Match[str], c: Clause) -> bool:
    """罗斯和我是好朋友, 他跟瑞秋是室友: the subject and the person after 和 are friends, roommates..."""
    other = None if c.negated else _person(m.group("n"), c, sure=True)
    if other is None or other == c.subject or other.label in KIN_PREDICATE:  # 和我老公是同学: the husband (.kin_also)
        return False
    c.add(_PAIRS[m.group("kin")], other, 0.8)
    return True


def _r_works_for_person(m: re.Match[str], c: Clause) -> bool:
    """我为罗斯工作: the person is the subject's boss (为公司工作, an organisation, is :mod:`.rules`' ``worksFor``)."""
    word = m.group("n")
    if word not in ("他", "她") and not is_transliterated_name(word) and "·" not in word:
        return False  # 为谷歌工作: jieba takes some companies for people; a transliterated name is a person
    other = None if c.negated else _person(word, c, sure=True)
    if other is None or other == c.subject:
        return False
    c.add("boss", other, 0.75)
    return True
PEOPLE_RULES: list[tuple[str, Rule]] = [
    *COUPLE_RULES,  # 她要嫁给她大学同学王磊
    *TIE_RULES,  # 我和王磊约会过几次, 我跟他不太熟
    (rf"^是(?P<kp>我们|我|你|他|她)(?:[{HAN}]{{1,5}}?(?:时|时候|那时)|以前|之前|从前|过去|家?{NEXT_DOOR}(?=的?邻居))?的?{_MOD}(?P<kin>{KIN}){_END}", _r_is_my_kin),  # 我五年级时最好的朋友
    (rf"^(?:和|跟|与|同){_WHO}(?:一起|一块儿?|共同|都?在同一?[所家个间][{HAN}]{{1,6}}?)(?:工作|上班|共事){_END}",
     _with("colleague", 0.8)),  # 我和刘洋一起工作, 我和罗斯在同一所大学工作
    (rf"^(?:和|跟|与|同){_WHO}(?:接着|继续|还)?(?:住在一起|一起住|同住|合租|(?:一块儿?|一起)住了?|住(?:在)?一块儿?){_END}", _with("roommate", 0.8)),
    (rf"^(?:和|跟|与|同){_WHO}(?:在交往|交往了|在谈恋爱|谈恋爱了|恋爱了){_END}", _with("partner", 0.75)),
    (rf"^(?:和|跟|与|同){_WHO}(?:交往|谈恋爱|约会|在一起)(?:了|过)?(?:{NUM}|几|好几)个?(?:月|年|星期|礼拜|周)(?:多|半)?(?:了)?{_END}", _with("partner", 0.7)),
    (rf"^(?:现在|又|终于|已经|正式)?(?:和|跟|与|同){_WHO}(?:又|终于|已经)?在一起(?:了)?{_END}", _with("partner", 0.65)),
    # 我和罗斯在约会, 我在跟罗斯约会, 我正在跟李明谈恋爱: dating now, a partner (as "I'm dating Ross" in English: one fact in both languages)
    (rf"^(?:和|跟|与|同){_WHO}在约会{_END}", _with("partner", 0.7)),
    (rf"^(?:{TIME})?(?:在|正在|还在|一直在)(?:和|跟|与|同){_WHO}(?:约会|交往|谈恋爱|谈对象|处对象){_END}", _with("partner", 0.7)),
    (rf"^(?:和|跟|与|同){_WHO}(?:确实|曾经|以前|也)?(?:约会过|约过会|交往过|谈过恋爱){_END}", _with("dated", 0.75)),
    # 我今晚要和谢尔盖约会, 我和詹姆斯约会 (told as past): dates (想跟……约会, a wish, is irrealis)
    (rf"^(?:{TIME})?(?:开始|又|要|今晚要|明天要|第一次)?(?:和|跟|与|同){_WHO}(?:再次|又|第一次)?"
     rf"(?:约会|出去约会)(?:了|过)?{_END}", _with("dated", 0.7)),
    (rf"^(?:为|给|替)(?P<n>{NAME}|他|她)(?:工作|打工|干活){_END}", _r_works_for_person),
    # 罗斯和我是好朋友, 我跟小林大学是上下铺 (not 林大学): the subject and the one after 和 are what the word says
    (rf"^(?:和|跟|与|同){_WHO}(?:俩|两个)?(?:(?:高中|大学|初中|小学|中学)(?:时|的时候|那会儿)?)?(?:都|也|一直|永远|已经|还|曾经|{TIME})?是"
     rf"(?:最好的|很好的|{KIN_GOOD}|老)?(?:(?:高中|大学|初中|小学|中学)(?:时的|时候的|的)?)?(?P<kin>{_PAIR_WORDS}){_END}", _r_pair),
    (rf"^(?:要|想|打算|准备|快要|就要|决定)(?:和|跟|与|同){_WHO}(?:分手|结婚|订婚){_END}", _with("partner", 0.7)),
    (rf"^(?:已经)?(?:和|跟|与|同){_WHO}订婚(?:了)?{_END}", _with("partner", 0.75)),
    (rf"^(?:最|这么|那么|如此|多么)?(?P<v>{'|'.join(sorted(_POSITIVE + _NEGATIVE, key=len, reverse=True))})(?P<o>我|你|他|她|{NAME}){_END}",
     _r_impression),  # 我这么喜欢迈克
    # 你真是个好朋友, 你是任何人能拥有的最好的朋友: said to someone, the speaker's friend
    (r"^(?:真|真的|的确|确实|就|可|永远|一直)?是(?:一个|个|一位|位)?(?:[^，,的我你他她]{1,10}的)?(?:好|很好的|最好的|真正的|最棒的)"
     rf"朋友{_END}", _r_good_friend),
    # 我要向莫妮卡求婚, 他今晚向瑞秋求婚了: one proposes to a partner
    (rf"^(?:{TIME})?(?:要|想要|打算|准备|就要|今晚要|明天要|已经|终于)?(?:向|跟|和){_WHO}求婚了?{_END}", _with("partner", 0.7)),
    # 她就住我们隔壁, 他住在我楼上, 她住我们楼里, 我们搬到你家楼上了: the subject is a neighbour of the speaker (of the one spoken to)
    (rf"^(?:就|也|一直|现在|还)?{NEXT_DOOR_VERB}(?P<n>我|你)(?:们)?(?:家)?(?:的)?(?:隔壁|对门|对面|楼上|楼下|楼道对面|(?<=们)(?:这栋)?楼里?)(?:那间|那户)?"
     rf"(?:[都也还就][^，,。的]{{1,6}})?{_END}", _with("neighbor", 0.7)),  # 我住你楼下都嫌吵
    (rf"^(?:在|还在|正在)?(?:跟|和|对)(?P<o>我|你|他|她|{NAME})(?:很|非常|特别)?生气{_END}", _r_angry),
    (rf"^(?:在|还在|正在)?生(?P<o>我|你|他|她|{NAME})的气{_END}", _r_angry),
    (rf"^(?:真|真的|的确|确实)?(?:是)?(?:一个|个|一位)?(?:真|真的|很|非常|如此|这么|那么|太|超级|特别|好|最)+"
     rf"(?:(?P<good>{_GOOD})|(?P<bad>{_BAD}))(?:的人|的家伙|的男人|的女人|的人了|的人啊|人)?{_END}", _r_thought_of),
    (rf"^(?:真|真的|的确|确实)?是(?:一个|个|一位)?(?:(?P<good>好人|好男人|好女人|天才|大好人)|(?P<bad>混蛋|变态|白痴|蠢货|"
     rf"傻瓜|笨蛋|骗子|坏人|浑蛋|王八蛋|贱人|疯子|垃圾|婊子|废物|人渣|渣男|怪胎)){_END}", _r_thought_of),
    (r"^的国籍(?:是|为)(?P<o>.+)$", _r_value("nationality")),  # 入了美国籍, 拿到了加拿大国籍, 是美国籍: the country
    (r"^(?:(?:后来|已经|早就|去年|前年)*(?:是|有|拿了|拿到了?|入了|加入了?|取得了?|改成了?))(?P<o>[\u4e00-\u9fff]{2,6}?)籍(?:了|的)?$",
     _r_citizen),
    (r"^的?(?:外号|绰号|昵称|小名|英文名|艺名|笔名|别名)(?:是|叫)(?P<o>.+)$", _r_value("alternateName", 6)),
    (rf"^(?:是)?(?P<o>{'|'.join(_ETHNIC)})(?:人)?$", _r_value("ethnicity")),
    (rf"^(?:于|在)?{TIME}?(?:一手)?(?:创办|创立|创建|成立|建立|开办)了?(?P<o>.+)$", _r_founded),
    (r"^是(?P<o>.+?)的(?:创始人|创办人|创建者|创立者|联合创始人)$", _r_founded),
    (rf"^(?:是)?(?:一个|一名|一位|个)?(?P<o>[{HAN}]{{2,6}})人$", _r_native),  # 江苏人, 是中国人
    (r"^(?P<g>男|女)(?:性)?$", _r_gender),
]


#: 见到了王刚, 认识陈浩, 我们家晓红 (家 is no surname there): a person mentioned, whom a later 他/她 may mean.
_SEEN = lazy(rf"(?:见到了?|遇到了?|遇见了?|碰到了?|认识|看到了?|找到了?|介绍了?|和|跟|这是|这位是|这就是|(?:我们|咱们?|我|你们?)家)"
             rf"(?P<n>[{HAN}]{{1,5}}·[{HAN}]{{1,6}}|[{HAN}]{{2,4}})")


def mentions(sentence: str, turn: Turn, discourse: Discourse) -> None:
    """Record the people ``sentence`` names after 见到/认识/和/这是…, for 他/她 in what follows."""
    if pet_said(sentence):  # 我养了一只猫，叫咪咪。她三岁了。: 她 may be the cat, not a person of a turn before
        discourse.mention(turn, Entity("pet", "Animal"))
    for m in _SEEN.finditer(sentence):
        words, whole = m.group("n"), not re.match(f"[{HAN}]", sentence[m.end():m.end() + 1])  # 见到了王刚，
        rest = sentence[m.end():]
        name = next((words[:k] for k in range(len(words), 1, -1)
                     if (whole and k == len(words) or words[k - 1] not in NOT_NAME_END)
                     and not (k > 2 and _TIME_AFTER_NAME.match(words[k - 1:] + rest))  # 和王磊昨天: 王磊
                     and not _NOT_IN_NAME.search(words[:k]) and (is_name(words[:k]) or "·" in words[:k])), None)
        if name:
            discourse.mention(turn, Entity(name, "Person"))


def nicknames(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """大家都叫他大头: the nickname of the person 他/她 resolves to (大家都叫我娜娜: the speaker's); 你可以叫我娜娜: the speaker's name."""
    out: list[Found] = [(discourse.speaker(turn), "alternateName" if _FAMILIAR.match(name) else "name", name, 0.8, None)
                        for m in _CALL_ME.finditer(sentence)
                        if (m.group("may") or m.group("ok")) and (name := TRAILING.sub("", m.group("n")))
                        and not _NOT_IN_NAME.search(name) and not IRREALIS.search(sentence)]
    for m in _NICKNAME.finditer(sentence):
        resolved = (discourse.speaker(turn), 1.0) if m.group("p") == "我" else \
            discourse.third_person(turn, MALE if m.group("p") == "他" else FEMALE)
        name = "" if (said := TRAILING.sub("", m.group("n"))) in KIN_PREDICATE else said  # 小朋友都叫我阿姨: no name
        if resolved and name and not _NOT_IN_NAME.search(name) and not (m.group("p") == "我" and IRREALIS.search(sentence)):
            out.append((resolved[0], "alternateName", name, 0.75 * resolved[1], None))
    return out + kin_nicknames(sentence, turn, discourse)  # 妈妈叫我丫丫 (:mod:`.nicknames`)


_WE_ARE = lazy(rf"^(?:我们|咱们|咱)(?:俩|两个)?(?:都|永远|一直|已经|现在|还|只|依然|仍然|仍|可)?是(?P<good>最好的|很好的|好|老)?"
               rf"(?:(?:高中|大学|初中|小学|中学)(?:时的|时候的|的)?)?(?P<kin>{_PAIR_WORDS}){_END}")


def we_are(clauses: list[str], turn: Turn, discourse: Discourse) -> list[Found]:
    """我们是朋友 (said to someone): the speaker and the addressee are friends, a couple..."""
    out: list[Found] = []
    for clause in clauses:
        m = _WE_ARE.match(clause)
        if m is None:
            continue
        introduced = _introduced(turn, discourse)  # 这是我的朋友瑞秋，我们是高中同学: the speaker and 瑞秋
        other, weight = introduced or or_replied_to(addressee(turn, discourse), 1.0, turn, discourse)
        if other is not None and other != discourse.speaker(turn) and (introduced or not we_without_you(turn, clause, discourse)):
            pair = "friend" if m.group("good") and _PAIRS[m.group("kin")] == "sibling" else _PAIRS[m.group("kin")]  # 好姐妹
            out.append((discourse.speaker(turn), pair, other, 0.75 * weight, None))
    return out


#: 这是瑞秋 / 这是我的朋友瑞秋: a person introduced by name.
_INTRODUCED = lazy(rf"(?:这是|这位是|这就是)(?:我的?(?:{KIN})?)?(?P<n>[{HAN}·]{{2,8}}?)(?=[，,。！!…]|$)")


def _introduced(turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The person ``turn`` introduces by name (这是我的朋友瑞秋), when it introduces one (not 这是不同的)."""
    names = [m.group("n") for m in _INTRODUCED.finditer(turn.text) if is_chinese_name(m.group("n"))]
    return (Entity(names[-1], "Person"), 0.9) if len(names) == 1 else None


@functools.cache
def _kin_of_length(n: int) -> LazyPattern:
    return lazy(SUBJECT_CLAUSE.pattern.replace(f"[{HAN}]{{2,3}})?", f"[{HAN}]{{{n}}})", 1))


#: A time word or adverb after a relative's name: 我同事陈静明天结婚 names 陈静 (not 陈静明; 王磊下周来, 张总特别烦, 老赵脾气, 小王人很好).
_TIME_AFTER_NAME = lazy(rf"^(?:{TIME}|明天|后天|下个?月|下周末?|下个?星期|明年|今晚|明早|刚才|刚刚|特别|非常|十分|超级|相当|脾气|性格|人(?:[很挺真超蛮还太也好]|不错|特别|非常))")


#: Characters that end no name but begin a verb phrase (张伟会说英语: not 张伟会).
NOT_NAME_END = set("在住是叫喜有去也很更都就还不没出今爱会想养最每经常和跟与的从被把给对要能可已曾正刚才又再当做读毕来到搬离辞结嫁娶认说讲懂吃喝玩看听买开过参加入信虽"
                   "留带拿送借写找帮弄走教")


#: A name's last character that is an adverb before a word of praise or blame (张伟真烦人: 张伟).
_ADVERB_ENDED = lazy(rf"[好真很太超](?:{_GOOD}|{_BAD}|奇怪|烦)")
_SUBJECT_OF_LENGTH = tuple(lazy(SUBJECT_CLAUSE.pattern.replace(f"(?P<name>{NAME})", f"(?P<name>[{HAN}·]{{{n}}})"))
                           for n in (3, 2, 4))


def named_subject(clause: str, head: re.Match[str], reads: Callable[[str], object]) -> re.Match[str] | None:
    """``head`` (the clause read with a name at its head) with the name cut where the rules ``reads`` the
    rest: 王小明是我同学 -> 王小明 (not 王小), 张伟会说英语 -> 张伟, three characters first, then two, then
    four; a relative's name (我姐姐李娜住在上海 -> 李娜, not 李娜住) by :func:`kin_named`."""
    if not head.group("name"):
        return kin_named(clause, head, reads)
    fits = []
    for pattern in _SUBJECT_OF_LENGTH:
        m = pattern.match(clause)
        if m is None or not m.group("name") or m.group("name")[-1] in NOT_NAME_END or not (is_name(m.group("name")) or is_called_name(m.group("name"))):
            continue
        if reads(m.group("rest")):
            fits.append(m)
    if len(fits) > 1:  # 罗斯真是个混蛋: 罗斯 (jieba: 罗斯/真是), not 罗斯真; 张伟真烦人: 张伟, whatever jieba cuts
        fits = [m for m in fits if not _ADVERB_ENDED.match(clause, m.end("name") - 1)] or fits
        return next((m for m in fits if m.end("name") in word_starts(clause)), fits[0])
    if fits:
        return fits[0]
    if not (is_name(head.group("name")) or is_called_name(head.group("name"))) or len(head.group("rest")) <= 1:
        return None  # not 江苏 + 人
    starts = word_starts(clause)  # 艾米莉在机场出现了: 艾米莉 (not 艾米), read by no rule but said of all the same
    return next((m for pattern in _SUBJECT_OF_LENGTH if (m := pattern.match(clause)) and m.group("name")
                 and m.group("name")[-1] not in NOT_NAME_END and is_chinese_name(m.group("name")) and m.end("name") in starts
                 and len(m.group("rest")) > 1), head)


#: A turn that opens by calling someone a relative (爸，我帮你拿着): the addressee is that relative (not 姐姐，你们……: a group).
_KIN_CALLED = lazy(r"^(?:哦|噢|嘿|嗨|啊)?[，,]?(?P<kin>爸爸|爸|老爸|妈妈|妈|老妈|妈咪|爹地|儿子|女儿|哥哥|姐姐|妹妹|弟弟)[，,！!](?!你们)")
#: (A parent called at the end of a turn, 谢谢，妈, is read by :func:`.called.parents_called` alone: one call, one parent.)
_CALLED_AS = {"爹地": "parent", "妈咪": "parent"}
_INTRODUCES = lazy(r"这是|这位是|这就是|来见见|见一下")


def _kin_called(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    m = _KIN_CALLED.match(sentence) if turn.text.lstrip().startswith(sentence[:4]) else None
    if m is None or _KIN_CALLED.match(sentence[m.end():]) or _INTRODUCES.search(turn.text):
        return []  # 妈妈，爸爸，……: which one answers is unknown; 爸，这是菲比: someone else is there to answer
    other, weight = asked_kin(turn, discourse) or or_replied_to(discourse.addressee(turn), 0.9, turn, discourse)
    if other is None or in_law_called(other, turn, discourse):  # 爸，您少喝点。 - 听儿媳妇的。: an in-law
        return []
    kin = m.group("kin")
    return [(discourse.speaker(turn), _CALLED_AS.get(kin) or KIN_PREDICATE[kin], other, 0.7 * weight, None)]


#: 高中的 (同学), 大学时的 (室友): when two were at school together.
_SCHOOL = r"(?:(?:高中|大学|初中|小学|中学)(?:时的|时候的|的)?)?"
#: 我的朋友莫妮卡, 我妹妹吉尔 anywhere in a sentence: the relative, then a name.
_APPOSED = lazy(rf"(?P<kp>我们|我|你|他|她|(?P<o>(?:(?![我你他她的])[{HAN}·]){{2,8}})的)的?(?:最好的|{KIN_GOOD}|老|最小的|最大的|小|大|现任|新)?"
                rf"{_SCHOOL}(?P<kin>{KIN})(?!{KIN})(?P<n>[{HAN}·]{{2,12}})")  # 他现任女友查理; not 我岳父岳母
#: 这是罗斯的妹妹，莫妮卡 / 我最小的妹妹，迪娜，……: the name after a comma, alone in its clause.
_APPOSED_COMMA = lazy(rf"(?P<kp>我|你|他|她|(?P<o>(?:(?![我你他她的])[{HAN}·]){{2,8}})的)的?(?:最好的|{KIN_GOOD}|老|最小的|最大的|小|大)?"
                      rf"(?P<kin>{KIN})[，,](?P<n>[{HAN}·]{{2,12}})(?=[，,。！!…]|$)")
#: What may follow a name (a verb, a preposition, 一起): where an apposed name ends (莫妮卡一起 -> 莫妮卡).
_AFTER_NAME = set("一说告让打叫就将刚还也都坐") | NOT_NAME_END


def _common_word(text: str) -> bool:
    """Whether jieba reads ``text`` as one word that is no name (滑冰, a verb: 她丈夫滑冰 names no husband)."""
    words = list(_tagger().cut(text))
    return len(words) == 1 and words[0].flag[:1] in ("v", "a", "d", "t", "m", "q", "r", "p", "c", "u", "y")


def _apposed_name(text: str, end: bool) -> str | None:
    """The name that opens ``text`` (its shortest head that reads as a name and that a verb, a preposition or,
    when ``end``, the end of the clause follows), or ``None``."""
    if "·" in text[:6]:
        m = re.match(rf"[{HAN}]{{1,4}}·[{HAN}]{{1,6}}", text)
        return m.group(0) if m and (m.end() == len(text) and end or text[m.end()] in _AFTER_NAME) \
            and is_chinese_name(m.group(0)) else None
    for k in range(2, min(len(text), 4) + 1):
        follows = text[k] if k < len(text) else None
        if (follows in _AFTER_NAME or follows is None and end or _TIME_AFTER_NAME.match(text[k:])) and is_chinese_name(text[:k]) \
                and (is_transliterated_name(text[:k]) or not _common_word(text[:k])):
            return text[:k]
        if follows is not None and is_transliterated_name(text[:k]) and not is_transliterated_name(text[:k + 1]) \
                and not is_chinese_name(text[:k + 1]) and k in word_starts(text):  # not 西班(牙语)
            return text[:k]  # 唐娜走在一块儿: a transliterated name, then a character no such name goes on with
    return None


#: 皮特，我的男朋友 / 基普，我的老室友: a name, then what the person is to the speaker (or the addressee), to the end of the clause.
_NAME_THEN_KIN = lazy(rf"(?:^|[，,。！!？?]|[^{HAN}])(?P<n>[{HAN}·]{{2,12}}?)(?:啊|呀)?[，,](?P<kp>我|你)的?(?:最好的|{KIN_GOOD}|老|新|大学|"
                      rf"高中)?(?P<kin>{KIN})(?:啊|呀|嘛)?(?=[，,。！!…]|$)")  # 钱磊啊，我大学室友


#: 拉普，我家的狗 / 我的鱼，巴迪: a pet named beside what it is, each alone in its clause.
_PET_APPOSED = lazy(rf"(?:^|[，,。！!？?])(?:(?P<n1>[{HAN}]{{2,4}})[，,](?P<kp1>我|我家|你|你家)的?(?P<p1>{PET})"
                    rf"|(?P<kp2>我|我家|你|你家)的?(?P<p2>{PET})[，,](?P<n2>[{HAN}]{{2,4}}))(?=[，,。！!…？?]|$)")


def _pet_apposed(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    out: list[Found] = []
    for m in _PET_APPOSED.finditer(sentence):
        name, kp = m.group("n1") or m.group("n2"), m.group("kp1") or m.group("kp2")
        owner = discourse.speaker(turn) if kp.startswith("我") else addressee(turn, discourse)
        if owner is None or _NOT_IN_NAME.search(name) or name in PETS.split() \
                or not (is_chinese_name(name) or turn.text.count(name) > 1):
            continue  # 谢谢，我的狗: a word said, not the pet's name (one not written like a name is said twice)
        out.append((owner, "hasPet", Entity(name, "Animal"), 0.75, None))
    return out


def _name_then_kin(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    out: list[Found] = []
    for m in _NAME_THEN_KIN.finditer(sentence):
        person = named_owner(m.group("n"))
        owner = discourse.speaker(turn) if m.group("kp") == "我" else addressee(turn, discourse)
        if person is None or owner is None or person.label != m.group("n")[-len(person.label):] \
                or m.group("n") == person.label and re.search(rf"(?:这是|这位是){re.escape(person.label)}", turn.text):
            continue  # 这是文斯。文斯，我的朋友: 文斯 is called to meet the speaker's friends (这是扎克，我的同事 is said of him)
        discourse.mention(turn, person)
        out.append((owner, KIN_PREDICATE[m.group("kin")], person, 0.7, None))
    return out


def apposed_kin(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """我的朋友莫妮卡 (跟我的朋友莫妮卡一起叙旧), 我妹妹吉尔就在旁边, 罗斯的妻子卡萝: the speaker's (the
    addressee's, a named person's) relative named after the relation, wherever the words stand in the sentence.

    >>> t = Turn("c", "1", "Ann", "我见过罗斯的妻子卡萝，跟我的朋友莫妮卡一起。")
    >>> [(s.label, p, o.label) for s, p, o, _, _ in apposed_kin(t.text, t, Discourse([t]))]
    [('罗斯', 'spouse', '卡萝'), ('Ann', 'friend', '莫妮卡')]
    """
    out: list[Found] = []
    commas = [m for m in _APPOSED_COMMA.finditer(sentence) if _apposed_name(m.group("n"), end=True) == m.group("n")]
    for clause in [*CLAUSE.split(sentence), *(m.group(0).replace("，", "").replace(",", "") for m in commas)]:
        for m in _APPOSED.finditer(clause):
            name = _apposed_name(m.group("n"), end=True)
            kp = m.group("kp")
            if kp in ("他", "她"):  # 她跟她朋友唐娜……: whose friend, when 她 is known
                resolved = discourse.third_person(turn, MALE if kp == "他" else FEMALE)
                owner = resolved[0] if resolved and resolved[1] >= 0.7 else None
            else:
                owner = discourse.speaker(turn) if kp.startswith("我") else named_owner(m.group("o")) if m.group("o") \
                    else addressee(turn, discourse)
            if name is None or owner is None or kp == "我们" and KIN_PREDICATE[m.group("kin")] not in _SHARED:
                continue  # 我们的老板: the speaker's boss too; 我们的儿子: whose else is unknown
            person = Entity(name, "Person")
            discourse.mention(turn, person)
            out.append((owner, KIN_PREDICATE[m.group("kin")], person, 0.75, None))
    return out


#: 早上好，室友！ 嘿室友！ 没有错，我的朋友: a roommate or friend called by what they are to the speaker.
_PEER_CALLED = lazy(r"(?:^(?:嘿|嗨|哈喽|你好|早上好|早安|晚安|再见|谢谢|欢迎回来|快进来呀?)?[，,]?|[，,])"
                    r"(?P<kin>室友|我的朋友|我的好朋友|老朋友)[！!。.…]*$")


def _peer_called(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    m = _PEER_CALLED.search(sentence)
    if m is None or _INTRODUCES.search(turn.text):
        return []  # 这是文斯。文斯，我的朋友: friends presented, not the one spoken to called a friend
    other, weight = or_replied_to(discourse.addressee(turn), 0.9, turn, discourse)
    if other is None:
        return []
    predicate = "roommate" if m.group("kin") == "室友" else "friend"
    return [(discourse.speaker(turn), predicate, other, 0.7 * weight, None)]


def said_of_people(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """What ``sentence`` says of people beside its clauses' subjects: nicknames, 我们是朋友, 爸，……, 我的朋友莫妮卡,
    嘿室友, 西尔维亚姑妈, 我们要结婚了."""
    clauses = [FILLER.sub("", c.strip()) for c in CLAUSE.split(sentence)]
    return (nicknames(sentence, turn, discourse) + we_are(clauses, turn, discourse) + _kin_called(sentence, turn, discourse)
            + apposed_kin(sentence, turn, discourse) + _name_then_kin(sentence, turn, discourse)
            + _pet_apposed(sentence, turn, discourse) + pets_named_by_kind(sentence, turn, discourse)
            + _peer_called(sentence, turn, discourse) + titled_relatives(sentence, turn, discourse) + called_with_job(sentence, turn, discourse)
            + we_marry(clauses, turn, discourse) + couples(sentence, turn, discourse) + kin_also(sentence, turn, discourse))


def kin_named(clause: str, head: re.Match[str], reads: Callable[[str], object]) -> re.Match[str] | None:
    """``head`` with the relative's name (我姐姐李娜住在上海) cut where the rules ``reads`` the rest:
    three characters first, then two; else the first cut that reads as a name (我的好朋友乔伊坐在那儿 -> 乔伊),
    else no name at all (我朋友取下圣诞灯时: not 取下圣); None for a relative and name alone (我的上司伊丽莎: not 伊丽)."""
    if (two := _kin_of_length(2).match(clause)) and len(two["rest"]) == 1 and is_name(two["kname"] + two["rest"]):
        return None
    tries = [m for m in (_kin_of_length(n).match(clause) for n in (3, 2)) if m and m.group("kname")
             and m.group("kname")[-1] not in NOT_NAME_END and not adverb_said(m.group("kname"), m.group("rest"))
             and not (len(m.group("kname")) == 3 and (_TIME_AFTER_NAME.match(clause[m.end("kname") - 1:])
                                                      or begins_word(clause, m.end("kname") - 1)))]  # 小明数学: 小明
    named = [m for m in tries if is_name(m.group("kname")) or is_called_name(m.group("kname"))
             or given_name_after_kin(m.group("kname"), clause)]  # 我同事欣怡下个月结婚
    if not tries or named:  # 我姐姐要嫁给王磊: no name (not 要嫁给) when only the rest without one reads
        return next((m for m in [*tries, _kin_of_length(0).match(clause)] if m and reads(m.group("rest"))),
                    named[0] if named else head)
    # 我朋友取下圣诞灯时: no name follows the relative (not 取下圣), the relative stays unnamed; 我妹妹开始跑步了: not 开始
    unnamed = _kin_of_length(0).match(clause)
    return next((m for m in [unnamed, *tries] if m and reads(m.group("rest"))), unnamed or head)


def owner_kin(owner_word: str, turn: Turn, discourse: Discourse) -> tuple[Entity | None, float]:
    """The owner of 我的/你的/他的 + relative, and the weight of what is said of the relative."""
    if owner_word == "我":
        return discourse.speaker(turn), 0.9
    if owner_word == "你":
        return addressee(turn, discourse), 0.8
    resolved = discourse.third_person(turn, MALE if owner_word == "他" else FEMALE)
    return resolved if resolved else (None, 0.0)

