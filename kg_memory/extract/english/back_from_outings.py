"""English rules about a pastime said after the fact by the outing's noun or a gerund the older rule lacks: "i just
got back from a run" (running), "came back from a long walk on the beach" (walking), "got home from my 5 mile hike"
(hiking), "i am back from a swim", "just got back from volunteering at the shelter", "got back from line dancing".

:data:`BACK_FROM_OUTING_RULES` reads the verb phrase after a subject and is spliced into the verb table of
:mod:`.tables` beside its ``BACK_FROM`` family (which reads "got back from deer hunting"), before the rule of places
come back from ("got back from Kyoto"). A negated clause gives nothing, and neither does a thing that is no pastime
("got back from a ride", "back from the gym": a place, read elsewhere). The pastime is a ``hobby`` (``habit`` where
the clause says it is done again and again).

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause, compile_rules
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "x")
>>> table = compile_rules(BACK_FROM_OUTING_RULES, re.I)
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence="x", discourse=Discourse([turn]))
>>> table.apply("just got back from a long walk on the beach", c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('hobby', 'walking')])
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule

__all__ = ["BACK_FROM_OUTING_RULES", "r_back_from_outing"]

#: The outing's noun and the pastime it is
_PASTIME_OF = {"run": "running", "walk": "walking", "hike": "hiking", "swim": "swimming", "jog": "jogging",
               "bike ride": "biking", "workout": "working out"}
#: Words said of the outing before its noun: "a long walk", "my 3 mile run", "an awesome nature walk"
_OUTING_WORDS = (r"(?:(?:long|short|quick|little|nice|good|great|awesome|lovely|brisk|early|late|morning|evening|afternoon|"
                 r"nature|beach|trail|mountain|beautiful|relaxing|amazing|fun|hard|easy|tough|refreshing|daily|weekly|usual|"
                 r"first|(?:\d+|one|two|three|four|five|six|ten|half\s+a|a)[\s-]*(?:miles?|mi|k|km|hours?|minutes?|min))\s+)*")
#: "(i) just got back from a run", "came home from my morning walk", "am back from a swim"
BACK_FROM_OUTING = (
    r"^(?:(?:just|finally|only)\s+)?(?:(?:got|get|came|come|returned|am|is|are)\s+(?:(?:just|finally)\s+)?(?:back|home)|"
    r"returned)\s+from\s+"
    rf"(?:(?:a|an|my|our|the|this\s+morning's)\s+{_OUTING_WORDS}(?P<n>run|walk|hike|swim|jog|bike\s+ride|workout)\b(?!['’]s)"
    r"|(?P<g>volunteering|singing|(?:(?:country\s+)?line|salsa|swing|ballroom|square|tap|ballet)\s+dancing)\b)")


def r_back_from_outing(m: re.Match[str], c: Clause) -> bool:
    """"I just got back from a run": running is a pastime of the subject."""
    if c.negated or c.subject.type != "Person":
        return False
    noun = m.group("n")
    pastime = _PASTIME_OF[" ".join(noun.lower().split())] if noun else " ".join(m.group("g").lower().split())
    c.add("habit" if c.habitual else "hobby", Entity(pastime, "Thing"), 0.55)
    return True


BACK_FROM_OUTING_RULES: list[tuple[str, Rule]] = [(BACK_FROM_OUTING, r_back_from_outing)]
