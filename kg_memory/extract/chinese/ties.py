"""Chinese clauses that say in passing what two people are to each other.

* :data:`TIE_RULES` (spliced into the rule table by :mod:`.people`): 我和王磊约会过几次 (dates had), 我和王磊复合了
  (partners again), 我跟王磊不太熟 (acquaintances), 我认识王磊十年了 / 我和他是在大学认识的 (known to each other),
  我有个叫李静的朋友 (a friend named before the noun), 我和卡萝认识了四年才结婚 (spouses), 我跟我爸妈住在一起 (the
  relative lived with), 小鹏现在跟着我干 (the boss), 我跟王磊一个宿舍的 (roommates), 我跟楠楠高中一个班的 (classmates), 我跟老张住一个楼 (neighbours);
* :func:`asked_of_you_all`: 你们离婚了吗？ - 没有，我们还是夫妻: the 我们 of the answer is the speaker and someone
  else, never the one who asked about 你们 (:func:`.couples.we_marry`, :func:`.couples.we_ended`, :func:`.people.we_are`
  read 我们 as the speaker and the other speaker only when it is not).

Not read: 我没和王磊复合 (negated), 我和王磊复合了吗 (a question), 如果我和王磊复合 (a hypothetical), 我和王磊和好了
(made up after a quarrel: friends do too), 我和王磊很熟 (close, no mere acquaintance), 我认识王磊多久了 (a question).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Ann", "你们离婚了吗？"), Turn("c", "2", "Bob", "没有，我们还是夫妻。")]
>>> asked_of_you_all(ts[1], Discourse(ts)), asked_of_you_all(ts[0], Discourse(ts))
(True, False)
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Clause, Rule, lazy
from ..names import is_chinese_name
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .child_named import CHILD_PARENT_RULES
from .lexicon import HAN, KIN, KIN_PREDICATE, NUM
from .objects import owned
from .segment import is_called_name

__all__ = ["NAMED_UNIT", "NEXT_DOOR", "NEXT_DOOR_VERB", "TIE_RULES", "TIE_SINCE", "asked_of_you_all", "known_third", "we_without_you"]

#: Since when a tie holds, between the two and 是 (我跟小七高中就是同学, 我和她从小就是邻居).
TIE_SINCE = r"(?:(?:从小|小时候|高中|初中|小学|大学|中学|上学时|早就|一直)(?:就|都|也)?)?"
#: Where a person named after it is, said before the name: 隔壁, 市场部, 隔壁财务科 (是隔壁市场部赵经理的妹妹).
NAMED_UNIT = rf"(?:(?:隔壁|对门|楼上|楼下)?(?:[{HAN}]{{1,4}}?(?:部|科|组|处|系)(?!门))?(?<=[{HAN}])的?)?"

#: Where a neighbour lives from someone, said after that person: 住我们隔壁, 搬到你家楼上, 是他楼下的邻居.
NEXT_DOOR = r"(?:隔壁|对门|楼上|楼下)"
#: How one comes to live by someone, said before that person: 住在 (她住在我隔壁), 搬到了 (我们搬到你家楼上了: the move
#: done, or said as done; 想搬到, 要搬到 are plans, which the words before the verb leave unread).
NEXT_DOOR_VERB = r"(?:住(?:在)?|搬(?:到|进|来)了?)"
_WITH = r"(?:和|跟|与|同)(?P<n>我|你|他|她|[\u4e00-\u9fff·]{2,4}?)"
_END = r"(?:了|啊|呀|呢|吧|哦)*$"
#: 你们 said to the speaker's group in one of the three turns before (你们离婚了吗？, 这么说你们已经分手了).
_YOU_ALL = lazy(r"你们")


def asked_of_you_all(turn: Turn, discourse: Discourse) -> bool:
    """Whether one of the three turns before ``turn``, said by someone else, spoke of 你们 (the speaker's group): then
    the 我们 of ``turn`` is the speaker's group, which the one who said 你们 is not in."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None:
        return False
    return any(t.speaker != turn.speaker and _YOU_ALL.search(t.text) for t in turns[max(at - 3, 0):at])


#: Someone spoken of as 他/她 (not 他们, 其他): whom a 我们 said beside it may join the speaker with.
_THIRD = lazy(r"(?<![其])[他她](?![们])")


def we_without_you(turn: Turn, we: str, discourse: Discourse) -> bool:
    """Whether the 我们 of the clause ``we`` in ``turn`` may leave out the person spoken to: 你们 was said to the
    speaker's group (:func:`asked_of_you_all`), or the rest of the turn speaks of someone as 他/她 (那个叛徒！我们是大学室友，
    他知道我太多秘密了; 我们是姐妹……谁能想到她开始发胖了): then the speaker and that one may be who 我们 is. (A 他/她 in the
    turn before tells less: 她想跟你聊两句。 - 我们只是朋友 is said by one on the phone of the one who handed it.)"""
    return asked_of_you_all(turn, discourse) or bool(_THIRD.search(turn.text.replace(we, "", 1)))


#: A relative spoken of (你的女儿, 我妈妈): whom a 他/她 after it may mean, though no rule recorded them.
_KIN_SAID = lazy(rf"(?:我|你|他|她)们?的?({KIN})")


def known_third(word: str, c: Clause) -> Entity | None:
    """The person 他/她 (``word``) means in ``c`` when their gender is known: said (我哥哥王磊) or read from a given name
    (李静), the latter only when the turn speaks of no relative of that gender before the pronoun (我深爱你的女儿，我一直
    尊重她: the daughter, whom no rule recorded).

    >>> from kg_memory.extract.framework import Clause
    >>> ts = [Turn("c", "1", "Ann", "李静来了。"), Turn("c", "2", "Bob", "我爱她。"), Turn("c", "3", "Ann", "你的女儿？我爱她。")]
    >>> d = Discourse(ts)
    >>> d.mention(ts[0], Entity("李静", "Person"))
    >>> [known_third("她", Clause(turn=t, subject=d.speaker(t), discourse=d, sentence="我爱她", lang="zh")) for t in ts[1:]]
    [Entity(label='李静', type='Person', iri=None, aliases=(), labels=()), None]
    """
    gender = MALE if word == "他" else FEMALE
    resolved = c.discourse.third_person(c.turn, gender)
    if resolved is None or resolved[1] < 0.8:
        return None
    text = c.turn.text
    at = text.find(c.sentence)
    before = text[:at + c.sentence.find(word)] if at >= 0 and word in c.sentence else text
    if resolved[1] < 0.9 and any(gender_of_noun(kin) == gender for kin in _KIN_SAID.findall(before)):
        return None
    return resolved[0]


def _other(word: str, c: Clause) -> Entity | None:
    """The person ``word`` names in ``c``: 我, 你 (the other of two speakers), 他/她 (resolved to someone of a known
    gender) or a name."""
    if word == "我":
        return c.discourse.speaker(c.turn)
    if word == "你":
        return c.discourse.addressee(c.turn)
    if word in ("他", "她"):
        return known_third(word, c)
    if not is_chinese_name(word):
        return None
    person = Entity(word, "Person")
    c.discourse.mention(c.turn, person)
    return person


def _tie(predicate: str, confidence: float, called: bool = False) -> Rule:
    """A rule: the subject and the person after 和/跟 are ``predicate`` to each other (the person named as people
    call each other too, 老张, 楠楠, when ``called``)."""
    def rule(m: re.Match[str], c: Clause) -> bool:
        word = m.group("n")
        if called and not c.negated and word not in "我你他她" and not is_chinese_name(word) and is_called_name(word):
            c.discourse.mention(c.turn, person := Entity(word, "Person"))
            if person != c.subject and c.subject.type == "Person":
                c.add(predicate, person, confidence)
                return True
            return False
        other = None if c.negated else _other(word, c)
        if other is None or other == c.subject or c.subject.type != "Person":
            return False
        c.add(predicate, other, confidence)
        return True
    return rule


def _r_kin_called(m: re.Match[str], c: Clause) -> bool:
    """我有个叫李静的朋友: the subject's friend (brother, roommate...) is the one named before the noun."""
    name = m.group("n")
    if c.negated or not is_chinese_name(name) or c.subject.type != "Person" or name == c.subject.label:
        return False
    person = Entity(name, "Person")
    c.add(KIN_PREDICATE[m.group("kin")], person, 0.8)
    c.discourse.mention(c.turn, person)
    return True


#: How long two have known each other: 十年, 好几个月, 很久.
_LONG = rf"(?:(?:{NUM}|几|好几|十几|很多|许多)个?(?:年|月|星期|礼拜|周)(?:多|半)?|很久|好久|很长时间|好多年)"

#: When two shared a room or a class: 高中, 大学时, 以前 (said before what they shared).
_ONCE = r"(?:以前|当年|那时候|上学时|上学的时候)?(?:(?:高中|初中|大学|小学|中学|研究生)(?:时|的时候|那会儿)?)?"

#: The ties said within one clause, after its subject.
def _r_lives_with_kin(m: re.Match[str], c: Clause) -> bool:
    """我跟我爸妈住在一起, 我还和奶奶一起住: the relative one lives with is one's own (as "I live with my parents")."""
    kin = m.group("kin")
    if c.negated or kin not in KIN_PREDICATE or c.subject.type != "Person":
        return False
    c.add(KIN_PREDICATE[kin], owned(c.subject, kin, "Person", None), 0.75)
    return True


TIE_RULES: list[tuple[str, Rule]] = [
    *CHILD_PARENT_RULES,  # 我是皓皓妈妈, 我是数学课代表李想的爸爸: the parent of the child named
    # 我跟我爸妈住在一起, 我和奶奶一起住, 我跟室友住: the subject's relative (or roommate) lived with
    (rf"^(?:和|跟|与|同)(?:我|自己)?的?(?P<kin>{KIN})(?:接着|继续|还|一直)?(?:住在一起|一起住|同住|(?:一块儿?|一起)住了?|"
     rf"住(?:在)?一块儿?|住){_END}", _r_lives_with_kin),
    # 我和王磊约会过几次, 她跟我出去约会了三次: dates had
    (rf"^{_WITH}(?:一起)?(?:出去)?约会(?:了|过)(?:{NUM}|几|好几)次{_END}", _tie("dated", 0.7)),
    # 我和王磊复合了, 她跟他又复合了: partners again (not 和好: friends make up too)
    (rf"^{_WITH}(?:又|已经|终于|刚刚?)?(?:复合|重归于好)了{_END}", _tie("partner", 0.7)),
    # 我跟王磊不太熟, 我和他不熟: known to each other, not well
    (rf"^{_WITH}(?:还|都|其实)?(?:不太|不是很|不怎么|并不|不)熟(?:悉)?{_END}", _tie("acquaintance", 0.65)),
    # 我认识王磊十年了, 我和王磊认识好几年了, 我跟她是在大学认识的: known to each other
    (rf"^(?:已经)?认识(?P<n>我|你|他|她|[{HAN}·]{{2,4}}?)(?:已经)?有?{_LONG}{_END}", _tie("knows", 0.7)),
    (rf"^{_WITH}(?:已经)?认识(?:了|有)?{_LONG}{_END}", _tie("knows", 0.7)),
    (rf"^{_WITH}(?:是)?在[^，,在]{{1,10}}?认识的{_END}", _tie("knows", 0.7)),
    # 我和卡萝认识了四年才结婚, 我跟他交往了两年就结婚了: spouses (that they knew or dated each other first goes without
    # saying)
    (rf"^{_WITH}(?:认识|交往|恋爱|谈恋爱|在一起)(?:了|有)?{_LONG}(?:以后|之后|后)?，?(?:才|就|然后|终于)?(?:结婚|结的婚|领证)"
     rf"(?:的)?{_END}", _tie("spouse", 0.75)),
    # 我跟王磊一个宿舍的, 我和他住同一个寝室: roommates; 我跟楠楠高中一个班的, 我和他是一个班的: classmates;
    # 我跟老张住一个楼, 我和她住同一个小区: neighbours (not 一个公司: colleagues, read elsewhere)
    (rf"^{_WITH}{_ONCE}(?:是|都是)?(?:住)?(?:在)?(?:同)?一个(?:宿舍|寝室|屋|房间)(?:的)?{_END}", _tie("roommate", 0.7, called=True)),
    (rf"^{_WITH}{_ONCE}(?:是|都是)?(?:在)?(?:同)?一个班(?:的)?{_END}", _tie("classmate", 0.7, called=True)),
    (rf"^{_WITH}(?:是|都)?住(?:在)?(?:同)?一(?:个|栋|幢)(?:楼|单元|小区|院|院子|大院|胡同)(?:里)?(?:的)?{_END}", _tie("neighbor", 0.65, called=True)),
    # 小鹏现在跟着我干, 他跟着老赵干了好几年了: the one followed at work is the boss (not 跟我干一杯: a drink)
    (rf"^(?:现在|一直|这几年|已经|都)?跟着(?P<n>我|你|他|她|[{HAN}·]{{2,4}}?)(?:干活|干|做事|打工)(?:了)?{_LONG}?{_END}",
     _tie("boss", 0.7, called=True)),
    # 我有个叫李静的朋友, 她有一个叫王磊的哥哥
    (rf"^有(?:一个|一位|一名|个|位)?叫(?P<n>[{HAN}·]{{2,8}}?)的(?P<kin>{KIN}){_END}", _r_kin_called),
]
