"""Chinese rules for how one speaks of being drawn to (or put off by) a person, and of a person's job beside
their name.

Clause rules (:data:`REGARD_RULES`, tried after :data:`.people.PEOPLE_RULES`) read the rest of a clause
after its subject:

* 我对你很着迷 / 她对罗斯有好感 / 我一直对他有意思: a ``positiveImpression`` of the person;
* 我被她迷住了 / 我有点被他吸引住了: the same, said the other way round;
* 我仍然爱钱德勒 / 我依然爱着你: a fondness said with an adverb of time or in a lasting form;
* 我对你很失望 / 她对罗斯很不满: a ``negativeImpression``;
* 钱德勒是我一生挚爱 / 你是我的最爱: the speaker's (the addressee's) ``positiveImpression`` of the subject;
* 你真了不起 / 你看起来真漂亮 / 邦妮是最好的: the speaker's ``positiveImpression`` of the one praised;
* 我作为演员…… / 作为一名律师: the subject's ``jobTitle``.

Sentence patterns (:func:`titles_said`): 我的经纪人埃斯特尔 / 你的助手泰格 (a person named after the job they do for
someone: their ``jobTitle``); 我是雷，节目制片人 (a self-introduction, then a job alone in its clause).

A negated clause (我不再爱你), a question or a hypothetical (如果我对她有好感) gives nothing: the clause
reader drops those before these rules see them.

>>> from kg_memory.types import Turn
>>> t = Turn("c", "1", "Ann", "我刚和我的经纪人埃斯特尔打完电话。")
>>> [(s.label, p, o) for s, p, o, _, _ in titles_said(t.text, t, Discourse([t]))]
[('埃斯特尔', 'jobTitle', '经纪人')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Clause, Found, Rule, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse
from .group_talk import GROUP_TALK_RULES
from .lexicon import HAN, JOB_SUFFIX, NAME
from .people import NOT_NAME_END, addressee, is_place, or_replied_to, trimmed_name
from .ties import known_third

__all__ = ["REGARD_RULES", "names_a_job", "titles_said"]

_WHO = rf"(?P<o>我|你|他|她|{NAME})"
_END = r"(?:了|啊|呀|呢|哦|啦)*$"
#: Degree words before a feeling (对你很着迷, 有点被他吸引住了).
_DEGREE = r"(?:很|非常|特别|有点儿?|有些|一直|真的|如此|这么|那么|深深地?|完全|彻底|已经|早就|好像|倒是|其实|确实|还|也)*"
#: Adverbs of time that a fondness is said with but the clause reader does not take (仍然, 依然).
_STILL = r"(?:仍然|依然|依旧|始终|仍|还是)"


#: A negation the clause reader did not see (仍然不爱, 被他吸引: not 了不起).
_DENIED = lazy(r"[没别]|(?<!了)不")


def _person(word: str, c: Clause) -> Entity | None:
    """The person ``word`` names in ``c``: 我, 你 (the one spoken to), 他/她 (someone of a known gender:
    :func:`.ties.known_third`) or a name (not a place, not the subject)."""
    if word == "我":
        who: Entity | None = c.discourse.speaker(c.turn)
    elif word == "你":
        who, weight = or_replied_to(addressee(c.turn, c.discourse), 1.0, c.turn, c.discourse)
        c.weight *= weight
    elif word in ("他", "她"):
        who = known_third(word, c)
    else:
        name = trimmed_name(word, at_start=True)
        if not name or not is_chinese_name(name) or is_place(name):
            return None  # 对音乐着迷, 被这本书吸引: a thing, no person
        who = Entity(name, "Person")
        c.discourse.mention(c.turn, who)
    return None if who is None or who == c.subject else who


def _regard(predicate: str, confidence: float) -> Rule:
    """A ``predicate`` (an impression) of the person the rule's ``o`` names."""
    def rule(m: re.Match[str], c: Clause) -> bool:
        if c.negated or _DENIED.search(m.group(0)):
            return False  # 我仍然不爱他: the adverb hid the negation from the clause reader
        other = _person(m.group("o"), c)
        if other is None:
            return False
        c.add(predicate, other, confidence)
        return True
    return rule


#: A degree word before 想 + a person (我好想你, 我很想他): one missed; the clause reader takes the degree word as an
#: adverb of the subject and leaves 想你 alone, which 我想你应该走 (an opinion) never ends with.
_MISSED = lazy(r"(?:好|很|真|太|非常|超级?|多么|那么|这么)想(?!念|去|要|让)")


def _r_missed(m: re.Match[str], c: Clause) -> bool:
    """我好想你, 我真的很想她: a fondness for the one missed (a bare 我想你 stays unread)."""
    return _MISSED.search(c.sentence) is not None and _regard("positiveImpression", 0.7)(m, c)


#: Words ending like a job that name none (作为家长, 作为新手, 作为一个国家).
_NO_JOB = lazy(r"(?:家长|兄长|新手|对手|老手|国家|大家|人家|自家|东家|会员|成员)$")


def names_a_job(words: str) -> bool:
    """Whether ``words`` name a job (演员, 节目制片人), not what someone is to others (你的老师, 家长)."""
    return JOB_SUFFIX.search(words) is not None and "的" not in words and not _NO_JOB.search(words)


def _r_as_job(m: re.Match[str], c: Clause) -> bool:
    """作为演员, 作为一名律师: the subject's job (作为你的朋友, 作为回报: no job)."""
    job = m.group("j")
    if c.negated or not names_a_job(job):
        return False
    c.add("jobTitle", job, 0.75)
    return True


#: Praise of a person (你真了不起, 你看起来真漂亮, 邦妮是最好的): what the speaker thinks of them.
_PRAISE = "棒|赞|漂亮|美|可爱|帅|好看|了不起|迷人|性感|惊人|聪明|善良|贴心|体贴|温柔|完美|优秀|酷|有趣|风趣|厉害|伟大"


#: Fault found with a person (你很奇怪, 他太自私了, 你好烦, 我们领导特别难相处): what the speaker thinks of them.
_FAULT = "奇怪|怪异|差劲|烦人|烦|可恶|自私|刻薄|虚伪|卑鄙|无耻|恶心|小气|冷血|讨人厌|无聊|幼稚|变态|难相处|难搞|难伺候|难缠"


def _r_praised(m: re.Match[str], c: Clause) -> bool:
    """你真了不起, 他看起来好帅, 邦妮是最好的: the speaker's ``positiveImpression`` of the subject (not of themself);
    你很奇怪, 他太自私了: a ``negativeImpression`` (the pattern's ``bad`` group)."""
    speaker = c.discourse.speaker(c.turn)
    if c.negated or c.subject == speaker or c.subject.type != "Person" or _DENIED.search(m.group(0)) \
            or c.subject.label[-1] in "好真很太超小阿老":
        return False  # 朱莉好聪明: the name read with the adverb after it; 谢谢小美, 阿帅: a pet name (小美) read apart
    bad = "bad" in m.re.groupindex and m.group("bad")
    c.out.append((speaker, "negativeImpression" if bad else "positiveImpression", c.subject, 0.65 * c.weight, None))
    return True


def _r_beloved(m: re.Match[str], c: Clause) -> bool:
    """钱德勒是我一生挚爱: the ``positiveImpression`` of the one whose love the subject is."""
    lover = None if c.negated else _person(m.group("o"), c)
    if lover is None or c.subject.type != "Person":
        return False
    c.out.append((lover, "positiveImpression", c.subject, 0.7 * c.weight, None))
    return True


#: Missing someone (我好想你, 我一直在想念迈克, 我会想念你的): a fondness; a bare 想 + person ends the clause, and
#: comes with a degree word or 了 (我想你应该走, 我想他会来: an opinion, no person missed).
_MISS = r"(?:(?:在|会|还会|一定会|是)?(?:多么|好|很|超级?|真|太|非常|那么|这么)?(?:想念|思念)着?" \
        r"|(?:会|还会)?(?:多么|好|很|超级?|真|太|非常|那么|这么)想|想(?=[^，,]{1,12}了))"
#: Words for a person praised with the quality before them (你是一个了不起的女人, 他是个聪明的家伙).
_ONE = r"(?:人|女人|男人|女孩|男孩|女孩子|男孩子|姑娘|小伙子|家伙|朋友)"

REGARD_RULES: list[tuple[str, Rule]] = [
    (rf"^(?:看起来|看上去|长得)?(?:真的?|好|很|太|超级?|如此|这么|非常|最)*(?:{_PRAISE})(?:极了|了|啊|呀|呢|哦|的)*$", _r_praised),
    (rf"^(?:真|真的|的确|确实)?是(?:一个|一位|个|位)?(?:真正|非常|很|超级)?(?:{_PRAISE})的{_ONE}(?:了|啊|呀|呢|哦)*$", _r_praised),
    (rf"^{_DEGREE}{_MISS}{_WHO}(?:了|啊|呀|呢|哦|啦|的)*$", _regard("positiveImpression", 0.7)),
    (rf"^想{_WHO}(?:了|啊|呀|呢|哦|啦)*$", _r_missed),  # 我好想你: 好 read as the subject's adverb
    # 我是你最忠实的粉丝, 她是我的头号粉丝: the fan's fondness for the one they are a fan of (你作品的粉丝: a work)
    (rf"^(?:也|一直|永远|真的)?是{_WHO}(?:的)?(?:最|头号|忠实|铁杆|超级|最大|大)*的?(?:粉丝|影迷|歌迷|崇拜者){_END}",
     _regard("positiveImpression", 0.7)),
    (r"^(?:永远|一直|真的|绝对)?是最(?:好|棒|可爱|美|帅|酷)的(?:了|啊|呀|呢)*$", _r_praised),
    # 钱德勒是我一生挚爱, 你是我的最爱: the speaker's (the one spoken to's) fondness for the subject
    (rf"^(?:也|一直|永远|真的)?是(?P<o>我|你)的?(?:一生|今生|此生|唯一)?的?(?:挚爱|最爱|真爱){_END}", _r_beloved),
    (rf"^(?:看起来|看上去)?(?:真的?|好|很|太|超级?|如此|这么|那么|非常|有点|有些)*(?P<bad>{_FAULT})(?:了|啊|呀|呢|哦|的)*$", _r_praised),
    (rf"^{_DEGREE}对{_WHO}{_DEGREE}(?:着迷|迷恋|痴迷|有好感|有意思|动心|心动|倾心|一见钟情|有感觉|神魂颠倒){_END}",
     _regard("positiveImpression", 0.7)),
    (rf"^{_DEGREE}被{_WHO}{_DEGREE}(?:迷住|迷倒|吸引住|吸引|打动|征服|迷得神魂颠倒){_END}", _regard("positiveImpression", 0.7)),
    (rf"^{_STILL}{_DEGREE}(?:深深地?)?(?:爱着|深爱着?|喜欢着|爱|喜欢|想念|想着){_WHO}{_END}", _regard("positiveImpression", 0.7)),
    (rf"^{_DEGREE}(?:深深地?)?(?:爱着|深爱着?|喜欢着|爱死){_WHO}{_END}", _regard("positiveImpression", 0.7)),
    (rf"^{_DEGREE}对{_WHO}{_DEGREE}(?:失望|不满|反感|厌烦|厌恶|恼火|有意见){_END}", _regard("negativeImpression", 0.65)),
    (rf"^作为(?:一名|一个|一位|个|名)?(?P<j>[{HAN}]{{2,6}}?)[，,]?(?=[{HAN}])", _r_as_job),
    *GROUP_TALK_RULES,  # 我刚从伦敦回来, 罗斯是我们博物馆最重要的科学家之一
]

#: Jobs done for someone, said before the person's name (我的经纪人埃斯特尔, 你的老助手泰格).
_JOBS = ("经纪人|律师|医生|助理|助手|秘书|邮差|保姆|经理|老师|教练|会计|司机|管家|厨师|主厨|治疗师|按摩师|导师|教授|牙医|"
         "代理人|编辑|顾问|房东|裁缝|理发师|心理医生")
_JOB_NAMED = lazy(rf"(?:我们|你们|我|你)(?:的(?:老|新|私人)?(?P<j>[{HAN}]{{0,3}}?(?:{_JOBS}))|(?:老|新|私人)?(?P<j2>{_JOBS}))"
                  rf"(?P<n>[{HAN}·]{{2,12}})")  # not 我扮演医生德雷克 (a part played)
#: 他们升我为采购主任 / 老板提拔你当经理: the job the one promoted holds now.
_PROMOTED = lazy(rf"(?:升|提拔|提升|任命)了?(?P<p>我|你)(?:为|做|当)(?P<j>[{HAN}]{{2,8}}?)了?(?=[，,。！!…]|$)")
#: 我是雷，节目制片人 / 我叫迪恩·利普森，动物园管理员 / 我叫张伟，是一名医生: a job alone in the clause after a
#: self-introduction.
_INTRO_THEN_JOB = lazy(rf"(?:^|[，,。！!\s])我(?:是|叫)(?P<n>[{HAN}·]{{1,8}})\s*[，,]\s*(?:是|当)?(?:一名|一位|一个|名|个)?(?P<j>[{HAN}]{{2,8}})\s*(?=[。！!…]|$)")


def _name_at_head(text: str) -> str | None:
    """The name that opens ``text`` (a verb or the end after it): 埃斯特尔 in 埃斯特尔打完电话."""
    if "·" in text[:6]:
        m = re.match(rf"[{HAN}]{{1,4}}·[{HAN}]{{1,6}}", text)
        return m.group(0) if m and is_chinese_name(m.group(0)) else None
    for k in range(min(len(text), 4), 1, -1):
        if (k == len(text) or text[k] in NOT_NAME_END or text[k] in "打说告让叫就将刚还也都一") \
                and is_chinese_name(text[:k]) and not is_place(text[:k]):
            return text[:k]
    return None


def titles_said(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The jobs ``sentence`` says of people beside their names: 我的律师张伟 (张伟's job), 我是雷，节目制片人
    (the speaker's).

    >>> t = Turn("c", "1", "Ann", "你好，我是雷，节目制片人。")
    >>> [(s.label, p, o) for s, p, o, _, _ in titles_said(t.text, t, Discourse([t]))]
    [('Ann', 'jobTitle', '节目制片人')]
    """
    out: list[Found] = []
    for clause in re.split(r"[，,]", sentence):
        for named in _JOB_NAMED.finditer(clause):
            name = _name_at_head(named.group("n"))
            if name is None:
                continue
            person = Entity(name, "Person")
            discourse.mention(turn, person)
            out.append((person, "jobTitle", named.group("j") or named.group("j2"), 0.7, None))
    for up in _PROMOTED.finditer(sentence):
        if names_a_job(up.group("j")) and not _DENIED.search(sentence[max(up.start() - 3, 0):up.start()]):  # 没有升我为经理
            who = discourse.speaker(turn) if up.group("p") == "我" else addressee(turn, discourse)
            out.extend([(who, "jobTitle", up.group("j"), 0.7, None)] if who else [])
    m = _INTRO_THEN_JOB.search(sentence)
    if m and names_a_job(m.group("j")) and not re.search("[我你他她和跟]", m.group("j")) \
            and (len(m.group("n")) == 1 or is_chinese_name(m.group("n"))):  # not 我是说你和珍妮丝分手，我和托尼分手
        out.append((discourse.speaker(turn), "jobTitle", m.group("j"), 0.7, None))
    return out
