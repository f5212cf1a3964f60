"""Words around a place's name that are not the place: "downtown Denver", "a suburb of Chicago", "rural Ohio" name
Denver, Chicago and Ohio; a home "near the lake in Madison" (or "near the coast in seattle", typed lowercase) is in
Madison, one near "my parents" or "work" in no place said. A place one stays at that is no home ("i stay at the hospital
after work", "i'm staying at a hotel downtown") is read by :func:`stayed_not_home`, which stores nothing."""

from __future__ import annotations

import re

from ..framework import Clause, lazy
from .job_towns import lowercase_town

#: "(i live near) my parents", "(close to) work": the people or the place the home is near, which is no place of it
NOT_NEAR_HOME = frozenset("parents family mom dad mother father grandparents grandma grandpa sister brother sisters brothers "
                          "kids children son daughter friends friend in-laws work job office school campus".split())
NEAR = lazy(r"\b(?:near|by|close\s+to|next\s+to)\s+$", re.I)
#: A part of a place said before its name, in lower case ("Greater London", "North Carolina" are names)
_PART_OF = lazy(r"^(?:(?:an?\s+|the\s+)?(?:(?:leafy|quiet|small|little|nice)\s+)?(?:suburbs?|outskirts|burbs|"
                r"(?:north|south|east|west)(?:ern)?\s+(?:part|side|end)|(?:centre|center|heart|middle|edge)"
                r")\s+of\s+|(?:downtown|uptown|midtown|central|rural|upstate|downstate|suburban|coastal|"
                r"(?:north|south|east|west)(?:ern)?|north-?(?:east|west)|south-?(?:east|west))\s+)(?=(?-i:[A-Z]))")
#: "(near) the lake in Madison": the named place the landmark is in
_NAMED_AFTER = lazy(r"\b(?:in|outside(?:\s+of)?)\s+(?P<o>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2})")


def without_part(text: str) -> str:
    """``text`` without the part of a place said before its name.

    >>> without_part("downtown Denver"), without_part("a suburb of Chicago"), without_part("North Carolina")
    ('Denver', 'Chicago', 'North Carolina')
    """
    return _PART_OF.sub("", text.strip(), count=1)


def named_beyond_landmark(text: str) -> str | None:
    """The named place after a landmark a home is near ("the lake in Madison": Madison); ``None`` when there is none.

    >>> named_beyond_landmark("the lake in Madison"), named_beyond_landmark("the beach")
    ('Madison', None)
    >>> named_beyond_landmark("the coast in seattle"), named_beyond_landmark("the park in town")
    ('seattle', None)
    """
    named = _NAMED_AFTER.search(text)
    if named:
        return named.group("o")
    at = text.lower().find(" in ")
    return lowercase_town(text[at:]) if at >= 0 else None  # a town typed lowercase: "the coast in seattle"


#: "(i) stay at the hospital after work", "(i am) staying at a hotel downtown", "(i) stay in the library": where one
#: spends the time or a night, no home
STAYED_NOT_HOME = (r"^(?:stay|stays|stayed|staying)\s+(?:at|in)\s+(?:(?:the|a|an|my|our|this|that)\s+)?(?:[\w'-]+\s+)?"
                   r"(?:hospital|library|hotel|motel|hostel|inn|office|gym|bar|school|church|airport|reading)s?\b")


def stayed_not_home(m: re.Match[str], c: Clause) -> bool:
    """A place stayed at that is no home (:data:`STAYED_NOT_HOME`): read, so that no rule after it takes it for one;
    nothing is stored.

    >>> bool(re.match(STAYED_NOT_HOME, "stay at the hospital and watch tv")), bool(re.match(STAYED_NOT_HOME, "stay in ohio"))
    (True, False)
    """
    return True
