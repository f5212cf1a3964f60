"""Chinese things people in a group say of each other in passing: jobs, trips, dates and feelings.

Clause rules (:data:`GROUP_TALK_RULES`, spliced into the rule table by :mod:`.regard`) read the rest of a clause after
its subject:

* 我刚从伦敦回来 / 她昨天从巴黎回来了: a place the subject ``visited`` (a place name only: 从公司回来 is an errand);
  so is 我飞到了巴黎, 我们在佛蒙特度过了整个周末, 我在伦敦待了一个星期, 我们在巴黎度蜜月;
* 罗斯是我们博物馆最重要的科学家之一 / 她是我见过最好的老师之一: the subject's ``jobTitle``;
* 我现在在当服务员: the subject's ``jobTitle``;
* 他和罗斯一个班 / 我跟罗斯在同一所大学读过书 / 我和罗斯上的是同一所高中: the two are each other's ``classmate``;
* 张伟让我很恼火 / 你让我很失望 (the speaker's ``negativeImpression`` of the subject), 你让我很开心 (a
  ``positiveImpression``); 你真讨厌 / 你烦死我了 (said of someone else than the speaker); 我快被你烦死了 (the
  subject's ``negativeImpression`` of the one named); 张伟是我的偶像 / 你是我在全世界最喜欢的人 (the speaker's
  fondness); 我从来没有停止过爱你 (a fondness: the stopping is what is denied).

Sentence patterns (:func:`said_in_group`):

* 格林医生 / 伯克大夫 / 盖勒教授: a name with a job title after it, that person's ``jobTitle`` (王医生, a surname alone,
  names nobody; 扮演格林医生 is a part played, and so is 钱德勒医生 of a friend the others call 钱德勒);
* 比尔和科琳讨厌我们 / 莫妮卡和罗斯都很喜欢你: what each of the two named thinks of the speaker (of the one spoken to);
* 今天跟珍妮约会很愉快 / 我和李明约会得很开心: a date the speaker had (the clause says no one else first);
* 这些都是我们的朋友，汤姆和苏珊 / 这是我的父母：杰克和朱迪: what each of two named is to the speaker (to the one
  spoken to, for 你的); two parents named together are each other's spouses.
* 罗斯和莫妮卡的爸爸杰克: a relative two named share (two who share a parent are siblings);
* 我和老公一起去旅游了: a relative the speaker does something with (:mod:`.kin_along`).
* 我家老王今天又加班: a spouse called by the surname at home (:mod:`.home_spouse`).
* 老狄，咱们两家就住对门: the one called is the speaker's neighbour (:mod:`.next_door_called`).
* 我们星河科技的王总 / 我们金秋合唱团: a firm or a club the speaker calls theirs by name (:mod:`.our_org`).

A negated clause (我没从伦敦回来), a question (你刚从伦敦回来吗？) or a hypothetical (如果比尔讨厌我们) gives nothing:
the clause reader drops questions and hypotheticals before these rules see them, and the sentence patterns look
for a negation themselves.

>>> from kg_memory.types import Turn
>>> t = Turn("c", "1", "Ann", "比尔和科琳讨厌我们。")
>>> [(s.label, p, o.label) for s, p, o, _, _ in said_in_group(t.text, t, Discourse([t]))]
[('比尔', 'negativeImpression', 'Ann'), ('科琳', 'negativeImpression', 'Ann')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Clause, Found, Rule, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse
from ..titles_in_play import in_play
from .couples import named_owner
from .home_spouse import home_spouse
from .kin_along import kin_along
from .lexicon import HAN, JOB_SUFFIX, KIN, KIN_PREDICATE, NUM, TIME
from .next_door_called import next_door_called
from .objects import place
from .our_org import orgs_called_ours
from .people import is_place, owner_kin
from .ties import known_third

__all__ = ["GROUP_TALK_RULES", "said_in_group"]

_END = r"(?:了|啦|啊|呀|呢|哦)*$"
#: A negation or a doubt said before a pattern the clause reader did not see (没从, 不是, 别).
_DENIED = lazy(r"[不没别未]")
#: A turn that says it is a joke (开玩笑的, 逗你玩的, 骗你的): what it says of people is not meant.
_JOKING = lazy(r"开(?:个|了个)?玩笑|逗你(?:玩)?的|骗你的|说着玩")


def _r_back_from(m: re.Match[str], c: Clause) -> bool:
    """我刚从伦敦回来: the subject has been to 伦敦 (a place name: not 从公司回来, 从那儿回来)."""
    raw = m.group("o")
    if c.negated or _DENIED.search(m.group(0)) or _JOKING.search(c.turn.text) or not is_place(raw):
        return False
    return place(raw, c, "visited", 0.75, event=True)


#: The best, the most famous... said before 的 + a job + 之一 (最重要的科学家之一, 我见过最好的老师之一; 是我们生活的明星之一,
#: with no 最, is a figure of speech).
_ONE_OF = rf"^(?:也|真的|确实)?是(?P<pre>[{HAN}]{{0,10}}最[{HAN}]{{1,6}})的(?P<j>[^的，,]{{2,6}}?)之一{_END}"


def _r_one_of(m: re.Match[str], c: Clause) -> bool:
    """罗斯是我们博物馆最重要的科学家之一: the subject is a 科学家 (是我最好的朋友之一: no job)."""
    job = m.group("j")
    if c.negated or c.subject.type != "Person" or JOB_SUFFIX.search(job) is None or _DENIED.search(m.group("pre")):
        return False
    c.add("jobTitle", job, 0.7)
    return True


def _r_working_as(m: re.Match[str], c: Clause) -> bool:
    """我现在在当服务员: the subject's job (在当老大, 在当家: no job)."""
    job = m.group("j")
    if c.negated or JOB_SUFFIX.search(job) is None or c.subject.type != "Person":
        return False
    c.add("jobTitle", job, 0.7)
    return True


def _r_same_school(m: re.Match[str], c: Clause) -> bool:
    """他和罗斯一个班, 我跟罗斯在同一所大学读过书: the subject and the one named were at school together."""
    word = m.group("n")
    if word in ("我", "你", "他", "她"):
        other = known_third(word, c) if word in ("他", "她") else (
            c.discourse.speaker(c.turn) if word == "我" else c.discourse.addressee(c.turn))
    else:
        other = Entity(word, "Person") if is_chinese_name(word) else None
    if c.negated or _DENIED.search(m.group(0)) or other is None or other == c.subject or c.subject.type != "Person":
        return False
    c.discourse.mention(c.turn, other)
    c.add("classmate", other, 0.75)
    return True


#: A school or class two share (同一所大学, 一个班, 同一个研究生院).
_SCHOOL = r"(?:班|学校|大学|高中|初中|中学|小学|研究生院|学院)"
#: Having been at it (读过书, 上学, 就读过).
_STUDIED = r"(?:读过书|读书|念过书|念书|上过学|上学|就读过?|读过|念过)"

#: How the subject makes the speaker feel (让我很恼火, 令我失望; 让我很开心).
_MADE_BAD = "恼火|生气|失望|火大|心烦|烦|讨厌|恶心|难受|不爽|头疼|抓狂|伤心|难过"
_MADE_GOOD = "开心|高兴|快乐|感动|佩服|骄傲|自豪|温暖|安心"


def _r_made_feel(m: re.Match[str], c: Clause) -> bool:
    """张伟让我很恼火: the speaker thinks ill of 张伟 (让我很开心: well); not of themself, nor said of a thing."""
    speaker = c.discourse.speaker(c.turn)
    if c.negated or _DENIED.search(m.group("adv") or "") or c.subject == speaker or c.subject.type != "Person":
        return False
    who = c.subject
    if who.label[-1] in "好真很太超":  # 罗斯真讨厌: the name read with the adverb after it
        if not is_chinese_name(who.label[:-1]):
            return False
        who = Entity(who.label[:-1], "Person")
    feeling = "negativeImpression" if m.group("bad") else "positiveImpression"
    c.out.append((speaker, feeling, who, round(0.65 * c.weight, 2), None))
    return True


#: 真讨厌, 太讨厌了: 讨厌 said of what someone is (annoying), not what they hate: a degree word just before it.
_SO_ANNOYING = lazy(r"(?:真的?|好|太|超级?|这么|那么|实在)讨厌")


def _r_so_annoying(m: re.Match[str], c: Clause) -> bool:
    """你真讨厌: the speaker thinks ill of the one spoken to (你讨厌 alone, with no degree word, is left unread)."""
    return _SO_ANNOYING.search(c.sentence) is not None and _r_made_feel(m, c)


def _r_worn_out_by(m: re.Match[str], c: Clause) -> bool:
    """我快被你烦死了: the subject thinks ill of the one who wears them out (被这件事烦死了: a thing, no one)."""
    word = m.group("o")
    if word in ("你", "他", "她"):
        other = c.discourse.addressee(c.turn) if word == "你" else known_third(word, c)
    else:
        other = Entity(word, "Person") if is_chinese_name(word) and not is_place(word) else None
    if c.negated or other is None or other == c.subject or c.subject.type != "Person":
        return False
    c.discourse.mention(c.turn, other)
    c.add("negativeImpression", other, 0.7)
    return True


def _r_never_stopped(m: re.Match[str], c: Clause) -> bool:
    """我从来没有停止过爱你: the subject is still fond of the one named (我停止爱你了, not denied: no fondness)."""
    word = m.group("o")
    if word in ("你", "他", "她"):
        other = c.discourse.addressee(c.turn) if word == "你" else known_third(word, c)
    else:
        other = Entity(word, "Person") if is_chinese_name(word) and not is_place(word) else None
    if not (c.negated or m.group("not")) or other is None or other == c.subject or c.subject.type != "Person":
        return False
    c.negated = False  # the fondness is stated: what is denied is that it stopped
    c.add("positiveImpression", other, 0.7)
    return True


def _r_idol(m: re.Match[str], c: Clause) -> bool:
    """张伟是我的偶像: the speaker's (你的: the one spoken to's) fondness for the subject."""
    fan = c.discourse.speaker(c.turn) if m.group("o") == "我" else c.discourse.addressee(c.turn)
    if c.negated or fan is None or fan == c.subject or c.subject.type != "Person":
        return False
    c.out.append((fan, "positiveImpression", c.subject, round(0.7 * c.weight, 2), None))
    return True


_DEGREE = r"(?:很|非常|特别|真的?|有点|有些|好|太|超级?|挺|那么|这么|总是|老是|一直)*"

#: The clause rules of this module (tried after :data:`.regard.REGARD_RULES`' own).
GROUP_TALK_RULES: list[tuple[str, Rule]] = [
    (rf"^(?:{TIME}|刚刚?|才|已经|终于|昨天|前天)*(?:刚刚?|才|已经|终于)?从(?P<o>[{HAN}]{{2,8}}?)(?:旅行|旅游|度假|出差)?回来{_END}",
     _r_back_from),
    (rf"^(?:{TIME}|刚刚?|已经)*(?:飞到|飞去|飞往)了?(?P<o>[{HAN}]{{2,8}}?)(?:去了|了|啦)*$", _r_back_from),
    (rf"^(?:{TIME}|刚刚?|已经)*在(?P<o>[{HAN}]{{2,8}}?)(?:度过了|过了|待了|呆了)(?:整整|整个|一个|几个|两个|{NUM}个?)?"
     rf"(?:周末|星期|礼拜|假期|暑假|寒假|长假|天|晚上?|夜|周|个?月)(?:的假)?{_END}", _r_back_from),
    (rf"^(?:{TIME}|刚刚?|已经)*在(?P<o>[{HAN}]{{2,8}}?)(?:度蜜月|度假|旅游|旅行)(?:了|过)?{_END}", _r_back_from),
    (_ONE_OF, _r_one_of),
    (rf"^(?:现在|目前|最近)?(?:在|正在)当(?:一名|一个|个|名)?(?P<j>[{HAN}]{{2,6}}?){_END}", _r_working_as),
    (rf"^(?:和|跟|与|同)(?P<n>我|你|他|她|[{HAN}·]{{2,8}}?)(?:以前|曾经|当年|都|也)*(?:是)?(?:同一个|同一所|一个|同一){_SCHOOL}"
     rf"(?:的)?{_END}", _r_same_school),
    (rf"^(?:和|跟|与|同)(?P<n>我|你|他|她|[{HAN}·]{{2,8}}?)(?:以前|曾经|当年|都|也)*在(?:同一个|同一所|一个|一所){_SCHOOL}"
     rf"{_STUDIED}{_END}", _r_same_school),
    (rf"^(?P<adv>{_DEGREE})(?:让|令|叫)我{_DEGREE}(?:(?P<bad>{_MADE_BAD})|{_MADE_GOOD})(?:了|啊|呀|呢|死了)*$",
     _r_made_feel),
    (r"^(?P<adv>)(?P<bad>讨厌)(?:了|啊|呀|死了)*$", _r_so_annoying),
    (r"^(?P<adv>(?:真的?|快|都|要|简直)*)(?P<bad>烦死|气死|吵死|烦透了?)我(?:了|啦|啊)*$", _r_made_feel),
    (rf"^(?:真的?|快|都|要|简直)*被(?P<o>你|他|她|[{HAN}·]{{2,6}}?)(?:给)?(?:烦死|气死|吵死|烦透)了?(?:啦|啊)*$", _r_worn_out_by),
    (rf"^(?:一直|永远|就|真的)?是(?P<o>我|你)的?(?:偶像|榜样|英雄){_END}", _r_idol),
    (rf"^(?:一直|永远|就|真的)?是(?P<o>我|你)(?:在[{HAN}]{{1,6}}?)?的?最(?:喜欢|爱|欣赏|崇拜|佩服)的(?:人|朋友|哥哥|姐姐|弟弟|妹妹|"
     rf"演员|歌手|老师|作家|男人|女人|家伙){_END}", _r_idol),
    (rf"^(?P<not>(?:从来|一直|始终)?(?:没有|没|未|从没有?|从未))?(?:停止|停)过?(?:了)?(?:爱|喜欢|想念|想)(?P<o>你|他|她|[{HAN}·]{{2,6}}?){_END}", _r_never_stopped),
    (rf"^(?:和|跟|与|同)(?P<n>我|你|他|她|[{HAN}·]{{2,8}}?)(?:以前|曾经|当年|都|也)*上的是(?:同一个|同一所|一个|一所){_SCHOOL}"
     rf"{_END}", _r_same_school),
]

#: Titles said after a name (格林医生, 伯克大夫): the job the title names.
_TITLES = {"医生": "医生", "大夫": "医生", "教授": "教授", "博士": "博士"}
#: Words before a title that name a kind of doctor or of person, no one (值班医生, 帅哥医生, 普通博士).
_NO_NAME = frozenset("帅哥 美女 小伙 伙计 老兄 普通 实习 住院 主治 值班 儿科 牙科 眼科 外科 内科 心理 家庭 私人 专科 主任 "
                     "女 男 好 坏 新 老".split())
#: A word ending just before a name that is glued to it when read back (朋友罗森, 这个格林, 一些普通).
_GLUED = "个些位种的名友这那"
_TITLED = lazy(rf"(?P<before>[{HAN}·]{{0,12}})(?P<t>{'|'.join(_TITLES)})")
#: Words before a titled name, in its clause, that make it a part or a pretence (扮演格林医生, 假装是格林医生), or
#: deny it (我并不是德雷克医生).
_PLAYED = lazy(r"扮演|演的?是|扮成|假扮|假装|冒充|装成|装作|(?:叫|演)$")
_NOT_SO = lazy(r"不是|并非|没有?|别")
#: Two people named by name, then a feeling for the speaker or the one spoken to (比尔和科琳讨厌我们).
_TWO_FEEL = lazy(rf"(?P<a>[{HAN}·]{{2,12}})(?:和|跟|与)(?P<b>[{HAN}·]{{2,6}}?)(?:俩|两个)?(?P<adv>(?:都|也|一直|真的|好像|"
                 rf"很|非常|特别|有点|还是|不|没有?)*)(?P<v>讨厌|恨|受不了|看不惯|看不起|喜欢|爱)(?P<o>我们|我|你们|你)"
                 r"(?=$|[了啊呀呢，,。！!…])")
#: A date the speaker had, and how it went (今天跟珍妮约会很愉快, 我和李明约会得很开心).
_DATE_WENT = lazy(rf"^(?:我)?(?:{TIME}|刚刚?|刚才)?(?:和|跟|与)(?P<n>[{HAN}·]{{2,8}}?)(?:的)?约会(?:得|的时候)?"
                  r"(?:很|真|非常|挺|超|特别|蛮)?(?:愉快|开心|顺利|好玩|有趣|棒|成功|浪漫)")


def _name_before(text: str) -> Entity | None:
    """The name that ends ``text`` (格林 in 我去看了格林), never a word glued to it (朋友罗森: 罗森) nor a surname alone."""
    dotted = re.search(rf"([{HAN}]{{1,4}})·([{HAN}]{{1,6}})$", text)
    if dotted:  # 在德雷克·雷蒙德: the longest run before the dot that makes a name
        first, last = dotted.groups()
        return next((Entity(f"{first[-k:]}·{last}", "Person") for k in range(len(first), 0, -1)
                     if is_chinese_name(f"{first[-k:]}·{last}")), None)
    text = text.rsplit("·", 1)[-1]  # R·盖勒: the part after a dot with no name before it
    for k in range(min(len(text), 4), 1, -1):
        tail = text[-k:]
        if tail[0] in _GLUED or tail in _NO_NAME:
            continue
        if is_chinese_name(tail):
            return Entity(tail, "Person")
    return None


#: Thanks and greetings said before a titled name, and what comes before them (谢谢王医生, 你好，李大夫): no part of it.
_GREETED = lazy(r"^.*(?:谢谢|多谢|感谢|谢了|麻烦|辛苦|你好|您好|再见|拜拜)")
#: What comes before a job one holds (当, 做, 一名): the word before its title is the kind of job (麻醉医生), no name.
_JOB_TAKEN = lazy(r"(?:当|做|成为|成了|一名|一位|一个|名|位|个)$")


def _titled(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """格林医生, 伯克大夫: the job of the one named before the title."""
    out: list[Found] = []
    for m in _TITLED.finditer(sentence):
        before = _GREETED.sub("", m.group("before"))  # 谢谢王医生: 王 alone, no 谢谢王
        person = _name_before(before)
        if person is None or _JOB_TAKEN.search(before[:len(before) - len(person.label)]):
            continue  # 王医生: a surname alone; 当麻醉医生, 是一名麻醉医生: a kind of doctor, no name
        at = m.start("t") - len(person.label)
        clause = sentence[max(sentence.rfind("，", 0, at), sentence.rfind(",", 0, at)) + 1:at]
        if _PLAYED.search(clause) or _NOT_SO.search(clause) \
                or in_play(person.label, person.label + m.group("t"), turn, discourse):
            continue  # 我扮演医生德雷克·拉莫雷医生: a part; 我并不是德雷克医生: denied; 钱德勒医生 of a friend: play
        discourse.mention(turn, person)
        out.append((person, "jobTitle", _TITLES[m.group("t")], 0.7, None))
    return out


def _two_feel(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """比尔和科琳讨厌我们: each of the two thinks ill (讨厌, 恨) or well (喜欢, 爱) of the speaker (你: the one spoken to)."""
    out: list[Found] = []
    for m in _TWO_FEEL.finditer(sentence):
        if _DENIED.search(m.group("adv")):
            continue  # 比尔和科琳都不讨厌我们
        a, b = named_owner(m.group("a")), m.group("b")
        target = discourse.speaker(turn) if m.group("o").startswith("我") else discourse.addressee(turn)
        if a is None or not is_chinese_name(b) or target is None or target.label in (a.label, b):
            continue
        feeling = "positiveImpression" if m.group("v") in ("喜欢", "爱") else "negativeImpression"
        for who in (a, Entity(b, "Person")):
            discourse.mention(turn, who)
            out.append((who, feeling, target, 0.7, None))
    return out


def _date_went(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """今天跟珍妮约会很愉快: the speaker dated 珍妮 (said of no one else: the clause opens with 我 or no subject)."""
    out: list[Found] = []
    for clause in re.split(r"[，,]", sentence):
        m = _DATE_WENT.match(clause.strip())
        if m is None or not is_chinese_name(m.group("n")):
            continue
        person = Entity(m.group("n"), "Person")
        discourse.mention(turn, person)
        out.append((discourse.speaker(turn), "dated", person, 0.7, None))
    return out


#: Two people named after what they are to someone (这些都是我们的朋友，汤姆和苏珊, 我朋友罗斯和乔伊).
_TWO_KIN = lazy(rf"(?P<kp>我们|我|你们|你)的?(?P<kin>{KIN})[，,：:]?\s*(?P<a>[{HAN}·]{{2,8}}?)(?:和|跟|与|、|还有)"
                rf"(?P<b>[{HAN}·]{{2,8}}?)(?=$|[，,。！!…；])")
#: Parents said as a pair: the two named are each other's spouses too.
_PARENTS = ("父母", "爸妈")


def _two_kin(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """这些都是我们的朋友，汤姆和苏珊: each of the two is the owner's friend (这些不是我的朋友…: nobody)."""
    out: list[Found] = []
    for m in _TWO_KIN.finditer(sentence):
        clause_start = max(sentence.rfind("，", 0, m.start()), sentence.rfind(",", 0, m.start())) + 1
        a, b, noun = m.group("a"), m.group("b"), m.group("kin")
        if _DENIED.search(sentence[clause_start:m.start()]) or not (is_chinese_name(a) and is_chinese_name(b)) or a == b:
            continue
        owner, weight = owner_kin(m.group("kp")[0], turn, discourse)
        if owner is None or owner.label in (a, b):
            continue
        pair = [Entity(a, "Person"), Entity(b, "Person")]
        for person in pair:
            discourse.mention(turn, person)
            out.append((owner, KIN_PREDICATE[noun], person, round(0.8 * min(weight / 0.8, 1.0), 2), None))
        if noun in _PARENTS:
            out.append((pair[0], "spouse", pair[1], 0.7, None))
    return out


#: A relative of two named people, named after the word (罗斯和莫妮卡的爸爸杰克).
_SHARED_KIN = lazy(rf"(?P<a>[{HAN}·]{{2,12}})(?:和|跟|与)(?P<b>[{HAN}·]{{2,6}}?)的(?P<kin>{KIN})(?P<n>[{HAN}·]{{2,8}}?)"
                   r"(?=$|[，,。！!…；是在住叫很也都就还来])")
_FAMILY = ("parent", "child", "sibling", "relative")
_PARENT_WORDS = frozenset(k for k, v in KIN_PREDICATE.items() if v == "parent")


def _shared_kin(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """罗斯和莫妮卡的爸爸杰克: 杰克 is the father of both (of 罗斯 too, which the name-kin pattern misses), and a
    father shared makes the two siblings."""
    out: list[Found] = []
    for m in _SHARED_KIN.finditer(sentence):
        a, b, n, noun = named_owner(m.group("a")), m.group("b"), m.group("n"), m.group("kin")
        if KIN_PREDICATE[noun] not in _FAMILY or a is None or not (is_chinese_name(b) and is_chinese_name(n)) \
                or len({a.label, b, n}) < 3:
            continue
        second, person = Entity(b, "Person"), Entity(n, "Person")
        for owner in (a, second):
            discourse.mention(turn, owner)
            out.append((owner, KIN_PREDICATE[noun], person, 0.75, None))
        if noun in _PARENT_WORDS:
            out.append((a, "sibling", second, 0.65, None))
    return out


def said_in_group(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """What ``sentence`` (no question, no hypothetical) says of people beside its clauses' subjects: 格林医生 (a job),
    比尔和科琳讨厌我们 (what two think of the speaker), 今天跟珍妮约会很愉快 (a date had).

    >>> t = Turn("c", "1", "Ann", "格林医生说你没事。")
    >>> [(s.label, p, o) for s, p, o, _, _ in said_in_group(t.text, t, Discourse([t]))]
    [('格林', 'jobTitle', '医生')]
    """
    if _JOKING.search(turn.text):
        return []  # 开玩笑的，比尔和科琳讨厌我们
    return _titled(sentence, turn, discourse) + _two_feel(sentence, turn, discourse) + _date_went(sentence, turn, discourse) \
        + _two_kin(sentence, turn, discourse) + _shared_kin(sentence, turn, discourse) + kin_along(sentence, turn, discourse) \
        + home_spouse(sentence, turn, discourse) + next_door_called(sentence, turn, discourse) \
        + orgs_called_ours(sentence, turn, discourse)
