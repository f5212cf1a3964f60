"""In-laws typed without hyphens: "my sister in law", "his mother in law" are read as "sister-in-law",
"mother-in-law" (one character for one, so every position holds), so the relative is an in-law, not a sister or
a mother; "my sister in law school", "my brother in law enforcement" are left as typed."""

from __future__ import annotations

import dataclasses
import re

from ..types import Turn

__all__ = ["hyphenated_in_laws"]

_SPACED = re.compile(
    r"\b((?:mother|father|brother|sister|son|daughter)s?|(?:mom|mum|dad))( )in( )laws?\b"
    r"(?! (?:school|schools|firm|firms|enforcement|practice|class|classes|office|student|students|degree|review)\b)",
    re.IGNORECASE)


def hyphenated_in_laws(turn: Turn) -> Turn:
    """``turn`` with each in-law typed with spaces written with hyphens.

    >>> hyphenated_in_laws(Turn("c", "1", "Ann", "my sister in law just had twins")).text
    'my sister-in-law just had twins'
    >>> hyphenated_in_laws(Turn("c", "1", "Ann", "my sister in law school is busy")).text
    'my sister in law school is busy'
    """
    if " in law" not in turn.text.lower():
        return turn
    text = _SPACED.sub(lambda m: f"{m.group(1)}-in-{m.group(0)[m.end(3) - m.start():]}", turn.text)
    return turn if text == turn.text else dataclasses.replace(turn, text=text)
