"""Whether "X is in Phoenix ..." tells a stay, not a home: "Denise is in Phoenix at her sister's", "he's in Chicago for
a conference", "Tom is in Denver visiting his mom", "she's in Rome on vacation" tell a visit; "she's in Phoenix" alone,
or "this week" (tests/extract/test_en_in_surgery.py), is read (weakly) as where she lives, as before. Reads the words
after "in" (``o`` of the "am in" rule of :mod:`.identity`) and the place already cleaned from them.

>>> def show(found): return found[0], found[1].label
>>> show(stay_or_home("Phoenix at her sister's", "Phoenix")), show(stay_or_home("Denver visiting his mom", "Denver visiting"))
(('visited', 'Phoenix'), ('visited', 'Denver'))
>>> show(stay_or_home("upstate New York", "upstate New York"))
('livesIn', 'upstate New York')
"""

from __future__ import annotations

from ...types import Entity
from ..framework import lazy

__all__ = ["stay_or_home"]

#: What follows the place of a stay: at someone's ("at her sister's", "at Grandma's"), for a while or an errand ("for
#: a conference", "for work", "for the week"), "visiting ...", "on vacation", "until Sunday".
_STAY_AFTER = lazy(r"\s+(?:at\s+(?:my|his|her|their|our|your|[A-Z][a-z]+)(?:\s+[a-z]+)?'s\b|at\s+[A-Z][a-z]+'s\b|"
                   r"for\s+(?:an?|the|work|business|school|his|her|their|my)\b|visiting\b|"
                   r"on\s+(?:vacation|holiday|business|a\s+trip|tour)\b|(?:until|till)\s+\w)")


def stay_or_home(words: str, place: str) -> tuple[str, Entity]:
    """``("visited", place)`` when ``words`` go on after the place as a stay does (module docstring), the place cut
    there; ``("livesIn", place)`` otherwise."""
    m = _STAY_AFTER.search(words)
    if m is None:
        return "livesIn", Entity(place, "Place")
    head = words[:m.start()].strip()
    return "visited", Entity(place if place == head or not head or not place.startswith(head) else head, "Place")
