"""A relative of a relative, or of a person named, as the subject of a clause: "my husband's brother works at Boeing",
"my son's girlfriend is from Brazil", "Nadia's husband is a chef", "her sister's husband Omar lives in Cairo".

The clause is read of the second relative (a placeholder named after the first, "Ann's husband's brother", unless a
name follows: "my sister's husband Omar"), and the links that lead to them are kept: ``Ann spouse Ann's husband``,
``Ann's husband sibling Ann's husband's brother``, so that "Where does Ann's husband's brother work?" follows them.
A first relative named ("my sister Kate's husband") is that person. A pet of a relative ("my sister's dog Rex is sick",
"my moms cat loves me": :func:`.segment.normalize` puts back the apostrophe chat leaves out) is read the same way: ``Ann sibling Ann's sister``,
``Ann's sister hasPet Rex``, and the clause is Rex's.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn, state = Turn("c", "1", "Ann", "My husband's brother works at Boeing."), TurnState()
>>> who, weight, rest = kin_of_kin("My husband's brother works at Boeing.", turn, Discourse([turn]), state)
>>> who.label, rest
("Ann's husband's brother", 'works at Boeing.')
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'spouse', "Ann's husband"), ("Ann's husband", 'sibling', "Ann's husband's brother")]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .lexicon import KIN, KIN_MODS, KIN_PREDICATE, NAME, OBJECT_PRONOUNS, PET, STOP
from .mentions import TurnState
from .objects import owned_entity

__all__ = ["kin_of_kin"]

#: What a pet's clause goes on with: a verb ("my sister's dog is sick", "loves bacon"), not a noun ("boxer shorts")
_PET_VERB = (r"(?i:is|was|are|were|has|had|have|loves?|loved|likes?|liked|hates?|hated|died|passed|just|always|never|"
             r"still|gets?|got|eats?|ate|sleeps?|slept|keeps?|kept|barks?|needs?|wants?|can|will|would|does|did|do|"
             r"follows?|runs?|ran|bit|bites?|won|knows?)")
#: "(my aunt's dog) died", "passed away", "was put down"
_DIED = lazy(r"(?:(?:just|recently|sadly|finally|has|had|also)\s+)*(?:died|passed\s+(?:away|on)|(?:was|got|had\s+to\s+be)\s+"
             r"put\s+(?:down|to\s+sleep))\b", re.I)
#: "my husband's brother", "his wife's sister", "my sister Kate's husband", "Nadia's husband (Omar)", then the verb.
_CHAIN = lazy(
    rf"^(?:(?P<poss>(?i:my|our|his|her))\s+(?i:{KIN_MODS})(?P<first>(?i:{KIN}))(?:\s+(?P<fname>{NAME}))?"
    rf"|(?P<owner>{NAME}))['\u2019]s\s+"
    rf"(?:(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))|(?P<pet>(?i:{PET})))(?![\w'\u2019-])"
    rf"(?:\s*,?\s*(?P<named>{NAME})(?=\s*,?\s+[a-z]))?\s*,?\s+(?=[a-z])(?(pet)(?={_PET_VERB}\b))")

#: "(my sister's cat) is named milo": the pet's name, ending the clause
_CALLED = lazy(r"(?:is|was)\s+(?:named|called)\s+(?P<n>[a-z][\w'-]*)\s*[.!]*$", re.I)


def kin_of_kin(body: str, turn: Turn, discourse: Discourse, state: TurnState) -> tuple[Entity, float, str] | None:
    """The relative of a relative (or of a named person) that ``body`` opens with, its weight and the rest of the
    clause; the links to it collected into ``state`` (see the module doc). None when ``body`` opens otherwise."""
    m = _CHAIN.match(body)
    if m is None:
        return None
    noun = (m.group("noun") or m.group("pet")).lower()
    if m.group("owner") is not None:  # "Nadia's husband": a person named, not "Mom's sister" nor "Everyone's friend"
        word = m.group("owner").split()[0].lower()
        if word in STOP or word in KIN_PREDICATE or word in OBJECT_PRONOUNS:  # "Everybody's dog is named after food"
            return None
        first = Entity(m.group("owner"), "Person")
        discourse.mention(turn, first)
        weight = 0.85
    else:
        poss = m.group("poss").lower()
        if poss in ("his", "her"):
            resolved = discourse.third_person(turn, MALE if poss == "his" else FEMALE)
            if resolved is None:
                return None
            owner, weight = resolved
        else:
            owner, weight = discourse.speaker(turn), 0.85 if poss == "our" else 0.9
        kin = m.group("first").lower()
        first = owned_entity(owner, kin, "Person", m.group("fname"))
        if first == owner:
            return None
        discourse.mention(turn, first, gender_of_noun(kin))
        state.collect([(owner, KIN_PREDICATE[kin], first, round(0.85 * weight, 2), None)])
    second = owned_entity(first, noun, "Animal" if m.group("pet") else "Person", m.group("named"))
    if second == first:
        return None
    if m.group("pet") and _DIED.match(body, m.end()):
        return None  # "my neighbour's dog passed away": no pet had now, said as the clause reader says it
    if m.group("pet"):  # "my mom's cat (Tom) is sick", "my moms cat": the relative's pet
        called = None if m.group("named") else _CALLED.match(body, m.end())
        if called is not None and called.group("n").lower() not in STOP:  # "my sister's cat is named milo": Milo
            second = owned_entity(first, noun, "Animal", called.group("n"))
        state.collect([(first, "hasPet", second, round(0.85 * weight, 2), None)])
        return second, round(0.9 * weight, 2), body[m.end():]
    discourse.mention(turn, second, gender_of_noun(noun))
    state.collect([(first, KIN_PREDICATE[noun], second, round(0.85 * weight, 2), None)])
    return second, round(0.9 * weight, 2), body[m.end():]
