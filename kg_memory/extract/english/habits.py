"""English rules about a habit named as one: "i have a bad habit of biting my nails", "she is in the habit of
running at dawn".

:data:`HABIT_RULES` reads the verb phrase after a subject and is spliced into the verb table of :mod:`.tables` before
the rule of things had ("have a habit of ..." is no thing owned). A negated clause gives nothing ("i do not have a
habit of lying"), and neither does a habit with no doing named ("i have a habit of it").

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause, compile_rules
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "x")
>>> table = compile_rules(HABIT_RULES, re.I)
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence="x", discourse=Discourse([turn]))
>>> table.apply("have a bad habit of smoking a pipe", c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('habit', 'smoking a pipe')])
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule
from .drinks_had import DRINK_HABIT_RULES
from .objects import clean_object

__all__ = ["HABIT_RULES", "SMOKER_RULES", "r_habit_of", "r_smokes"]

#: "(i) have a bad habit of smoking", "got into the habit of running", "am in the habit of journaling"
HABIT_OF = (r"^(?:(?:have|has|had\s+got|have\s+got|has\s+got)\s+(?:a|this|one)|(?:am|is|are|got|get|gotten)\s+(?:in|into)\s+the)\s+"
            r"(?:(?:bad|terrible|awful|nasty|weird|strange|funny|good|healthy|annoying|horrible|little)\s+)?habit\s+of\s+"
            r"(?P<o>[a-z]+ing\b.*)")


def r_habit_of(m: re.Match[str], c: Clause) -> bool:
    """"i have a bad habit of smoking a pipe": smoking a pipe is a habit of the subject."""
    if c.negated or c.subject.type != "Person":
        return False
    habit = clean_object(m.group("o"), "activity")
    if not habit:
        return False
    c.add("habit", Entity(habit, "Thing"), 0.7)
    return True


#: "(i) smoke", "still smoke a pack a day", "vape", "am a heavy smoker": smoking (or vaping) is a habit; "i don't smoke
#: anymore" is then its ending. Not "smoke weed", "smoke salmon" (another thing smoked).
SMOKES = (r"^(?:(?:still|also|only|occasionally|sometimes|actually)\s+)*(?P<v>smoke|smokes|vape|vapes)"
          r"(?:\s+(?:cigarettes|cigars|a\s+pipe|(?:about\s+|almost\s+)?(?:a|half\s+a|one|two)\s+packs?\s+a\s+day|a\s+lot|"
          r"heavily|occasionally|socially|sometimes|every\s+day|daily|too\s+much|now|still))*\s*[.!]?$")
#: "(i) am a heavy smoker": read before the copula's job titles (a smoker is no job).
SMOKER = r"^(?:am|is|are)\s+(?:(?:still|also|a|an)\s+)*(?:(?:heavy|chain|social|regular|light|occasional)\s+)?smoker\s*[.!]?$"


def r_smokes(m: re.Match[str], c: Clause) -> bool:
    """"i smoke", "i'm a heavy smoker": the habit of smoking (of vaping, for "vape")."""
    if c.negated or c.subject.type != "Person":
        return False
    c.add("habit", Entity("vaping" if (m.groupdict().get("v") or "").startswith("vape") else "smoking", "Thing"), 0.7)
    return True


HABIT_RULES: list[tuple[str, Rule]] = [(HABIT_OF, r_habit_of), (SMOKES, r_smokes)]
SMOKER_RULES: list[tuple[str, Rule]] = [(SMOKER, r_smokes), *DRINK_HABIT_RULES]  # "i am a big coffee drinker" too
