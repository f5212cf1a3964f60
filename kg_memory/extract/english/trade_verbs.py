"""Work said by the verb of a trade: "I've been waitressing at Kelly's", "I'm bartending at a place downtown", "she's
been nannying for the Kims" give the job the verb names (waitress, bartender, nanny) and, where one is named, the
employer (Kelly's, the Kims). The verb says a job only as an ongoing state: not denied ("I'm not bartending anymore"),
not done once ("I'm babysitting tonight", "bartending at my cousin's wedding on Saturday"), nor done for one's own
people ("babysitting my nephew", "tutoring my brother").
A trade said after "work" with no employer ("i work retail", "i work fast food to pay for college", "i work in
construction") is the worker of that trade (:data:`TRADE_WORKED`).

>>> import re
>>> re.match(TRADE_VERBS[0], "am bartending at a place downtown", re.I).group("v")
'bartending'
>>> re.match(TRADE_WORKED[0], "work fast food to pay for college").group("o")
'fast food'
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .objects import clean_object
from .places import r_work_trade

__all__ = ["TRADE_ING", "TRADE_VERBS", "TRADE_WORKED"]

#: The -ing form of a trade's verb and the job it names.
_JOBS = {"waitressing": "waitress", "waitering": "waiter", "bartending": "bartender", "nannying": "nanny",
         "babysitting": "babysitter", "lifeguarding": "lifeguard", "cashiering": "cashier", "barbacking": "barback",
         "bar-backing": "barback", "caddying": "caddie", "bussing tables": "busser", "busing tables": "busser",
         "waiting tables": "server", "waiting on tables": "server", "dog walking": "dog walker",
         "dog-walking": "dog walker", "housesitting": "house sitter", "house-sitting": "house sitter",
         "substitute teaching": "substitute teacher", "subbing": "substitute teacher", "tutoring": "tutor",
         "clerking": "clerk", "temping": "temp", "freelancing": "freelancer", "djing": "DJ", "dj'ing": "DJ",
         "ushering": "usher", "housecleaning": "house cleaner", "house cleaning": "house cleaner"}
#: The verbs, as a regex alternation (told without "I" too: "been waitressing at Rosie's", :mod:`.segment`).
TRADE_ING = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in _JOBS), key=len, reverse=True))
#: A time of one occasion: the trade done once, no job ("bartending tonight", "babysitting on Saturday").
_ONCE = lazy(r"\b(?:tonight|today|tomorrow|later|this\s+(?:morning|afternoon|evening|weekend|(?:mon|tues|wednes|thurs|fri|"
             r"satur|sun)day)|(?:on|next|this)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week(?:end)?)|"
             r"wedding|party|birthday|event)\b", re.I)
#: What may follow the verb: its place or employer, how long or how often, the end of the clause; not whom it is done
#: for among one's own ("babysitting my nephew", "tutoring him in math").
_AFTER = lazy(r"^(?:[\s,.!;:]*$|\s+(?:at|for|in|on|since|downtown|again|now|these\s+days|nowadays|full|part|nights|"
              r"weekends|evenings|while|to\s+(?:pay|make|get|cover|save))\b|\s*,)", re.I)
#: An employer named after "at" or "for": a capitalized name ("Kelly's", "the Olive Garden", "the Kims"), said after its
#: kind too ("a brewpub called Hop Yard").
_EMPLOYER = lazy(r"^(?:\s+(?:full|part)[\s-]time)?\s+(?:at|for)\s+(?P<o>(?:(?:a|an|this)\s+(?:[\w'-]+\s+){1,3}?(?:called|named)\s+)?"
                 r"(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3})", re.I)


def _r_trade(m: re.Match[str], c: Clause) -> bool:
    rest = m.group("rest")
    if c.negated or _ONCE.search(rest) or not _AFTER.match(rest):
        return False
    c.add("jobTitle", _JOBS[re.sub(r"\s+", " ", m.group("v").lower())], 0.7)
    employer = _EMPLOYER.match(rest)
    if employer is not None and employer.group("o"):
        name = clean_object(employer.group("o"), "place")
        if name:  # "at Kelly's", "for the Kims", "for Kumon" (as "I tutor for Kumon": :mod:`.gig_work`)
            c.add("worksFor", Entity(name, "Organization"), 0.7)
    return True


#: The entry of the verb table: "(I've) been waitressing at Kelly's", "(I'm) bartending at a place downtown", "(she)
#: nannies ..." is no such form; "(I) was waiting tables" is past, and no job now.
TRADE_VERBS: tuple[str, Rule] = (
    rf"^(?:(?:am|is|are|have\s+been|has\s+been|been)\s+)(?:(?:still|also|now|currently|just|mostly)\s+)*"
    rf"(?P<v>{TRADE_ING})\b(?P<rest>.*)", _r_trade)

#: "i work retail", "i work fast food", "i work in construction" (not "in construction at Bechtel": the employer's rule
#: reads that): the worker of the trade.
TRADE_WORKED: tuple[str, Rule] = (
    r"^(?:work|works)\s+(?:(?:full|part)[\s-]time\s+)?(?:in\s+)?(?P<o>retail|construction|fast\s+food|daycare|childcare)\s*"
    r"(?:[.!,;]|$|(?:and|but|so|now|to|during|every|since|because|(?:part|full)[\s-]time)\b)", r_work_trade)
