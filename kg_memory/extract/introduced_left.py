"""The one introduced by name who speaks later, told by elimination, for :mod:`.speakers`.

"Thanks for coming in. I'm Manon, and this is Fergal, our lead designer." - "Hi." - (a third voice) "So, your résumé
says...": the first voice after the introduction is the visitor's, so :mod:`.introductions` cannot tell who Fergal is.
A careful listener settles it at the end of the talk: where every other speaker there got a name, the one voice left
unnamed, first heard after the introduction, is the one introduced ("Everyone, this is Hamza." - "Welcome, Hamza. I'm
Georgette." - "I'm Tobiah." - "Hi. Thanks." - "I'm Wanjiru, your manager.": Hamza is the fourth voice). Only where
sure:

* the turn introduces one person, in a statement about someone present (:func:`.introductions.introduced_names`), no
  animal shown ("This is Duke, he's mine."), told by a role ("Fergal, our lead designer") or called by name ("Welcome,
  Hamza.");
* no speaker bears the name or a form of it already, and every speaker but one, the introducer aside, is named;
* the one left unnamed is first heard after the introduction, never says the name nor one of their own ("And I'm his
  friend, Dr. Rosen."), and speaks of nobody in the third person in their first turn (one of those the person was
  introduced to: "Is he new?").

English talk only: it was measured on English (DialogRE's train split: it names nobody there; the project's English
scenes: 10 speakers named, all right), not on Chinese.

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "Speaker 1", "I'm Manon. This is Fergal, our designer."), Turn("c", "2", "Speaker 2", "Hi."),
...      Turn("c", "3", "Speaker 3", "So, your résumé says Stripe?"), Turn("c", "4", "Speaker 2", "Yes.")]
>>> found = [make_fact(Entity("Speaker 1", "Person"), "alternateName", "Manon", 0.8, t[0]),
...          make_fact(Entity("Speaker 2", "Person"), "alternateName", "Reuben", 0.7, t[1])]
>>> [(f.subject.label, f.object) for f in introduced_left(t, found)]
[('Speaker 3', 'Fergal')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .base import make_fact
from .framework import lazy
from .introductions import introduced_names, speaks_of_someone
from .lang import has_han
from .names import lower_words as lower_words_of
from .speaker_vote import NUMBERED, same_name

__all__ = ["introduced_left"]

#: Words of an animal shown ("This is Noodle. He's a lab mix.", "he's mine"): no speaker is introduced.
_ANIMAL = lazy(r"\b(?:dog|dogs|puppy|pup|cat|kitten|lab|mix|breed|pet|vet|leash|(?:he|she)(?:'s|\s+is)\s+mine)\b", re.I)
#: A speaker who says a name of their own ("I'm Tobiah.", "And I'm his friend, Dr. Rosen."), if one the vote missed.
_OWN_NAME = lazy(r"\b(?:I['’]m|I\s+am|my\s+name(?:'s|\s+is)|call\s+me)\b[^.!?]*?\b[A-Z][a-z]")


def _role_after(text: str, name: str) -> bool:
    """Whether ``name`` is told what it is right after, in a role ("This is Fergal, our lead designer.")."""
    return re.search(rf"\b{re.escape(name)}\s*,\s*(?:my|our|the)\s+(?:new\s+)?[a-z]{{3,}}", text) is not None


def _called(text: str, name: str) -> bool:
    """Whether ``text`` calls ``name`` ("Welcome, Hamza.", "Anselm, this is the team."; not "Noodle is four.")."""
    return re.search(rf"(?:^|[,.!?]\s*|\b(?i:welcome|hi|hello|hey)\s+){re.escape(name)}\s*[,.!?]", text) is not None


#: The confidence of a name told by elimination: as sure as a name called once with a clear answer.
_CONFIDENCE = 0.65


def introduced_left(turns: Sequence[Turn], found: Sequence[Fact]) -> list[Fact]:
    """``(Speaker N, alternateName, name)`` for the one introduced by ``name`` whom elimination tells (see the module
    docstring); ``found`` holds the names the talk pinned on its speakers already. One conversation's turns, in order."""
    speakers = list(dict.fromkeys(t.speaker for t in turns))
    if not all(NUMBERED.match(s) for s in speakers) or has_han(" ".join(t.text for t in turns[:3])):
        return []  # numbered speakers in English talk only
    named = {f.subject.label for f in found if f.predicate == "alternateName"}
    given = [str(f.object) for f in found if f.predicate == "alternateName"]
    lower_words = lower_words_of(t.text for t in turns)
    for i, turn in enumerate(turns):
        names = introduced_names(turn.text, lower_words)
        if len(set(names)) != 1 or not names[0] or _ANIMAL.search(turn.text):
            continue  # "This is Duke, he's mine. He's a lab mix.": a pet shown, who never speaks
        name = names[0]
        if not _role_after(turn.text, name) and not any(_called(t.text, name) for t in turns[i:]):
            continue  # a person there: told by a role ("Fergal, our lead designer") or called ("Welcome, Hamza.")
        if any(g == name or same_name(g.split()[0], name.split()[0]) for g in given):
            continue  # pinned on someone already
        left = [s for s in speakers if s not in named and s != turn.speaker]
        if len(left) != 1:
            continue
        theirs = [k for k, t in enumerate(turns) if t.speaker == left[0]]
        if theirs[0] <= i or any(name.split()[0] in turns[k].text or _OWN_NAME.search(turns[k].text) for k in theirs) \
                or speaks_of_someone(turns[theirs[0]].text, name):
            continue
        return [make_fact(Entity(left[0], "Person"), "alternateName", name, _CONFIDENCE, turn)]
    return _two_shown_left(turns, found, speakers)


_KIN_WORD = r"(?:[a-z]+-)?(?:brother|sister|son|daughter|parent|cousin|friend|roommate|flatmate|girlfriend|boyfriend|" \
            r"wife|husband|partner|fianc[eé]e?|mom|mum|mother|dad|father|kid|uncle|aunt|colleague)s?"
#: Two people shown in one breath, by name: "These are my parents, Dora and Rufus.", "This is my brother Ivo, and
#: that's his girlfriend, Mina." (groups ``a`` and ``b``, or ``c`` and ``d``).
_TWO_SHOWN = lazy(rf"\b(?i:these|those)\s+(?:two\s+)?are\s+(?:my|our)\s+{_KIN_WORD}\s*,?\s+(?P<a>[A-Z][a-z]+)\s+and\s+"
                  rf"(?P<b>[A-Z][a-z]+)\b|\b(?i:this)\s+is\s+(?:my|our)\s+{_KIN_WORD}\s*,?\s+(?P<c>[A-Z][a-z]+)\s*,?\s+"
                  rf"and\s+that(?:'s|\s+is)\s+(?:my|our|his|her|their)\s+{_KIN_WORD}\s*,?\s+(?P<d>[A-Z][a-z]+)\b")


def _two_shown_left(turns: Sequence[Turn], found: Sequence[Fact], speakers: list[str]) -> list[Fact]:
    """The other of two shown in one breath ("These are my parents, Dora and Rufus."), told by elimination among the
    voices first heard after it: one of the two is pinned on such a voice already ("Rufus, tell her." - "It's a
    window."), the other on no one, and exactly one such voice is left unnamed, who never says the name nor one of
    their own: that one is the other.

    >>> t = [Turn("c", "1", "Speaker 1", "These are my parents, Dora and Rufus."),
    ...      Turn("c", "2", "Speaker 2", "Hi, sweetie."), Turn("c", "3", "Speaker 3", "Hello there.")]
    >>> found = [make_fact(Entity("Speaker 3", "Person"), "alternateName", "Rufus", 0.7, t[2])]
    >>> [(f.subject.label, f.object) for f in _two_shown_left(t, found, ["Speaker 1", "Speaker 2", "Speaker 3"])]
    [('Speaker 2', 'Dora')]
    """
    bearer = {str(f.object): f.subject.label for f in found if f.predicate == "alternateName"}
    for i, turn in enumerate(turns):
        m = _TWO_SHOWN.search(turn.text.replace("’", "'"))
        if m is None:
            continue
        two = [n for n in m.groups() if n]
        new = [s for s in speakers if s != turn.speaker and all(t.speaker != s for t in turns[:i + 1])]
        pinned = [n for n in two if bearer.get(n) in new]
        free = [n for n in two if n not in bearer and not any(same_name(g.split()[0], n) for g in bearer)]
        left = [s for s in new if s not in bearer.values()]
        if len(pinned) != 1 or len(free) != 1 or len(left) != 1:
            continue
        theirs = [t.text for t in turns if t.speaker == left[0]]
        if any(free[0] in text or _OWN_NAME.search(text) for text in theirs):
            continue
        return [make_fact(Entity(left[0], "Person"), "alternateName", free[0], _CONFIDENCE, turn)]
    return []
