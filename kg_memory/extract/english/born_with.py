"""A trait one was born with: "i was born blind", "my brother was born deaf", "she was born completely colorblind" give
the ``trait`` ("blind", "deaf", "colorblind"), held since birth and so now; a denial ("i was not born deaf") gives none,
and a birthplace or a birthday after "born" is read by the birth rule (:func:`.places.r_born`).

>>> import re
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "i was born deaf")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> pattern, rule = BORN_WITH
>>> rule(re.match(pattern, "was born deaf", re.I), clause)
True
>>> [(p, o) for _, p, o, *_ in clause.out]
[('trait', 'deaf')]
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule

__all__ = ["BORN_WITH"]


def _r_born_with(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    for trait in re.split(r"\s+and\s+", m.group("t").lower()):
        c.add("trait", re.sub(r"colou?r\s*blind", "colorblind", trait), 0.75)
    return True


#: The entry of the verb table: "(i) was born blind", "(he) was born deaf and blind"
BORN_WITH: tuple[str, Rule] = (
    r"^(?:was|were)\s+born\s+(?:(?:completely|totally|legally|partially|almost)\s+)?"
    r"(?P<t>(?:blind|deaf|colou?r\s*blind)(?:\s+and\s+(?:blind|deaf))?)\b(?!\s+(?:to|on|at)\b)", _r_born_with)
