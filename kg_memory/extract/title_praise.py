"""Words of praise or stress before a job are no part of the job.

"He's a real manager now", "she's a proper chef", "my sister is an actual doctor", "you're a terrific actor": the
speaker judges how well, or how truly, someone does the job; the job is a manager, a chef, a doctor, an actor.
:func:`bare_titles` takes such words off the front of every ``jobTitle`` value. Words that belong to a job's name
stay: "a real estate agent", "a true crime writer", "the best man" (a wedding's role, not a man), "a head chef".

A judged doer of something everyone does is no job at all: "you're a lousy skier", "he's a terrible cook", "she's a
great dancer" say how well one skis, cooks or dances, so such a ``jobTitle`` goes (:data:`_SKILL_DOERS`). Said
without a judgement the word stays a job ("I'm a cook at the diner"), and so does a judged job that is mostly a
trade ("a terrific actor", "a great teacher").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from ..types import Fact

__all__ = ["bare_titles", "judged_skill", "praise_length"]

#: Judging or stressing adjectives, one or more, before a job ("a really good, proper chef" reads "good proper chef").
_WORDS = ("real|proper|actual|true|genuine|serious|legit|legitimate|bona fide|good|great|fine|excellent|terrific|"
          "wonderful|amazing|brilliant|fantastic|awesome|incredible|talented|gifted|successful|famous|renowned|"
          "terrible|awful|horrible|lousy|bad|crappy|best|worst|greatest|finest")
#: What follows such a word when the two make one job or no job: "real estate agent", "true crime", "best man".
_NAME_GOES_ON = r"(?!estate\b|crime\b|(?:man|woman|boy|girl|guy|person)$)"
#: Of those, the words that judge how well (not how truly): "a lousy skier" judges the skiing.
_JUDGING = frozenset(("good great fine excellent terrific wonderful amazing brilliant fantastic awesome incredible "
                      "talented gifted terrible awful horrible lousy bad crappy best worst greatest finest").split())
#: Doers of what most people do now and then, a skill to judge rather than a trade: "a terrible cook", "a bad driver".
_SKILL_DOERS = frozenset(("skier skater snowboarder surfer swimmer hiker runner cook dancer singer driver kisser liar "
                          "listener speller talker sleeper eater hugger loser winner learner reader golfer bowler "
                          "shot sport flirt").split())


@cache
def _praise() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{_WORDS}),?\s+{_NAME_GOES_ON})+(?=[a-z])", re.I)


def bare_titles(facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` with the words of praise or stress taken off the front of each ``jobTitle`` (see the module).

    >>> from kg_memory.types import Entity
    >>> ann = Entity("Ann", "Person")
    >>> [f.object for f in bare_titles([Fact(ann, "jobTitle", "real manager"), Fact(ann, "jobTitle", "proper chef"),
    ...                                 Fact(ann, "jobTitle", "real estate agent"), Fact(ann, "jobTitle", "best man")])]
    ['manager', 'chef', 'real estate agent', 'best man']
    """
    out = []
    for fact in facts:
        if fact.predicate == "jobTitle" and isinstance(fact.object, str) and (bare := _praise().sub("", fact.object)) \
                and bare != fact.object:
            if judged_skill(fact.object[: len(fact.object) - len(bare)], bare):
                continue  # "you're a lousy skier": how one skis, no job
            fact = dataclasses.replace(fact, object=bare)
        out.append(fact)
    return out


def judged_skill(praise: str, bare: str) -> bool:
    """Whether ``praise`` (the words before, "you're a really lousy ") judges how well one does ``bare``, a skill most
    people have ("skier"): "a lousy skier" is no job.

    >>> judged_skill("lousy ", "skier"), judged_skill("real ", "cook"), judged_skill("terrific ", "actor")
    (True, False, False)
    """
    return bare.lower() in _SKILL_DOERS and any(w in _JUDGING for w in re.findall(r"[a-z]+", praise.lower()))


def praise_length(words: str) -> int:
    """How many characters of ``words`` (lower case, after "a") are words of praise or stress before the rest, so that
    the rest can be read as a student of a field: "good law student" -> 5 ("law student": jobTitle student,
    fieldOfStudy law), as "a law student" is.

    >>> praise_length("good law student"), praise_length("law student"), praise_length("real estate student")
    (5, 0, 0)
    """
    m = _praise().match(words)
    return m.end() if m else 0
