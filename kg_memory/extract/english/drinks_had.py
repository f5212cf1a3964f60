"""English rules about a drink had as a habit: "i have a cup of chai every night", "i have coffee daily", "i have a
beer after work" (said with how often or when), and "i am a big coffee drinker", "a huge tea drinker" give the
``habit`` of drinking it ("drink chai", as "i drink coffee every morning" gives "drink coffee").

:data:`DRINK_HABIT_RULES` read the verb phrase after a subject (spliced into the verb table of :mod:`.tables` by
:mod:`.habits`, before the copula's job titles: a coffee drinker is no job). Only drinks count (not "i have a meeting
every morning", "a heavy drinker"); a drink had once ("i am having a beer", "i had a coffee this morning") is no habit,
and a negated clause gives nothing.

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause, compile_rules
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "x")
>>> table = compile_rules(DRINK_HABIT_RULES, re.I)
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence="x", discourse=Discourse([turn]))
>>> table.apply("have a cup of chai tea every night", c), table.apply("am a big coffee drinker", c)
(True, True)
>>> [(p, o.label) for _, p, o, _, _ in c.out]
[('habit', 'drink chai tea'), ('habit', 'drink coffee')]
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule

__all__ = ["DRINK_HABIT_RULES"]

_DRINK = (r"(?:(?:black|green|iced|hot|herbal|chai|sweet|red|white|diet|cold|strong|decaf|irish|french\s+vanilla|"
          r"oat\s+milk|chocolate|protein)\s+)?(?:coffee|tea|chai|latte|espresso|cappuccino|beer|wine|whiskey|whisky|"
          r"scotch|bourbon|soda|pop|coke|pepsi|milk|juice|lemonade|water|smoothie|kombucha|cocoa|hot\s+chocolate|"
          r"milkshake|shake|cider|sake|tequila|vodka|rum|gin|martini|margarita|mocha|matcha)s?")
#: how often or when: "every night", "daily", "after work", "before bed", "with breakfast"
_WHEN = (r"(?:(?:every|each)\s+(?:single\s+)?(?:morning|night|evening|day|afternoon|weekend|week)|daily|nightly|"
         r"(?:at|each)\s+night|in\s+the\s+(?:morning|evening)s?|(?:after|before)\s+(?:work|bed|dinner|lunch|my\s+shift)|"
         r"with\s+(?:breakfast|lunch|dinner|every\s+meal)|(?:a|per)\s+day|\d+\s+times\s+a\s+day)")
_MEASURE = r"(?:(?:a|one|two|three|\d+|my|some)\s+(?:(?:big|small|hot|cold|nice|tall|large)\s+)?" \
           r"(?:cups?|glass(?:es)?|mugs?|bottles?|cans?|pints?|shots?)\s+of\s+|(?:a|an|my|some)\s+)?"
#: "(i) have a cup of chai every night", "(i) have coffee daily", "(i) always have a beer after work"
DRINK_HAD = (rf"^(?:(?:always|usually|still|also|often|normally|typically)\s+)?(?:have|has|drink|drinks)\s+{_MEASURE}"
             rf"(?P<d>{_DRINK})\s+(?:(?:at\s+least|about|like)\s+)?(?:{_WHEN})\b")
#: "(i) am a big coffee drinker", "(she) is a huge tea drinker" (not "a heavy drinker": no drink named)
DRINKER = (rf"^(?:am|is|are)\s+(?:(?:also|still|really|definitely|such)\s+)*(?:an?\s+)?(?:(?:big|huge|heavy|avid|daily|"
           rf"serious|major|massive|regular|real|total)\s+)?(?P<d>{_DRINK})\s+drinkers?\b")


def r_drink_habit(m: re.Match[str], c: Clause) -> bool:
    """The habit of drinking the drink named."""
    if c.negated or c.subject.type != "Person":
        return False
    c.add("habit", Entity(f"drink {' '.join(m.group('d').lower().split())}", "Thing"), 0.7)
    return True


DRINK_HABIT_RULES: list[tuple[str, Rule]] = [(DRINKER, r_drink_habit), (DRINK_HAD, r_drink_habit)]
