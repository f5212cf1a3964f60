"""Where the speaker works, said in a relative clause after the place's name: "the servers at Mercy Hospital, where I
work as a data analyst, are slow" (``worksFor`` Mercy Hospital), "it's for my company, Fernleaf Studio, where I'm the
creative director" (``worksFor`` Fernleaf Studio), "a conference in Denver, which is where I work" (``workLocation``
Denver). The job said in the clause is read by the copula's rules; the home in "out of Raleigh, which is where I live"
by :func:`.places.home_before`.

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
"""

from __future__ import annotations

from ...types import Entity
from ..framework import lazy
from .objects import clean_object, is_job

__all__ = ["employer_before"]

_NAME = r"[A-Z][\w&'.-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w&'.-]*){0,3}"
#: "at Mercy Hospital, where I work", "for Acme, which is where I am a buyer", "my company, Fernleaf Studio, where ..."
_WHERE_I_WORK = lazy(
    rf"(?:\b(?P<p>(?i:at|for|with|in))\s+(?:the\s+)?|\b(?i:my|our)\s+(?i:company|firm|employer|agency|startup|studio|"
    rf"office|practice|clinic|shop|store|restaurant|bakery|salon)\s*,\s*)(?P<o>{_NAME})\s*,\s*(?i:which\s+is\s+)?"
    r"(?i:where)\s+(?i:i|we)\s+(?:(?i:currently|now|still|actually)\s+)?"
    r"(?:(?P<w>(?i:work))\b(?!\s+(?i:out|up|on|through|off)\b)|(?i:am)\s+(?P<j>(?i:a|an|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))")
_STUDY = frozenset("student freshman sophomore junior senior intern patient member volunteer regular customer".split())


def employer_before(sentence: str) -> list[tuple[str, Entity, float]]:
    """The employer (or the town worked in) ``sentence`` names just before "where I work" or "where I am the X"."""
    if "where" not in sentence.lower() or sentence.rstrip().endswith("?"):
        return []
    out: list[tuple[str, Entity, float]] = []
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
