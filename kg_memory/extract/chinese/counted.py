"""Chinese sentences that count the speaker's pets or relatives, then name them: an animal of any kind or breed, then
its name in the next clause (我养了一条金毛，叫饼干; 我有一只阿拉斯加，叫大白: the pet's name, never the speaker's), and
several pets named one by one (我们家有两只猫，一只叫咪咪，一只叫球球) or together (我有两只猫，叫咪咪和球球).

>>> [(kp, name) for kp, name, _ in pets_named("我们家有两只猫，一只叫咪咪，一只叫球球")]
[('我', '咪咪'), ('我', '球球')]
>>> [(kp, name) for kp, name, _ in pets_named("我养了一只阿拉斯加，叫大白")]
[('我', '大白')]
>>> pets_named("我有两个孩子，一个叫小明，一个叫小红")
[]

:func:`relatives_named` reads relatives counted and named the same way (我有两个孩子，一个叫小明，一个叫小红), and
:func:`one_of_them_named` one of the children named with the age after the name, in the turn or the next one of the
speaker's (我有两个孩子。 - 大的叫乐乐，今年十岁。).

>>> [(kp, kin, name) for kp, kin, name, _ in relatives_named("我有两个孩子，一个叫小明，一个叫小红")]
[('我', '孩子', '小明'), ('我', '孩子', '小红')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse, gender_of_noun
from ..timeexpr import parse_zh_number
from .lexicon import HAN, KIN, NUM, PET
from .objects import owned
from .segment import TRAILING

__all__ = ["children_aged", "one_of_them_named", "pet_said", "pets_named", "relatives_named", "said_name"]

_OWNER = r"(?P<kp>我|你)(?:们)?(?:(?:和|跟)[^，,。！!？?]{1,4}?一起)?(?:的|家里?)?(?:[^，,。！!？?]{0,4}?(?:领养|收养|捡)了|有|养了?|养着|新?添了)"
#: 养了一条金毛，叫饼干: an animal counted by a classifier of animals (只, 条, 匹, 头), then its name in the next clause.
_ANIMAL_NAMED = lazy(rf"{_OWNER}(?:{NUM})?(?:只|条|匹|头)(?P<pet>[{HAN}]{{1,5}}?)[，,](?:它|他|她)?(?:叫(?![声得了个着起过])|名叫|名字叫)"
                     rf"(?P<n>[{HAN}A-Za-z]{{1,4}}?)(?=[，,。！!…]|$)")
#: 有两只猫，一只叫咪咪，另一只叫球球 / 有两只猫，叫咪咪和球球: several pets, then their names.
_PETS_COUNTED = lazy(rf"{_OWNER}(?:两|三|四|五|几|[2-9])(?:只|条|匹|头|个)(?:{PET})(?P<rest>(?:[，,：:][^，,：:]+)+)")
_ONE_NAMED = lazy(rf"^(?:一|另一|另外一|还有一|其中一|大的|小的|老大|老二)(?:只|条|匹|头|个)?(?:叫|名叫)(?P<n>[{HAN}A-Za-z]{{1,4}})$")
_ALL_NAMED = lazy(rf"^(?P<called>叫|名叫|分别叫|分别是|名字是|名字叫)?(?P<n>[{HAN}A-Za-z]{{1,4}}(?:(?:和|、|跟)[{HAN}A-Za-z]{{1,4}})+)$")
#: 有两个孩子，一个叫小明，一个叫小红 / 有两个哥哥，叫大伟和小伟: several relatives, then their names; 我跟两个室友合租，一个叫
#: 小李，一个叫阿杰: roommates counted, then named one by one.
_KIN_COUNTED = lazy(rf"(?P<kp>我|你)(?:们)?(?:的|家里?)?(?:有|(?:跟|和|与)(?=[两三四五几2-9](?:个|位)(?:室友|舍友)))(?:两|三|四|五|几|[2-9])(?:个|位)"
                    rf"(?P<kin>{KIN})(?:一起)?(?:合租|同住|住|住在一起|租房子?)?(?P<rest>(?:[，,：:][^，,：:]+)+)")
#: 我养了一只猫, 我有一条狗, 我家狗, 她的猫: a pet said (not 我喜欢猫: an animal liked, none had).
_PET_SAID = lazy(rf"(?:养了?|养着|有|添了)(?:{NUM})?(?:只|条|匹|头)?小?(?:{PET})|[我你他她]们?(?:的|家的?)(?:{PET})")


def pet_said(sentence: str) -> bool:
    """Whether ``sentence`` says someone has a pet, whom a 她 or 他 after it may mean as well as a person.

    >>> pet_said("我养了一只猫，叫咪咪"), pet_said("我家狗晚上老是叫"), pet_said("我喜欢猫")
    (True, True, False)
    """
    return _PET_SAID.search(sentence) is not None


#: What no pet's name holds (我有两只猫，我和我老公都很喜欢).
_NOT_NAME = lazy(r"[我你他她它的了是不没在很都也就还]")


def said_name(said: str) -> str:
    """``said`` less the particles after it, where a name ends it; a 哈 after a name of one character is the name's
    own (二哈, a husky).

    >>> said_name("二哈"), said_name("一只叫二哈"), said_name("咪咪哈"), said_name("饼干啦")
    ('二哈', '一只叫二哈', '咪咪', '饼干')
    """
    name = TRAILING.sub("", said)
    cut = said[len(name):]
    if cut[:1] == "哈" and cut[:2] != "哈哈" and (len(name) == 1 or name[-2] in "叫是"):
        return name + "哈"
    return name


def pets_named(sentence: str) -> list[tuple[str, str, str]]:
    """``(owner word, name, words read)`` for each pet ``sentence`` names after saying the owner has it (the owner
    word is 我 or 你; the words read are left to no other rule)."""
    out: list[tuple[str, str, str]] = []
    for m in _ANIMAL_NAMED.finditer(sentence):
        name = said_name(m.group("n"))
        if name and not _NOT_NAME.search(name):
            out.append((m.group("kp"), name, m.group(0)))
    for m in _PETS_COUNTED.finditer(sentence):
        out.extend((m.group("kp"), name, read) for name, read in _read(m))
    return out


def relatives_named(sentence: str) -> list[tuple[str, str, str, str]]:
    """``(owner word, kin word, name, words read)`` for each relative ``sentence`` names after counting them."""
    return [(m.group("kp"), m.group("kin"), name, read) for m in _KIN_COUNTED.finditer(sentence) for name, read in _read(m)]


#: 我有两个孩子，女儿七岁，儿子四岁 / 我有一儿一女: children counted, then told one by one (their ages follow).
_CHILDREN_COUNTED = lazy(r"(?P<kp>我|你)(?:们)?(?:的|家里?)?有(?:(?:两|三|四|五|几|[2-9])(?:个|位)"
                         r"(?:孩子|小孩|娃|宝宝|儿子|女儿|子女)|一儿一女|一女一儿|儿女双全)(?P<rest>(?:[，,：:][^，,：:]+)+)")
#: 女儿七岁, 大儿子今年十二岁了, 小女儿才三岁半: which child, and the age.
_CHILD_AGED = lazy(rf"^(?:一个是|还有个|还有一个)?(?P<kin>(?:大|小|二)?(?:女儿|儿子))(?:今年|已经|才|刚|刚满|都|满)*(?P<n>{NUM})"
                   rf"(?:周)?岁(?:半|多)?(?:了|啦|呢)?$")


def children_aged(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The children ``sentence`` counts, then tells by their ages (我有两个孩子，女儿七岁，儿子四岁): each is the owner's
    child, of that age, as "I have two kids, a daughter who is 7 and a son who is 4".

    >>> t = Turn("c", "1", "Ann", "我有两个孩子，女儿七岁，儿子四岁。")
    >>> [(s.label, p, o if isinstance(o, int) else o.label) for s, p, o, _, _ in children_aged(t.text, t, Discourse([t]))]
    [('Ann', 'child', 'Ann的女儿'), ('Ann的女儿', 'age', 7), ('Ann', 'child', 'Ann的儿子'), ('Ann的儿子', 'age', 4)]
    >>> children_aged("她有两个孩子，女儿七岁，儿子四岁", t, Discourse([t]))
    []
    """
    out: list[Found] = []
    for m in _CHILDREN_COUNTED.finditer(sentence):
        owner = discourse.speaker(turn) if m.group("kp") == "我" else discourse.addressee(turn)
        for clause in re.split(r"[，,：:]", m.group("rest"))[1:]:
            said = clause.strip(" 。！!…")
            aged = _CHILD_AGED.match(TRAILING.sub("", said) or said)
            age = parse_zh_number(aged.group("n")) if aged else None
            if owner is None or aged is None or age is None or not 0 <= age < 80:
                break  # 我有两个孩子，都很可爱: what follows is no child's age
            child = owned(owner, aged.group("kin"), "Person", None)
            discourse.mention(turn, child, gender_of_noun(aged.group("kin")))
            out += [(owner, "child", child, 0.8, None), (child, "age", age, 0.8, None)]
    return out + one_of_them_named(sentence, turn, discourse)


#: 大的叫乐乐，今年十岁 / 老二叫欢欢: one of the children counted, named, and the age told after the name.
_ONE_CALLED = lazy(rf"(?:^|(?<=[，,]))(?:大的|小的|老大|老二|老三|老小|大儿子|小儿子|大女儿|小女儿)(?:叫|名叫)"
                   rf"(?P<n>[{HAN}]{{2,3}}?)(?:[，,](?:今年|已经|才|刚|都)*(?P<age>{NUM})(?:周)?岁(?:半|多)?(?:了|啦)?)?"
                   rf"(?=[，,。！!…]|$)")
#: 我有两个孩子 (said before, in the turn or in the speaker's turn before it).
_CHILDREN_HAD = lazy(r"(?:我|我们)(?:家)?有(?:两|三|四|[2-4])(?:个|位)(?:孩子|小孩|娃|宝宝|儿子|女儿)")


def one_of_them_named(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The speaker's children counted (我有两个孩子, in this sentence or the speaker's turn before), then one named with
    its age (大的叫乐乐，今年十岁): the child, and the age.

    >>> t0, t1 = Turn("c", "1", "Ann", "我有两个孩子。"), Turn("c", "2", "Ann", "大的叫乐乐，今年十岁。")
    >>> [(s.label, p, o if isinstance(o, int) else o.label) for s, p, o, _, _ in one_of_them_named(t1.text, t1, Discourse([t0, t1]))]
    [('Ann', 'child', '乐乐'), ('乐乐', 'age', 10)]
    """
    said, at = discourse.conversation(turn), discourse.place(turn)
    at = len(said) if at is None else at
    before = next((t.text for t in reversed(said[:at]) if t.speaker == turn.speaker), "")
    if not _CHILDREN_HAD.search(before + sentence.split("，")[0]):
        return []
    out: list[Found] = []
    for m in _ONE_CALLED.finditer(sentence):
        name, age = said_name(m.group("n")), parse_zh_number(m.group("age")) if m.group("age") else None
        if not name or _NOT_NAME.search(name):
            continue
        child = Entity(name, "Person")
        discourse.mention(turn, child)
        out.append((discourse.speaker(turn), "child", child, 0.8, None))
        if age is not None and 0 <= age < 80:
            out.append((child, "age", age, 0.8, None))
    return out


def _read(m: re.Match[str]) -> list[tuple[str, str]]:
    """(name, words read) for the names after the count ``m``; the words read run from the count to the last name, so
    that the count (有两个孩子) gives no placeholder beside the children named."""
    named = _names_after(m.group("rest"))
    if not named:
        return []
    last = named[-1][1]
    end = m.start("rest") + m.group("rest").find(last) + len(last)
    return [(name, m.string[m.start():end]) for name, _ in named]


#: Where the names after a count part: at a comma, or where the next one begins, typed without one (一只叫咪咪一只叫球球)
_ONE_BY_ONE = lazy(r"[，,：:]|(?<=[^，,：:另外])(?=(?:另外|另)?一(?:只|个|条|位|匹)(?:叫|名叫))")


def _names_after(rest: str) -> list[tuple[str, str]]:
    """(name, clause) for the names the clauses of ``rest`` give one by one or together, up to the first clause
    that names nobody (我有两只猫，我和我老公都很喜欢: what follows is said of something else)."""
    out: list[tuple[str, str]] = []
    for clause in _ONE_BY_ONE.split(rest)[1:]:
        clause = said_name(clause.strip())
        one, every = _ONE_NAMED.match(clause), _ALL_NAMED.match(clause)
        names = [one.group("n")] if one else re.split("和|、|跟", every.group("n")) if every else []
        bare = every is not None and not every.group("called")  # 咪咪和球球: names said alone are short
        if not names or any(_NOT_NAME.search(n) or bare and len(n) > 3 for n in names):
            break
        out.extend((n, clause) for n in names)
    return out
