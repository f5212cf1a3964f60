"""Days of the year as people say them: "May 5th", "the 5th of May", "5/25", 五月五日, 5月5号; with the year, a date.

:func:`read_day` reads the day a text starts with: a :class:`~kg_memory.types.MonthDay` when no year is said
("my birthday is May 5th"), a :class:`~datetime.date` when one is ("May 5, 1990", "1990-05-05", 1990年5月5日).
"today", "tomorrow" and "yesterday" (今天, 明天, 昨天) are read against the time of the turn. Numeric forms are
read only where they cannot be misread: "5/5", "12/25" and "25/12" are, "3/12" (March or December?) is not.

>>> read_day("May 5th"), read_day("the 3rd of March")
(MonthDay(month=5, day=5), MonthDay(month=3, day=3))
>>> read_day("May 5, 1990"), read_day("五月五日", lang="zh")
(datetime.date(1990, 5, 5), MonthDay(month=5, day=5))
>>> read_day("3/12") is None, read_day("in May") is None
(True, True)
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..types import MonthDay
from .timeexpr import MONTHS, parse_zh_number

__all__ = ["find_day", "read_day"]

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
#: "fifth" -> 5, "twenty-first" -> 21, "thirty first" -> 31
_ORDINALS = {
    **{w: i + 1 for i, w in enumerate(_UNITS)}, **{w: i + 10 for i, w in enumerate(_TEENS)},
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ")},
    **{f"thirty{sep}first": 31 for sep in ("-", " ")},
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_DAY = rf"(?:(?P<{{g}}>\d{{{{1,2}}}})(?:st|nd|rd|th)?|(?P<{{g}}w>{_ORDINAL}))"
_YEAR = r"(?:,?\s+(?:in\s+)?(?P<y>(?:19|20)\d{2}))?"
_EN = re.compile(
    r"(?:on\s+)?(?:the\s+)?(?:"
    rf"(?P<m1>{_MONTH})\.?\s+(?:the\s+)?{_DAY.format(g='d1')}"  # May 5th, May the fifth
    rf"|{_DAY.format(g='d2')}\s+(?:of\s+)?(?P<m2>{_MONTH})\b\.?"  # the 5th of May, 5 May
    r"|(?P<iso>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"  # 1990-05-05
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<ny>(?:19|20)\d{2}))?"  # 5/5, 12/25/1990
    r"|(?P<rel>today|tomorrow|yesterday)"
    rf")(?![\w/-]){_YEAR}(?![\w/-])",
    re.I,
)
_ZH_NUM = r"[0-9０-９零〇一二两三四五六七八九十]{1,3}"
_ZH = re.compile(
    rf"(?:(?P<y>\d{{4}}|[零〇一二三四五六七八九]{{4}})年)?(?P<m>{_ZH_NUM})月份?(?P<d>{_ZH_NUM})[日号號]"
    r"|(?P<rel>今天|明天|昨天)"
)
#: The lunar calendar, whose days fall on other days of the solar year each year.
_LUNAR = re.compile(r"农历|阴历|旧历|夏历")
_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1, "今天": 0, "明天": 1, "昨天": -1}


def read_day(text: str, reference: date | datetime | None = None, lang: str = "en") -> date | MonthDay | None:
    """The day of the year ``text`` starts with (after "on", "the"): a date when a year is said, else a month-day.

    ``lang`` is ``"en"`` or ``"zh"``; "today", "tomorrow", "yesterday" (今天, 明天, 昨天) need ``reference``
    (the turn's time) and give its month-day. ``None`` when the text starts with no day, or names one that
    does not exist (the 30th of February) or cannot be read one way only ("3/12").

    >>> read_day("on the twenty-first of June"), read_day("12/25"), read_day("1990-05-05")
    (MonthDay(month=6, day=21), MonthDay(month=12, day=25), datetime.date(1990, 5, 5))
    >>> read_day("tomorrow", date(2024, 2, 28)), read_day("tomorrow") is None
    (MonthDay(month=2, day=29), True)
    """
    m = (_ZH if lang == "zh" else _EN).match(text.strip())
    return _day(m, reference, lang) if m is not None else None


def find_day(text: str, reference: date | datetime | None = None, lang: str = "en") -> date | MonthDay | None:
    """The first day of the year named anywhere in ``text`` (as :func:`read_day` reads it); in Chinese, not one of
    the lunar calendar (农历五月初五, 阴历八月十五日).

    >>> find_day("我是五月五日出生的", lang="zh"), find_day("我农历五月五日出生", lang="zh") is None
    (MonthDay(month=5, day=5), True)
    """
    for m in (_ZH if lang == "zh" else _EN).finditer(text):
        if lang == "zh" and _LUNAR.search(text, 0, m.start()):
            return None
        if lang != "zh" and m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        day = _day(m, reference, lang)
        if day is not None:
            return day
    return None


def _day(m: re.Match[str], reference: date | datetime | None, lang: str) -> date | MonthDay | None:
    """The day a match of :data:`_EN` or :data:`_ZH` names."""
    if m.group("rel"):
        if reference is None:
            return None
        day = reference.date() if isinstance(reference, datetime) else reference
        return MonthDay.of(day + timedelta(days=_RELATIVE[m.group("rel").lower()]))
    parts = _zh_parts(m) if lang == "zh" else _en_parts(m)
    if parts is None:
        return None
    year, month, day_ = parts
    try:
        return date(year, month, day_) if year is not None else MonthDay(month, day_)
    except ValueError:
        return None


def _en_parts(m: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of an English match of :data:`_EN`."""
    year = int(m.group("y")) if m.group("y") else None
    if m.group("iso"):
        return int(m.group("iso")), int(m.group("im")), int(m.group("id"))
    if m.group("a"):
        a, b = int(m.group("a")), int(m.group("b"))
        if a != b and (a <= 12) == (b <= 12):
            return None  # 3/12: March the 12th or the 3rd of December
        month, day_ = (a, b) if a <= 12 and (b > 12 or a == b) else (b, a)
        return (int(m.group("ny")) if m.group("ny") else year), month, day_
    month_word = m.group("m1") or m.group("m2")
    digits, word = (m.group("d1"), m.group("d1w")) if m.group("m1") else (m.group("d2"), m.group("d2w"))
    said = int(digits) if digits else _ORDINALS.get(re.sub(r"\s+", " ", word.lower()))
    named = MONTHS.get(month_word.lower())  # None for a spelling only the case-blind pattern takes ("ſeptember")
    return (year, named, said) if named is not None and said is not None else None


def _zh_parts(m: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a Chinese match of :data:`_ZH`."""
    month, day_ = parse_zh_number(_ascii(m.group("m"))), parse_zh_number(_ascii(m.group("d")))
    year = parse_zh_number(m.group("y")) if m.group("y") else None
    if month is None or day_ is None:
        return None
    return year, month, day_


def _ascii(digits: str) -> str:
    """Full-width digits as ASCII ones: ５ -> 5."""
    return digits.translate({0xFF10 + i: ord("0") + i for i in range(10)})
