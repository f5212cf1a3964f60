"""A diagnosis is a condition one has: "I was diagnosed with ADHD last year", "my mom was just diagnosed with diabetes",
"my son got diagnosed with autism" give the ``trait`` (as "I have diabetes"); not "was never diagnosed with anything",
"was misdiagnosed", "might be diagnosed"."""

from __future__ import annotations

import re

from ..framework import Clause, Rule
from ..timeexpr import find_time
from .objects import clean_object

__all__ = ["DIAGNOSED"]

#: What a diagnosis names that is no condition: nothing, or the things left vague.
_NO_CONDITION = frozenset("anything nothing something it that this them".split())


def _r_diagnosed(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    when = find_time(raw, None, "en")
    said = raw[:when.start].strip() if when is not None and when.start > 0 else raw  # "ADHD last year": ADHD
    condition = clean_object(said)
    if not condition or condition.lower() in _NO_CONDITION:
        return False
    c.add("trait", condition.lower() if not condition.isupper() else condition, 0.75)
    return True


#: The entry of the verb table: "(I) was diagnosed with ...", "(she) has been diagnosed with ...".
DIAGNOSED: tuple[str, Rule] = (
    r"^(?:was|were|is|got|(?:have|has|had)\s+been|been)\s+(?:(?:just|recently|finally|officially|also|newly|only)\s+)*"
    r"diagnosed\s+with\s+(?P<o>.+)", _r_diagnosed)
