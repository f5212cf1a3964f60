"""English yes-answers: "do you like sushi? i do" states that the speaker likes sushi.

:func:`asked_about` reads what a question asks the addressee about ("do you play chess?" -> a hobby,
chess); :func:`answers_yes` tells whether a sentence is a bare "I do" that answers it. A bare "i do
not" answers a question of liking ("do you like science? i do not": the speaker dislikes science, see
:func:`answers_no`); one that says more ("i do, but only on sundays") is left to the other rules.

>>> asked_about("do you like sushi?")
('likes', 'sushi')
>>> answers_yes("yes i do !"), answers_yes("i do not")
(True, False)
"""

from __future__ import annotations

import re

from ..framework import lazy
from .objects import clean_object

__all__ = ["answers_no", "answers_yes", "asked_about"]

_ASKED = lazy(
    r"(?:^|\b(?:do|does)\s+)(?:you|u)\s+(?:(?:also|ever|still|even|really)\s+)?(?P<v>like|love|enjoy|play|eat|drink|watch|"
    r"read|listen\s+to|collect|practice|do)\s+(?P<o>[^?.!,]+?)\s*\?",
    re.I,
)
_ANSWER = lazy(
    r"^(?:(?:yes|yeah|yep|yup|oh|well|sure|of\s+course|absolutely|definitely)[\s,!.]*)*i\s+"
    r"(?:(?:sure|really|also|definitely|totally|certainly|absolutely|actually|still)\s+)?do"
    r"(?:\s+(?:too|as\s+well|also|a\s+lot|very\s+much|indeed))?\s*[.!]*$",
    re.I,
)
_NO_ANSWER = lazy(
    r"^(?:(?:no|nope|nah|well|sadly|honestly|actually)[\s,!.]*)*i\s+(?:(?:really|just|actually|definitely|certainly)\s+)?"
    r"(?:do\s+not|don't|dont)(?:\s+(?:really|at\s+all|either|much))?\s*[.!]*$",
    re.I,
)
#: The predicate a yes states, by the question's verb.
_PREDICATE = {"play": "hobby", "collect": "hobby", "practice": "hobby", "do": "hobby"}
_NOT_TOPICS = frozenset("it that this them so anything something what too".split())


def asked_about(question: str) -> tuple[str, str] | None:
    """(predicate, thing) that a yes to ``question`` would state, or None."""
    m = _ASKED.search(question) if "you" in question.lower() or " u " in f" {question.lower()} " else None
    if m is None:
        return None
    verb = m.group("v").lower()
    thing = clean_object(m.group("o"), "activity" if m.group("o").lower().startswith("to ") else "np")
    if thing is None or thing.split()[0].lower() in _NOT_TOPICS:
        return None
    return _PREDICATE.get(verb, "likes"), thing


def answers_yes(sentence: str) -> bool:
    """Whether ``sentence`` is a bare yes in the first person ("i do", "yes i sure do!")."""
    return bool(_ANSWER.match(sentence.strip()))


def answers_no(sentence: str) -> bool:
    """Whether ``sentence`` is a bare no in the first person ("i do not", "nope , i really don't").

    >>> answers_no("i do not"), answers_no("i do not know"), answers_no("yes i do")
    (True, False, False)
    """
    return bool(_NO_ANSWER.match(sentence.strip()))
