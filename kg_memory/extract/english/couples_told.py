"""A couple said with "they" or "we", whose members were named before: "Tom and Emma broke up last year. ... They got
back together last month." (the pair last named, together again since then) and "My boyfriend Tom is great. We've
been together for three years." (the speaker and the partner they named, a couple for three years).

"They" is the last two people named together ("Tom and Emma") in the sentence so far or in the last few turns; "we"
the speaker with the partner or spouse they named ("my boyfriend Tom", "Tom, my husband") in those turns. The couple
is dated when the sentence says when it began ("for three years", "since 2019", "last month"). The caller
(:func:`.named_pairs.scan_named_pairs`) leaves out questions, and its caller negations, conditions and modals ("if
they got back together", "they never got back together", "we might get back together").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> ts = [Turn("c", "1", "Ann", "Tom and Emma broke up."), Turn("c", "2", "Ann", "They got back together.")]
>>> state = TurnState()
>>> scan_couples_told("They got back together.", ts[1], Discourse(ts), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Tom', 'partner', 'Emma')]
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from ..starts import state_start
from ..timeexpr import find_time
from .lexicon import NAME, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import TurnState

__all__ = ["scan_couples_told"]

_ADV = r"(?:(?:just|finally|actually|already|now|officially)\s+)*"
#: "they got back together", "they are back together", "they have been together since May"
_THEY = lazy(rf"\b(?i:they)\s*{_ADV}(?i:(?P<got>got|get|are|were)\s+back\s+together|(?P<been>(?:have|had|'ve|'d)\s*been)\s+"
             r"(?:back\s+)?together)\b(?!\s+(?i:with|as|in\s+(?:a|the)\s+(?:band|group|team|class))\b)")
#: "we have been together for three years", "we have been married since 2015", "we got back together last month"
_WE = lazy(rf"\b(?i:we)\s*{_ADV}(?i:(?P<been>(?:have|'ve)\s*been)\s+(?:together|dating|going\s+out|(?P<wed>married))\s+(?:for|since)\b|"
           r"(?P<got>got|are)\s+back\s+together\b)")
_PAIR = lazy(rf"(?<![\w'’])(?P<a>{NAME})\s+(?i:and)\s+(?P<b>{NAME})(?![\w'’-])")
#: "my boyfriend Tom", "my husband, Tom", "Tom, my husband": the speaker's partner or spouse, named
_MINE = lazy(rf"\b(?i:my)\s+(?:(?i:new|wonderful|amazing|lovely|sweet|longtime)\s+)?(?P<noun>(?i:boyfriend|girlfriend|partner|"
             rf"fianc[eé]e?|husband|wife))\s*,?\s+(?P<n>{NAME})(?![\w'’-])|(?P<n2>{NAME})\s*,\s*(?i:my)\s+"
             r"(?P<noun2>(?i:boyfriend|girlfriend|partner|fianc[eé]e?|husband|wife))\b")
#: How many turns back the pair may have been named.
_BACK = 3


def _add(state: TurnState, fact: Found) -> None:
    """Collect ``fact``; its start dates the same couple read undated before in the turn ("My boyfriend Tom ... We've
    been together for three years")."""
    if fact[4] is not None:
        state.facts[:] = [f if f[:3] != fact[:3] or f[4] is not None else (*f[:4], fact[4]) for f in state.facts]
    state.collect([fact])


def _person(name: str) -> Entity | None:
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES:
        return None
    return Entity(name, "Person")


def _since(m: re.Match[str], sentence: str, turn: Turn) -> date | datetime | None:
    """When the couple began, as the sentence says ("for three years", "last month"), or ``None``."""
    if m.group("been"):
        return state_start(sentence, turn.time, "en")
    mention = find_time(sentence[m.end():], turn.time, "en")
    return mention.value if mention is not None else None


def _texts(sentence: str, m: re.Match[str], turn: Turn, discourse: Discourse, same_speaker: bool) -> list[str]:
    """The words said before ``m``: the turn's so far, then the turns before (of the speaker: ``same_speaker``)."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    at = len(turns) if at is None else at
    raw = m.re.search(turn.text)  # the turn as said ("We've been ..."), where the sentence read is normalised
    before = [turn.text[:raw.start()] if raw is not None else sentence[:m.start()]]
    for t in reversed(turns[max(0, at - _BACK):at]):
        if not same_speaker or t.speaker == turn.speaker:
            before.append(t.text)
    return before


def scan_couples_told(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the couple that "they" or "we" of ``sentence`` is, together now (see the module)."""
    low = sentence.lower()
    if "together" not in low and "married" not in low and "dating" not in low and "going out" not in low:
        return
    for m in _THEY.finditer(sentence) if "they" in low else ():
        for text in _texts(sentence, m, turn, discourse, False):
            pairs = list(_PAIR.finditer(text))
            if pairs:
                a, b = _person(pairs[-1].group("a")), _person(pairs[-1].group("b"))
                if a is not None and b is not None and a != b and turn.speaker not in (a.label, b.label):
                    _add(state, (a, "partner", b, 0.7, _since(m, sentence, turn)))
                break
    for m in _WE.finditer(sentence) if "we" in low else ():
        for text in _texts(sentence, m, turn, discourse, True):
            named = list(_MINE.finditer(text))
            if named:
                mine = named[-1]
                person = _person(mine.group("n") or mine.group("n2"))
                noun = (mine.group("noun") or mine.group("noun2")).lower()
                if person is not None and person.label != turn.speaker:
                    spouse = m.group("wed") or noun in ("husband", "wife")
                    _add(state, (discourse.speaker(turn), "spouse" if spouse else "partner", person, 0.7,
                                 _since(m, sentence, turn)))
                break
