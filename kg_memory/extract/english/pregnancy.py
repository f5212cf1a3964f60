"""How far along a pregnancy is says one is pregnant: "I'm 6 months pregnant", "my wife is 20 weeks pregnant", "im
like eight months pregnant with our second" give the ``trait`` "pregnant" (as "I'm pregnant"); not "I was 6 months
pregnant when we moved" (a past state), nor "6 months pregnant" said of no one."""

from __future__ import annotations

import re

from ..framework import Clause, Rule

__all__ = ["WEEKS_PREGNANT"]

_COUNT = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?)"


def _r_pregnant(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("trait", "pregnant", 0.8)
    return True


#: The entry of the copula table: "(I'm) 6 months pregnant", "(she is) almost 30 weeks pregnant".
WEEKS_PREGNANT: tuple[str, Rule] = (
    rf"^(?:(?:now|currently|almost|nearly|about|around|like|only|already|over|just\s+over|just)\s+)*{_COUNT}(?:\s+and\s+a\s+half)?"
    r"[\s-]+(?:months?|weeks?|mos?|wks?)[\s-]+(?:pregnant|preggo|preggers)\b", _r_pregnant)
