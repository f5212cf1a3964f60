"""Whether a name set after a relative can be that relative's, or is said to someone: "my brother, Ben" names the
brother, but "This is my brother, Mrs. Petrov." and "I have a grandson, Mrs. Brown." speak to Mrs. Petrov and Mrs. Brown.

A title of the other sex than the relative's word ("Mrs.", "Ms.", "Miss" after "brother", "son", "grandson",
"husband"; "Mr." after "sister", "wife", "aunt") is no name of that relative: it calls the one spoken to. A first name
says nothing here: many are given to both sexes ("my girlfriend, Jess", "my sister, Sam").

>>> called_not_named("brother", "Mrs. Petrov"), called_not_named("grandson", "Mrs"), called_not_named("brother", "Ben")
(True, True, False)
>>> called_not_named("cousin", "Mrs. Lee"), called_not_named("girlfriend", "Jess"), called_not_named("wife", "Mr")
(False, False, True)
"""

from __future__ import annotations

import re

from ..framework import lazy
from ..pronouns import FEMALE, MALE, gender_of_noun

__all__ = ["called_not_named"]

#: The title before a surname that tells the sex ("Mrs. Petrov", "Mr Brown").
_TITLE_SEX = lazy(r"^(?:(?P<m>Mr)|(?P<f>Mrs|Ms|Miss))\b\.?", re.I)


def called_not_named(noun: str, name: str) -> bool:
    """Whether ``name``, set after the relative ``noun`` ("my brother, Mrs. Petrov"), bears a title of the other sex
    than the relative: then it calls someone, it does not name the relative."""
    relative = gender_of_noun(noun.split()[-1]) if noun.strip() else None
    titled = _TITLE_SEX.match(name.strip())
    if relative is None or titled is None:
        return False
    return (MALE if titled.group("m") else FEMALE) != relative
