"""Chinese sentences that say two people are a couple.

* 我们要结婚了 / 我们订婚了 / 我们在约会 / 我们又在一起了 (partners), 我们结婚了 (spouses): the speaker and the
  other of two speakers (:func:`we_marry`);
* 莫妮卡和钱德勒都结婚了 / 罗斯和瑞秋在交往 / 巴里和明蒂要结婚了 / 巴里和明蒂在闹离婚: a couple named by both
  names (:func:`couples`; a divorce under way is between spouses, one done is an ending that :mod:`.endings` reads
  when a speaker says it of themself);
* :func:`named_owner`: the person named at the end of some words (罗斯 in 我觉得罗斯, before 的妻子卡萝);
* :data:`COUPLE_RULES`: 她要嫁给她大学同学王磊 / 我哥下个月要娶莉莉 (about to marry: partners), 嫁给了她同事王磊 (spouses),
  the one married named after what they are to the subject; 我哥和他女朋友订婚了 (engaged: ``maritalStatus``);
  我和我男朋友下个月结婚 / 我和张伟明年要结婚 (a wedding to come: partners), 我跟女朋友订婚了 (partners, engaged),
  我和男朋友结婚了 (spouses, married).

Not read: 我们不会结婚 (negated), 莫妮卡和钱德勒结婚了吗 (a question: :mod:`.rules` drops it), 如果我们结婚
(a hypothetical), 莫妮卡和钱德勒的婚礼 (no clause about them).

>>> from kg_memory.types import Turn
>>> t = Turn("c", "1", "Ann", "你知道吗？巴里和明蒂要结婚了！")
>>> [(s.label, p, o.label) for s, p, o, _, _ in couples("巴里和明蒂要结婚了", t, Discourse([t]))]
[('巴里', 'partner', '明蒂')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Clause, Found, Rule, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse
from .lexicon import HAN, KIN_PREDICATE, NUM, TIME
from .objects import owned, place
from .segment import is_familiar_name
from .ties import asked_of_you_all

__all__ = ["COUPLE_RULES", "couples", "named_owner", "we_ended", "we_marry"]

#: What a couple does or is: married (``wed``), about to marry, engaged or dating (``dating``).
_SOON = r"(?:要|快要|就要|准备|打算)"
#: 我们要结婚了, 我们订婚了, 我们在交往, 我们在约会 (partners), 我们结婚了 (spouses).
_WE_MARRY = lazy(rf"^(?:我们|咱们|咱)(?:俩|两个)?(?:已经|终于|就|现在|正式|又|重新)?(?:(?P<soon>{_SOON})?(?P<wed>结婚|订婚)"
                 r"|(?P<dating>在交往|在谈恋爱|在约会|在一起了|开始交往了|开始约会了|(?:又|重新)在一起了?|复合了))(?:了|啦)*$")
#: 莫妮卡和钱德勒都结婚了, 罗斯和瑞秋在交往, 巴里和明蒂要结婚了, 巴里和明蒂在闹离婚.
_COUPLE = lazy(rf"(?:^|[^{HAN}·])(?P<a>[{HAN}·]{{2,12}})(?:和|跟|与)(?P<b>[{HAN}·]{{2,12}}?)(?:俩|两个|两人)?[，,]?"
               rf"(?:都|已经|终于|早就|正在|又|就|马上)*"
               rf"(?:(?P<wed>结婚了|结婚啦|结婚(?=[，,。！!]|$)|是夫妻|(?:在|正在)?闹离婚|在离婚|正在离婚)"
               rf"|(?P<dating>订婚了|在交往|在谈恋爱|在约会|是一对|{_SOON}(?:结婚|订婚)了?(?=[，,。！!]|$)))")


#: What the one married may be to the subject before their name: 她大学同学王磊, 他的同事莉莉, 自己的初恋阿强, 一个叫刘伟的(人).
_WHO_TO_THEM = r"(?:(?:[他她]|自己)的?[\u4e00-\u9fff]{0,4}?(?:同学|同事|朋友|男朋友|女朋友|男友|女友|初恋|邻居|校友|网友)|(?:一个|一位|个)名?叫)?"
#: 要嫁给王磊, 下个月要娶莉莉了 (about to marry), 嫁给了她同事王磊 (married); 嫁给了王磊 alone is read by :mod:`.rules`.
_TO_MARRY = (rf"^(?:{TIME}|下个?月|下周|明年|年底|这个月)?(?P<soon>{_SOON}|快|马上就?要|就要)?(?:嫁给|娶)(?P<done>了)?(?P<who>{_WHO_TO_THEM})"
             rf"(?P<n>[{HAN}·]{{2,4}}?)(?:的(?:人|男人|女人|姑娘|小伙子?|男的|女的))?(?:了|啦|呢)*$")


def _r_to_marry(m: re.Match[str], c: Clause) -> bool:
    """她要嫁给王磊: the subject and the one named are partners (about to marry) or, 嫁给了……, spouses."""
    name = m.group("n")
    if c.negated or not is_chinese_name(name) or not (m.group("soon") or m.group("who") and m.group("done")):
        return False  # 不嫁给王磊, 嫁给王磊 (a wish or an order, no time said)
    person = Entity(name, "Person")
    if m.group("soon"):  # engaged now, whenever the wedding is (下个月要娶莉莉: no plan of a partner to come)
        c.out.append((c.subject, "partner", person, round(0.75 * c.weight, 2), None))
    else:
        c.add("spouse", person, 0.75)
    c.discourse.mention(c.turn, person)
    return True


#: 和他女朋友订婚了, 跟自己的男友结婚了: engaged or married to one's partner, unnamed (as "got engaged to his girlfriend").
_WITH_OWN_PARTNER = (r"^(?:刚刚?|已经|终于|上个?月|去年|今年)*(?:和|跟|与|同)(?:[他她]|自己)的?(?:女朋友|男朋友|女友|男友|对象)"
                     r"(?:刚刚?|已经|终于|正式)?(?P<s>订婚|结婚)(?:了|啦)+$")


def _r_with_own_partner(m: re.Match[str], c: Clause) -> bool:
    """我哥刚和他女朋友订婚了: the subject is engaged (``maritalStatus``; married, for 结婚了)."""
    if c.negated:
        return False
    c.add("maritalStatus", "engaged" if m.group("s") == "订婚" else "married", 0.75)
    return True


#: When a wedding is to be (下个月, 明年, 国庆节): it is to come.
_WHEN = rf"(?:下个?月|下周|下个?星期|明年|后年|年底|今年|这个月|月底|{TIME}|[^，,和跟与同]{{1,4}}?(?:节|假期?)(?:的时候)?)"
#: The adverbs and times that may follow the partner, which are no name of theirs (跟男朋友已经领证了, 跟女友下个月结婚).
_NO_NAME = rf"(?!{_WHEN}|已经|终于|就|马上|正式|刚|要|快|准备|打算|领|扯|结|订)"
#: 我和我男朋友下个月结婚, 我跟女朋友订婚了, 我和张伟明年要结婚, 我跟男朋友小周领证了 (a marriage licence: married): the
#: subject's partner (unnamed, or named).
_MARRY_WITH = (rf"^(?:已经|终于|刚刚?)*(?:和|跟|与|同)(?:(?:我|自己|[他她])的?)?(?:(?P<sp>男朋友|女朋友|男友|女友|对象|未婚夫|未婚妻)"
               rf"(?:{_NO_NAME}(?P<spn>[{HAN}·]{{2,4}}?))?|(?P<n>[{HAN}·]{{2,4}}?))(?P<when>{_WHEN})?(?:已经|终于|就|马上就?|正式|刚刚?)?"
               rf"(?P<soon>{_SOON})?(?P<s>结婚|订婚|领证|领了?结婚证|扯证)(?P<done>了|啦)?(?:了|啦|呢)*$")


def _r_marry_with(m: re.Match[str], c: Clause) -> bool:
    """我和我男朋友下个月结婚, 我跟女朋友订婚了: partners (a wedding to come, or engaged); 结婚了 with one's partner:
    spouses; the subject's ``maritalStatus`` for both of those done; 领证了 (a marriage licence), with a name too (跟男朋友小周
    领证了, 我和张伟领证了). 我和张伟结婚了 (named, done) is read by :mod:`.rules`; 和男朋友结婚 alone is a wish."""
    name = m.group("n")
    future = bool(m.group("when") or m.group("soon"))
    engaged = m.group("s") == "订婚" and bool(m.group("done"))
    licence = m.group("s")[0] in "领扯"  # 领证了, 领了结婚证: married by law
    done = bool(m.group("done")) or "了" in m.group("s")
    if c.negated or name is not None and not (is_chinese_name(name) or is_familiar_name(name)) \
            or not (future or engaged or done):
        return False
    if name is not None and not (future or engaged or licence):
        return False
    spn = m.group("spn")  # 男朋友小周: the partner's name, a name or a surname called familiarly
    spn = spn if spn and (is_chinese_name(spn) or is_familiar_name(spn)) else None
    if m.group("spn") and spn is None:
        return False  # 跟男朋友家里人结婚: words after the partner that are no name
    person = Entity(name, "Person") if name else owned(c.subject, m.group("sp"), "Person", spn)
    c.add("partner" if future or engaged else "spouse", person, 0.75)
    if engaged or not future:  # 订婚了, 结婚了: the subject's status now (a wedding to come changes none yet)
        c.add("maritalStatus", "engaged" if engaged else "married", 0.75)
    c.discourse.mention(c.turn, person)
    return True


#: 和她老公马克住在芝加哥, 跟他女朋友一起住在上海: where the subject lives, with a spouse or partner (named or not).
_LIVES_WITH_OWN = (rf"^(?:和|跟|与|同)(?:[他她]|自己)的?(?P<sp>老公|丈夫|老婆|妻子|太太|爱人|男朋友|女朋友|男友|女友|对象)"
                   rf"(?P<n>(?!一起|一块|都|也|住|生活)[{HAN}·]{{2,4}}?)?(?:一起|一块儿?|都|也)*(?:住在|生活在)(?P<o>[^，,。]+)$")


def _r_lives_with_own(m: re.Match[str], c: Clause) -> bool:
    """我姐姐和她老公马克住在芝加哥: the sister lives in 芝加哥, and 马克 is her spouse (她的老公, unnamed)."""
    if c.negated or not place(m.group("o"), c, "livesIn", 0.85):
        return False
    name = m.group("n") if m.group("n") and is_chinese_name(m.group("n")) else None
    if m.group("n") and name is None:
        return True  # a word after the spouse that is no name: who it is stays unsaid
    person = owned(c.subject, m.group("sp"), "Person", name)
    c.add(KIN_PREDICATE[m.group("sp")], person, 0.8)  # 老公: spouse; 男朋友, 对象: partner
    c.discourse.mention(c.turn, person)
    return True


#: 我和老婆结婚十年了, 我跟我老公结婚三年多了: how long one has been married to one's spouse (married now).
_MARRIED_FOR = (rf"^(?:和|跟|与|同)(?:(?:我|自己|[他她])的?)?(?P<sp>老婆|老公|妻子|丈夫|太太|先生|爱人|媳妇)(?:已经|都)?结婚(?:快|已经|都)?"
                rf"(?:{NUM}|好几|很多|多)(?:个)?(?:年|周年)多?了$")


def _r_married_for(m: re.Match[str], c: Clause) -> bool:
    """我和老婆结婚十年了: the spouse, and married now (as 我结婚十年了)."""
    if c.negated:
        return False
    spouse = owned(c.subject, m.group("sp"), "Person", None)
    c.add("spouse", spouse, 0.8)
    c.add("maritalStatus", "married", 0.8)
    c.discourse.mention(c.turn, spouse)
    return True


#: The couples said within one clause (spliced into the Chinese rule table by :mod:`.people`).
COUPLE_RULES: list[tuple[str, Rule]] = [
    (_TO_MARRY, _r_to_marry),
    (_MARRY_WITH, _r_marry_with),
    (_WITH_OWN_PARTNER, _r_with_own_partner),
    (_LIVES_WITH_OWN, _r_lives_with_own),
    (_MARRIED_FOR, _r_married_for),
]


def named_owner(text: str) -> Entity | None:
    """The person named at the end of ``text`` (the words before 的妻子卡萝): 罗斯 in 我觉得罗斯.

    >>> named_owner("我觉得罗斯").label, named_owner("这个")
    ('罗斯', None)
    """
    m = re.search(rf"[{HAN}]{{1,4}}·[{HAN}]{{1,6}}$", text) if "·" in text else None
    tails = [m.group(0)] if m else [text[-k:] for k in range(min(len(text), 4), 1, -1)]
    name = next((t for t in tails if is_chinese_name(t)), None)
    return Entity(name, "Person") if name else None


def we_marry(clauses: list[str], turn: Turn, discourse: Discourse) -> list[Found]:
    """我们要结婚了 said in a conversation of two: the speaker and the other speaker are partners (spouses, for
    我们结婚了). Said to a group, or to someone called by name (菲比，我们要结婚了: told to 菲比, not about her),
    who the other is is unknown."""
    other = None if asked_of_you_all(turn, discourse) else discourse.addressee(turn)  # 你们结婚了吗？: not the asker
    for clause in clauses:
        m = _WE_MARRY.match(clause)
        if m is None or other is None:
            continue
        partners = m.group("soon") or m.group("dating") or m.group("wed") == "订婚"
        return [(discourse.speaker(turn), "partner" if partners else "spouse", other, 0.7, None)]
    return []


#: 莫妮卡和我分手了, 我跟莫妮卡离婚了: the one the speaker parted from, named in the same turn as a 我们分手了.
_PARTED_FROM = lazy(rf"(?:(?P<a>[{HAN}·]{{2,8}}?)(?:和|跟|与)我|我(?:和|跟|与|同)(?P<b>[{HAN}·]{{2,8}}?))"
                    r"(?:已经|刚刚?|终于)?(?:分手|离婚|分开|分居)")


def we_ended(ended: list[Found], turn: Turn, discourse: Discourse) -> list[Found]:
    """我们分手了 / 我们离婚了 said in a conversation of two: the couple is the speaker and the other speaker (said
    to a group, after 你们分手了？ was asked, or beside 莫妮卡和我分手了 naming someone else, who the other is is not
    the one spoken to: the ending closes every partner, as 我分手了 does, and the named ending is read on its own)."""
    named = _PARTED_FROM.search(turn.text)
    other = None if asked_of_you_all(turn, discourse) else discourse.addressee(turn)
    if named is not None and other is not None and (named.group("a") or named.group("b")) != other.label:
        other = None  # 我们分手了。莫妮卡和我分手了。: the 我们 is the speaker and 莫妮卡
    if other is None:
        return ended
    return [(s, p, other if o == s and p in ("partner", "spouse") else o, w, t) for s, p, o, w, t in ended]


def couples(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The couples ``sentence`` names by both names (莫妮卡和钱德勒都结婚了): spouses, or partners."""
    out: list[Found] = []
    for m in _COUPLE.finditer(sentence):  # within a clause, or 莫妮卡和钱德勒，马上要结婚了
        a, b = named_owner(m.group("a")), m.group("b")
        if a is None or not is_chinese_name(b) or a.label == b:
            continue
        person = Entity(b, "Person")
        discourse.mention(turn, a)
        discourse.mention(turn, person)
        out.append((a, "spouse" if m.group("wed") else "partner", person, 0.75, None))
    return out
