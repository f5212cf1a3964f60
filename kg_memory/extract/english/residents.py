"""A doctor in training said as a resident: "Raj is a resident at the hospital", "I'm a second-year surgical resident at
Mercy General", "she's a pediatrics resident" give the job (resident) and, where one is named, the hospital as
employer; a resident of a place or of a home one lives in ("a resident of Ohio", "Grandma is a resident at Maple
Grove") gives no job."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .objects import clean_object
from .places import add_employer_place

__all__ = ["MEDICAL_RESIDENT"]

#: A field of medicine or a year of training said before "resident": a doctor's residency whatever the place
_FIELD = (r"(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[\s-]year|chief|senior|junior|surgical|surgery|"
          r"medical|medicine|pediatric|pediatrics|paediatric|psychiatry|psychiatric|radiology|anesthesia|anesthesiology|"
          r"dermatology|neurology|neurosurgery|neurosurgical|orthopedic|orthopaedic|ortho|emergency|er|ob-?gyn|family|"
          r"internal|cardiology|oncology|urology|pathology|dental|pharmacy|veterinary|vet|ent|icu)")
#: A place that is a hospital by its name: "the hospital", "Mercy General", "St. Luke's Medical Center"
_HOSPITAL = lazy(r"\b(?:hospitals?|medical|clinic|infirmary|general|memorial|health|healthcare|mayo|kaiser|sinai|"
                 r"presbyterian|children's|er|icu)\b", re.I)


def _r_resident(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    at = m.group("o")
    fields = (m.group("f") or "").split()
    medical = bool(fields) or m.group("in") is not None or (at is not None and _HOSPITAL.search(at) is not None)
    if not medical:
        return False  # "a resident at Maple Grove": one who lives there, maybe
    c.add("jobTitle", "resident", 0.75)
    org = clean_object(at, "place") if at else None
    if org:
        c.add("worksFor", Entity(org, "Organization"), 0.7)
        add_employer_place(m.string[m.start("o"):], org, c)  # "(at) Johns Hopkins in Baltimore"
    return True


#: The entry of the verb table: "(Raj) is a resident at the hospital", "(I'm) a third-year resident in pediatrics"
MEDICAL_RESIDENT: tuple[str, Rule] = (
    r"^(?:am|is|are|was)\s+(?:(?:now|still|currently|just|also)\s+)*(?:an?|the)\s+"
    rf"(?P<f>(?:{_FIELD}\s+)*)(?:medicine\s+)?resident(?:\s+(?:physician|doctor))?"
    r"(?:\s+(?P<in>in\s+(?!(?-i:[A-Z]))[a-z-]+(?:\s+medicine)?))?"
    r"(?:\s+at\s+(?P<o>(?:the\s+)?(?!home\b)[\w&'.-]+(?:\s+[\w&'.-]+){0,4}?))?"
    r"(?=\s*$|\s*[.,!;?]|\s+(?:and|but|so|now|in|who|working|there)\b)",
    _r_resident,
)
