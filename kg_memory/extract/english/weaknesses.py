"""What the subject does badly or cannot do: "i suck at cooking", "I'm terrible at math", "i'm not very good at
basketball", "i never learned to swim", "i don't know how to drive" give ``weakness`` (the thing, as ``skill`` gives
what one does well: :mod:`.skills`). The patterns read the verb phrase after a subject (:data:`WEAKNESS_RULES`,
spliced into the verb table of :mod:`.tables`); a thing at hand ("I'm bad at this") or a person ("bad with people" is
kept, "bad at you" is none) is no weakness, and a question or a wish is never read.

>>> from kg_memory.extract.rules import RuleExtractor
>>> from kg_memory.types import Turn
>>> def weak(text):
...     return [(f.predicate, f.object.label) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])]
>>> weak("honestly i suck at cooking"), weak("I'm not very good at chess."), weak("I'm bad at this.")
([('weakness', 'cooking')], [('weakness', 'chess')], [])
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .objects import clean_object

__all__ = ["WEAKNESS_RULES"]

_DEGREE = r"(?:(?:really|so|pretty|very|absolutely|just|quite|super|kinda|kind\s+of|a\s+bit|terribly|truly|totally)\s+)*"
#: What one may never have learned ("never learned to swim"; not "never learned to say no")
_ABILITIES = r"swim|drive|cook|dance|ski|skate|ride\s+a\s+bike|sew|knit|type|read\s+music|play\s+an\s+instrument"
#: The thing at hand or a person: "(bad at) this", "it", "that", "you", "them".
_AT_HAND = lazy(r"^(?:this|that|it|these|those|them|him|her|you|me|everything|anything|stuff|things|life)\b", re.I)


def _weak(m: re.Match[str], c: Clause) -> bool:
    if c.negated or c.subject.type != "Person":
        return False
    return _add(m.group("o"), c)


def _not_good(m: re.Match[str], c: Clause) -> bool:
    """"i'm not (very) good at X": X is a weakness (the clause is negated; "i'm good at X" is read as a skill)."""
    if not c.negated or c.subject.type != "Person":
        return False
    return _add(m.group("o"), c)


def _add(raw: str, c: Clause) -> bool:
    raw = re.split(r"\s*(?:[,;.!?]|\bbut\b|\band\s+i\b|\bso\b|\blol\b|\bhaha\w*)", raw, maxsplit=1)[0].strip()
    if not raw or _AT_HAND.match(raw) or len(raw.split()) > 4:
        return False
    thing = clean_object(raw, "activity")
    if not thing:
        return False
    c.add("weakness", Entity(thing, "Thing"), 0.7)
    return True


WEAKNESS_RULES: list[tuple[str, Rule]] = [
    # "(i) suck at cooking", "(i) really stink at golf"
    (rf"^{_DEGREE}(?:suck|stink)\s+at\s+(?P<o>.+)", _weak),
    # "(i am) terrible at math", "(she's) hopeless with directions"
    (rf"^(?:am|is|are)\s+{_DEGREE}(?:terrible|bad|awful|horrible|hopeless|useless|rubbish|lousy|the\s+worst|no\s+good)\s+"
     r"(?:at|with)\s+(?P<o>.+)", _weak),
    # "(i am) not (very) good at basketball", "(i'm) not great at spelling"
    (rf"^(?:(?:am|is|are)\s+(?:not\s+)?)?{_DEGREE}(?:good|great)\s+at\s+(?P<o>.+)", _not_good),
    # "(i) never learned to swim", "(i) never learned how to drive", "(i) don't know how to swim"
    (rf"^(?:never\s+|not\s+)?(?:learned|learnt|really\s+know|know)\s+(?:how\s+)?to\s+(?P<o>{_ABILITIES})\b\s*(?:[.!,;]|$)",
     _not_good),
]
