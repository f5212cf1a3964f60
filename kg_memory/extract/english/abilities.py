"""English rules about what the subject can do, said with "can": "i can swim", "she can play the cello", "i can
cook anything", "i can speak three languages".

"can" and a craft (:data:`_CAN_SKILL`) is a ``skill``; "can" with a language verb is read as "speak" is
(:func:`~.activities.r_speak`: "i can speak french"). Most other "can" tell the moment, not an ability ("i can pick
you up at six", "we can move the couch later", "i can cook for you"), and give nothing. A craft done to "anything" or
"everything" is the craft itself: "i can cook anything" says that one cooks well.

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "i can bake anything you like")
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence=turn.text, discourse=Discourse([turn]))
>>> r_can(re.match(r"can\\s+(?P<o>.+)", "can bake anything you like"), c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('skill', 'bake')])
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .activities import r_speak
from .objects import clean_object

__all__ = ["r_can"]

_R_CAN_SPEAK = lazy(r"^(?:speak|read|write|understand)\s+(?P<o>.+)", re.I)
_NOT_A_SKILL = lazy(r"^(?:not|never|barely|hardly|only|finally|see|tell|imagine|relate|understand|help|get|go|come|be|do|give|try|say|hear|feel|believe|think|find|wait|afford|work|make|spend|buy|pay|live|stay|keep|take|use|visit|meet|talk|eat|sleep|have|start|leave|retire|ask|hang)\b", re.I)


#: "can" + one of these is a skill ("I can swim"); "can" + anything else is mostly the moment ("I can
#: pick you up at six", "we can move the couch later"), and so is one followed by where or whom ("I can drive back").
_CAN_SKILL = lazy(r"^(?:(?:also|even|actually|really)\s+)?(?:play|swim|cook|bake|sing|dance|draw|paint|knit|sew|crochet|"
                  r"code|program|ski|snowboard|surf|skate|ride|drive|type|juggle|fly|dive|fish|sail|box|fence|run|climb|"
                  r"golf|bowl|shoot|whistle|yodel|rap|sketch|sculpt|write\s+(?:code|poetry|poems|songs|music)|"
                  r"pilot|read\s+(?:music|minds|palms|lips)|do\s+(?:magic|yoga|karate|math|backflips|cartwheels|the\s+splits|"
                  r"impressions|accents)|fix\s+(?:cars|computers|bikes)|build\s+(?:furniture|websites|computers))\b"
                  r"(?!\s+(?:back|over|home|there|you|us|him|her|them|it|me|to|for|tomorrow|later|tonight|now)\b)", re.I)


#: "(i can) still (draw)": the ability kept, as before
_STILL = lazy(r"^still\s+(?=[a-z])", re.I)
#: what a craft is done to when it is done to all: "(cook) anything (you want)", "(draw) just about everything"
_ANY_THING = lazy(r"\s+(?:(?:just\s+)?(?:about|almost|nearly|pretty\s+much)\s+)?(?:anything|everything)\b.*$", re.I)


def r_can(m: re.Match[str], c: Clause) -> bool:
    """"i can swim", "i can cook anything": a skill of the subject; "i can speak french": a language spoken."""
    if c.negated:
        return False
    raw = _STILL.sub("", m.group("o"))  # "at least i can still draw": one can draw, as before
    speak = _R_CAN_SPEAK.match(raw)
    if speak and r_speak(speak, c):
        return True
    if _NOT_A_SKILL.match(raw) or not _CAN_SKILL.match(raw):
        return False
    if re.search(rf"\bwe\s+can\s+(?:\w+\s+)?{re.escape(raw[:20])}", c.sentence, re.I):
        return False  # "we can play slot machines, for example": a suggestion, no skill
    skill = clean_object(_ANY_THING.sub("", raw), "activity")  # "i can cook anything": cooking
    if not skill:
        return False
    c.add("skill", Entity(skill, "Thing"), 0.7)
    return True
