"""A name answering a question for someone or something, set beside what the one named is ("Who did Riverdance?" -
"Michael Flatley, Lord of the Dance!", "What scares you most?" - "Michael Flatley, Lord of the Dance!", "Who wrote it?"
- "Nora Ephron, the one who did Sleepless in Seattle."): the name is the one asked for, said of someone, not a call of
the one who asked. A whole name given surname first at a desk ("Names?" - "Gutierrez. Alicia.",
:func:`.self_intros.surname_first`) names its speaker and calls nobody either.

>>> names_answer("Names? I need to check you off.", "Gutierrez. Alicia.", {"Gutierrez"})
True
>>> names_answer("What scares him?", "Michael Flatley, Lord of the Dance!", {"Michael Flatley"})
True
>>> names_answer("Who's hungry?", "Joey, grab the plates.", {"Joey"}), names_answer("Who?", "Joey, you want some?", {"Joey"})
(False, False)
>>> names_answer("Are you okay?", "Michael Flatley, Lord of the Dance!", {"Michael Flatley"})
False
"""

from __future__ import annotations

from .framework import lazy
from .self_intros import surname_first

__all__ = ["names_answer"]

#: A name opening a turn (after a yes or an "oh"), then a comma and what the one named is: a capitalised title or a
#: noun phrase ("Lord of the Dance", "the guy from the ad", "that actor"), without "you".
_APPOSED = lazy(r"^\W*(?i:(?:oh|um+|uh+|yes|yeah|well|easy|that's\s+easy)\W+)*(?P<n>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
                r"\s*,\s+(?:(?:the|a|an|that|this|his|her|their)\s+|[A-Z][a-z]+(?:\s+(?:of|the|and|[A-Z][\w'-]*))*\s*(?:[.!?…]|$))(?![^.!?]*\b(?i:you(?:r|'re|'ll)?)\b)")


#: A question for someone or something: "Who did it?", "What phenomenon scares him?", "Which actor ...?", "Name ...?"
_ASKS = lazy(r"\b(?i:who|whom|what|which|name)\b[^.!?]*\?+!*\s*$")


def names_answer(question: str, text: str, candidates: set[str]) -> bool:
    """Whether ``text``, said after ``question``, opens with a name of ``candidates`` set beside what its bearer is, as
    an answer to the question gives it, or that gives the answerer's own name surname first."""
    m = _APPOSED.match(text) if _ASKS.search(question) else None
    return m is not None and m.group("n") in candidates or surname_first(question, text) is not None
