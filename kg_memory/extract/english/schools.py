"""A school named without the word "school": "My daughter goes to Stanford", "my son went to Harvard", "I go to MIT".

"goes to" + a name is a place one studies at when the name is a known university (the gazetteer's), or when a child
goes there ("my son goes to Lincoln": a child's daily "goes to" is school); "went to" is a school one was educated at
only for a known university ("I went to Stanford"; "I went to Lincoln" is a visit) or when what was studied there is
said ("I went to Oberlin for undergrad", "went to Drake, class of 1998"). A thing ("goes to the gym"), a
place the gazetteer knows ("my son goes to Paris"), a time ("goes to Stanford every summer") or another word
("goes to Church") is no school.

>>> school_gone_to("goes", "Stanford.", "My daughter goes to Stanford.")
('studiesAt', 'Stanford', 0.75)
>>> school_gone_to("goes", "Lincoln Elementary.", "My son goes to Lincoln Elementary.")[:2]
('studiesAt', 'Lincoln Elementary')
>>> school_gone_to("goes", "Lincoln.", "My son goes to Lincoln."), school_gone_to("goes", "Lincoln.", "Tom goes to Lincoln.")
(('studiesAt', 'Lincoln', 0.6), None)
>>> school_gone_to("goes", "the gym.", "My son goes to the gym."), school_gone_to("goes", "Paris.", "My son goes to Paris.")
(None, None)
>>> school_gone_to("went", "Harvard.", "My dad went to Harvard."), school_gone_to("went", "Lincoln.", "My son went to Lincoln.")
(('educatedAt', 'Harvard', 0.75), None)
>>> school_gone_to("went", "stanford .", "i went to stanford ."), school_gone_to("goes", "the gym .", "my son goes to the gym .")
(('educatedAt', 'stanford', 0.75), None)
>>> school_gone_to("went", "Oberlin for undergrad", "I went to Oberlin for undergrad")
('educatedAt', 'Oberlin', 0.75)
"""

from __future__ import annotations

import re

from ...gazetteer import ENTRIES, gazetteer_id
from ..framework import lazy
from .lexicon import REGIONS
from .objects import clean_object

__all__ = ["known_university", "named_school", "school_gone_to", "student_from_school", "studied_at"]

#: A name of one to three capitalised words, nothing after it but an end, a comma or "and".
_NAME = lazy(r"^(?P<n>(?!(?:Church|Mass|Sunday|Bed|Work|Home|Camp|Daycare|Mom|Dad|Grandma|Grandpa)\b)[A-Z][\w.'&-]*"
             r"(?:\s+[A-Z][\w.'&-]*){0,2})\s*(?:[.,!;]|\s+and\b|$)")
#: The same name typed lowercase ("i go to stanford"): a school only when the gazetteer knows the university.
_LOWER_NAME = lazy(r"^(?P<n>[a-z][\w.'&-]*(?:\s+[a-z][\w.'&-]*){0,2}?)\s*(?:[.,!;]|\s+and\b|$)")
#: One of the speaker's (or another's) children is the subject: "my son", "our two kids", "her daughter Mia".
_CHILD = lazy(r"\b(?:my|our|his|her|their)\s+(?:\w+\s+){0,2}?(?:son|sons|daughter|daughters|kid|kids|child|children|"
              r"grandson|granddaughter|grandkids|boy|boys|girl|girls|stepson|stepdaughter)\b(?:\s+[A-Z]\w+)?\s+(?:goes|go)\s+to\b",
              re.I)
#: A time that makes a going a trip ("every summer", "next week", "on weekends"), not a school.
_TRIP = lazy(r"\b(?:every|each|next|last|this|tomorrow|tonight|yesterday|today|on\s+(?:weekends|\w+days?)|for\s+(?:a|the|\d+)|"
             r"sometimes|often|once|twice|to\s+visit|to\s+see)\b", re.I)
_NOT_SCHOOLS = frozenset("school college university uni church work home there here it".split())
_UNIVERSITY = lazy(r"\b(?:University|Institute|College)\b")
_SCHOOL_WORD = lazy(r"\b(?:university|college|institute|academy|school|state|tech|polytechnic)\b", re.I)
#: Any name, then what one studied there: "(went to) Oberlin for undergrad", "Tulane for law school", "Purdue, class of
#: 2012" (not "Boston for college": a town)
_STUDIED_THERE = lazy(
    r"^(?!(?:the|a|an|my|our|his|her|their|this|that|some|one|it|there|here)\b)(?P<n>[A-Za-z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,2})"
    r"\s*(?:\s+for\s+(?:(?:my|a|her|his|their|our)\s+)?(?:undergrad|undergraduate|college|university|uni|grad\s+school|"
    r"graduate\s+school|(?P<k>(?:law|med|medical|business|nursing|dental)\s+school)|(?:my\s+)?(?:degree|masters?|mba|phd|"
    r"bachelors?|undergraduate\s+degree))\b|,?\s+class\s+of\s+'?\d{2,4}\b)", re.I)


def school_gone_to(verb: str, said: str, sentence: str) -> tuple[str, str, float] | None:
    """(predicate, school, confidence) of ``verb`` ("go", "goes", "went") followed by ``said``, or None (see the
    module doc)."""
    if verb.lower() == "went" and (school := studied_at(said)):
        return "educatedAt", school, 0.75  # "I went to Oberlin for undergrad": a school, known or not
    m = _NAME.match(said.strip()) or _LOWER_NAME.match(said.strip())
    if m is None or _TRIP.search(sentence):
        return None
    name = m.group("n").rstrip(".")
    if name[0].islower() and not known_university(name):
        return None  # chat types names lowercase: "i went to stanford" is a school, "my son goes to the gym" none
    if gazetteer_id(name, "Place") is not None:
        return None
    known = known_university(name)
    if verb.lower() == "went":
        return ("educatedAt", name, 0.75) if known else None
    if known:
        return "studiesAt", name, 0.75
    return ("studiesAt", name, 0.6) if _CHILD.search(sentence) else None


def named_school(kind: str, prep: str | None, said: str | None) -> str:
    """The school of "(went to) the University of Iowa" (named whole), "college at Rutgers" (Rutgers), "college in Ohio"
    (where it is, not its name: the kind, "college"; but "in Ohio State University"), or of the ``kind`` alone.

    >>> named_school("University", "of", "Iowa ."), named_school("college", "in", "ohio"), named_school("college", "at", "Rutgers")
    ('University of Iowa', 'college', 'Rutgers')
    """
    name = clean_object(said, "place") if said else None
    if not name or (prep or "").lower() == "in" and not _SCHOOL_WORD.search(name):
        return kind
    return f"{kind} of {name}" if (prep or "").lower() == "of" else name


def studied_at(said: str) -> str | None:
    """The school of "(went to) X for undergrad" or "X, class of 2012", whatever X is, unless a town (module doc);
    a law, medical or business school is named with X ("Tulane for law school": "Tulane law school")."""
    m = _STUDIED_THERE.match(said.strip())
    if m is None or gazetteer_id(m.group("n"), "Place") is not None or m.group("n").lower() in _NOT_SCHOOLS:
        return None
    kind = " ".join(m.group("k").split()) if m.group("k") else ""  # "Tulane for law school": Tulane law school
    return f"{m.group('n')} {kind}" if kind else m.group("n")


def known_university(name: str) -> bool:
    """Whether ``name`` is a university of the gazetteer ("Stanford", "MIT", "Harvard University")."""
    entry = gazetteer_id(name, "Organization")
    return entry is not None and any(_UNIVERSITY.search(english[0]) is not None for _, english, _ in ENTRIES
                                     if gazetteer_id(english[0], "Organization") == entry)


#: A student who comes from abroad: "an exchange student from Lyon" is from there, studies elsewhere
_FROM_ABROAD = lazy(r"\b(?:exchange|foreign|international|visiting|transfer)\b", re.I)


def student_from_school(title: str, place: str) -> bool:
    """Whether "(a) ``title`` from ``place``" names where the student studies: a student of a field or level ("a
    physical therapy student from Trinity", "a grad student from Rutgers"; not one from abroad, "an exchange student
    from Lyon") from a capitalised name that is no region and no place the gazetteer knows ("a grad student from Ohio"
    is from Ohio).

    >>> student_from_school("physical therapy student", "Trinity"), student_from_school("law student", "Boston")
    (True, False)
    >>> student_from_school("student", "Trinity"), student_from_school("exchange student", "Trinity")
    (False, False)
    """
    words = title.lower().split()
    if len(words) < 2 or words[-1] != "student" or _FROM_ABROAD.search(title) or not place[:1].isupper():
        return False
    return place.lower() not in REGIONS and gazetteer_id(place, "Place") is None
