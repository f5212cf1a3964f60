"""A relative named in the past tense: "Walt's wife was Edith Crane.", "My grandfather was Anton Weiss." name the
relative as "... is ..." does ("His wife is Maria": :mod:`.identity`), for the one spoken of has gone and is named
still. It reads a clause whose subject is a relative of someone (a placeholder such as "Walt's wife", made by the
clause reader) and whose rest is "was" and a name closing the sentence; a former tie ("My first wife was Linda", "my
ex", "my old boss") or a subject that is a person already named ("Tom was Ross") names nobody.

>>> from kg_memory.extract.rules import RuleExtractor
>>> from kg_memory.types import Turn
>>> sorted((f.subject.label, f.predicate, f.object.label) for f in RuleExtractor().extract(
...     [Turn("c", "1", "Ann", "My grandfather was Anton Weiss.")]))
[('Ann', 'relative', 'Anton Weiss')]
"""

from __future__ import annotations

import re

from ..framework import Clause, lazy
from .lexicon import NAME, STOP

__all__ = ["WAS_NAMED", "r_was_named"]

#: "(Walt's wife) was Edith Crane.": the rest of the clause after a relative.
WAS_NAMED = r"^was\s+(?P<n>(?-i:" + NAME + r"))\s*(?:[.!,;]|$)"
#: A tie that has ended or is one of several ("my first wife", "my ex-husband", "my old boss", "her late husband" is
#: still hers).
_FORMER = lazy(r"\b(?:first|second|ex|ex-\w+|former|old|previous|last)\s+(?:[a-z]+\s+)?$", re.I)


def r_was_named(m: re.Match[str], c: Clause) -> bool:
    """Name the relative that is the clause's subject (see the module docstring)."""
    label = c.subject.label
    if c.negated or "'s " not in label or m.group("n").split()[0].lower() in STOP:
        return False
    noun = label.rsplit("'s ", 1)[1]
    head = c.sentence[: c.sentence.lower().find(noun.lower())] if noun.lower() in c.sentence.lower() else ""
    if _FORMER.search(head) or noun.startswith("ex"):
        return False  # "My first wife was Linda": one of two, or a tie that ended
    c.add("name", m.group("n"), 0.8)
    return True
