"""Work said by what one does for whom: "I drive for Uber", "i deliver for doordash on weekends", "I write for the
Guardian", "I drive a truck for FedEx" give the employer and the job the verb names (driver, writer, truck driver); not work done
for people ("I cook for my family", "I drive for my dad"), for a cause or a time ("for fun", "for a living", "for 10
years"), denied or supposed."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .objects import clean_object

__all__ = ["GIG_WORK"]

#: Platforms people work for, typed in lower case as often as not
_PLATFORMS = ("uber\\s*eats|uber|lyft|doordash|door\\s*dash|instacart|grubhub|postmates|deliveroo|just\\s*eat|gopuff|"
              "amazon\\s+flex|amazon|fedex|ups|usps|dhl|shipt|taskrabbit|rover|wag|upwork|fiverr|etsy")
_JOBS = {"driv": "driver", "deliver": "delivery driver", "writ": "writer", "nann": "nanny", "tutor": "tutor",
         "model": "model", "shop": "shopper", "dash": "delivery driver", "clean": "cleaner", "babysit": "babysitter"}
#: The verb's stem: "drives", "driving", "delivering", "deliveries" are driv(e) and deliver
_STEM = lazy(r"^(?:do\s+|does\s+|doing\s+)?(?P<v>driv|deliver|writ|nann|tutor|model|shop|dash|clean|babysit)", re.I)


def _r_gig(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    employer = clean_object(m.group("o"), "place")
    if not employer:
        return False
    c.add("worksFor", Entity(employer, "Organization"), 0.75)
    stem = _STEM.match(m.group(0))
    if stem is not None:
        job = _JOBS[stem.group("v").lower()]
        c.add("jobTitle", f"{m.group('what').split()[-1].lower()} {job}" if m.group("what") else job, 0.6)  # truck driver
    return True


#: The entry of the verb table: "(i) drive for Uber", "(i'm) delivering for doordash", "(i) do deliveries for Amazon",
#: "(i) drive a truck for FedEx": an employer named (a capital or a platform), not "my dad", "a family", "fun"
GIG_WORK: tuple[str, Rule] = (
    r"^(?:(?:(?:do|does|doing)\s+)?deliveries|(?:drive|drives|driving|deliver|delivers|delivering|write|writes|"
    r"writing|nanny|nannies|nannying|tutor|tutors|tutoring|model|models|modeling|modelling|shop|shops|shopping|dash|"
    r"dashes|dashing|clean|cleans|cleaning|babysit|babysits|babysitting)"
    r"(?P<what>\s+(?:a|an|the)\s+(?:truck|van|cab|taxi|bus|car|forklift))?)"
    r"(?:\s+(?:full|part)[\s-]time)?\s+for\s+"
    rf"(?P<o>(?:the\s+)?(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){{0,2}}|(?:{_PLATFORMS})\b)",
    _r_gig,
)
