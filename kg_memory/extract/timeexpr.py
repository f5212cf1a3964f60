"""Time expressions in a turn, resolved against the turn's time.

A mention resolves to the first day of the period it names ("last May" -> the 1st of May) and
keeps the period's ``granularity`` (``"day"``, ``"week"``, ``"month"``, ``"season"``, ``"year"``).
Relative expressions need the reference time and resolve to ``None`` without it; absolute ones
("in 2019", "March 3, 2021", "2021年3月3日") resolve on their own. Months and seasons without a
year are read as the latest one before the reference (conversation memory reports the past).

>>> from datetime import date
>>> find_time("I went to Paris last May", date(2024, 3, 10)).value
datetime.date(2023, 5, 1)
>>> find_time("we met two days ago", date(2024, 3, 10)).value
datetime.date(2024, 3, 8)
>>> find_time("我去年五月去了北京", date(2024, 3, 10), "zh").value
datetime.date(2023, 5, 1)
>>> find_time("I went there last May") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

__all__ = ["MONTHS", "SEASONS", "WEEKDAYS", "TimeMention", "find_time", "parse_zh_number"]

MONTHS = {
    m: i + 1 for i, ms in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ]) for m in ms
}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
    "several": 3,
}
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

#: The decades said in words ("in the nineties"), by their tens digit.
_DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
            "nineties": 9}
#: Words beside "in the 90s" that make it a temperature, not a decade.
_WEATHER = re.compile(r"\b(?:temperature|temperatures|temps?|degrees|weather|hot|warm|heat|it'?s|it\s+was|highs?|lows?)\b", re.I)
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM_RE = r"\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ZH_NUM = r"[0-9零〇一二两三四五六七八九十]+"

# English patterns, tried in order; the first that matches the text wins.
_EN = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("month_day_year", re.compile(
        rf"\b(?:on\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("day_month_year", re.compile(
        rf"\b(?:on\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("day_before_yesterday", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b|\blast\s+night\b", re.I)),
    ("today", re.compile(r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b", re.I)),
    ("ago", re.compile(rf"\b({_NUM_RE})\s+(day|week|month|year)s?\s+ago\b", re.I)),
    ("last_unit", re.compile(r"\b(?:last|past|previous)\s+(week|month|year)\b", re.I)),
    ("last_weekday", re.compile(rf"\b(?:last|this\s+past|on)\s+({'|'.join(WEEKDAYS)})\b", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)),
    ("last_month_name", re.compile(rf"\b(?:last|this\s+past|in|back\s+in)\s+({_MONTH_RE})\b", re.I)),
    ("last_season", re.compile(rf"\b(?:last|this\s+past)\s+({'|'.join(SEASONS)})\b", re.I)),
    ("season_year", re.compile(rf"\b(?:(?:in|during|over|since)\s+)?(?:the\s+)?({'|'.join(SEASONS)})\s+(?:of\s+)?((?:19|20)\d{{2}})\b",
                               re.I)),
    ("this_season", re.compile(rf"\bthis\s+({'|'.join(SEASONS)})\b", re.I)),
    # "in the summer", "over the winter": the latest begun ("fall" alone is too often a tumble)
    ("the_season", re.compile(r"\b(?:in|over|during|since)\s+the\s+(spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d)", re.I)),
    ("year", re.compile(r"\b(?:in|since|back\s+in|during)\s+((?:19|20)\d{2})\b", re.I)),
    ("decade", re.compile(rf"\b(?:in|since|back\s+in|during)\s+the\s+(?:((?:19|20)\d)0'?s|'?(\d)0'?s|({'|'.join(_DECADES)}))\b", re.I)),
]

#: The month a Chinese season starts (春天, 夏季, 暑假: the summer holidays).
_ZH_SEASONS = {"春": 3, "夏": 6, "秋": 9, "冬": 12, "暑": 7, "寒": 1}

_ZH = [
    ("season", re.compile(r"(去年|前年|今年)?(?:([春夏秋冬])(?:天|季)|([暑寒])假)")),
    ("full", re.compile(rf"(\d{{4}}|[零〇一二三四五六七八九]{{4}})年(?:({_ZH_NUM})月(?:({_ZH_NUM})[日号])?)?")),
    ("rel_year_month", re.compile(rf"(去年|前年|今年)(?:({_ZH_NUM})月(?:({_ZH_NUM})[日号])?)?")),
    ("last_month_day", re.compile(rf"上个?月(?:({_ZH_NUM})[日号])?")),
    ("month_day", re.compile(rf"({_ZH_NUM})月(?:({_ZH_NUM})[日号])?")),
    ("last_week_day", re.compile(r"上(?:个)?(?:周|星期|礼拜)([一二三四五六日天])?")),
    ("ago", re.compile(rf"({_ZH_NUM})(天|个?星期|周|个?月|年)(?:以)?前")),
    ("days", re.compile(r"大前天|前天|昨天|昨晚|今天|今晚|今早|今天早上")),
]


@dataclass(frozen=True)
class TimeMention:
    """A time expression found in a text, resolved to the first day of its period."""

    text: str
    start: int
    end: int
    value: date
    granularity: str


def parse_zh_number(text: str) -> int | None:
    """Read a number written with Arabic digits or Chinese numerals (up to 9999).

    >>> parse_zh_number("二十三"), parse_zh_number("十"), parse_zh_number("12"), parse_zh_number("二〇二一")
    (23, 10, 12, 2021)
    """
    if text.isdigit():
        return int(text)
    if text and all(c in _ZH_DIGITS for c in text):
        return int("".join(str(_ZH_DIGITS[c]) for c in text))
    total, current = 0, 0
    units = {"十": 10, "百": 100, "千": 1000}
    for c in text:
        if c in _ZH_DIGITS:
            current = _ZH_DIGITS[c]
        elif c in units:
            total += (current or 1) * units[c]
            current = 0
        else:
            return None
    return total + current if text else None


def _as_date(reference: date | datetime | None) -> date | None:
    if isinstance(reference, datetime):
        return reference.date()
    return reference


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest_month(month: int, ref: date, strictly_before: bool) -> date:
    """The latest ``month`` before ``ref`` (or in ref's month when not strict)."""
    year = ref.year if (month < ref.month or (month == ref.month and not strictly_before)) else ref.year - 1
    return date(year, month, 1)


def _latest_day(month: int, day: int, ref: date) -> date | None:
    d = _safe_date(ref.year, month, day)
    if d is not None and d > ref:
        d = _safe_date(ref.year - 1, month, day)
    return d


def _lookup(table: dict[str, int], word: str) -> int | None:
    """``table[word]`` for a word the case-insensitive patterns matched, spelled in any case they accept
    ("Sunday", "SUNDAY", "ſunday" with a long s, "Kelvin-sign" K)."""
    value = table.get(word.lower())
    if value is None:
        value = next((v for k, v in table.items() if re.fullmatch(re.escape(k), word, re.I)), None)
    return value


def _known(table: dict[str, int], word: str) -> int:
    """:func:`_lookup` of a word a pattern built from ``table``'s keys matched (so it is there)."""
    value = _lookup(table, word)
    assert value is not None, word
    return value


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _lookup(_NUMBER_WORDS, word) or 1


def _resolve_en(kind: str, m: re.Match, ref: date | None) -> tuple[date, str] | None:
    g = m.groups()
    if kind == "iso":
        d = _safe_date(int(g[0]), int(g[1]), int(g[2]))
        return (d, "day") if d else None
    if kind in ("month_day_year", "day_month_year"):
        month_word, day = (g[0], g[1]) if kind == "month_day_year" else (g[1], g[0])
        month = _known(MONTHS, month_word)
        if g[2]:
            d = _safe_date(int(g[2]), month, int(day))
        else:
            d = _latest_day(month, int(day), ref) if ref else None
        return (d, "day") if d else None
    if kind == "month_year":
        return date(int(g[1]), _known(MONTHS, g[0]), 1), "month"
    if kind == "year":
        return date(int(g[0]), 1, 1), "year"
    if kind == "season_year":
        return date(int(g[1]), _known(SEASONS, g[0]), 1), "season"
    if kind == "decade":
        return _decade(m, ref)
    if ref is None:
        return None
    if kind == "day_before_yesterday":
        return ref - timedelta(days=2), "day"
    if kind == "yesterday":
        return ref - timedelta(days=1), "day"
    if kind == "today":
        return ref, "day"
    if kind == "ago":
        n, unit = _count(g[0]), g[1].lower()
        if unit == "day":
            return ref - timedelta(days=n), "day"
        if unit == "week":
            return ref - timedelta(weeks=n), "week"
        if unit == "month":
            return _shift_months(ref, -n), "month"
        return date(ref.year - n, 1, 1), "year"
    if kind == "last_unit":
        unit = g[0].lower()
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday())
            return monday - timedelta(weeks=1), "week"
        if unit == "month":
            return _shift_months(ref, -1), "month"
        return date(ref.year - 1, 1, 1), "year"
    if kind == "last_weekday":
        delta = (ref.weekday() - _known(WEEKDAYS, g[0])) % 7 or 7
        return ref - timedelta(days=delta), "day"
    if kind == "last_month_name":
        strict = m.group(0).lower().startswith("last")
        return _latest_month(_known(MONTHS, g[0]), ref, strictly_before=strict), "month"
    if kind in ("this_season", "the_season"):
        start = _known(SEASONS, g[0])
        year = ref.year - 1 if start == 12 and ref.month < 3 else ref.year  # January's "this winter" began in December
        if kind == "the_season" and date(year, start, 1) > ref:
            year -= 1  # "in the summer", said in May: last year's
        return date(year, start, 1), "season"
    if kind == "last_season":
        start = _known(SEASONS, g[0])
        candidate = date(ref.year, start, 1)
        if candidate > ref or (ref.month - start) % 12 < 3:
            candidate = date(ref.year - 1, start, 1)
        return candidate, "season"
    return None


def _decade(m: re.Match, ref: date | None) -> tuple[date, str] | None:
    """The first day of the decade ``m`` (a "decade" match) names: "the 1990s" is 1990; "the 90s", "the nineties" the
    latest begun by ``ref`` (the 1920s before 2020), else the 1900s'; None for a temperature ("it's in the 90s today").

    >>> _decade(_EN[-1][1].search("in the 20s"), date(2024, 5, 1)), _decade(_EN[-1][1].search("in the 20s"), None)
    ((datetime.date(2020, 1, 1), 'decade'), (datetime.date(1920, 1, 1), 'decade'))
    """
    if _WEATHER.search(m.string, max(0, m.start() - 30), m.end() + 20):
        return None
    if m.group(1):
        return date(int(m.group(1)) * 10, 1, 1), "decade"
    tens = int(m.group(2)) if m.group(2) else _known(_DECADES, m.group(3))
    year = 2000 + tens * 10
    return date(year if ref is not None and year <= ref.year else year - 100, 1, 1), "decade"


def _resolve_zh(kind: str, m: re.Match, ref: date | None) -> tuple[date, str] | None:
    g = m.groups()
    num = parse_zh_number
    if kind == "full":
        year = num(g[0])
        month = num(g[1]) if g[1] else None
        day = num(g[2]) if g[2] else None
        if year is None:
            return None
        if month and day:
            d = _safe_date(year, month, day)
            return (d, "day") if d else None
        if month:
            return (date(year, month, 1), "month") if 1 <= month <= 12 else None
        return date(year, 1, 1), "year"
    if ref is None:
        return None
    if kind == "season":  # 去年夏天: last year's; 夏天 alone: the latest begun by the time it is said
        start = _ZH_SEASONS[g[1] or g[2]]
        if g[0]:
            return date(ref.year - {"去年": 1, "前年": 2, "今年": 0}[g[0]], start, 1), "season"
        year = ref.year if date(ref.year, start, 1) <= ref else ref.year - 1
        return date(year, start, 1), "season"
    if kind == "rel_year_month":
        year = ref.year - {"去年": 1, "前年": 2, "今年": 0}[g[0]]
        month = num(g[1]) if g[1] else None
        day = num(g[2]) if g[2] else None
        if month and day:
            d = _safe_date(year, month, day)
            return (d, "day") if d else None
        if month:
            return (date(year, month, 1), "month") if 1 <= month <= 12 else None
        return date(year, 1, 1), "year"
    if kind == "last_month_day":
        first = _shift_months(ref, -1)
        if g[0]:
            d = _safe_date(first.year, first.month, num(g[0]) or 0)
            return (d, "day") if d else None
        return first, "month"
    if kind == "month_day":
        month = num(g[0])
        if not month or not 1 <= month <= 12:
            return None
        if g[1]:
            d = _latest_day(month, num(g[1]) or 0, ref)
            return (d, "day") if d else None
        return _latest_month(month, ref, strictly_before=False), "month"
    if kind == "last_week_day":
        monday = ref - timedelta(days=ref.weekday()) - timedelta(weeks=1)
        if g[0]:
            return monday + timedelta(days=_ZH_WEEKDAYS[g[0]]), "day"
        return monday, "week"
    if kind == "ago":
        n, unit = num(g[0]) or 1, g[1][-1]
        if unit == "天":
            return ref - timedelta(days=n), "day"
        if unit in "期周":
            return ref - timedelta(weeks=n), "week"
        if unit == "月":
            return _shift_months(ref, -n), "month"
        return date(ref.year - n, 1, 1), "year"
    if kind == "days":
        offsets = {"大前天": 3, "前天": 2, "昨天": 1, "昨晚": 1}
        return ref - timedelta(days=offsets.get(m.group(0), 0)), "day"
    return None


# Every English pattern needs a digit or one of these word starts, every Chinese one a digit or one of
# these characters: most turns name no time, and these substring tests rule them out at a fraction of
# the patterns' cost.
_EN_CUES = (*sorted({m[:3] for m in MONTHS}), *sorted({d[:3] for d in WEEKDAYS}), *SEASONS,
            "yesterday", "today", "tonight", "morning", "afternoon", "evening", "ago", "last", "past", "previous", *_DECADES)
#: The cues of ASCII text, fewer and rarer: the only pattern with a weekday needs its full name ("friend"
#: has "fri"), and a season counts only after "last" or "past", cues themselves. (Other text keeps
#: :data:`_EN_CUES`: a case-insensitive pattern matches "ſunday", which has no "sunday".)
_EN_ASCII_CUES = (*sorted({m[:3] for m in MONTHS}), *WEEKDAYS, "yesterday", "today", "tonight", "morning",
                  "afternoon", "evening", "ago", "last", "past", "previous", *_DECADES)
#: A season of ASCII text that counts without "last" or "past": after "this" or "the" ("this summer", "in the winter").
_EN_ASCII_SEASON = re.compile(r"\b(?:this|the)\s+(?:spring|summer|autumn|winter|fall)\b")
_ZH_CUES = "年月周期拜天昨今季假"
_DIGIT = re.compile(r"\d")


def _may_name_time(text: str, lang: str) -> bool:
    """False only when no pattern of ``lang`` can match ``text``.

    >>> _may_name_time("My friend showed me", "en"), _may_name_time("On Friday we met", "en")
    (False, True)
    >>> _may_name_time("a sunny summer", "en"), _may_name_time("in the summer", "en")
    (False, True)
    """
    if _DIGIT.search(text):
        return True
    if lang == "zh":
        return any(c in text for c in _ZH_CUES)
    low = text.lower()
    if not text.isascii():
        return any(cue in low for cue in _EN_CUES)
    return any(cue in low for cue in _EN_ASCII_CUES) or (
        ("summer" in low or "winter" in low or "spring" in low or "autumn" in low or "fall" in low)
        and _EN_ASCII_SEASON.search(low) is not None)


#: What each English pattern needs in the lower-cased text: one of these substrings, or (None) a digit.
#: A turn that names a time usually meets two or three patterns' needs, so most patterns are not run.
_EN_NEEDS: dict[str, tuple[str, ...] | None] = {
    "iso": None, "month_day_year": None, "day_month_year": None, "day_before_yesterday": ("yesterday",),
    "yesterday": ("yesterday", "last"), "today": ("today", "tonight", "morning", "afternoon", "evening"),
    "ago": ("ago",), "last_unit": ("last", "past", "previous"), "last_weekday": ("day",), "month_year": None,
    "last_month_name": tuple(sorted({m[:3] for m in MONTHS})), "last_season": tuple(SEASONS), "year": None,
    "season_year": None, "this_season": tuple(SEASONS), "the_season": ("spring", "summer", "autumn", "winter"),
    "decade": (*_DECADES, "0s", "0's"),
}


#: The letters other than ASCII ones that a case-insensitive pattern matches to ASCII letters.
_ASCII_LIKE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _en_patterns(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The English patterns whose needs (:data:`_EN_NEEDS`) ``text`` meets, in order.

    >>> [kind for kind, _ in _en_patterns("We met last Monday")]
    ['yesterday', 'last_unit', 'last_weekday']
    """
    low = (text if text.isascii() else text.translate(_ASCII_LIKE)).lower()
    digit = _DIGIT.search(text) is not None
    return [(kind, pattern) for kind, pattern in _EN
            if ((needs := _EN_NEEDS[kind]) is None and digit) or (needs and any(c in low for c in needs))]


def find_time(
    text: str, reference: date | datetime | None = None, lang: str = "en",
) -> TimeMention | None:
    """Find the first time expression of ``text`` and resolve it against ``reference``.

    ``lang`` is ``"en"`` or ``"zh"``. Returns ``None`` when the text names no time, or names a
    relative one and ``reference`` is ``None``.
    """
    if not _may_name_time(text, lang):
        return None
    ref = _as_date(reference)
    patterns, resolve = (_ZH, _resolve_zh) if lang == "zh" else (_en_patterns(text), _resolve_en)
    best: TimeMention | None = None
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            resolved = resolve(kind, m, ref)
            if resolved is None:
                continue
            mention = TimeMention(m.group(0), m.start(), m.end(), resolved[0], resolved[1])
            if best is None or mention.start < best.start:
                best = mention
            break
    return best
