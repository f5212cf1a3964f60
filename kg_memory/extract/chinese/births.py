"""Chinese rules about birth: where (出生于北京, 在上海出生的), when (1990年5月3日出生) and birthdays (我的生日是五月五日,
我妹妹的生日在六月二号, 今天是我的生日, 我是五月五日出生的).

A day told with its year is the ``birthDate``; told without one (a birthday), the ``birthday``: a
:class:`~kg_memory.types.MonthDay`. 今天, 明天 and 昨天 are read against the turn's time (none: no fact). A day of the
lunar calendar (农历五月初五) falls on another solar day each year and gives nothing; so do a negation
(我的生日不是五月五日), a wish, a month alone (我的生日在五月) and 生日 as an occasion (生日快乐, 生日派对很好玩).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "安娜", "我的生日是五月五日。")
>>> [(s.label, p, o) for s, p, o, _, _ in birthdays_said("我的生日是五月五日", turn, Discourse([turn]))]
[('安娜', 'birthday', MonthDay(month=5, day=5))]
"""

from __future__ import annotations

import re
from datetime import date

from ...types import Entity, MonthDay, Turn
from ..birthyears import birth_year
from ..framework import Clause, Found, Rule, lazy
from ..monthdays import find_day, read_day
from ..pronouns import Discourse, gender_of_noun
from ..timeexpr import TimeMention, find_time
from .lexicon import KIN, KIN_PREDICATE, NAME
from .objects import owned, place
from .people import owner_kin
from .segment import IRREALIS, is_name, is_nickname

__all__ = ["BIRTH_RULES", "birthdays_said"]


def _r_born(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    when = find_time(raw, None, "zh")
    if when is not None and when.start == 0:
        if when.granularity == "day":
            c.add("birthDate", when.value, 0.9)
            return True
        return False
    if place(m.group("o"), c, "birthPlace", 0.9):
        before = c.sentence[:c.sentence.find(m.group("o"))]
        _year_told(find_time(before, None, "zh"), c)  # 我1990年出生在北京: the year too
        return True
    return False


def _r_born_when(m: re.Match[str], c: Clause) -> bool:
    """……年……月……日出生: the date came before the verb (a birthday when the year is not said: 五月五日出生)."""
    if c.negated:
        return False
    when = find_time(c.sentence, None, "zh")
    if when is not None and when.granularity == "day":
        c.add("birthDate", when.value, 0.9)
        return True
    if _year_told(when, c):  # 我1990年出生: the year, the day untold
        return True
    day = find_day(c.sentence, None, "zh")
    if isinstance(day, MonthDay):
        c.add("birthday", day, 0.9)
        return True
    return False


def _r_born_on(m: re.Match[str], c: Clause) -> bool:
    """是五月五日出生的, 是1990年5月5日生的: the day one was born, with the year (a date) or without (a birthday)."""
    if c.negated or re.search(r"农历|阴历|旧历", m.group("o")):
        return False
    day = read_day(m.group("o"), None, "zh")
    if day is None:
        return _year_told(find_time(m.group("o"), None, "zh"), c)  # 是1990年出生的: the year
    c.add("birthday" if isinstance(day, MonthDay) else "birthDate", day, 0.9)
    return True


def _year_told(when: TimeMention | None, c: Clause) -> bool:
    """Add the ``birthYear`` of a year (or a month of a year: 1990年5月) told as the time of a birth."""
    if when is None or when.granularity not in ("year", "month"):
        return False
    year = birth_year(when.value.year, c.turn.time)
    if year is not None:
        c.add("birthYear", year, 0.9)
    return year is not None


_DIGIT = {ch: str(i) for i, ch in enumerate("零一二三四五六七八九")} | {"〇": "0"}


#: A thing pointed at, closing the clause just before (那身中山装，一九九二年的; 我这辆车，零八年的): the year is the thing's.
_THING_BEFORE = lazy(r"(?:这|那)一?[件身辆台张双条块套瓶本部栋座只把顶款批][^，,。！!？?]{0,8}[，,]\s*$")
#: Someone else described in the clause just before (我们组长是个小姑娘，九五年的; 新来的是个小伙子，零二年的): the year is theirs,
#: not the speaker's (我是个小姑娘，九五年的 still is).
_OTHER_BEFORE = lazy(r"(?<!我)是(?:个|一个|位|一位|名|一名)[^，,。！!？?]{1,6}[，,]\s*$")


def _r_year_of(m: re.Match[str], c: Clause) -> bool:
    """我是95年的, 我是1995年的, 我是九五年的, 她是88年生人: the year one was born in (two digits: of the last hundred years);
    not a year said of a thing pointed at just before (那身中山装，一九九二年的), nor of someone else described just before
    (我们组长是个小姑娘，九五年的)."""
    at = c.sentence.find(m.group(0))
    if c.negated or at > 0 and (_THING_BEFORE.search(c.sentence[:at]) or _OTHER_BEFORE.search(c.sentence[:at])):
        return False
    digits = "".join(_DIGIT.get(ch, ch) for ch in m.group("y"))
    if len(digits) == 2:
        now = c.turn.time.year if c.turn.time is not None else date.today().year
        digits = f"{now // 100}{digits}" if int(digits) <= now % 100 else f"{now // 100 - 1}{digits}"
    year = birth_year(int(digits), c.turn.time)
    if year is not None:
        c.add("birthYear", year, 0.85)
    return year is not None


def _r_age_band(m: re.Match[str], c: Clause) -> bool:
    """我是九零后, 她是00后, 我老公是85后: the years one was born in, as people of an age call themselves (a ``trait``)."""
    digits = "".join(_DIGIT.get(ch, ch) for ch in m.group("y"))[-2:]
    if c.negated or digits[-1] not in "05":
        return False  # 我不是九零后; 91后 is no band people use
    c.add("trait", f"{digits}后", 0.8)
    return True


def _r_gave_birth(m: re.Match[str], c: Clause) -> bool:
    """刚生了个女儿，叫朵朵: the subject's child, by name (unnamed: 小静的女儿)."""
    name = m.group("name")
    if c.negated or name and not (is_name(name) or is_nickname(name)):  # 朵朵, 豆豆
        return False
    child = owned(c.subject, m.group("kin"), "Person", name)
    c.add("child", child, 0.8)
    c.discourse.mention(c.turn, child, gender_of_noun(m.group("kin")))
    return True


#: The rules of the clause table, in the order tried (where one was born, then when; a child born).
BIRTH_RULES: list[tuple[str, Rule]] = [
    (r"^(?:出生于|出生在|生于|诞生于|出生自)(?P<o>.+)", _r_born),
    (r"^(?:是)?在(?P<o>(?:(?!读|念|上|当|做|教|学习).)+?)(?:出生|(?<![医学先女考])生)的?$", _r_born),  # not 在清华大学读研究生, 在戏里演医生
    (r"^(?:出生|生)的?$", _r_born_when),
    (r"^是(?P<o>[^在].{2,14}?)(?:出生|生)的$", _r_born_on),
    (r"^是?(?P<y>(?:19|20)?\d{2}|[零〇一二三四五六七八九]{2}|[一二][零〇一二三四五六七八九]{3})年(?:的|生人)$", _r_year_of),
    (r"^(?:也|都|就)?是(?:个|一个)?(?:标准的|典型的)?(?P<y>(?:19|20)?\d{2}|[零〇一二三四五六七八九]{2})后(?:了|啊|呀|呢|吧|哦|嘛)*$", _r_age_band),
    (rf"^(?:刚刚?|已经|上个?月|去年|今年|前几天|昨天|上周)*生了(?:一)?个(?:可爱的|漂亮的)?(?P<kin>儿子|女儿|宝宝|孩子)"
     rf"(?:[，,]?(?:叫|名叫|取名叫?)(?P<name>{NAME}))?了?$", _r_gave_birth),  # 刚生了个女儿，叫朵朵
]

#: Whose birthday: 我(的), 你(的), 他/她(的), 我(的)妹妹(的), or a name (张三的).
_WHO = rf"(?:(?P<kp>我|你|他|她)的?(?:(?:最好的|好)?(?P<kin>{KIN})的?)?|(?P<name>{NAME})的)"
#: 我的生日是五月五日, 我妹妹的生日在六月二号, 张三的生日是每年的三月三日
_BIRTHDAY_IS = lazy(rf"{_WHO}生日(?:就|也|正好|刚好)?(?:是|在|为)?(?:每年的?)?(?P<d>.+)")  # 我生日十一月二十号 too
#: 今天是我的生日, 明天就是我妹妹的生日
_TODAY_IS = lazy(rf"(?P<rel>今天|明天|昨天)(?:就|也|正好|刚好)?是{_WHO}生日")
#: 我今天过生日, 我妹妹明天生日
_TODAY_HAS = lazy(rf"{_WHO}(?P<rel>今天|明天|昨天)(?:过)?生日")
_NOT = lazy(r"不|没|别")


def birthdays_said(sentence: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """The birthdays ``sentence`` tells (see the module doc)."""
    if "生日" not in sentence or IRREALIS.search(sentence):
        return []
    out: list[Found] = []
    for pattern in (_BIRTHDAY_IS, _TODAY_IS, _TODAY_HAS):
        m = pattern.search(sentence)
        if m is None or _NOT.search(m.group(0)):
            continue
        said = m.group("d") if pattern is _BIRTHDAY_IS else m.group("rel")
        day = read_day(said, turn.time, "zh")
        owner = _owner(m, turn, discourse) if day is not None else None
        if day is None or owner is None:
            continue
        who, weight, related = owner
        out.extend(related)
        if isinstance(day, date) and turn.time is not None and day.year >= turn.time.year:
            day = MonthDay.of(day)  # 我的生日是2024年5月5日 said in 2024: this year's birthday, not the year of birth
        out.append((who, "birthday" if isinstance(day, MonthDay) else "birthDate", day, 0.9 * weight, None))
        break
    return out


def _owner(m: re.Match[str], turn: Turn, discourse: Discourse) -> tuple[Entity, float, list[Found]] | None:
    """Whose birthday ``m`` tells, how sure that is, and how a relative is related (我妹妹: the speaker's sibling)."""
    name = m.group("name")
    if name:
        if not is_name(name) or name == "今天":
            return None
        person = Entity(name, "Person")
        discourse.mention(turn, person)
        return person, 0.95, []
    owner, weight = owner_kin(m.group("kp"), turn, discourse)
    if m.group("kp") == "我":
        weight = 1.0
    if owner is None:
        return None
    noun = m.group("kin")
    if not noun:
        return owner, weight, []
    relative = owned(owner, noun, "Person", None)
    discourse.mention(turn, relative, gender_of_noun(noun))
    return relative, 0.95 * weight, [(owner, KIN_PREDICATE[noun], relative, 0.8 * weight, None)]
