"""Where a name in Latin script is said as a word of its own: "Ross" in "Hi, Ross!" and in "类似Ross，", not in
"Rossi", "Ross-like", "Ross's" or "Ross2".

:mod:`.speakers` looks for every name said in a dialogue, in every turn. A pattern with a class of letters beside the
name ("not a letter or digit other than a Chinese one") costs about 2 ms to compile for each name, as long as reading
a short dialogue; here the name is a plain pattern and the letters beside it are checked by one pattern compiled once.

>>> [m.span() for m in LatinName("Ross").finditer("Ross, Rossi and Ross's Ross2 类似Ross。")]
[(0, 4), (31, 35)]
>>> LatinName("Ana").search("Anana") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .framework import lazy

__all__ = ["LatinName"]

#: A letter or digit that is no Chinese character nor full-width form: what may not stand beside a name.
_LATIN = lazy(r"[^\W\u3000-\u9fff\uff00-\uffef]")


class LatinName:
    """The places a Latin-script ``name`` is said as a word (module docstring); it searches as the pattern
    ``(?<!L)(?<!['-])NAME(?!L|-|'s\\b|’s\\b)`` does, L a letter or digit other than a Chinese one."""

    __slots__ = ("_plain",)

    def __init__(self, name: str) -> None:
        self._plain = re.compile(rf"(?<!['-]){re.escape(name)}(?!-|'s\b|’s\b)")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Each place the name is said as a word, left to right, not overlapping."""
        pos = 0
        while (m := self._plain.search(text, pos)) is not None:
            start, end = m.span()
            if start > 0 and _LATIN.match(text, start - 1) or _LATIN.match(text, end):
                pos = start + 1  # "Rossi": the next place may begin inside this one
                continue
            yield m
            pos = end if end > start else end + 1

    def search(self, text: str) -> re.Match[str] | None:
        """The first place the name is said as a word, if any."""
        return next(self.finditer(text), None)
