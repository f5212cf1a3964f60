"""A break-up or a divorce said with "me and ...": "Me and my boyfriend broke up", "me and my husband got divorced last
year", "Me and Joey split up", "Joey and me broke up" - the speaker's partner (or spouse, for a divorce or a
separation) that ended: the one named, or whoever it was when none is ("my boyfriend": an ending whose object is its
subject ends every current partner, see :func:`~.endings.former_partners`). "My boyfriend and I broke up" is read as
"I broke up" (:mod:`.endings`), "Monica and I split up" by :func:`~.people.scan_breakups`.

Read on the whole sentence, which the clauses would cut at "and" ("Me" / "my boyfriend broke up": the boyfriend's
own break-up). Only statements reach here: "Me and Joey didn't break up" is a negation the caller leaves out.

>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "Me and my boyfriend broke up.")
>>> state = TurnState()
>>> scan_me_and_splits(t.text, t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.endings]
[('Ann', 'partner', 'Ann')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from ..timeexpr import find_time
from .lexicon import NAME, NOT_NAMES, STOP
from .mentions import TurnState

__all__ = ["scan_me_and_splits"]

_VERB = (r"\s+(?:(?:just|finally|recently|officially|have|had|got|both|kind\s+of)\s+)*"
         r"(?P<v>split\s+up|broke\s+up|broken\s+up|got\s+divorced|divorced|separated)(?![\w'])")
#: "me and my (ex-)boyfriend (Joe)", "me and Joe", "Joe and me", "my boyfriend and me" before the break-up.
_ME_AND = lazy(
    rf"(?<![\w'])(?:(?i:me)\s+(?i:and)\s+(?:(?i:my\s+(?:ex[\s-]*)?(?:boyfriend|girlfriend|bf|gf|partner|fianc[eé]e?|husband|"
    rf"wife|spouse))(?:\s*,?\s*(?P<named>{NAME}))?|(?P<name>{NAME}))"
    rf"|(?:(?P<name2>{NAME})|(?i:my\s+(?:boyfriend|girlfriend|bf|gf|partner|fianc[eé]e?|husband|wife|spouse)))\s+(?i:and)\s+"
    rf"(?i:me))(?i:{_VERB})")


def scan_me_and_splits(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the endings "me and ..." says in ``sentence`` (see the module docstring)."""
    if "me" not in sentence.lower():
        return
    speaker = discourse.speaker(turn)
    for m in _ME_AND.finditer(sentence):
        name = m.group("named") or m.group("name") or m.group("name2")
        if name and (name.split()[0].lower() in STOP or name.split()[0].lower() in NOT_NAMES or name == turn.speaker):
            continue  # "Me and My...": no one named
        verb = m.group("v").lower()
        divorce = "divorced" in verb or verb == "separated"
        mention = find_time(sentence, turn.time, "en")
        when = mention.value if mention is not None else None
        other = Entity(name, "Person") if name else speaker
        state.endings.append((speaker, "spouse" if divorce else "partner", other, 0.75, when))
        if name:
            discourse.mention(turn, other)
        if divorce:  # "me and my husband got divorced": divorced ("separated": not yet)
            state.collect([(speaker, "maritalStatus", "separated" if verb == "separated" else "divorced", 0.7, when)])
