"""Regular expressions compiled on first use (:func:`lazy`): the rules hold hundreds, and most never run."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyPattern", "lazy"]

#: The methods of :class:`re.Pattern` that :class:`LazyPattern` offers.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "split", "sub", "subn")


class LazyPattern:
    """A regular expression compiled the first time it is used, with the methods of :class:`re.Pattern`.

    Python compiles a pattern in Python code, and the rules hold hundreds: compiled at import they
    made up most of ``kgmem remember``'s start-up. A rule module builds its patterns with :func:`lazy`;
    those that a conversation never reaches (most are behind a keyword test) are never compiled.
    Once compiled, the compiled pattern's own methods stand in for this class's (in the instance's
    ``__dict__``), so that a call costs no more than a call of :class:`re.Pattern` (the rules make millions).

    >>> p = lazy(r"(?P<n>\\d+) cats?", re.I)
    >>> p.search("I have 2 Cats").group("n")
    '2'
    >>> p.sub("some", "2 cats and 3 cats"), p.search == p.compiled.search
    ('some and some', True)
    """

    __slots__ = ("pattern", "flags", "_compiled", "__dict__")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                self.__dict__[name] = getattr(self._compiled, name)
        return self._compiled

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(text, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, text, count)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A :class:`LazyPattern`: ``re.compile(pattern, flags)`` deferred to its first use."""
    return LazyPattern(pattern, flags)
