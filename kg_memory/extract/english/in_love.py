"""Being in love with a thing is liking it: "i am in love with pancakes", "she's totally in love with jazz", "i fell
in love with Lisbon". Reads the object after "in love with" (after "am/is/are", or "fell/falling/have fallen"); a
person ("in love with him", "with Rachel", "with a girl at work", "with my ex") is left to the rules of how one feels
about people (:mod:`.people`), and "not in love with" states no dislike.

>>> import re
>>> bool(re.match(IN_LOVE_AFTER_COPULA[0], "so in love with spicy ramen", re.I))
True
>>> a_person("a girl from my class"), a_person("Rachel"), a_person("my ex boyfriend"), a_person("pancakes")
(True, True, True, False)
"""

from __future__ import annotations

import re

from ..framework import Clause, lazy
from .activities import likes
from .lexicon import KIN

__all__ = ["IN_LOVE_AFTER_COPULA", "IN_LOVE_AFTER_SUBJECT", "a_person"]

_DEGREE = r"(?:(?:so|totally|completely|madly|deeply|absolutely|still|really|just|kinda|kind\s+of|secretly|already|also)\s+)*"
#: "him", "Rachel", "a girl", "my ex", "the guy next door", "someone": a person, not a thing liked
_PERSON = lazy(
    r"^(?:(?:him|her|you|u|them|me|us|each\s+other|one\s+another|someone|somebody|anyone|everyone|nobody|myself|"
    r"yourself|himself|herself)\b"
    r"|(?:(?:a|an|the|this|that|my|his|her|your|our|their)\s+)?(?:[\w'-]+\s+){0,2}?"
    rf"(?:girl|guy|boy|man|woman|lady|dude|person|ex|crush|coworker|co-worker|neighbou?r|teacher|boss|student|"
    rf"classmate|friend|stranger|gal|fellow|kid|{KIN})s?\b)",
    re.I,
)
_NAME = lazy(r"^(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s*(?:[.!?,;]|$|\s+(?:and|but|so|because|since|for|from|who)\b)")


def a_person(raw: str) -> bool:
    """Whether what one is in love with, ``raw``, is a person: a pronoun of one, a person word, or a name."""
    return bool(_PERSON.match(raw.strip()) or _NAME.match(raw.strip()))


def r_in_love(m: re.Match[str], c: Clause) -> bool:
    """"(i am) in love with pancakes": pancakes are liked; a person is left to other rules (nothing taken here)."""
    raw = m.group("o")
    if c.negated or a_person(raw):
        return False
    return likes("love", raw, c)


IN_LOVE_AFTER_COPULA = (rf"^{_DEGREE}in\s+love\s+with\s+(?P<o>.+)", r_in_love)
#: "(i) am so in love with jazz", "(i) fell in love with Lisbon", "(i) have fallen in love with pottery"
IN_LOVE_AFTER_SUBJECT = (rf"^{_DEGREE}(?:(?:am|is|are)\s+)?{_DEGREE}(?:(?:have|has|had)\s+)?{_DEGREE}(?:(?:fell|fallen|falling|fall)\s+)?"
                         rf"in\s+love\s+with\s+(?P<o>.+)", r_in_love)
