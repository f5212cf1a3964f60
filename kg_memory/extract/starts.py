"""When a state began or ended, as a sentence tells it: "since 2019", "I joined Siemens last month", "for three
years", "我2018年加入了腾讯", "until 2020".

A state fact (where one lives or works, a marriage, a pet: :data:`~.base.DATED_STATES`) is dated by
the sentence's time expression only when the sentence says that the state began then: the time follows
"since" / "从" / "自从" or comes before "起", "开始", "以来", or the clause's verb starts the state ("joined",
"got married", "adopted", 加入, 结婚, 入职), or the state is said to have lasted up to now ("I have lived here
for three years", 住了五年了). A time said of a state without such a word ("In 2019 I worked at Google") is
not a start: the state may have ended since. :func:`state_end` reads when a former state ended ("I used to
work at Acme until 2020"). :func:`state_period` reads a Chinese state said of a past period ("2019年我在北京工作",
"去年我住在巴黎"): it held then, and is history, not a current fact.

>>> from datetime import datetime
>>> said = datetime(2024, 5, 1)
>>> state_start("I have been married to Tom since 2010.", said, "en")
datetime.date(2010, 1, 1)
>>> state_start("I joined Siemens last month.", said, "en")
datetime.date(2024, 4, 1)
>>> state_start("In 2019 I worked at Google.", said, "en") is None
True
>>> state_start("I got promoted to senior engineer last month.", said, "en")
datetime.date(2024, 4, 1)
>>> state_start("I've been vegan for 3 years.", said, "en", "vegan")
datetime.date(2021, 5, 1)
>>> state_start("我从2018年开始在腾讯工作。", said, "zh")
datetime.date(2018, 1, 1)

A clause that leaves the state out goes on with the one before: "I work at Spotify, been there since 2021",
"I'm vegetarian, have been for ten years".

>>> state_start("I work at Spotify, been there since 2021.", said, "en", "Spotify")
datetime.date(2021, 1, 1)
>>> state_start("I'm vegetarian, have been for ten years.", said, "en", "vegetarian")
datetime.date(2014, 5, 1)
>>> state_start("I work at Spotify, my wife has been there since 2021.", said, "en", "Spotify") is None
True
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .base import Period
from .patterns import lazy
from .timeexpr import WEEKDAYS, find_time, parse_zh_number

__all__ = ["clause_time", "start_ahead", "state_end", "state_period", "state_start"]

_EN_SINCE = lazy(r"\b(?:since|starting(?:\s+(?:in|from))?|from)\s*$", re.I)
_EN_STARTS = lazy(r"\b(?:start(?:ed|ing)?|began|begun|joined|became|got\s+(?:married|engaged|hired|together)|married|"
                  r"adopted|hired|moved|promoted|(?:went|turned)\s+(?:vegan|vegetarian|pescatarian)|got\s+(?:a|my|our)\s+(?:new\s+|first\s+)?(?:job|dog|cat|puppy|kitten|pet))\b", re.I)
_ZH_SINCE = lazy(r"(?:从|自从|自)$")
_ZH_AFTER = lazy(r"^(?:起|开始|以来|至今|就)")
_ZH_STARTS = lazy(r"加入|入职|结婚|领养|搬到|搬去|开始|进了|成为|当上|升为|升任|升职|晋升|提拔|评上|考上|转正")
_EN_LASTED = lazy(r"\bfor\s+(?:the\s+(?:last|past)\s+)?(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|"
                  r"nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(?P<u>years?|months?|weeks?)\b", re.I)
_EN_PERFECT = lazy(r"(?:\b(?:have|has)|'ve|'s)\s+(?:(?:been|had|lived|worked|known|owned|taught|studied|kept)\b)", re.I)
_EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_ZH_LASTED = lazy(r"(?P<n>\d+|[一二两三四五六七八九十]+)(?:多)?(?P<u>年|个月|个星期|周)(?:多)?了")
_EN_UNTIL = lazy(r"\b(?:until|till|up\s+(?:un)?til)\s+|\b(?:from|between)\b.*?\b(?:to|and|until)\s+", re.I)
_ZH_UNTIL = lazy(r"(?:直到|一直到|到|至)")
#: A Chinese clause that says its state still holds: "2019年我在北京工作，现在还在" is no past period.
_ZH_STILL = lazy(r"现在|至今|目前|如今|迄今")
_ZH_STILL_AFTER = lazy(r"^\s*(?:我|他|她|我们)?(?:现在|至今|目前|如今|迄今)(?:也|都)?(?:仍然|依然|仍|还)?(?:在|是|如此|一样|这样)?"
                       r"(?:那里|那儿|这里)?了?\s*$")
_PERIOD_MONTHS = {"month": 1, "season": 3, "decade": 120}
_CLAUSE_BREAK = lazy(r"[,;，；。！？!?]|\b(?:and|but|while|because)\b|而且|但是|可是|因为", re.I)
#: A clause that goes on with the state of the clause before, leaving it out: "(I work at Spotify,) been there since
#: 2021", "(I'm vegetarian,) have been for ten years", "(and) I've been doing it since 2019".
_EN_GOES_ON = lazy(r"\s*(?:(?:i|we|he|she|they)?\s*(?:have|has|'ve)\s+)?been(?:\s+(?:there|here|at\s+it|with\s+(?:them|it)|"
                   r"doing\s+(?:it|that|this)|(?:like\s+)?that(?:\s+way)?|one))?\s*", re.I)


def state_start(sentence: str, said: datetime | None, lang: str, about: str = "") -> date | datetime | None:
    """The time ``sentence`` says a state began, or ``None`` (see the module docstring). The time, the
    word that makes it a start, and ``about`` (the fact's object, when the sentence names it) must be in
    one clause: "I work at Google and we got married last year" dates the marriage, not the job.

    >>> state_start("I work at Google and we got married last year.", datetime(2024, 5, 1), "en", "Google") is None
    True
    """
    mention = find_time(sentence, said, lang)
    if mention is None:
        return _lasted(sentence, said, lang, about)
    head = sentence[:mention.start].strip().lower()
    if mention.text.lower().startswith("since") and not head or head in ("since", "ever since", "从", "自从", "自"):
        return mention.value  # "Since 2020, I have lived in Berlin": the whole sentence
    clause_start, end = _clause(sentence, mention.start, mention.end)
    if lang != "zh" and _EN_GOES_ON.fullmatch(sentence, clause_start, mention.start):
        clause_start = _clause_before(sentence, clause_start)
    clause = sentence[clause_start:end]
    if about and about in sentence and about not in clause:
        return None
    before, after = sentence[clause_start:mention.start], sentence[mention.end:end]
    if lang == "zh":
        starts = bool(_ZH_SINCE.search(before) or _ZH_AFTER.search(after) or _ZH_STARTS.search(clause))
    else:
        starts = bool(mention.text.lower().startswith("since") or _EN_SINCE.search(before)
                      or _EN_STARTS.search(clause))
    return mention.value if starts else None


def state_period(sentence: str, said: datetime | None, lang: str, about: str = "") -> Period | None:
    """The past period a Chinese ``sentence`` says a state held in, when the state is not said to
    have begun then (:func:`state_start` comes first) nor to hold still: the whole period named is
    before the turn (``said``), and its time comes before ``about`` (the fact's object) in its clause.
    A time that opens the sentence alone ("2019年，我在北京工作") belongs to the clause after it.

    >>> said = datetime(2024, 5, 1)
    >>> p = state_period("去年我住在巴黎。", said, "zh", "巴黎")
    >>> p, p.end
    (Period(2023, 1, 1), datetime.date(2024, 1, 1))
    >>> state_period("2019年，我在北京工作。", said, "zh", "北京")
    Period(2019, 1, 1)
    >>> state_period("2019年我在北京工作，现在还在。", said, "zh", "北京") is None
    True
    >>> state_period("去年我住在巴黎，现在住在上海。", said, "zh", "巴黎")
    Period(2023, 1, 1)
    >>> state_period("2019年我在北京工作，去年我住在巴黎。", said, "zh", "巴黎")
    Period(2023, 1, 1)
    >>> state_period("今年我在北京工作。", said, "zh", "北京") is None  # this year: it holds now
    True
    >>> state_period("我在2010年成立的公司工作。", said, "zh", "2010年成立的公司") is None
    True
    """
    if lang != "zh" or said is None:
        return None
    at = sentence.find(about) if about else -1
    if at < 0:
        return None
    clause_start, stop = _clause(sentence, at, at + len(about))
    mention = find_time(sentence[clause_start:at], said, lang)
    if mention is None and clause_start > 0:  # "2019年，我在北京工作": a time alone in the clause before
        before = sentence[_clause(sentence, clause_start - 1, clause_start - 1)[0]:clause_start - 1]
        alone = find_time(before, said, lang)
        mention = alone if alone is not None and not before.replace(alone.text, "").strip() else None
    if mention is None:
        return None
    end = _period_end(mention.value, mention.granularity)
    if end is None or end > said.date():
        return None
    after = sentence[stop + 1:_clause(sentence, stop + 1, stop + 1)[1]] if stop < len(sentence) else ""
    if _ZH_STILL.search(sentence, clause_start, stop) or _ZH_STILL_AFTER.match(after):
        return None  # "现在还在": the next clause says it holds still; "现在住在上海" is another fact
    return Period(mention.value, end)


def clause_time(sentence: str, said: datetime | None, lang: str, about: str = "") -> date | None:
    """When an event of ``sentence`` happened: the time said in the clause that names ``about`` (the event's object),
    else the first time of the sentence.

    >>> clause_time("2019年我在北京工作，去年我搬到了巴黎。", datetime(2024, 5, 1), "zh", "巴黎")
    datetime.date(2023, 1, 1)
    >>> clause_time("Last May, I went to Paris.", datetime(2024, 9, 1), "en", "Paris")
    datetime.date(2024, 5, 1)
    """
    at = sentence.find(about) if about else -1
    mention = find_time(sentence[slice(*_clause(sentence, at, at + len(about)))], said, lang) if at >= 0 else None
    mention = mention or find_time(sentence, said, lang)
    return mention.value if mention else None


def _period_end(start: date, granularity: str) -> date | None:
    """The day after the period of ``granularity`` that ``start`` opens."""
    if granularity == "day":
        return start + timedelta(days=1)
    if granularity == "week":
        return start + timedelta(weeks=1)
    if granularity == "year":
        return date(start.year + 1, 1, 1)
    months = _PERIOD_MONTHS.get(granularity)
    if months is None:
        return None
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of ``sentence`` around ``sentence[start:end]``."""
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    return (cuts[-1] if cuts else 0), stop


def _clause_before(sentence: str, clause_start: int) -> int:
    """The start of the clause before the one that opens at ``clause_start`` (the clause that one goes on with).

    >>> s = "I'm vegetarian, and have been for ten years."
    >>> s[_clause_before(s, s.index(" have")):]
    "I'm vegetarian, and have been for ten years."
    """
    for cut in [*reversed([m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, clause_start)]), 0]:
        if _CLAUSE_BREAK.sub("", sentence[cut:clause_start]).strip():
            return cut
    return 0


def _lasted(sentence: str, said: datetime | None, lang: str, about: str) -> date | None:
    """The start of a state said to have lasted a while up to now: "I have lived in Oslo for three
    years", "we've been married for ten years", 我在北京住了五年了, 我们结婚十年了.

    >>> _lasted("I have lived in Oslo for three years.", datetime(2024, 5, 1), "en", "Oslo")
    datetime.date(2021, 5, 1)
    >>> _lasted("我在北京住了五年了。", datetime(2024, 5, 1), "zh", "北京")
    datetime.date(2019, 5, 1)
    >>> _lasted("I lived in Oslo for three years.", datetime(2024, 5, 1), "en", "Oslo") is None
    True
    >>> _lasted("我养这只猫两个星期了。", datetime(2024, 5, 15), "zh", "")
    datetime.date(2024, 5, 1)
    """
    if said is None:
        return None
    m = (_ZH_LASTED if lang == "zh" else _EN_LASTED).search(sentence)
    if m is None:
        return None
    clause_start, end = _clause(sentence, m.start(), m.end())
    if lang != "zh" and _EN_GOES_ON.fullmatch(sentence, clause_start, m.start()):
        clause_start = _clause_before(sentence, clause_start)  # "I'm vegetarian, have been for ten years"
    clause = sentence[clause_start:end]
    if about and about in sentence and about not in clause or lang != "zh" and not _EN_PERFECT.search(clause):
        return None
    n = parse_zh_number(m.group("n")) if lang == "zh" else _EN_COUNTS.get(m.group("n").lower()) or (
        int(m.group("n")) if m.group("n").isdigit() else None)
    if not n:
        return None
    unit, day = m.group("u"), said.date()
    if unit.startswith(("year", "年")):
        return day.replace(year=day.year - n, day=min(day.day, 28) if day.month == 2 else day.day)
    if unit.startswith("month") or unit.endswith("月"):
        index = day.year * 12 + day.month - 1 - n
        return date(index // 12, index % 12 + 1, min(day.day, 28))
    return day - timedelta(weeks=n)


def state_end(sentence: str, said: datetime | None, lang: str) -> date | None:
    """The time ``sentence`` says a state ended: the time after "until", "from ... to", 直到 or 到.

    >>> said = datetime(2024, 5, 1)
    >>> state_end("I used to work at Acme until 2020.", said, "en")
    datetime.date(2020, 1, 1)
    >>> state_end("I used to live in Paris from 2010 to 2015.", said, "en")
    datetime.date(2015, 1, 1)
    >>> state_end("我以前在腾讯工作，一直到去年。", said, "zh")
    datetime.date(2023, 1, 1)
    >>> state_end("I used to go to Paris every year.", said, "en") is None
    True
    """
    for m in (_ZH_UNTIL if lang == "zh" else _EN_UNTIL).finditer(sentence):
        rest = sentence[m.end():]
        for text in (rest,) if lang == "zh" else (rest, "in " + rest):  # a bare year reads as "in 2020"
            mention = find_time(text, said, lang)
            if mention is not None and mention.start == 0:
                return mention.value
    return None


#: A time to come said of a state that begins then: "(I'm starting at Amazon) next week", "tomorrow", "next month".
_EN_AHEAD = lazy(r"\b(?:next\s+(?P<unit>week|month|year)|(?P<tomorrow>tomorrow))\b", re.I)
#: A month to come, said with a start not yet made: "I'm starting at Google in June", "I start there this September".
_EN_MONTH_AHEAD = lazy(r"\b(?:in|this|come|starting|from)\s+(?P<month>january|february|march|april|may|june|july|august|"
                       r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.I)
#: A day of the week to come, said with a start not yet made: "I start at Stripe on Monday", "starting Thursday".
_EN_WEEKDAY_AHEAD = lazy(r"\b(?:on|this|next|come|starting)\s+(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                         re.I)
#: A season to come: "I start at Google in the fall", "starting this spring", "next summer".
_EN_SEASON_AHEAD = lazy(r"\b(?:in\s+the|this|next|come)\s+(?P<season>fall|autumn|spring|summer|winter)\b", re.I)
#: The month each season begins in.
_SEASON_STARTS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
#: A start already made ("I started at Google in June"), or one that was to be ("I was starting in June"): no time ahead.
_EN_STARTED = lazy(r"\b(?:started|began|begun|joined|was|were|had)\b", re.I)
_MONTH_NUMBERS = {name: n for n, names in enumerate(("jan january", "feb february", "mar march", "apr april", "may",
                                                     "jun june", "jul july", "aug august", "sep sept september",
                                                     "oct october", "nov november", "dec december"), 1)
                  for name in names.split()}


def start_ahead(sentence: str, said: date | datetime | None) -> date | None:
    """The first day of the time to come ``sentence`` says a state begins at ("I'm starting at Amazon next week": the
    Monday after the week ``said``), or ``None`` (no such time, or no time the turn was said). The time expressions of
    :mod:`.timeexpr` read the past; a rule that knows its state begins later (a job one starts) asks this.

    >>> start_ahead("I'm starting at Amazon next week", datetime(2026, 3, 4)), start_ahead("tomorrow", date(2026, 3, 31))
    (datetime.date(2026, 3, 9), datetime.date(2026, 4, 1))
    >>> start_ahead("I start at Pixar next month", date(2026, 12, 9)), start_ahead("I started last week", date(2026, 3, 4))
    (datetime.date(2027, 1, 1), None)

    A month named is the next one of that name, this one included ("I'm starting at Google in June" said in May: this
    June; said in August: next June), unless the start was made ("I started at Google in June").

    >>> start_ahead("I'm starting at Google in June", date(2026, 5, 1)), start_ahead("I start in March", date(2026, 8, 2))
    (datetime.date(2026, 6, 1), datetime.date(2027, 3, 1))
    >>> start_ahead("I started at Google in June", date(2026, 8, 1)) is None
    True

    A day of the week named is the next one after the day said ("I start at Stripe on Monday" said on a Friday or on a
    Monday: the Monday to come), unless the start was made ("I started at Stripe on Monday").

    >>> start_ahead("I start at Stripe on Monday", date(2026, 5, 1)), start_ahead("starting Monday", date(2026, 5, 4))
    (datetime.date(2026, 5, 4), datetime.date(2026, 5, 11))
    >>> start_ahead("I started at Stripe on Monday", date(2026, 5, 1)) is None
    True

    A season named begins in its first month (spring March, summer June, fall September, winter December), or on the
    day said when said in that season ("next spring" said in May: next March).

    >>> start_ahead("I start at Google in the fall", date(2026, 5, 1)), start_ahead("starting this winter", date(2027, 1, 9))
    (datetime.date(2026, 9, 1), datetime.date(2027, 1, 9))
    """
    if said is None:
        return None
    day = said.date() if isinstance(said, datetime) else said
    m = _EN_AHEAD.search(sentence)
    weekday = _EN_WEEKDAY_AHEAD.search(sentence) if m is None else None
    if weekday is not None and not _EN_STARTED.search(sentence, 0, weekday.start()):
        return day + timedelta(days=(WEEKDAYS[weekday.group("day").lower()] - day.weekday() - 1) % 7 + 1)
    if m is None:
        month = _EN_MONTH_AHEAD.search(sentence)
        season = _EN_SEASON_AHEAD.search(sentence) if month is None else None
        if season is not None and not _EN_STARTED.search(sentence, 0, season.start()):
            first, coming = _SEASON_STARTS[season.group("season").lower()], season.group(0).lower().startswith("next")
            if (day.month - first) % 12 < 3 and not coming:  # said in that season: it begins now
                return day
            return date(day.year + (first <= day.month), first, 1)
        if month is None or _EN_STARTED.search(sentence, 0, month.start()):
            return None
        number = _MONTH_NUMBERS[month.group("month").lower()]
        return date(day.year + (number < day.month), number, 1)
    if m.group("tomorrow"):
        return day + timedelta(days=1)
    unit = m.group("unit").lower()
    if unit == "week":
        return day + timedelta(days=7 - day.weekday())
    if unit == "month":
        return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    return date(day.year + 1, 1, 1)
