"""Replies that tell where one works with "at" alone, to a question about work: "Still at Deloitte?" - "yep still at
Deloitte" (still works there), "Nope, I'm at a startup now" (works at a startup, no longer at Deloitte); "Where do you
work?" - "I'm at Stripe now." (works at Stripe). Said alone, "I'm at Stripe" may be a visit; asked about work, it is a job.

A question of someone else ("Is your mom still at Kaiser?") or of a place ("Still at home?", "Still in Boston?": lower
case, or a town) is left to other readers.

>>> still_at_work("Still at Deloitte?", "Nope, I'm at a startup now.", "en")
"I don't work at Deloitte anymore. I work at a startup."
>>> still_at_work("How's work, still at Figma?", "yep still at Figma", "en")
'I still work at Figma.'
>>> still_at_work("Where do you work?", "I'm at Stripe now, it's great.", "en")
"I work at Stripe. It's great."
>>> still_at_work("Still at home?", "Yep.", "en") is None
True
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer_id
from .framework import lazy

__all__ = ["still_at_work"]

#: An employer, capitalised: "Deloitte", "Goldman Sachs", "Acme Co."
_ORG = r"(?P<o>(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,2})"
#: "Still at Deloitte?", "are you still with Acme?", "you still working at Google?" (the last clause of the question).
_STILL_AT = lazy(rf"(?:^|[,;]\s*)(?:(?:so|and|oh)[\s,]+)?(?:(?:are|r)\s+(?:you|u)\s+|(?:you|u)\s+)?still\s+(?:at|with|"
                 rf"working\s+(?:at|for)|employed\s+(?:at|by))\s+{_ORG}\s*\?$", re.I)
#: A question about where one works: "Where do you work?", "how's work?", "how's the new job?".
_ASKS_WORK = lazy(r"\b(?:where\s+(?:do|are)\s+(?:you|u)\s+work(?:ing)?|who\s+do\s+(?:you|u)\s+work\s+for|how(?:'s|\s+is)\s+"
                  r"(?:work|the\s+(?:new\s+)?job|your\s+(?:new\s+)?job))\b", re.I)
#: A yes to "still at X?": "yep", "sure am"; and "(yes,) still there", "yep still at Figma lol".
_YES = lazy(r"^(?:yes|yeah|yep|yup|yea|ya|sure\s+am|i\s+am)\b(?![\s,!.]*(?:but\s+)?(?:not|no)\b)", re.I)
_STILL_THERE = lazy(r"^(?:(?:yes|yeah|yep|yup|yea|ya)\b[\s,!.]*)?(?:(?:i'm|i\s+am)\s+)?still\s+(?:there|here|"
                    r"at\s+(?P<o>[^,.!?]+?))(?:\s+(?:lol|haha))?(?=[\s,!.]|$)", re.I)
#: Where one works now, with "at" alone: "Nope, I'm at a startup now", "I'm actually at Stripe now".
_NOW_AT = lazy(r"^(?P<no>(?:no|nope|nah|not\s+anymore|left)\b[\s,.!]*)?(?:i'm|i\s+am)\s+(?:(?:now|actually|currently|still)\s+)?"
               r"at\s+(?P<n>[^,.!?]+?)(?:\s+now)?(?P<rest>[,.!]\s*.*)?$", re.I)
#: What is no employer after "at": a time, a home, a meeting.
_NOT_WORK = lazy(r"^(?:home|work|the\s+(?:office|gym|moment|store)|my\s+(?:desk|mom's|parents')|a\s+(?:meeting|party|loss)|"
                 r"\d|least|last|first|it|this|that)\b", re.I)


def still_at_work(question: str, reply: str, lang: str) -> str | None:
    """The statement ``reply`` makes about where its speaker works, answering ``question`` (see the module); None when
    it makes none."""
    if lang != "en":
        return None
    text = reply.strip()
    asked = _STILL_AT.search(question.strip())
    if asked is not None and gazetteer_id(asked.group("o"), "Place") is not None:
        asked = None  # "Still at Boston?": a town
    now = _NOW_AT.match(text) if asked is not None or _ASKS_WORK.search(question) else None
    if now is not None and not _NOT_WORK.match(now.group("n")):
        new = now.group("n").strip()
        rest = (now.group("rest") or "").strip(" ,.!")
        said = f"I work at {new}." + (f" {rest[0].upper()}{rest[1:]}." if rest else "")
        if asked is not None and asked.group("o").lower() != new.lower():
            return f"I don't work at {asked.group('o')} anymore. {said}"
        return said
    if asked is None:
        return None
    still = _STILL_THERE.match(text)
    if still is not None and still.group("o") and still.group("o").strip().lower() != asked.group("o").lower():
        return None  # "Still at Deloitte?" - "still at Deloitte Digital": another said
    yes = still or _YES.match(text)
    if yes is None:
        return None
    rest = text[yes.end():].strip(" ,.!")
    return f"I still work at {asked.group('o')}." + (f" {rest[0].upper()}{rest[1:]}." if rest else "")
