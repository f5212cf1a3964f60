"""The speaker's siblings, told by the speaker's place among the children of the family: "i'm the youngest of four",
"i am the oldest of 3 brothers", "i'm one of five sisters", "as the eldest of four siblings , i ...", "i am the baby of
4 kids" (``sibling``: "Ann's siblings", or "Ann's sisters" / "Ann's brothers" when the children are named so).

It reads one stated part of a sentence of the speaker's (see :func:`.relations.scan_relations`, which calls it). A
count of two or more is needed, and a family word ("siblings", "sisters", "kids", "children") after it; the count
alone only after youngest, oldest, eldest, middle or baby ("the youngest of four"). Not "one of five finalists", "the
oldest of the group", "if i were the oldest of three", nor someone else ("she is the youngest of four").

>>> siblings_by_order("i am the youngest of four"), siblings_by_order("i'm one of five sisters .")
('siblings', 'sisters')
>>> siblings_by_order("as the eldest of 3 kids , i babysat a lot"), siblings_by_order("she is the youngest of four")
('siblings', None)
>>> siblings_by_order("i am one of five finalists"), siblings_by_order("i am the oldest of the group")
(None, None)
"""

from __future__ import annotations

import re

from ...types import Turn
from ..framework import lazy
from ..pronouns import Discourse
from .mentions import TurnState
from .objects import owned_entity

__all__ = ["scan_birth_order", "siblings_by_order"]

_COUNT = r"(?:[2-9]|1[0-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ORDER = lazy(
    r"(?:^|\b(?P<i>i\s+(?:am|was)|i'm|im|as)\s+)(?:(?:actually|also|just|only|the)\s+)*"
    r"(?P<w>youngest|oldest|eldest|middle|baby|one)(?:\s+(?:child|kid|one))?\s+of\s+(?:the\s+)?"
    rf"{_COUNT}(?:\s+(?P<k>siblings|sisters|brothers|kids|children|girls|boys)\b|(?=\s*(?:[.!,;]|$|\s+(?:and|but|so|lol)\b)))",
    re.I)
#: a case, a wish, a negation or another person before it: nothing said of the speaker's family
_NOT_SAID = lazy(r"\b(?:if|wish|would|were|not|never)\b|n't\b|\?", re.I)
_KIND = {"sisters": "sisters", "brothers": "brothers", "girls": "sisters", "boys": "brothers"}


def siblings_by_order(part: str) -> str | None:
    """The noun of the speaker's siblings ``part`` tells by birth order ("siblings", "sisters", "brothers"), or
    ``None`` (module docstring)."""
    low = part.lower()
    if " of " not in low:
        return None
    m = _ORDER.search(low)
    if m is None or (m.group("k") is None and m.group("w") == "one") or _NOT_SAID.search(low[:m.start()]):
        return None
    if m.group("i") is None and m.group("w") in ("one", "middle", "baby") and not low.startswith("the "):
        return None  # "oldest of 5 !" typed alone is the speaker; "one of five sisters" with no "i am" is anyone
    return _KIND.get(m.group("k") or "", "siblings")


def scan_birth_order(part: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the speaker's siblings that ``part`` tells by the speaker's place among them (module docstring)."""
    noun = siblings_by_order(part)
    if noun is not None:
        speaker = discourse.speaker(turn)
        state.collect([(speaker, "sibling", owned_entity(speaker, noun, "Person", None), 0.7, None)])
