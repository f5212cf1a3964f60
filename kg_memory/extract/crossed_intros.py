"""Two people introduced to each other in one turn, each called by a form of the other's name: the forms join.

"Mr. Lindqvist, this is my wife, Rebecca. Becca, this is Gunnar." speaks to two: the one called "Mr. Lindqvist" is the
one then introduced as "Gunnar", and "Becca" is "Rebecca". Whom each name calls is not known from the turn alone
(:mod:`.speakers` counts its calls for nobody), but once the dialogue pins one form of a person on a speaker ("Gunnar,
please."), the other form is that speaker's too, where no one else bears it and they never say it themself ("Mr.
Lindqvist is my father": a surname shared).

>>> crossed("Mr Lindqvist, this is my wife, Rebecca. Becca, this is Gunnar, he runs the company.")
[('Mr Lindqvist', 'Gunnar'), ('Rebecca', 'Becca')]
>>> crossed("Kristin, this is Carol. Carol, this is Kristin.")
[]
>>> crossed("Tom, this is Ann. She works with me."), crossed("Oh, this is my girlfriend, Kim. Kim, this is Deb.")
([], [])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .base import make_fact
from .framework import lazy
from .names import lower_words as lower_words_of
from .names import plausible_name

__all__ = ["crossed", "crossed_forms"]

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?"
#: "A, this is (my wife,) B. C, this is (my boss,) D.": A is D, B is C.
_CROSSED = lazy(rf"(?:^|[.!?]\s+)(?P<a>{_NAME}),\s+this\s+is\s+(?:(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?,?\s+)?(?P<b>{_NAME})"
                rf"\s*[.!,]\s+(?P<c>{_NAME}),\s+this\s+is\s+(?:(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?,?\s+)?(?P<d>{_NAME})\b")


def _untitled(text: str) -> str:
    """``text`` with a title's dot left out ("Mr. Lindqvist" is "Mr Lindqvist", as :mod:`.speakers` writes names)."""
    return re.sub(r"\b(Mr|Mrs|Ms|Dr)\.\s*(?=[A-Z])", r"\1 ", text)


def crossed(text: str) -> list[tuple[str, str]]:
    """The pairs of names ``text`` gives one person each when it introduces two to each other by different forms."""
    out = []
    lower_words = lower_words_of([text])
    for m in _CROSSED.finditer(text):
        for one, other in ((m.group("a"), m.group("d")), (m.group("b"), m.group("c"))):
            if one != other and plausible_name(_untitled(one), lower_words) and plausible_name(_untitled(other), lower_words):
                out.append((_untitled(one), _untitled(other)))
    return out


def crossed_forms(turns: Sequence[Turn], found: Sequence[Fact]) -> list[Fact]:
    """``(Speaker N, alternateName, form)`` for each other form, in a turn of ``turns`` that introduces two people to
    each other, of a name ``found`` pins on a speaker (one dialogue's speaker names); not a form pinned on someone
    else, nor one the speaker says themself, nor one its bearer says anywhere."""
    pinned: dict[str, set[str]] = {}
    for fact in found:
        pinned.setdefault(str(fact.object), set()).add(fact.subject.label)
    out: list[Fact] = []
    for turn in turns:
        if "this is" not in turn.text:
            continue
        for one, other in crossed(turn.text):
            for known, form in ((one, other), (other, one)):
                owners = pinned.get(known, set())
                if len(owners) != 1 or form in pinned:
                    continue
                speaker = next(iter(owners))
                if speaker == turn.speaker or any(t.speaker == speaker and form in _untitled(t.text) for t in turns):
                    continue  # "Gunnar, please. Mr. Lindqvist is my father.": a form its bearer gives another
                confidence = max(f.confidence for f in found if str(f.object) == known and f.subject.label == speaker)
                pinned[form] = {speaker}
                out.append(make_fact(Entity(speaker, "Person"), "alternateName", form, confidence, turn))
    return out
