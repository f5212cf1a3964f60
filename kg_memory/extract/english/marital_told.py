"""A marital status told in shapes the copula and the marriage verbs leave: becoming one ("i just became engaged", "she
became a widow last year"), a divorce got ("i got a divorce in may"), a marriage with its length and no verb before it
("married two years .", "happily married for 15 years", "(i am) also married , 20 years now"), a status said alone
("newly engaged !") or after a word that is no status ("(i am) very much single", "(i am) also married").

Each gives ``maritalStatus`` of the clause's subject; a denial gives none ("i never became a widow"), a divorce lawyer
or the papers are no divorce ("i got a divorce lawyer"), and a single mom or a married couple is no status of the
speaker's ("(i am) also single mom": read as a parent elsewhere).

>>> import re
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "married two years .")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> [rule(m, clause) for pattern, rule in MARITAL_TOLD if (m := re.match(pattern, "married two years", re.I))]
[True]
>>> [(p, o) for _, p, o, *_ in clause.out]
[('maritalStatus', 'married')]
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule
from .identity import r_marital_event

__all__ = ["MARITAL_AFTER_COPULA", "MARITAL_TOLD"]

_LENGTH = (r"(?:(?:over|almost|nearly|about|around|going\s+on|a\s+little\s+over|more\s+than|just\s+over)\s+)?"
           r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
           r"several|many|a\s+few|a\s+couple(?:\s+of)?)\s+(?:years?|yrs?|months?|decades?)\b")
#: what "single" or "married" may qualify rather than the speaker: "a single mom", "married couples", "single life"
_NOT_A_STATUS = (r"(?!\s+(?:mom|mum|dad|mother|father|parent|parents|women|woman|men|man|guys?|ladies|lady|girls?|"
                 r"people|friends?|couples?|life|folks|moms|dads)\b)")


def _r_divorce(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("maritalStatus", "divorced", 0.75)
    return True


#: The entries of the verb table (after a subject, or a clause of the speaker's with none)
MARITAL_TOLD: tuple[tuple[str, Rule], ...] = (
    # "i just became engaged", "she became a widow last year", "i have become a widower"
    (r"^(?:(?:just|recently|finally|officially|sadly)\s+)*(?:became|become|(?:have|has)\s+become)\s+(?:an?\s+)?"
     r"(?P<s>widow|widower|widowed|engaged)\b(?!['’]s)(?P<to>)", r_marital_event),
    # "i got a divorce in may", "we went through a divorce" (not "a divorce lawyer", not "filed for" one: not yet)
    (r"^(?:(?:just|recently|finally|officially)\s+)*(?:got|gotten|went\s+through)\s+a\s+divorce\b"
     r"(?!\s+(?:lawyer|attorney|papers?|settlement|party|cake|court)\b)", _r_divorce),
    # "married two years .", "happily married for 15 years", "been married , going on ten years"
    (rf"^(?:(?:happily|also|now|been|just)\s+)*(?P<s>married)\s*,?\s+(?:for\s+)?{_LENGTH}(?!\s+ago)(?P<to>)", r_marital_event),
    # "(i am) newly engaged !", "(she is) recently divorced .": a status said alone
    (r"^(?:(?:recently|newly|just|happily|finally|officially)\s+)+(?P<s>divorced|married|engaged|separated|widowed)"
     r"(?=\s*(?:[.,!;]|$))(?P<to>)", r_marital_event),
)

#: The entries of the copula table: "(i am) very much single", "(i am) also married , 20 years now"
MARITAL_AFTER_COPULA: tuple[tuple[str, Rule], ...] = (
    (r"^(?:(?:very\s+much|also|officially)\s+)+(?P<s>single|married|divorced|engaged|widowed|separated)\b"
     + _NOT_A_STATUS + r"(?!\s+(?:to|from)\b)(?P<to>)", r_marital_event),
)
