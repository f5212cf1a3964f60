"""Teaching: "I teach piano" (a piano teacher), "she teaches at Lincoln High in Fresno" (where, and the town), "I teach
fifth grade in Phoenix" (the town), "I'm teaching myself to draw" (a pastime, no job).

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "I teach fifth grade in Phoenix")
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> r_teach(re.match(r"(?P<o>.+)", "fifth grade in Phoenix"), c)
True
>>> [(p, getattr(o, "label", o)) for _, p, o, _, _ in c.out]
[('jobTitle', 'fifth grade teacher'), ('workLocation', 'Phoenix')]
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .objects import clean_object
from .places import add_employer_place, add_job_place

__all__ = ["r_teach"]

_R_TEACH_WHERE = lazy(r"\bat\s+(?P<o>.+)", re.I)
_IN_TOWN = lazy(r"\s+in\s+(?-i:[A-Z])")


#: "(teaches) piano", "(teaches) math at Lincoln High", "(teach) yoga classes", "(teaches) third grade": what is taught, named
#: before a place, a time or the end (not "teaches kids", "teaches me a lot", "teaches at Lincoln")
_TAUGHT = lazy(r"^(?P<s>(?:high|middle|elementary)\s+school|(?:first|second|third|fourth|fifth|sixth)\s+grade|special\s+ed|"
               r"computer\s+science|martial\s+arts|creative\s+writing|social\s+studies|(?!(?:at|in|for|to|with|from|on|as|me|us|you|"
               r"him|her|them|it|this|that|people|kids|children|students|adults|others|everyone|a|an|the|my|our|his|their|your|"
               r"how|what|part|full|online|there|here|now|still|and|but|so|every|each|all|some|privately|abroad|overseas|school|"
               r"classes|lessons|himself|herself|myself|themselves|sometimes|too|also|well|again)\b)[a-z]+)"
               r"(?:\s+(?:lessons|classes|class))?\s*(?:$|[.!,;]|(?:at|in|for|to|on|online|now|and|but|part|full|as)\b)", re.I)
#: "(I'm teaching) myself to draw", "(teach) myself guitar": learning alone, no job
_TEACH_ONESELF = lazy(r"^(?:myself|ourselves|themselves|himself|herself)\b(?:\s+(?:how\s+)?(?:to\s+)?(?P<o>.+))?", re.I)


def r_teach(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    oneself = _TEACH_ONESELF.match(m.group("o") or "")
    if oneself is not None:  # "I'm teaching myself to draw": a pastime taken up, as "I'm learning to draw"
        what = clean_object(oneself.group("o"), "activity") if oneself.group("o") else None
        if what:
            c.add("hobby", Entity(f"learning {what}" if " to " not in oneself.group(0) else f"learning to {what}", "Thing"), 0.65)
        return True
    taught = _TAUGHT.match(m.group("o") or "")  # "my mom teaches piano": a piano teacher
    c.add("jobTitle", f"{taught.group('s').lower()} teacher" if taught else "teacher", 0.7)
    where = _R_TEACH_WHERE.search(m.group("o") or "")
    org = clean_object(where.group("o"), "place") if where else None
    if where and org:
        c.add("worksFor", Entity(org, "Organization"), 0.8)
        add_employer_place(where.group("o"), org, c)  # "at a middle school in Fresno": where the job is
    elif (town := _IN_TOWN.search(m.group("o") or "")) is not None:
        add_job_place(m.group("o")[town.start():], c, "teacher")  # "I teach fifth grade in Phoenix"
    return True
