"""Two people who went to one school: "My wife and I went to Ohio State together", "Dev and I both went to Boston
College", "my husband and I met in college at UCLA", "I met my wife in grad school at Duke" give each the school
(educatedAt) and, where they were there together, the other as a classmate. A school said after "went to" is one by its
name (a University, College, State, High, Institute..., a school known by a short name, Yale or Stanford, or an acronym
such as UCLA that is no country or city: "we went to Paris together", "went to the UK together" are trips); after "in college at" any name is the school.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "Dev and I went to Ohio State together.")
>>> state = TurnState()
>>> scan_alumni(turn.text, turn, Discourse([turn]), state)
>>> sorted((s.label, p, o.label) for s, p, o, _, _ in state.facts)
[('Ann', 'classmate', 'Dev'), ('Ann', 'educatedAt', 'Ohio State'), ('Dev', 'educatedAt', 'Ohio State')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...gazetteer import gazetteer_id
from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import KIN, KIN_MODS, KIN_PREDICATE, NAME
from .objects import owned_entity

if TYPE_CHECKING:  # places reads this module, and mentions reads places
    from .mentions import TurnState

__all__ = ["scan_alumni", "went_to_school_together"]

_SCHOOL = r"(?P<school>(?-i:[A-Z][\w&.'-]*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w&.'-]*)){0,4})"
_OTHER = rf"(?:(?i:my)\s+(?i:{KIN_MODS})(?P<kin>(?i:{KIN}))(?:,?\s+(?P<kname>{NAME}),?)?|(?P<name>{NAME}))"
#: "X and I (both) went to / attended / graduated from S (together)", "we went to S together"
_WENT = lazy(
    rf"(?<![\w'])(?:{_OTHER}\s+(?i:and)\s+(?i:I)|(?P<we>(?i:we)))\s+(?P<both>(?i:both|all)\s+)?"
    rf"(?i:went\s+to|attended|graduated\s+from|studied\s+at)\s+(?i:the\s+)?{_SCHOOL}(?P<together>\s+(?i:together))?")
#: "X and I met in college at S", "we met at school at S", "I met my wife in grad school at S"
_MET = lazy(
    rf"(?<![\w'])(?:{_OTHER}\s+(?i:and)\s+(?i:I)\s+(?i:met)|(?P<we>(?i:we))\s+(?i:met)|(?i:I)\s+(?i:met)\s+"
    rf"{_OTHER.replace('?P<kin>', '?P<kin2>').replace('?P<kname>', '?P<kname2>').replace('?P<name>', '?P<name2>')})"
    r"\s+(?i:in|at|during|back\s+in)\s+(?i:(?:grad|graduate|law|med|medical|nursing|high|business)\s+school|college|"
    rf"university|uni|school)\s+(?i:at|in)\s+(?i:the\s+)?{_SCHOOL}")
#: What a school's name says it is; an acronym alone (UCLA, NYU) is one unless it names a country or a city.
_SCHOOL_WORD = lazy(r"\b(?:University|College|State|High|Academy|Institute|School|Tech|Polytechnic|Prep|Conservatory)\b"
                    r"|^[A-Z]{2,5}$")
#: A school known by its short name ("Yale", "Stanford"): the known one's full name says it is a school.
_KNOWN_SCHOOL = lazy(r"\b(?:university|college|institute|school|academy)\b")
_NOT_SCHOOLS = frozenset("US USA UK UAE NYC LA DC EU SF NZ UN NBA NFL ER ICU".split())
#: Words of a kind of school, which alone name none ("we went to High School together").
_KINDS = frozenset("high middle elementary junior senior grade grad graduate law med medical nursing art business community "
                   "state school college university uni academy institute tech prep the of".split())
_NOT_TOLD = lazy(r"\?|\b(?:if|wish|would|should|never|didn't|did\s+not)\b", re.I)
#: What says a school was gone to once, for a visit: "(we went to NYU) last weekend", "(...) for a campus tour", "to see
#: a game", "on Saturday"
_VISIT_AFTER = lazy(r"\s*,?\s*(?:(?:last|this|on|yesterday|today|tonight|earlier)\b|for\s+(?:a|an|the|my|our|his|her)\s+"
                    r"(?:[\w-]+\s+)?(?:tour|visit|game|match|concert|conference|event|reunion|open\s+house|interview)\b|"
                    r"to\s+(?:see|watch|visit|tour|check)\b)", re.I)


def _other(m: re.Match[str], speaker: Entity, suffix: str = "") -> Entity | None:
    """The other of the two, named or the speaker's relative ("my wife"), or None."""
    kin = m.group("kin" + suffix)
    if kin is not None:
        noun = kin.lower()
        if noun not in KIN_PREDICATE:
            return None
        return owned_entity(speaker, noun, "Person", m.group("kname" + suffix))
    name = m.group("name" + suffix)
    if name is None or name.split()[0].lower() in ("i", "we", "my", "our", "the", "so", "and", "but"):
        return None
    return Entity(name, "Person")


def _school_of(m: re.Match[str], met: bool) -> str | None:
    """The school that the match ``m`` of ``_WENT`` or ``_MET`` names as one gone to, or None: "we went to Paris
    together" is a trip, "to High School" names none, "went to NYU last weekend" is a visit."""
    school = m.group("school").strip().rstrip(".")
    if not met and (not _SCHOOL_WORD.search(school) and not _KNOWN_SCHOOL.search(gazetteer_id(school, "Organization") or "")
                    or school in _NOT_SCHOOLS) \
            or all(w in _KINDS for w in school.lower().split()):
        return None
    return None if not met and _VISIT_AFTER.match(m.string, m.end()) else school


def went_to_school_together(sentence: str, place: str) -> bool:
    """Whether ``sentence`` tells that two went to ``place`` as their school ("Tom and I went to NYU"): then no visit.

    >>> went_to_school_together("Tom and I went to NYU.", "NYU"), went_to_school_together("Tom and I went to NYU last week.", "NYU")
    (True, False)
    """
    if _NOT_TOLD.search(sentence):
        return False
    return any(_school_of(m, False) == place for m in _WENT.finditer(sentence))


def scan_alumni(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the school two people went to, and that they were classmates (module docstring)."""
    if _NOT_TOLD.search(sentence):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for pattern in (_WENT, _MET):
        for m in pattern.finditer(sentence):
            met = pattern is _MET
            school = _school_of(m, met)
            if school is None:
                continue
            other = None if m.group("we") else _other(m, speaker, "2" if met and m.group("kin2") or met and m.group("name2") else "")
            if not m.group("we") and other is None:
                continue
            place = Entity(school, "Organization")
            out.append((speaker, "educatedAt", place, 0.7, None))
            if other is not None and other != speaker:
                out.append((other, "educatedAt", place, 0.65, None))
                if met or m.group("together"):
                    out.append((speaker, "classmate", other, 0.7, None))
                discourse.mention(turn, other)
    state.collect(out)
