"""A surgery told as what one is going through: "i am recovering from knee surgery", "home healing from a hip
operation" give the ``trait`` "recovering from knee surgery" (a condition of health, as "I have a bad back"); "i just had
knee surgery", "i had surgery on my hand last week", "she had an operation a few days ago" the ``trait`` "recent knee
surgery", "recent surgery".

A surgery long past ("i had knee surgery last year", "i had my tonsils out as a kid") tells no state of now and gives
nothing, nor does one to come ("i have surgery on friday"), one had to be had ("i had to have surgery": the rules read no
"had to") or a denial ("i never had surgery").

>>> import re
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "i just had knee surgery")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> [rule(m, clause) for pattern, rule in SURGERY_RULES if (m := re.match(pattern, "just had knee surgery", re.I))]
[True]
>>> [(p, o) for _, p, o, *_ in clause.out]
[('trait', 'recent knee surgery')]
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule, lazy

__all__ = ["SURGERY_RULES"]

#: what kind of surgery, said before the word: "knee", "gastric bypass", "ulnar nerve" (not "to have", "my", "the")
_KIND = (r"(?:(?:a|an|some|my|the|recent|major|minor|big|small|emergency|another)\s+)*"
         r"(?P<k>(?:(?!(?:to|have|had|a|an|the|my|his|her|on|for|and|of|in|at|with)\b)[a-z-]+\s+){0,3}?)"
         r"(?:surgery|surgeries|operation)\b")
#: the time after "had surgery" that makes it recent: "last week", "yesterday", "a few days ago", "not long ago"
_RECENT = lazy(r"\b(?:last\s+(?:week|night|weekend)|yesterday|recently|today|this\s+(?:week|morning|weekend)|not\s+long\s+ago|"
               r"(?:a|one|two|three|four|five|a\s+few|a\s+couple\s+of|couple|few|\d+)\s+(?:days?|weeks?)\s+ago|a\s+week\s+ago)\b",
               re.I)


#: "i just had", "she recently underwent": recent, said before the verb (which the rules read without "just")
_JUST_HAD = lazy(r"\b(?:just|recently)\s+(?:had|underwent|got)\s+(?:[\w-]+\s+){0,4}?(?:surgery|surgeries|operation)\b", re.I)


def _kind(m: re.Match[str]) -> str:
    return " ".join(m.group("k").lower().split())


def _r_recovering(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    kind = _kind(m)
    c.add("trait", f"recovering from {kind} surgery" if kind else "recovering from surgery", 0.7)
    return True


def _r_had_surgery(m: re.Match[str], c: Clause) -> bool:
    if c.negated or not (m.group("recent") or _RECENT.search(m.group("after")) or _JUST_HAD.search(c.sentence)):
        return False  # "i had knee surgery last year": over, no state of now
    kind = _kind(m)
    c.add("trait", f"recent {kind} surgery" if kind else "recent surgery", 0.7)
    return True


#: The entries of the verb table: "(i am) recovering from knee surgery", "(i) just had surgery", "(she) had an
#: operation last week".
SURGERY_RULES: list[tuple[str, Rule]] = [
    (r"^(?:(?:am|is|are|still|slowly|currently|now|just|home|at\s+home)\s+)*(?:recover(?:ing|s)?|heal(?:ing|s)?)\s+from\s+" + _KIND, _r_recovering),
    (r"^(?:(?P<recent>just|recently)\s+)?(?:had|underwent|got)\s+" + _KIND + r"(?P<after>.*)", _r_had_surgery),
]
