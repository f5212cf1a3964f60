"""Where one stands in school: finished ("I graduated in 2016", "I'm a college graduate") or left ("I dropped out of
college", "I quit high school", "a high school dropout") gives ``educationStatus`` "graduated" or "dropped out", one
value at a time (a later one closes the earlier). A school named with the finish ("graduated from Yale") is read by
:mod:`.degree_with`, which :func:`with_status` wraps to add the status. The verb and copula tables read statements
only, and pass a denial ("I never graduated") on as negated: it tells nothing.

>>> from kg_memory.extract.rules import RuleExtractor
>>> from kg_memory.types import Turn
>>> def status(text):
...     return [(f.predicate, f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])]
>>> status("I dropped out of college last year."), status("i just graduated !"), status("Did you graduate?")
([('educationStatus', 'dropped out')], [('educationStatus', 'graduated')], [])
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule

__all__ = ["DONE", "DROPPED", "STANDING", "with_status"]

#: A school left or finished ("(dropped out of) college", "(quit) high school"), not a race, a band or a class.
_SCHOOL = (r"(?:(?:my|the)\s+)?(?:school|high\s*school|college|uni|university|grad(?:uate)?\s+school|law\s+school|"
           r"med(?:ical)?\s+school|nursing\s+school|community\s+college|my\s+(?:ph\.?d\.?|master'?s|degree|program))")
#: What may follow the finish or the leaving: a time, a reason, a standing ("(graduated) last year", "early",
#: "in 2016", "with honors", "to work", "because ...", "and ...", "lol").
_TAIL = (r"(?:\s*,?\s+(?:early|recently|already|last\s+\w+|this\s+\w+|in\s+\d{4}|back\s+in\s+\d{4}|"
         r"(?:a\s+)?(?:\w+\s+)?(?:few\s+|couple\s+(?:of\s+)?)?(?:years?|months?|weeks?)\s+ago|with\s+honou?rs|"
         r"top\s+of\s+(?:my|his|her|the)\s+class|from\s+" + _SCHOOL + r"|(?:to|because|when|after|so|and)\s+.*|lol|haha+|yay))*"
         r"\s*[.!,]*$")


def _finished(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("educationStatus", "graduated", 0.7)
    return True


def _left(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("educationStatus", "dropped out", 0.7 if m.group("o") or m.group("q") else 0.6)  # "i dropped out": of school, most likely
    return True


def _standing(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("educationStatus", "dropped out" if m.group("s").lower().startswith("drop") else "graduated", 0.7)
    return True


#: A grade or an early school finished ("(graduated) fourth grade", "middle school"): no standing in school told.
_EARLY = re.compile(r"\b(?:grade|kindergarten|pre-?school|pre-?k|middle\s+school|elementary|junior\s+high)\b", re.I)


def with_status(rule: Rule) -> Rule:
    """``rule`` (a school finished: "graduated from Yale"), adding the status when it reads a past finish."""
    def read(m: re.Match[str], c: Clause) -> bool:
        if not rule(m, c):
            return False
        if m.group("v").lower() == "graduated" and not c.negated and not _EARLY.search(m.group("o")):
            c.add("educationStatus", "graduated", 0.7)
        return True
    return read


#: The verb table's entries: "(i) graduated (last year)" with no school, "(i) dropped out (of college)", "(i) decided
#: to drop out", "(i) quit high school".
DONE: tuple[str, Rule] = (r"^(?:just\s+|finally\s+|only\s+just\s+|recently\s+)?graduated" + _TAIL, _finished)
DROPPED: tuple[str, Rule] = (
    r"^(?:(?:just|finally|eventually)\s+)?(?:(?:had\s+to|decided\s+to|chose\s+to|ended\s+up)\s+)?"
    r"(?:(?:dropp(?:ed|ing)|drop)\s+out(?:\s+of\s+(?P<o>" + _SCHOOL + r"))?|quit\s+(?P<q>" + _SCHOOL + r"))" + _TAIL, _left)
#: "(i'm) a college graduate", "(i am) a recent grad", "(i'm) a high school dropout" (not "a graduate student", who is
#: studying): read after the copula rule, which reads none of them.
STANDING: tuple[str, Rule] = (
    r"^(?:am|is|are|was|were)\s+an?\s+(?:(?:recent|proud|new)\s+)?(?:(?:college|high\s*school|university|uni|law\s+school|nursing\s+school)\s+)?"
    r"(?P<s>graduate|grad|dropout|drop-out)" + _TAIL, _standing)
