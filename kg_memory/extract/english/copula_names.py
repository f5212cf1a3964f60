"""The name after "I am" / "I'm" ("I'm Sam.", "I am Sam from Chicago"), read by :mod:`.identity` from what follows the
copula: a name alone, or a name and a capitalised home town; a department of a workplace after "from" ("I'm Dana
from Accounts", "I'm Lou from HR") is where the speaker works in the building, no home town, and a department alone
("Me. I'm HR, payroll and the fire warden.") is what the speaker does there, no name. Said by "we" ("We are Bings!", "We're Hendersons, we
don't quit.") it is a family or a team the speaker belongs to, no name of the speaker's.

>>> from types import SimpleNamespace as NS
>>> copula_name("Sam.", NS(sentence="I'm Sam.")).group("n"), copula_name("Sam from Chicago", NS(sentence="I am Sam from Chicago")).group("o")
('Sam', 'Chicago')
>>> copula_name("Lou from HR.", NS(sentence="I'm Lou from HR.")).groupdict()
{'n': 'Lou'}
>>> copula_name("HR, payroll and the fire warden.", NS(sentence="I'm HR, payroll and the fire warden."))
>>> copula_name("Hendersons!", NS(sentence="We are Hendersons!")), copula_name("Pickers.", NS(sentence="Come on, we're Pickers."))
(None, None)
"""

from __future__ import annotations

import re
from typing import Any

from ..framework import lazy
from .lexicon import DEPARTMENTS, NAME

__all__ = ["copula_name"]

_NAME_ALONE = lazy(rf"^(?P<n>{NAME})\s*(?:[.!,]|$)")
#: "(I am) Sam from Chicago": a name and a capitalised home town
_NAME_FROM = lazy(rf"^(?P<n>{NAME})\s+from\s+(?P<o>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})\s*(?:[.!,]|$)")

#: "(I am) Lou from HR": a name and the department the speaker comes from
_NAME_OF_DEPARTMENT = lazy(rf"^(?P<n>{NAME})\s+from\s+")


def copula_name(rest: str, c: Any) -> re.Match[str] | None:
    """The name said in ``rest`` (what follows "am" / "are" in ``c.sentence``), unless "we" said it."""
    name = _NAME_ALONE.match(rest) or _NAME_FROM.match(rest)
    if name is not None and "o" in name.groupdict() and name.group("o").lower() in DEPARTMENTS:
        name = _NAME_OF_DEPARTMENT.match(rest)  # "I'm Lou from HR": the name only
    if name is None or name.group("n").lower() in DEPARTMENTS:
        return None  # "I'm HR": the department one is, no name
    said_by_us = re.search(r"\bwe(?:'re|\s+are|\s+were)\s+" + re.escape(name.group("n")) + r"\b", c.sentence, re.I)
    return None if said_by_us else name
