"""A child spoken of by age alone is a child: "we have a 3yo named Leo", "I have a 5-year-old and a baby", "she has
a two year old" (a child, by name when one follows "named" or "called", and their age in years). Not "a 3-year-old
car" (a thing after the age), nor a denied or supposed clause (the clause reader drops those before).

>>> import re
>>> bool(re.match(AGED_CHILD[0], "have a 3yo named Leo", re.I)), bool(re.match(AGED_CHILD[0], "have a 3 year old car", re.I))
(True, False)
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule
from .lexicon import NAME
from .objects import owned_entity, to_int

__all__ = ["AGED_CHILD"]


def _r_aged_child(m: re.Match[str], c: Clause) -> bool:
    years = to_int(m.group("n"))
    if c.negated or years is None or not 0 < years < 19:
        return False
    child = owned_entity(c.subject, "child", "Person", m.group("name"))
    c.add("child", child, 0.75)
    c.out.append((child, "age", years, 0.75, None))
    return m.end() == len(m.string)  # what follows ("... and a golden retriever, Biscuit") is the have-list's to read


#: The entry of the verb tables: "(we) have a 3yo named Leo", "(i) have a five-year-old".
AGED_CHILD: tuple[str, Rule] = (
    r"^(?:(?:also|just|now)\s+)?(?:have|has|got)\s+(?:a|an|one)\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)[\s-]*(?:yo|y/o|yr[\s-]old|years?[\s-]old)(?!\s+(?!(?:named|called|and|who|boy|girl)\b)[a-z])"
    rf"(?:\s+(?:named|called)\s+(?P<name>(?-i:{NAME})))?",
    _r_aged_child,
)
