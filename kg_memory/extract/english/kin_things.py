"""What belongs to a relative, said inside a clause about something else: "i walk my neighbor's dog", "i met my
husband's brother at the wedding", "i look after my aunt's parrot on weekends", "i work at my uncle's garage", and
"dinner at my bosses house" (the boss's house, the apostrophe left out).

A chain "my <relative>'s <relative or pet>" after other words ties the speaker to the first ("Ann neighbor Ann's
neighbor") and the first to the second ("Ann's neighbor hasPet Ann's neighbor's dog", "Ann's husband sibling Ann's
husband's brother"), as :mod:`.kin_of_kin` does for a chain that opens the clause. A relative's business or vehicle
is theirs ("Ann's uncle owns garage"); their home is not said to be owned ("i still live at my mom's place": she may
rent it). Not when the chain is what someone
is ("Tom is my sister's husband": Tom, named elsewhere), nor under a negation, nor when a name follows ("my sister's
husband Omar").

>>> [(s.label, p, o.label) for s, p, o, _, _ in kin_things("i walk my neighbor's dog", Entity("Ann", "Person"))]
[('Ann', 'neighbor', "Ann's neighbor"), ("Ann's neighbor", 'hasPet', "Ann's neighbor's dog")]
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Found, lazy
from .lexicon import KIN, KIN_MODS, KIN_OWNED, KIN_PREDICATE, PET
from .objects import owned_entity

__all__ = ["OWNER_UNMARKED", "kin_things"]

#: "my bosses house", "my parents car", "our neighbors dog": a relative's or other person's thing, the apostrophe left out
OWNER_UNMARKED = lazy(r"(?:my|our)\s+(?:" + "|".join(sorted({re.escape(w) for w in KIN_PREDICATE if w.endswith("s")}
                                                         | {re.escape(w) + "e?s" for w in KIN_PREDICATE},
                                                         key=len, reverse=True)) + r")\s", re.I)
#: "(i met) my husband's brother", "(i walk) my neighbor's dog": a chain after other words of the clause
_CHAIN = lazy(rf"\b(?i:my|our)\s+(?i:{KIN_MODS})(?P<first>(?i:{KIN}))['\u2019]s\s+"
              rf"(?:(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))|(?P<pet>(?i:{PET}))|(?i:(?:old|new|little|small|big|family|own)\s+)?"
              rf"(?P<thing>(?i:{KIN_OWNED})))(?![\w'\u2019-])(?!\s*,?\s*[A-Z])")
#: What makes the chain no relative of the speaker's: what someone is ("Tom is my sister's husband", "he's like my
#: brother's twin"), denied or compared
_IS_BEFORE = lazy(r"(?:\b(?:is|are|was|were|am|be|been|being|like|as)|'s|'re)\s+(?:(?:not|really|just|actually|also|still|"
                  r"kind\s+of|sort\s+of)\s+)*$", re.I)
#: A pet no more: "my aunt's dog died", "we lost my mom's cat", "i miss my sister's horse"
_GONE = lazy(r"\b(?:died|dies|dead|passed|lost|miss|missed|put\s+down|put\s+to\s+sleep|funeral|rip)\b", re.I)
_NEGATION = lazy(r"\b(?:not|never|no)\b|n't\b", re.I)


def kin_things(clause: str, speaker: Entity) -> list[Found]:
    """The ties of each relative's relative or pet that ``clause`` names after other words (see the module doc)."""
    if "'s " not in clause and "\u2019s " not in clause or _NEGATION.search(clause):
        return []
    out: list[Found] = []
    for m in _CHAIN.finditer(clause):
        if _IS_BEFORE.search(clause, 0, m.start()) or m.group("pet") and _GONE.search(clause):
            continue
        kin = m.group("first").lower()
        first = owned_entity(speaker, kin, "Person", None)
        if m.group("thing"):  # "(i work at) my dad's bakery": the dad, who owns it
            out.append((speaker, KIN_PREDICATE[kin], first, 0.7, None))
            out.append((first, "owns", Entity(" ".join(m.group("thing").lower().split()), "Thing"), 0.6, None))
            continue
        noun = (m.group("noun") or m.group("pet")).lower()
        second = owned_entity(first, noun, "Animal" if m.group("pet") else "Person", None)
        out.append((speaker, KIN_PREDICATE[kin], first, 0.7, None))
        out.append((first, "hasPet" if m.group("pet") else KIN_PREDICATE[noun], second, 0.65, None))
    return out
