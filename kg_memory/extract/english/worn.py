"""What one wears for good is a look: "i wear glasses", "i have to wear thick glasses", "still wearing braces", "i wear
contacts" and "she wears a hearing aid" give the ``trait`` (as "i have glasses"); clothes worn ("i wear a suit to
work", "i wear sunglasses"), a denial ("i do not wear glasses") and a wish give nothing.

It reads the verb phrase after the subject, as an entry of the verb table of :mod:`.tables`.

>>> import re
>>> re.match(WEARING[0], "have to wear reading glasses", re.I).group("o")
'reading glasses'
>>> re.match(WEARING[0], "wear a suit to work", re.I) is None
True
"""

from __future__ import annotations

import re

from ..framework import Clause, Rule, lazy

__all__ = ["WEARING"]

#: What is worn for good, with the words that may come before it ("thick glasses", "a hearing aid")
_AIDS = (r"(?:(?:very|really|super|pretty|thick|big|huge|small|little|round|reading|prescription|bifocal|nerdy|dorky|dark|black|red|pink|purple|"
         r"blue|clear|metal|coke\s+bottle)\s+)*(?:glasses|eyeglasses|contacts|contact\s+lenses|braces|retainer|hearing\s+aids?|"
         r"dentures|eye\s+patch|prosthetic\s+(?:leg|arm))")
_INTENSIFIED = lazy(r"^(?:(?:very|really|super|pretty)\s+)+")


def _r_wearing(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("trait", _INTENSIFIED.sub("", m.group("o").lower()), 0.7)  # "very big glasses": big glasses
    return True


#: The entry of the verb table: "(i) wear glasses", "(i) have to wear braces", "(i am) still wearing braces"
WEARING: tuple[str, Rule] = (
    r"^(?:(?:have|has)\s+to\s+|(?:am|is|are)\s+|(?:still|also|always|now|even)\s+)*(?:wear|wears|wearing)\s+"
    rf"(?:an?\s+)?(?P<o>{_AIDS})\b(?!\s+(?:case|store|shop|frames?)\b)", _r_wearing)
