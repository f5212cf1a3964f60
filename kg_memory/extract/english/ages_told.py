"""How old the subject is, said after "am/is/are": "I am 34", "she's 29 years old", "he's nearly forty", "I'm 40,
divorced, and ..." (the age, and a status listed after it). Also the rule that adds an age in years from a
pattern's group ``n`` ("i just turned 40").

An age turned to is the age told, now or when the sentence says ("i turned forty last week", "she's turning five next
week", "he turns thirty in May"): as with "she's turning five", the number said is the one kept, though not an age had
once or had some day ("when i turned ten, ...", "when he turns thirty, ...").

>>> bool(AGE_BARE.match("29, single")), bool(AGE_BARE.match("5 minutes away")), bool(AGE_YEARS_OLD.match("40 years old"))
(True, False, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..framework import Clause, lazy
from .objects import to_int

__all__ = ["AGE_BARE", "AGE_YEARS_OLD", "TURNED", "age_after_copula", "r_age"]

AGE_YEARS_OLD = lazy(r"^(?:an?\s+)?(?:(?:about|almost|nearly|over|turning|only|just)\s+)?(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:years?|yrs?)[\s-]*old\b(?:\s+(?P<more>.+))?", re.I)
#: "(i'm 29), single, and ...", "(i am 40), divorced": a status listed after the age
_STATUS_LISTED = lazy(r"\s*,\s*(?:and\s+)?(?P<s>single|married|divorced|engaged|widowed|separated|pregnant|retired)\b", re.I)
#: "(she's) only four", "(he is) seven now", "(i am) 29": a bare number (a small one spelt out too: children are spoken of
#: by age, "Rudi is five.", though not the speaker's own, see :func:`age_after_copula`; not "one": "the one")
#: ("turning five" may go on with when: "next week", "in May", "on Sunday"; a bare "five in this photo" may not)
AGE_BARE = lazy(r"^(?:(?:about|almost|nearly|over|only|just)\s+)?(?:(?P<turning>turning)\s+)?(?P<n>\d{1,3}|(?:two|three|four|"
                r"five|six|seven|eight|nine|ten|eleven|twelve|"
                r"(?:thir|four|fif|six|seven|eigh|nine)teen)|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[\s-](?:one|two|three|"
                r"four|five|six|seven|eight|nine))?)(?=\s*(?:[.!,;]|$|and\b(?!\s+\d)|but\b|now\b|too\b|actually\b|btw\b|tho\b|"
                r"though\b|lol\b|lmao\b|haha|already\b|ish\b|rn\b|today\b|:\))|(?(turning)\s+(?:next|this|in|on|tomorrow|soon)\b|(?!)))"
                r"(?:\s+and\s+(?P<more>\D+))?", re.I)

#: "(i) just turned 40", "(i) turned forty last week", "(she) turns five next week", "(he) will turn thirty in May" (not
#: "turned the corner": no number, no age), read after the subject
TURNED = (r"^(?:just\s+)?(?:turned|turns|turn|(?:will|is\s+going\s+to|am\s+going\s+to)\s+turn)\s+"
          r"(?P<n>\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)"
          r"(?=\s*(?:[.!,;]|$|last\b|this\b|next\b|yesterday\b|today\b|tomorrow\b|soon\b|on\b|in\b))")
#: "when i turned ten (dad signed me up)", "when he turns thirty (...)": the age one had then, or will have, not now
_WHEN_TURNED = lazy(r"\b(?:when|since|after|before|until|till|once|if|by\s+the\s+time)\s+(?:i|you|he|she|we|they|[A-Z][a-z]+)\s+"
                    r"(?:just\s+)?(?:turned|turns?)\b", re.I)

#: "we are four", "they're six": a group counted, not a child's age
_COUNTED = lazy(r"\b(?:we|they)(?:\s+are|'re)\s+(?:only\s+|just\s+)?(?:two|three|four|five|six|seven|eight|nine)\b", re.I)

#: What is set for an hour and said with a number as a person's age is ("Bedtime is eight", "Curfew's eleven")
_AT_AN_HOUR = frozenset("bedtime naptime lunchtime dinnertime teatime showtime breakfast brunch lunch dinner supper "
                        "practice rehearsal class church mass curfew kickoff checkout check-in pickup dropoff".split())


def r_age(m: re.Match[str], c: Clause) -> bool:
    """The age in years of group ``n`` ("40", "forty"), under 120 and not denied."""
    value = to_int(m.group("n"))
    if c.negated or value is None or not 0 < value < 120:
        return False
    c.add("age", value, 0.9)
    return True


def age_after_copula(rest: str, c: Clause, read: Callable[[str, Clause], bool]) -> bool:
    """The age said after "am/is/are" (``rest``), and what ``read`` makes of what is listed with it: "29 and a
    nurse" (a nurse too), "40, divorced" (divorced too). True when an age was found."""
    if c.subject.label.lower() in _AT_AN_HOUR:
        return False  # "Bedtime is eight.", "Practice is at four": an hour, not an age
    age = AGE_YEARS_OLD.match(rest)
    bare = None if age else AGE_BARE.match(rest)
    if bare and not bare.group("n").isdigit() and (to_int(bare.group("n")) or 0) < 10 and (
            c.subject == c.discourse.speaker(c.turn) or _COUNTED.search(c.sentence)):
        return False  # "I'm five, almost six." (a score, a size as often), "We're four." (a table for four): no age
    age = age or bare
    if not (age and r_age(age, c)):
        return False
    if age.group("more"):
        read("a " + age.group("more"), c)
    elif status := _STATUS_LISTED.match(rest, age.end()):  # "29, single, and ...": single too
        read(rest[status.start("s"):], c) or read(status.group("s"), c)
    return True


def r_turned(m: re.Match[str], c: Clause) -> bool:
    """The age turned to (:data:`TURNED`), unless the sentence tells when one turned or turns it ("when i turned ten")."""
    return not _WHEN_TURNED.search(c.sentence) and r_age(m, c)
