"""A condition of health one lives with, said with a verb of bearing it: "i suffer from migraines", "i struggle with
anxiety", "i have been battling fibromyalgia for years", "she lives with epilepsy" give the ``trait`` (as "I have
migraines" does). What may be borne is one of the conditions :data:`CONDITION` names, the pattern "I have ..." reads
too (:mod:`.possessions`; "a mild case of ocd" included): "i struggle with math", "i live with my parents" give none,
and neither does a denial ("i do not suffer from anxiety"). :data:`HEALTH_RULES` adds the surgeries one is
recovering from or just had (:mod:`.surgeries`) for the verb table.

>>> import re
>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "i suffer from a mild case of fibromyalgia")
>>> clause = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
>>> pattern, rule = SUFFERED
>>> rule(re.match(pattern, "suffer from a mild case of fibromyalgia"), clause)
True
>>> [(p, o) for _, p, o, *_ in clause.out]
[('trait', 'fibromyalgia')]
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule, lazy
from .surgeries import SURGERY_RULES

__all__ = ["CONDITION", "HEALTH_RULES", "SUFFERED"]

#: A condition of health, after what one "has": "a bad back", "type 1 diabetes", "a mild case of ocd" (not "a gout
#: medication", "an asthma walk")
CONDITION = lazy(r"^(?:(?:a|an|bad|severe|mild|chronic|terrible|slight|little|bit\s+of|case\s+of|type\s+(?:1|2|one|two|i|ii))\s+)*(?P<t>stutter|lisp|limp|adhd|add|ocd|ptsd|anxiety|depression|diabetes|cancer|asthma|autism|epilepsy|arthritis|allergies|bipolar|migraines|insomnia|dyslexia|celiac|disability|disabilities|scoliosis|lupus|ms|multiple\s+sclerosis|fibromyalgia|hearing\s+loss|food\s+allergies|heart\s+condition|heart\s+disease|back\s+problems|back\s+pain|bad\s+back|condition|"
                 r"dementia|(?:alzheimer|parkinson|crohn)(?:['’]?s)?(?:\s+disease)?|hypertension|high\s+blood\s+pressure|"
                 r"high\s+cholesterol|gout|eczema|psoriasis|endometriosis|pcos|ibs|sleep\s+apnea)\b"
                 r"(?!\s+(?:meds?|medications?|medicines?|pills?|kits?|tests?|appointments?|doctors?|clinics?|"
                 r"specialists?|walk|fundraiser|awareness|charity|research)\b)", re.I)
#: words that are conditions only after "have" or "suffer from": "i struggle with add-ons", "she lives with ms jones"
_NOT_BORNE_WITH = lazy(r"^(?:(?:a|an)\s+)?(?:add|ms|limp|condition|disability|disabilities)\b", re.I)


#: a past form with no "have" before it: "suffered from", "dealt with" (over and done)
_PAST_ONLY = lazy(r"^(?:(?:also|still|really|sometimes|often|constantly|always)\s+)*(?:suffered|struggled|battled|lived|dealt)\b", re.I)


def _r_suffered(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    said = m.group("o")
    if m.group("with") and _NOT_BORNE_WITH.match(said):
        return False
    if _PAST_ONLY.match(m.group(0)):
        return False
    condition = CONDITION.match(said)
    if condition is None:
        return False
    c.add("trait", condition.group("t").lower(), 0.75)
    return True


#: The entry of the verb table: "(I) suffer from ...", "(she) has been battling ...", "(I) struggle with ...", "(I) have
#: always suffered from ..."; not the past alone ("i dealt with cancer in my twenties": over)
SUFFERED: tuple[str, Rule] = (
    r"^(?:(?:also|still|really|sometimes|often|constantly|always)\s+)*"
    r"(?:(?:have|has)\s+(?:(?:always|long|also)\s+)*(?=suffered|struggled|battled|lived|dealt|been\b)(?:been\s+)?)?"
    r"(?:suffer(?:s|ed|ing)?\s+from|(?P<with>(?:(?:struggl|battl|liv)(?:e|es|ed|ing)|deal(?:s|t|ing)?)\s+with|battl(?:e|es|ed|ing)))"
    r"\s+(?P<o>.+)", _r_suffered)

#: The health entries of the verb table: conditions borne, surgeries recovering from or just had.
HEALTH_RULES: list[tuple[str, Rule]] = [SUFFERED, *SURGERY_RULES]
