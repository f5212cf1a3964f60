"""A diet chosen or followed, said with a verb: "went vegan", "decided to become vegetarian", "i am a devout vegan",
"i am a new ovo vegetarian", "i practice vegetarianism" give the ``diet`` in the words of :data:`.lexicon.DIETS`
("lacto-ovo vegetarian" -> "lacto ovo vegetarian", "veganism" -> "vegan"), and "i am dieting" the diet "dieting";
a denial gives none. The patterns that lead here are entries of the verb table of :mod:`.tables`.

>>> import re
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "i practice vegetarianism")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> r_diet_choice(re.match(r"practice (?P<d>\\w+)", "practice vegetarianism"), clause)
True
>>> [(p, o) for _, p, o, *_ in clause.out]
[('diet', 'vegetarian')]
"""

from __future__ import annotations

import re

from ..framework import Clause
from .lexicon import DIETS

__all__ = ["r_diet_choice", "r_dieting"]


def r_diet_choice(m: re.Match[str], c: Clause) -> bool:
    """The diet named by the group ``d`` of ``m``, unless the clause denies it."""
    if c.negated:
        return False
    said = re.sub(r"[\s-]+", " ", m.group("d").lower())
    c.add("diet", DIETS[said[:-3] if said.endswith("ism") else said], 0.75)
    return True


def r_dieting(m: re.Match[str], c: Clause) -> bool:
    """"i am dieting", "always dieting": on a diet, none named."""
    if c.negated:
        return False
    c.add("diet", "dieting", 0.7)
    return True
