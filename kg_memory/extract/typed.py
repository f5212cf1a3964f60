"""Turns as people type them, read as the rules expect, one character for one (so every position holds):
typographic apostrophes as "'" ("I don’t live in Paris": "I don't ..."), and in-laws typed with spaces as with
hyphens ("my sister in law": "my sister-in-law", an in-law, not a sister; "my sister in law school" is left as typed).

>>> as_typed(Turn("c", "1", "Ann", "my sister in law doesn’t eat meat")).text
"my sister-in-law doesn't eat meat"
>>> as_typed(Turn("c", "1", "Ann", "my sister in law school is busy")).text
'my sister in law school is busy'
"""

from __future__ import annotations

import dataclasses
import re

from ..types import Turn

__all__ = ["as_typed"]

#: Apostrophes as phones and word processors type them: "’" (and "‘", "ʼ").
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_SPACED_IN_LAW = re.compile(
    r"\b((?:mother|father|brother|sister|son|daughter)s?|(?:mom|mum|dad)) in (laws?)\b"
    r"(?! (?:school|schools|firm|firms|enforcement|practice|class|classes|office|student|students|degree|review)\b)",
    re.IGNORECASE)


def as_typed(turn: Turn) -> Turn:
    """``turn`` with its typed apostrophes and spaced in-laws written as the rules read them (see the module)."""
    text = turn.text.translate(_APOSTROPHES)
    if " in law" in text.lower():
        text = _SPACED_IN_LAW.sub(r"\1-in-\2", text)
    return turn if text == turn.text else dataclasses.replace(turn, text=text)
