"""A look or a condition had for long, said with "have had": "i have always had long black hair", "she has had
freckles since she was little", "i have had asthma since i was a kid" give the ``trait`` ("long black hair",
"freckles", "asthma"), as "i have ..." does, and not "had long black hair". Only a look (hair, eyes, freckles, tattoos,
as :func:`.possessions.r_have` reads them) or a condition of health (:data:`.ailments.CONDITION`) is read: "i have had
a rough day", "i have had surgery" and "we have had a dog for years" are left to the other rules.

>>> import re
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "i have always had long black hair")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> pattern, rule = HAD_ALWAYS
>>> rule(re.match(pattern, "have always had long black hair", re.I), clause)
True
>>> [(p, o) for _, p, o, *_ in clause.out]
[('trait', 'long black hair')]
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule, lazy
from .ailments import CONDITION
from .possessions import r_have

__all__ = ["HAD_ALWAYS"]

#: a look, as "i have ..." reads one: up to three words before the thing ("long black hair", "bright blue eyes")
_LOOK = lazy(r"^(?:[\w'-]+,?\s+){0,3}(?:hair|eyes|skin|beard|mustache|moustache|tattoos?|piercings?|freckles|glasses|"
             r"braces|dimples|scars?|dreadlocks|dreads)\b", re.I)


def _r_had_always(m: re.Match[str], c: Clause) -> bool:
    said = m.group("o")
    if not (_LOOK.match(said) or CONDITION.match(said)):
        return False
    return r_have(m, c)


#: The entry of the verb table: "(i) have always had ...", "(she) has had ..."
HAD_ALWAYS: tuple[str, Rule] = (r"^(?P<v>have|has)\s+(?:(?:always|also|long|ever)\s+)?had\s+(?P<o>.+)", _r_had_always)
