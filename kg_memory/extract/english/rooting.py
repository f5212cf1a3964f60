"""A team, club or side one supports by name is liked: "I support Arsenal", "we root for the Yankees", "i cheer for
the Packers" (as "I'm an Arsenal fan"); not what is supported without a name ("I support my
family", "I support the idea"), nor denied."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule

__all__ = ["ROOTING"]


def _r_rooting(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("likes", Entity(m.group("o"), "Thing"), 0.7)
    return True


#: The entry of the verb table: "(i) support Arsenal", "(we) root for the Yankees"
ROOTING: tuple[str, Rule] = (
    r"^(?:support|supports|supporting|root\s+for|roots\s+for|rooting\s+for|cheer\s+for|cheers\s+for|cheering\s+for)\s+"
    r"(?:the\s+)?(?P<o>(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){0,2})",
    _r_rooting,
)
