"""Turns as people type them, read as the rules expect, one character for one (so every position holds):
typographic apostrophes as "'" ("I don’t live in Paris": "I don't ..."), and in-laws typed with spaces as with
hyphens ("my sister in law": "my sister-in-law", an in-law, not a sister; "my sister in law school" is left as typed),
a first name typed lowercase after a relative or friend capitalised ("my bff jess": "my bff Jess", :mod:`.typed_names`),
and Chinese clauses parted by spaces, as phones type them, parted by commas ("俺老家周口的 在郑州打工": "俺老家周口的，在郑州
打工"; a space beside a word in Latin letters, "我在 Google 上班", is left as typed, but not the one after a name in
Latin letters said with 叫: "同事叫Kevin 是上海人" is "同事叫Kevin，是上海人").

>>> as_typed(Turn("c", "1", "Ann", "my sister in law doesn’t eat meat")).text
"my sister-in-law doesn't eat meat"
>>> as_typed(Turn("c", "1", "Ann", "my sister in law school is busy")).text
'my sister in law school is busy'
>>> as_typed(Turn("c", "1", "安娜", "我今年32 在成都上班 老公是做IT的")).text
'我今年32，在成都上班，老公是做IT的'
>>> as_typed(Turn("c", "1", "安娜", "同事叫Kevin 在 Apple 上班")).text
'同事叫Kevin，在 Apple 上班'
"""

from __future__ import annotations

import dataclasses
import re

from ..types import Turn
from .typed_names import capitalized_names

__all__ = ["as_typed"]

#: Apostrophes as phones and word processors type them: "’" (and "‘", "ʼ").
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_SPACED_IN_LAW = re.compile(
    r"\b((?:mother|father|brother|sister|son|daughter)s?|(?:mom|mum|dad)) in (laws?)\b"
    r"(?! (?:school|schools|firm|firms|enforcement|practice|class|classes|office|student|students|degree|review)\b)",
    re.IGNORECASE)
#: A space (or several) between two Chinese clauses: after a Chinese character (with the digits it ends on, "今年32
#: 在成都") or an emoji ("被裁了😭 在家"), before a Chinese character.
_SPACED_CLAUSE = re.compile(
    r"([\u4e00-\u9fff][0-9]{0,4}|[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?)([ \u3000]+)(?=[\u4e00-\u9fff])")

#: A name in Latin letters said with 叫 (written against it), then a space and a Chinese clause: "叫Kevin 是上海人".
_SPACED_AFTER_NAME = re.compile(r"((?:叫|名叫|叫做)[A-Za-z][A-Za-z'.-]*)([ \u3000]+)(?=[\u4e00-\u9fff])")


def _comma(match: re.Match[str]) -> str:
    """The clause's end and a comma in place of its first space (the others kept, one character for one)."""
    return match.group(1) + "，" + match.group(2)[1:]


def as_typed(turn: Turn) -> Turn:
    """``turn`` with its typed apostrophes and spaced in-laws written as the rules read them (see the module)."""
    text = turn.text.translate(_APOSTROPHES)
    if " in law" in text.lower():
        text = _SPACED_IN_LAW.sub(r"\1-in-\2", text)
    text = capitalized_names(text)  # "my bff jess": "my bff Jess"
    if " " in text or "\u3000" in text:
        text = _SPACED_AFTER_NAME.sub(_comma, _SPACED_CLAUSE.sub(_comma, text))
    return turn if text == turn.text else dataclasses.replace(turn, text=text)
