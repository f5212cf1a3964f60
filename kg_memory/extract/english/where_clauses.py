"""Where the speaker works, said in a relative clause after the place's name: "the servers at Mercy Hospital, where I
work as a data analyst, are slow" (``worksFor`` Mercy Hospital), "it's for my company, Fernleaf Studio, where I'm the
creative director" (``worksFor`` Fernleaf Studio), "a conference in Denver, which is where I work" (``workLocation``
Denver). The job said in the clause is read by the copula's rules; the home in "out of Raleigh, which is where I live"
by :func:`.places.home_before`. A workplace with no name is kept when the clause has no comma: "the museum i work
at", "the grocery store where i am employed", "mcdonalds is where i work" (``worksFor``, by :func:`workplace_before`);
not "the hours i work", "the cars i work on", "the gym where i work out", "the building i work in" (a part of some
workplace).

It reads one normalised sentence of the speaker's ("I'm" already "I am") and gives the rows
``(predicate, object, confidence)`` for the speaker. The name must be capitalised and follow "at", "for", "with" (an
employer) or "in" (a town), or be set off after "my company": "the hospital, where I work" names no employer, and
"a school where I am a student" is study, no work.

>>> [(p, o.label, o.type) for p, o, _ in employer_before("The servers at Mercy Hospital, where I work, are slow.")]
[('worksFor', 'Mercy Hospital', 'Organization')]
>>> employer_before("It is for my company, Fernleaf Studio, where I am the creative director.")[0][1].label
'Fernleaf Studio'
>>> [(p, o.label, o.type) for p, o, _ in employer_before("A conference in Denver, which is where I work.")]
[('workLocation', 'Denver', 'Place')]
>>> employer_before("Boston, where I am a student."), employer_before("We met at Luigi's, where I work?")
([], [])
>>> workplace_before("i just got back from the museum i work at ."), workplace_before("mcdonalds is where i work")
('museum', 'mcdonalds')
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import lazy
from .objects import clean_object, is_job
from .welcomes import welcome_employer
from .working_gerunds import working_at

__all__ = ["employer_before", "workplace_before"]

_NAME = r"[A-Z][\w&'.-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w&'.-]*){0,3}"
#: "at Mercy Hospital, where I work", "for Acme, which is where I am a buyer", "my company, Fernleaf Studio, where ..."
_WHERE_I_WORK = lazy(
    rf"(?:\b(?P<p>(?i:at|for|with|in))\s+(?:the\s+)?|\b(?i:my|our)\s+(?i:company|firm|employer|agency|startup|studio|"
    rf"office|practice|clinic|shop|store|restaurant|bakery|salon)\s*,\s*)(?P<o>{_NAME})\s*,\s*(?i:which\s+is\s+)?"
    r"(?i:where)\s+(?i:i|we)\s+(?:(?i:currently|now|still|actually)\s+)?"
    r"(?:(?P<w>(?i:work))\b(?!\s+(?i:out|up|on|through|off)\b)|(?i:am)\s+(?P<j>(?i:a|an|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))")
_STUDY = frozenset("student freshman sophomore junior senior intern patient member volunteer regular customer".split())


def employer_before(sentence: str) -> list[tuple[str, Entity, float]]:
    """The employer (or the town worked in) ``sentence`` names just before "where I work" or "where I am the X", the
    workplace with no name said before "i work at" (:func:`workplace_before`), or the place one welcomes a guest to
    (:func:`.welcomes.welcome_employer`)."""
    place = workplace_before(sentence)
    out: list[tuple[str, Entity, float]] = [("worksFor", Entity(place, "Organization"), 0.7)] if place else []
    if gerund := working_at(sentence):  # "working at a pharmacy , i see ...", "busy working for the city": see .working_gerunds
        out.append(("worksFor", Entity(gerund, "Organization"), 0.7))
    if host := welcome_employer(sentence):  # "Welcome to the Harbor Inn, I'll be your host": see .welcomes
        out.append(("worksFor", Entity(host, "Organization"), 0.7))
    if "where" not in sentence.lower() or sentence.rstrip().endswith("?"):
        return out
    for m in _WHERE_I_WORK.finditer(sentence):
        job = m.group("j")
        if job is not None:
            words = job.lower().split()[1:]
            if not is_job(" ".join(words)) or _STUDY & set(words):
                continue
        name = clean_object(m.group("o"), "place")
        if not name or not name[:1].isupper():
            continue
        if (m.group("p") or "").lower() == "in":
            out.append(("workLocation", Entity(name, "Place"), 0.7))
        else:
            out.append(("worksFor", Entity(name, "Organization"), 0.75))
    return out


_WORK_AFTER = (r"(?=\s*(?:[.!,;:]|$)|\s+(?:now|too|part\s+time|full\s+time|lol|is|was|has|had|gets|got|sells|carries|ran|runs|"
               r"closes|closed|opens|pays|just|always|never|does|did|will|would|can|hired|starts|makes|serves|some|someday|every|since|"
               r"and|but|so|because)\b)")
#: a word of the workplace's name: no preposition, article or pronoun ("my shift at the diner": the diner)
_WORD = r"(?!(?:at|in|on|for|to|with|from|by|of|the|a|an|my|our|i|we|where|that|which)\b)[\w'-]+"
#: "where i work out", "where i work on my car": no workplace
_NOT_AT_WORK = r"(?!\s+(?:out|up|off|on|with|through|hard|from|at|in|for)\b)"
#: "the museum i work at", "the factory that i work in", "the farm i currently work on", "the store where i am employed",
#: "the diner where i work", "kroger is where i work"
_THE_PLACE_I_WORK = lazy(
    rf"\b(?:the|a|an|this|my|our)\s+(?P<o>(?:{_WORD}\s+){{0,3}}?{_WORD})\s+(?:(?P<w>where|that|which)\s+)?(?:i|we)\s+"
    r"(?:currently\s+|now\s+|still\s+|actually\s+)?(?:work(?:\s+(?P<p>at|in|on|for)" + _WORK_AFTER + "|" + _NOT_AT_WORK
    + r")|(?P<e>am\s+employed)\b)"
    rf"|(?:^|\b(?:to|at|from)\s+)(?P<n>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+(?:is\s+)?where\s+(?:i|we)\s+"
    r"(?:currently\s+|now\s+)?work\b" + _NOT_AT_WORK,
    re.I)
#: what one does work "on" that is a workplace ("the farm i work on"; not "the cars i work on")
_WORKED_ON = frozenset("farm ranch rig ship boat base railroad railway site island vineyard plantation".split())
#: no workplace: when, with whom, on what, or a place that is not an employer
_NOT_WORKPLACES = frozenset(
    "hours hour shifts shift days day nights night weekends weekend job jobs way ways time times people guys folks "
    "kids students clients customers project projects thing things stuff one ones field industry area areas money "
    "place places city town country state room desk table home house that this it there here which what "
    "cars car trucks truck bikes computer computers machine machines laptop phone printer".split())
#: a part of some workplace, no employer: "the building we work in", "the floor i work on" ("the office i work in" stays
#: an employer, as PersonaExt labels it: employed_by_general office)
_PART_OF_A_WORKPLACE = lazy(r"^(?:(?:main|big|small|new|old|same|whole|entire|open|corporate|head|little)\s+)?"
                            r"(?:building|floor|department|dept|cubicle|wing|unit|section|team|division)s?$", re.I)


def workplace_before(sentence: str) -> str | None:
    """The workplace with no name ``sentence`` says just before "i work at" or "where i work" (module docstring)."""
    low = sentence.lower()
    if "work" not in low and "employed" not in low or low.rstrip().endswith("?"):
        return None
    for m in _THE_PLACE_I_WORK.finditer(sentence):
        said = m.group("o") or m.group("n")
        if m.group("o") and not (m.group("w") or m.group("p") or m.group("e")):
            continue  # "the hours i work": no place
        place = clean_object(said, "place")
        last = place.lower().split()[-1] if place else ""
        if not place or place.lower() in _NOT_WORKPLACES or last in _NOT_WORKPLACES and last != "home" \
                or _PART_OF_A_WORKPLACE.match(place):
            continue  # "the people i work with", "home is where i work" (a nursing home is a workplace)
        if (m.group("p") or "").lower() == "on" and last not in _WORKED_ON:
            continue  # "the cars i work on"
        return place
    return None
