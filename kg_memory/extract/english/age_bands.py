"""The generation one belongs to: "I'm a millennial", "my dad is a boomer", "I'm Gen Z", "she's a 90s kid" (a
``trait``: when one was born, as people of an age call themselves; not a job, as "boomer" ends like one). Not denied
("I'm not a boomer"), and not a thing one likes or a way one acts ("such a boomer move", "boomer humor").

>>> import re
>>> re.match(AGE_BAND[0], "am a millennial", re.I).group("o")
'millennial'
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule

__all__ = ["AGE_BAND"]

#: How each name of a generation is stored.
_BANDS = {"millennial": "millennial", "boomer": "baby boomer", "baby boomer": "baby boomer", "gen x": "Gen X",
          "gen xer": "Gen X", "gen-xer": "Gen X", "generation x": "Gen X", "gen z": "Gen Z", "gen zer": "Gen Z",
          "gen-zer": "Gen Z", "zoomer": "Gen Z", "generation z": "Gen Z", "gen y": "millennial", "gen alpha": "Gen Alpha"}


def _r_band(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    said = re.sub(r"[\s-]+", " ", m.group("o").lower()).replace("gen xer", "gen x").replace("gen zer", "gen z")
    decade = re.match(r"(?:19)?(?P<d>\d0)['’]?s\s+(?:kid|baby|child)", said)
    c.add("trait", f"{decade.group('d')}s kid" if decade else _BANDS.get(said, said), 0.75)
    return True


#: The entry of the verb table: "(I) am a millennial", "(my dad) is a total boomer", "(I'm) Gen Z", "(she's) a 90s kid".
AGE_BAND: tuple[str, Rule] = (
    r"^(?:am|is|are)\s+(?:(?:also|just|such|kind\s+of|kinda|technically|actually|totally|a\s+total|a\s+proud|an?|the|"
    r"classic|typical|proud|total|true|real|elder|older|younger|late|early)\s+)*"
    r"(?P<o>millennial|(?:baby\s+)?boomer|gen[\s-]?[xyz](?:[\s-]?er)?|gen(?:eration)?\s+(?:x|y|z|alpha)|zoomer|"
    r"(?:19)?\d0['’]?s\s+(?:kid|baby|child))s?(?=\s*(?:[,.!;…]|$|\s+(?:and|but|so|through|myself|too|here)\b))", _r_band)
