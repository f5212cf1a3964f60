"""What "doing that" means after a question to the listener about a doing: "do you call your mom ? i love doing that"
is a liking of calling one's mom, "do you talk on the phone ? i hate doing that" a dislike of talking on the phone.

The doing is the verb phrase of the last "do you ...?" before "doing that" in the turn, made a gerund, with the
listener's "your" now the speaker's ("calling my mom"). A question of liking or having ("do you like hiking?") names no
doing but the thing asked of, which the clause's topic already is ("i love doing that": hiking); with neither,
"doing that" gives nothing.

>>> doing_asked("do you call your mom ?")
'calling my mom'
>>> doing_asked("do you ever shop online ?"), doing_asked("do you like hiking ?")
('shopping online', None)
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy

__all__ = ["doing_asked", "doing_that_liked"]

#: "(i love) doing that", "doing it", "doing this": the doing said before
_DOING_THAT = lazy(r"^doing\s+(?:that|this|it)\s*(?:$|[.!,;]|too\b|so\b|a\s+lot\b|as\s+well\b|also\b|on\s+\w+s\b)", re.I)
#: "do you (ever) call your mom ?": the verb and at most four words after it, before the question mark (not a verb of
#: liking, having, knowing or thinking, whose object is the topic)
_ASKED = lazy(r"\b(?:do|did)\s+(?:you|u)\s+(?:(?:ever|also|still|often|usually|even|really)\s+)?"
              r"(?P<v>(?!(?:like|love|enjoy|hate|prefer|have|know|think|want|need|mean|remember|do|go|get|feel|believe|"
              r"agree|see|understand|watch|play|read|eat|drink|listen|live|work|own|mind|care|guess|say)\b)[a-z]{2,})"
              r"(?P<rest>(?:\s+[a-z']+){0,4})\s*\?", re.I)
_VOWELS = lazy(r"[aeiou]+")
_YOURS = {"your": "my", "yours": "mine", "yourself": "myself", "you": "me"}


def _gerund(verb: str) -> str:
    """"call" -> "calling", "bake" -> "baking", "shop" -> "shopping", "see" -> "seeing"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if len(_VOWELS.findall(verb)) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        return verb + verb[-1] + "ing"  # one syllable ending consonant-vowel-consonant: "shop", "chat", "jog"
    return verb + "ing"


def doing_asked(text: str) -> str | None:
    """The doing of the last "do you ...?" in ``text``, as a gerund phrase said by the one who answers."""
    found = list(_ASKED.finditer(text))
    if not found:
        return None
    m = found[-1]
    rest = " ".join(_YOURS.get(w, w) for w in m.group("rest").lower().split())
    return f"{_gerund(m.group('v').lower())} {rest}".strip()


def doing_that_liked(raw: str, c: Clause, liked: bool = True) -> bool | None:
    """Read "(i love) doing that" (``raw``) as a liking (a dislike, negated or not ``liked``: "i hate doing that") of
    the doing last asked about in the turn before it, or else of the clause's topic; None when ``raw`` is no "doing
    that" or names neither (the caller reads it as it would)."""
    if not _DOING_THAT.match(raw):
        return None
    text = c.turn.text
    said = text.lower().rfind("doing th")
    asked = doing_asked(text[:said] if said > 0 else "")
    thing = Entity(asked, "Thing") if asked else c.topic
    if thing is None:
        return None  # read as before: no doing to like
    c.add("likes" if liked != c.negated else "dislikes", thing, 0.6)
    return True
