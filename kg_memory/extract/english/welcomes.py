"""Where the speaker works, said by welcoming someone to it while serving them: "Welcome to the Blue Heron Lodge, I'll
be your host tonight", "hi, welcome to Rosie's Diner, can I get you started with a drink?" (``worksFor`` the place).

It reads one sentence of the speaker's and gives the employer's name, or None. The place must be named (capitalised
words after "welcome to", "the" dropped) and the same sentence must serve the one welcomed ("I'll be your server",
"can I get you", "how can I help"): a host's "welcome to our home", a local's "welcome to Boston!" or "welcome to the
team" (said to a new colleague) name no employer of the speaker.

>>> welcome_employer("Welcome to the Harbor Inn, I'll be your host tonight.")
'Harbor Inn'
>>> welcome_employer("Hi, welcome to Rosie's Diner, can I start you off with a drink?")
"Rosie's Diner"
>>> welcome_employer("Welcome to Boston!"), welcome_employer("welcome to the team, I'll be your mentor")
(None, None)
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["welcome_employer"]

_WELCOME = lazy(r"\b(?i:welcome)\s+(?i:to)\s+(?:(?i:the)\s+)?(?P<o>(?!(?:Team|Family|Club|World|Earth|America|The)\b)"
                r"[A-Z][\w&'.-]*(?:\s+(?:of\s+|&\s+|and\s+)?(?!I\b|I')[A-Z][\w&'.-]*){0,3})")
#: serving the one welcomed: "I'll be your server", "can I get you", "how can I help you", "table for two?"
_SERVING = lazy(r"\b(?:i\s*'?ll\s+be|i\s+will\s+be|i\s*'?m|i\s+am)\s+your\s+(?:\w+\s+)?(?:host|hostess|server|waiter|waitress|"
                r"guide|driver|bartender|captain|instructor|concierge|attendant|stylist|barista|tour\s+guide|cashier)\b|"
                r"\bcan\s+i\s+(?:get|start|help|bring|take|offer|show|seat)\s+you\b|\bhow\s+(?:can|may)\s+i\s+help\b|"
                r"\bwhat\s+can\s+i\s+(?:get|do\s+for)\s+you\b|\btable\s+for\s+(?:one|two|three|four|five|six|\d+)\b", re.I)


def welcome_employer(sentence: str) -> str | None:
    """The place ``sentence`` welcomes someone to while serving them (module docstring), or None."""
    if "elcome" not in sentence:
        return None
    m = _WELCOME.search(sentence)
    if m is None or not _SERVING.search(sentence, m.end()) and not _SERVING.search(sentence, 0, m.start()):
        return None
    return m.group("o").rstrip(".")
