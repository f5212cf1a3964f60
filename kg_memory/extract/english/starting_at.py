"""The entry of the verb table for a company one started or starts at: "(I just started) at Google (in Dublin) (last
month) (as an engineer)", "I'm starting at Amazon next week", "I start at Pixar on Monday", and the time to come said of
a month or a season ("I start at Stripe this October", "in the fall") or with a word of feeling after it ("I start at
Deloitte next week, finally", "..., so excited!", "..., can't wait": no negation of the start). The rule is :func:`.places.r_started_at`.

>>> import re
>>> bool(re.match(STARTING_AT[0], "start at Deloitte next week, finally", re.I))
True
>>> bool(re.match(STARTING_AT[0], "start at Google this October!!", re.I))
True
>>> bool(re.match(STARTING_AT[0], "start at Google and then we get lunch", re.I))
False
"""

from __future__ import annotations

from ..framework import Rule
from ..timeexpr import MONTHS
from .places import r_started_at

__all__ = ["STARTING_AT"]

#: A word for a workplace ("(started at) a law firm", "an ad agency"; not "a new school": a pupil or a teacher).
WORKPLACE = (r"(?:firm|company|bank|hospital|startup|start-up|agency|clinic|studio|restaurant|bakery|lab|office|hotel|factory|"
             r"newspaper|magazine|nonprofit|non-profit)\b")
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
#: When: "last week", "on monday", "tomorrow", "this October", "in June", "in the fall", "in two weeks"
_WHEN = (r"(?:\s+(?:on\s+)?(?:(?:last|this|next)\s+)?(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
         r"\s+(?:yesterday|today|recently|tomorrow|soon)|"
         rf"\s+(?:in|this|next|come)\s+(?:{_MONTH})\b|"
         r"\s+(?:in\s+the|this|next)\s+(?:fall|autumn|spring|summer|winter|new\s+year)|"
         r"\s+in\s+(?:a\s+few|a\s+couple\s+(?:of\s+)?|two|three|four|\d+)\s+(?:days|weeks|months))?")
#: A word of feeling after: "finally", "lol", "so excited", "can't wait", "fingers crossed"
_AFTERWORD = (r"(?:\s*,?\s*(?:and\s+)?(?:lol|haha|yay|omg|tbh|finally|woo+hoo+|(?:so\s+)?excited|"
              r"so\s+(?:nervous|happy|pumped|stoked|thrilled)|eek|(?:i\s+)?(?:can't|cannot|can\s+not)\s+wait|"
              r"fingers\s+crossed)\s*[.!]*)*")

STARTING_AT: tuple[str, Rule] = (
    r"^(?:(?:am|is|are)\s+(?:just\s+)?starting\s+|starts?\s+)?at\s+(?P<o>(?:(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){0,2}"
    r"|(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + WORKPLACE + r")"
    rf"(?:\s*,?\s+in\s+(?!(?:{_MONTH})\b)(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){{0,2}})?)"
    r"(?:\s+(?:downtown|uptown|nearby|in\s+town|across\s+town|in\s+the\s+city|near\s+(?:here|me|us)))?"  # "at a law firm downtown"
    + _WHEN + r"(?:\s+as\s+(?:an?\s+)?(?P<job>[a-z]+(?:\s+[a-z]+)?))?\s*[.!]*" + _AFTERWORD + "$",
    r_started_at,
)
