"""Whom "his" or "her" means after the speaker says whom they came to fetch: "Hi, I'm here for Tobiah. I'm his
stepdad." - the one collected (Tobiah) is the one whose stepdad the speaker is, not a man named turns before.

Someone arriving at a lesson, a school or a desk says whom they came for ("I'm here for X", "I'm here to pick up X",
"I came to get X", "I'm picking up X") and then how they are related ("I'm his uncle", "I'm her mom"). The name is
read in the same turn, before the sentence with the pronoun: one capitalised word (or two), no title, not a thing
("I'm here for Room 4" has a digit after it; "here for Lane 2" too).

>>> came_for("Hi, sorry, I'm here for Tobiah. I'm his stepdad.").label
'Tobiah'
>>> came_for("I'm here to pick up Noor. I'm her aunt.").label
'Noor'
>>> came_for("I'm his stepdad. I'm here for Tobiah.") is None
True
>>> came_for("I'm here for Room 4. I'm his dad.") is None
True
"""

from __future__ import annotations

from ...types import Entity
from ..framework import lazy

__all__ = ["came_for"]

#: "I'm here for Tobiah", "I am here to pick up Noor", "I came to get Ari", "we're picking up Lu": the one fetched.
_FETCHED = lazy(
    r"\b(?i:(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are)\s+(?:just\s+)?(?:here\s+(?:for|to\s+(?:pick\s+up|get|collect|fetch|see))"
    r"|picking\s+up|collecting)|(?:i|we)\s+came\s+(?:for|to\s+(?:pick\s+up|get|collect|fetch)))\s+"
    r"(?P<n>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)(?![\w'’-]|\s+\d)"
)
_HIS_HER = lazy(r"(?<![\w'’])(?i:his|her)(?![\w'’])")
#: Words that are no one fetched ("here for Christmas", "here for Monday").
_NOT_PEOPLE = frozenset("christmas easter thanksgiving monday tuesday wednesday thursday friday saturday sunday "
                        "the a an my your his her our their".split())


def came_for(text: str) -> Entity | None:
    """The person the speaker of ``text`` (a turn) says they came to fetch before any "his"/"her" of ``text``, if one
    is named so; else ``None``."""
    pronoun = _HIS_HER.search(text)
    if pronoun is None:
        return None
    found = [m.group("n") for m in _FETCHED.finditer(text, 0, pronoun.start())]
    if len(found) != 1 or found[0].split()[0].lower() in _NOT_PEOPLE:
        return None
    return Entity(found[0], "Person")
