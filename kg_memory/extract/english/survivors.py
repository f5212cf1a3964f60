"""An illness lived through, said with the copula: "(i) am a cancer survivor", "(she) is a proud breast cancer
survivor", "(i) am a two time stroke survivor" give the ``trait`` ("cancer survivor", "breast cancer survivor",
"stroke survivor"); a survivor of anything else is no trait of health ("a survivor", "a plane crash survivor": read as
nothing), and "survivor" is no job (:data:`.lexicon.NOT_JOBS`).

>>> import re
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "i am a proud cancer survivor")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> pattern, rule = SURVIVOR
>>> rule(re.match(pattern, "am a proud cancer survivor", re.I), clause)
True
>>> [(p, o) for _, p, o, *_ in clause.out]
[('trait', 'cancer survivor')]
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule

__all__ = ["SURVIVOR"]


def _r_survivor(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("trait", " ".join(m.group("t").lower().split()), 0.75)
    return True


#: The entry of the verb table: "(i) am a cancer survivor", "(he) is a two time heart attack survivor"
SURVIVOR: tuple[str, Rule] = (
    r"^(?:am|is|are)\s+(?:(?:also|now|still|just)\s+)*(?:an?\s+)?(?:(?:proud|two[\s-]time|three[\s-]time|lucky|grateful|long[\s-]time)\s+)*"
    r"(?P<t>(?:(?:breast|lung|colon|skin|brain|prostate|ovarian|childhood|thyroid)\s+)?(?:cancer|leukemia|lymphoma|"
    r"stroke|heart\s+attack|covid|sepsis)\s+survivor)\b", _r_survivor)
