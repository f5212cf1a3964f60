"""What comes between "went on" (or "back from") and the place: a journey ("went on a road trip to Oregon", "a cruise to
Alaska") or a day ("we went on Monday to Paris", "flew on Friday night to Lisbon"). ``JOURNEY`` reads the rest of the
clause after the preposition; group ``o`` is where it went, or None when no place is said ("went on a hike",
"we went on Sunday"): then there is no visit, and a day is no place.

>>> JOURNEY.match("a road trip to Oregon").group("o"), JOURNEY.match("Monday to Paris").group("o")
('Oregon', 'Paris')
>>> JOURNEY.match("Friday night to Lisbon").group("o"), JOURNEY.match("the weekend to the lake").group("o")
('Lisbon', 'the lake')
>>> JOURNEY.match("Sunday").group("o") is None, JOURNEY.match("Mondays") is None, JOURNEY.match("Montreal to Paris")
(True, True, None)
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["JOURNEY"]

#: a day said after "on": "Monday", "Friday night", "the weekend", "Christmas Eve"
_DAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
        r"the\s+weekend|christmas(?:\s+eve)?|new\s+year's(?:\s+eve|\s+day)?|thanksgiving)")

#: "(went on) a road trip to Oregon", "a cruise to Alaska", "Monday to Paris": the journey or the day, then where it went
JOURNEY = lazy(r"^(?:(?:a|an|our|my|the|this|that|another)\s+(?:[\w'-]+\s+){0,2}?(?:trip|road\s*trip|roadtrip|cruise|vacation|holiday|"
               r"honeymoon|getaway|journey|tour|trek|excursion|hike|walk|stroll|ride|date)s?|" + _DAY + r")\b"
               r"(?:\s+(?:to|in|through|around|across|down\s+to|up\s+to|out\s+to)\s+(?P<o>.+))?", re.I)
