"""A town the gazetteer does not know, said after a job: "I'm a teacher in Tucson", "a nurse in Boise, Idaho".

A known place after a job is where one works (:func:`~.places.add_job_place`). An unknown name there is a town only
when nothing says it is something else: it ends the clause (or its state or a time follows: "in Tucson, Arizona",
"in Tucson now"), it is no field, ward, class, firm, school or unit ("a professor in Economics", "a nurse in
Pediatrics", "a teacher in Year 6", "a clerk in Lincoln High School", "a manager in Human Resources"), no time ("a
teacher in May") and no organisation the gazetteer knows ("an engineer in Google"), and the job plays in no show, film,
band or team ("an actor in Friends", "a drummer in Nirvana").

>>> town_after_job(" in Tucson", 10, "Tucson", "teacher"), town_after_job(" in Friends", 11, "Friends", "actor")
(True, False)
>>> town_after_job(" in Pediatrics", 14, "Pediatrics", "nurse"), town_after_job(" in Tucson schools", 10, "Tucson", "teacher")
(False, False)

Chat types towns lowercase ("a dental assistant in tampa", "at a hospital in boston as a nurse"): one or two lowercase
words after "in" that end the clause (or "as" follows) are a town when they are none of those, no word of a kind
("in town", "in the city", "in person", "in sales") and no field by its ending ("in pediatrics", "in nursing").

>>> lowercase_town(" in tampa"), lowercase_town(" in boston as a nurse"), lowercase_town(" in san diego lol")
('tampa', 'boston', 'san diego')
>>> lowercase_town(" in town"), lowercase_town(" in pediatrics"), lowercase_town(" in may"), lowercase_town(" in sales")
(None, None, None, None)
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ..framework import lazy
from ..timeexpr import find_time

__all__ = ["known_employer_after_job", "lowercase_destination", "lowercase_town", "town_after_job"]

#: What a job's "in" names that is no town: a field, a ward or a class, or a firm, a school or a unit by its kind.
_NOT_TOWN = lazy(r"\b(?:economics|biology|physics|chemistry|maths?|mathematics|history|english|literature|philosophy|"
                 r"psychology|sociology|science|law|medicine|pediatrics|paediatrics|oncology|cardiology|radiology|"
                 r"neurology|surgery|icu|er|emergency|maternity|year|grade|class|training|charge|school|college|"
                 r"university|academy|hospital|clinic|company|inc|corp|bank|group|district|department|center|centre|"
                 r"office|store|shop|army|navy|force|resources|relations|affairs|services?|development|sales)\b", re.I)
#: A town typed lowercase: one or two lowercase words after "in", none a word of a kind, that end the clause.
#: Lowercase words that name no town after "in" or "to".
_NOT_TOWN_WORDS = (r"the|a|an|my|our|his|her|their|your|this|that|these|those|town|city|it|there|here|person|general|total|"
                   r"part|full|time|charge|between|front|need|love|bed|line|touch|public|private|downtown|uptown|midtown|"
                   r"suburbia|house|home|retail|tech|finance|marketing|admin|hr|qa|advance|addition|order|progress|case|"
                   r"fact|particular|short|question|january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"sunday|weekends?|mornings?|evenings?|nights?|days?|years?|months?|remote|another|somewhere|anywhere|"
                   r"college|school|work|campus|be|do|get|go|make|see|help|live|work|start|find|try|stay")
_LOWER_WORDS = (rf"(?P<o>(?!(?:{_NOT_TOWN_WORDS})\b)(?-i:[a-z][a-z'.-]*)"
                r"(?:\s+(?!(?:as|and|but|now|rn|atm|currently|lol|lmao|haha|tbh|btw|since|for|where|so|too|though|next|this|"
                r"soon|in|on|after|when|with|asap|eventually|someday|later|because|cause|cuz)\b)(?-i:[a-z][a-z'.-]*))?)")
_LOWER_TOWN = lazy(r"^[\s,]+in\s+" + _LOWER_WORDS + r"(?=\s*(?:[.,!?;]|$)|\s+(?:as|and|but|now|rn|atm|currently|lol|"
                   r"lmao|haha|tbh|btw|since|for|where|so)\b)", re.I)
#: A town typed lowercase that one moves to: the words up to an end, a time or a clause ("vermont next spring").
_LOWER_DESTINATION = lazy("^" + _LOWER_WORDS + r"(?=\s*(?:[.,!?;]|$)|\s+(?:and|but|so|lol|lmao|haha|tbh|btw|rn|next|this|"
                          r"soon|in|on|after|when|with|for|asap|eventually|someday|later|because|cause|cuz)\b)", re.I)
#: Endings of a field, a state or a deed, not of a town: "pediatrics", "oncology", "nursing", "production".
_FIELD_END = lazy(r"(?:ics|ogy|ing|tion|sion|ment|ance|ence|ity|ism|ship|ness|ware)$", re.I)
#: Jobs whose "in" names a show, a film, a band or a team.
_PERFORMERS = frozenset("actor actress star character singer drummer guitarist bassist player dancer extra member "
                        "musician lead role cast".split())
#: Where a town said after a job ends: the clause, its state ("Tucson, Arizona"), or a time or a clause ("in Tucson now").
_TOWN_END = lazy(r"\s*(?:[.,!?;]|$|\s(?:and|but|now|rn|atm|currently|lol|haha|tbh|btw|since|for|at|where)\b)", re.I)


def town_after_job(after: str, end: int, name: str, title: str) -> bool:
    """Whether ``name``, said in ``after`` (the words after the job ``title``) up to ``end``, is a town (see the module
    docstring)."""
    words = title.lower().split()
    return bool(words) and words[-1] not in _PERFORMERS and _TOWN_END.match(after, end) is not None \
        and not _NOT_TOWN.search(name) and find_time(name, None, "en") is None \
        and gazetteer_id(name, "Organization") is None


def known_employer_after_job(after: str, end: int, name: str) -> bool:
    """Whether ``name``, said in ``after`` (the words after a job) up to ``end``, is an employer the gazetteer knows that
    ends the clause: "(a cashier) in Walmart", "(an engineer) in Google now" (not "in Target practice").

    >>> known_employer_after_job(" in Walmart", 11, "Walmart"), known_employer_after_job(" in Tucson", 10, "Tucson")
    (True, False)
    """
    return gazetteer_id(name, "Organization") is not None and _TOWN_END.match(after, end) is not None


def lowercase_town(after: str, title: str = "") -> str | None:
    """The town typed lowercase right after a job ``title`` or an employer (see the module docstring), or None."""
    m = None if set(title.lower().split()[-1:]) & _PERFORMERS else _LOWER_TOWN.match(after)  # "an actor in friends"
    return _town(m.group("o").rstrip(".") if m else None)


def lowercase_destination(said: str) -> str | None:
    """The town typed lowercase that ``said`` (the words after "moving to") opens with, or None: "vermont next spring",
    "cleveland", "san diego lol"; not "part time", "a new place", "nights", "college in the fall".

    >>> lowercase_destination("vermont next spring"), lowercase_destination("san diego lol"), lowercase_destination("part time")
    ('vermont', 'san diego', None)
    """
    m = _LOWER_DESTINATION.match(said)
    return _town(m.group("o").rstrip(".") if m else None)


def _town(town: str | None) -> str | None:
    """``town`` unless it reads as a field, a ward, a time or a firm."""
    if town is None or _NOT_TOWN.search(town) or _FIELD_END.search(town.split()[0]) or _FIELD_END.search(town) \
            or find_time(town, None, "en") is not None or gazetteer_id(town, "Organization") is not None:
        return None
    return town
