"""How far along a pregnancy is, or with whom or for which time, says one is pregnant: "I'm 6 months pregnant", "my
wife is 20 weeks pregnant", "im like eight months pregnant with our second", "I'm pregnant with twins", "i am pregnant
for the first time" give the ``trait`` "pregnant" (as "I'm pregnant"; a child named, "pregnant with Emma", is read
apart); not "I was 6 months pregnant when we moved" (a past state), "I'm 6 months sober"."""

from __future__ import annotations

import re

from ..framework import Clause, Rule

__all__ = ["WEEKS_PREGNANT"]

_COUNT = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?)"


def _r_pregnant(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("trait", "pregnant", 0.8)
    return not m.group("with")  # "pregnant with our first baby": the rest is read on (a child)


#: The entry of the copula table: "(I'm) 6 months pregnant", "(she is) almost 30 weeks pregnant", "(I'm) pregnant with
#: twins", "(i am) pregnant for the first time".
WEEKS_PREGNANT: tuple[str, Rule] = (
    r"^(?:(?:now|currently|almost|nearly|about|around|like|only|already|over|just\s+over|just|finally|also)\s+)*"
    rf"(?:{_COUNT}(?:\s+and\s+a\s+half)?[\s-]+(?:months?|weeks?|mos?|wks?)[\s-]+)?(?:pregnant|preggo|preggers)\b"
    r"(?:(?=\s*(?:[.!,;?]|$))|\s+(?P<with>with\b)|\s+for\s+the\s+(?:first|second|third|fourth|\d+(?:st|nd|rd|th))\s+time\b|"
    r"(?=\s+(?:again|and|but|so|rn|now|lol|haha|omg|tbh|right\s+now|since|due)\b))", _r_pregnant)
