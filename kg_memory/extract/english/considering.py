"""What one is thinking of doing is a goal, as "I want to" is: "I'm thinking about adopting a dog", "we're considering
buying a house", "I've been thinking of going back to school" (a goal to adopt a dog, to buy a house, to go back to
school); only for doings one plans (adopting, buying, learning, starting...), not "thinking about you", "thinking of
calling him" (of the moment), nor denied. A move thought of is read by ``THINK_MOVE`` (:mod:`.tables`).

>>> import re
>>> bool(re.match(CONSIDERING[0], "thinking about adopting a dog", re.I))
True
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule
from .activities import goal

__all__ = ["CONSIDERING"]

#: The doings whose gerund is thought of as a plan, and their base form.
_PLANS = {"adopting": "adopt", "getting": "get", "buying": "buy", "learning": "learn", "taking up": "take up",
          "starting": "start", "going back to": "go back to", "applying to": "apply to", "applying for": "apply for",
          "joining": "join", "switching to": "switch to", "becoming": "become", "opening": "open", "selling": "sell",
          "retiring": "retire", "running for": "run for", "signing up for": "sign up for", "training for": "train for"}


def _r_considering(m: re.Match[str], c: Clause) -> bool:
    verb = _PLANS[" ".join(m.group("v").lower().split())]
    return goal(f"{verb} {m.group('o')}", c)


#: The entry of the verb tables: "(i'm) thinking about adopting a dog", "(we're) considering buying a house".
CONSIDERING: tuple[str, Rule] = (
    r"^(?:(?:have|has)\s+been\s+|(?:am|is|are)\s+)?(?:(?:really|seriously|kinda|kind\s+of|sort\s+of|also|now|still)\s+)?"
    r"(?:thinking\s+(?:about|of)|considering)\s+(?:maybe\s+|possibly\s+)?(?P<v>"
    + "|".join(v.replace(" ", r"\s+") for v in sorted(_PLANS, key=len, reverse=True)) + r")\s+(?P<o>.+)",
    _r_considering,
)
