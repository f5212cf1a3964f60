"""What a passion said with "my ... passion is" is held as: a pastime ("my passion is knitting", "my real passion is
ballet", "my passion is helping kids") is a ``hobby``; a cause or a thing loved ("my true passion is ocean
conservation", "my passion is chocolate", "my real passion is the planetarium") is no pastime, and is held as ``likes``.
A hobby said as one ("my hobby is cars") stays a hobby.

It reads the match of ``mentions._SCAN_HOBBY`` and one object it names (:func:`.mentions` calls it for each).

>>> import re
>>> m = re.search(r"my (?:true )?(?:passion|hobby) is (?P<o>.+)", "my true passion is ocean conservation")
>>> hobby_or_liking(m, "ocean conservation"), hobby_or_liking(m, "sailing"), hobby_or_liking(m, "music")
('likes', 'hobby', 'hobby')
>>> hobby_or_liking(re.search(r"my hobby is (?P<o>.+)", "my hobby is cars"), "cars")
'hobby'
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["hobby_or_liking"]

#: Pastimes named by a noun, not a gerund: "(my passion is) ballet", "music", "chess"
_PASTIME_NOUN = lazy(
    r"^(?:(?:the|a)\s+)?(?:(?:[\w-]+\s+)?(?:music|art|arts|dance|ballet|theater|theatre|opera|poetry|photography|pottery|"
    r"yoga|pilates|karate|judo|taekwondo|martial\s+arts|gymnastics|sports?|football|soccer|basketball|baseball|hockey|"
    r"tennis|golf|rugby|volleyball|softball|lacrosse|wrestling|boxing|chess|crafts|design|film|cinema|fashion|"
    r"piano|guitar|violin|cello|drums|ukulele|saxophone|flute|harp|games|video\s+games|sculpture|animation|comedy|"
    r"calligraphy|origami|archery|fencing|parkour|skateboarding|crossfit|zumba|meditation|volunteer\s+work))$",
    re.I,
)


def hobby_or_liking(m: re.Match[str], obj: str) -> str:
    """``"likes"`` when ``m`` says a passion and ``obj`` names no pastime (no gerund, no pastime noun); else ``"hobby"``."""
    head = m.string[m.start():m.start("o")] if m.groupdict().get("o") else ""
    if "passion" not in head.lower():
        return "hobby"
    first = obj.split()[0].lower() if obj.split() else ""
    return "hobby" if first.endswith("ing") or _PASTIME_NOUN.match(obj) else "likes"
