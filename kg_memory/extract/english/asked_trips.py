"""A trip to come that a question takes for granted: "What should I pack for a trip to Iceland?", "any tips for my trip
to Japan in April?", "what to see on our honeymoon in Bali?" tell that the one asking goes there (a goal, as "I'm going
to Japan next month" is); not a trip asked about in general ("when is the best time for a trip to Peru?"), the other's
("your trip"), one weighed ("should I take a trip to Peru?") nor one over ("about my trip to Rome last year")."""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState

__all__ = ["scan_asked_trip"]

#: "(pack) for a trip to Iceland", "(tips) for my trip to Japan", "(see) on our honeymoon in Bali"
_TRIP = lazy(
    r"\b(?:for|before|during|on)\s+(?P<det>a|an|my|our|the|this)\s+(?:(?:upcoming|first|big|short|long|little|quick|solo|"
    r"family|road|weekend|week-long|two-week|\w+-day|business|work|school|next|summer|winter|spring|fall)\s+)*"
    r"(?:trip|vacation|holiday|getaway|honeymoon|cruise|visit)\s+(?:to|in)\s+(?:the\s+)?"
    r"(?P<p>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,2})",
    re.I)
#: The one asking goes: "I", "we", "my", "our" in the question ("What should I pack for a trip to Iceland?")
_ASKER = lazy(r"\b(?:i|we|me|us|my|our)\b", re.I)
#: A trip weighed, over, or someone else's: "should I take a trip", "last year", "your trip", "my sister's trip"
_NOT_MINE = lazy(r"\b(?:(?:should|could|can)\s+(?:i|we)\s+(?:take|go|book|plan|do)\s+(?:on\s+)?(?:a|an)|(?:worth|thinking\s+(?:of|about)|considering)\b|"
                 r"last\s+\w+|ago|went|took|was|were|got\s+back|came\s+back|if|would|your|his|her|their|\w+'s\s+"
                 r"(?:trip|vacation|holiday|honeymoon))\b", re.I)


def scan_asked_trip(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the trip that the question ``sentence`` takes for granted as the speaker's goal (see the module)."""
    m = _TRIP.search(sentence)
    if m is None or _NOT_MINE.search(sentence):
        return
    if m.group("det").lower() not in ("my", "our") and not _ASKER.search(sentence):
        return  # "what's the best time for a trip to Peru?": anyone's
    place = m.group("p").rstrip(".")
    if place.split()[0] in ("I", "My", "Our"):
        return
    state.collect([(discourse.speaker(turn), "goal", Entity(f"go to {place}", "Thing"), 0.55, None)])
