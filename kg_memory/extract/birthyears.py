"""The year of a birth told without its day ("I was born in 1990", 我是1990年出生的): the ``birthYear``, an integer.

A year is one a living person was born in: not before 1900, and not after the year the turn was said (a turn
without a time: not after 2100). A month told with the year ("born in May 1990") keeps the year; a month alone
("born in May") tells no year, and nothing else kg-memory stores.

>>> from datetime import datetime
>>> birth_year(1990, datetime(2024, 5, 1)), birth_year(2030, datetime(2024, 5, 1)), birth_year(1850, None)
(1990, None, None)
>>> year_in("in Paris in 1990"), year_in("1990"), year_in("the year 1985."), year_in("Paris"), year_in("room 1990")
(1990, 1990, 1985, None, None)
"""

from __future__ import annotations

from datetime import datetime

from .patterns import lazy

__all__ = ["birth_year", "year_in"]

_EARLIEST, _LATEST = 1900, 2100
#: "1990", "the year 1990", "(Paris) in 1990", "May 1990", "(May 5th,) 1990": a year as a birth's time is told
_YEAR = lazy(r"(?:^|\bin\s+|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
             r"\s+|\byear\s+|,\s*)(?P<y>\d{4})(?![\w/.-]\d|\d|'s|s\b)", 0)


def birth_year(year: int, now: datetime | None) -> int | None:
    """``year`` when a living person can have been born in it (see the module doc), else None."""
    latest = now.year if now is not None else _LATEST
    return year if _EARLIEST <= year <= latest else None


def year_in(text: str) -> int | None:
    """The year ``text`` (what follows "born in") tells the birth fell in, or None (see the module doc)."""
    m = _YEAR.search(text.strip())
    return int(m.group("y")) if m is not None else None
