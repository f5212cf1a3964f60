"""English encounters: someone the subject saw or spent time with ("I saw Tom", "I ran into Maria at the mall",
"I had lunch with Sarah"). Such a line says nothing worth storing about the person by itself, but it names whom a
later "his" or "her" is about: "I saw Tom. His wife is Maria." tells Tom's wife, as "I met Tom. His sister Ana lives
in Paris." does (where "met" also gives ``knows``, see :func:`.identity.r_know`).

The rule records the person in the :class:`~kg_memory.extract.pronouns.Discourse` and gives no fact, so the rules
after it in :data:`.tables.VERB_RULES` still read the clause. A place is no one met: "I visited Paris" and "I called
Verizon" are not read here (only verbs that take a person).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "I ran into Tom yesterday.")
>>> discourse = Discourse([turn])
>>> c = Clause(turn=turn, subject=discourse.speaker(turn), weight=1.0, sentence=turn.text, discourse=discourse)
>>> r_encounter(ENCOUNTER.match("ran into Tom yesterday"), c), c.out
(False, [])
>>> discourse.mentioned_here(turn).label
'Tom'
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .lexicon import NAME, STOP

__all__ = ["ENCOUNTER", "ENCOUNTER_PATTERN", "r_encounter"]

_MEAL = r"(?:lunch|dinner|breakfast|brunch|coffee|drinks|a\s+drink|a\s+coffee|tea|a\s+beer)"
#: "saw Tom", "ran into my old teacher Mrs. Brown", "had lunch with Sarah", "talked to Jenna": a person named after it
ENCOUNTER_PATTERN = (
    r"^(?:saw|see|seen|sees|ran\s+into|run\s+into|bumped\s+into|(?:had|grabbed|got|went\s+for|met\s+up\s+for)\s+"
    + _MEAL + r"\s+with|met\s+up\s+with|caught\s+up\s+with|hung\s+out\s+with|hang\s+out\s+with|talked\s+(?:to|with)|"
    r"spoke\s+(?:to|with)|chatted\s+with|went\s+out\s+with|played\s+\w+\s+with)\s+"
    r"(?:(?:my|our)\s+(?-i:[a-z]+\s+){1,2})?"  # "my old teacher Mrs. Brown"
    r"(?P<n>(?-i:" + NAME + r"))(?![\w'-])"
)
ENCOUNTER = lazy(ENCOUNTER_PATTERN, re.I)


#: "(had lunch with Jake)(, Tom) and Rachel": the others met with the first, each named
_AND_NAME = lazy(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>(?-i:" + NAME + r"))(?![\w'-])", re.I)


def r_encounter(m: re.Match[str], c: Clause) -> bool:
    """Mention each person the subject saw or spent time with ("Jake and Rachel": both), for a later "his"/"her"; no
    fact (False: the rules after this one still read the clause)."""
    names = [m.group("n")]
    at = c.sentence.find(m.group(0))  # the clause may be cut at "and": the names after it are read on the sentence
    end = at + len(m.group(0)) if at >= 0 else -1
    while end >= 0 and (more := _AND_NAME.match(c.sentence, end)) is not None:
        names.append(more.group("n"))
        end = more.end()
    for name in names:
        if name.split()[0].lower() not in STOP:
            c.discourse.mention(c.turn, Entity(name, "Person"))
    return False
