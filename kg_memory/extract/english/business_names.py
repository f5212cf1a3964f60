"""The name a business is given after its kind: "(I run) a small bookstore called Page Turners", "(we own) a food truck
named Taco Loco": the business is Page Turners, not "small bookstore"."""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["business_name"]

#: ", called Page Turners", "named The Daily Grind": capitalised words (up to four, "&" and "'s" within).
_CALLED = lazy(r"\s*,?\s+(?:called|named)\s+(?P<n>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:&\s+|(?:and|of)\s+(?:the\s+)?)?"
               r"(?-i:[A-Z])[\w'’&.-]*){0,3})", re.I)


def business_name(text: str, end: int, kind: str) -> str:
    """The name said in ``text`` at ``end`` after a business's ``kind`` ("bookstore called Page Turners"), else ``kind``.

    >>> business_name("a bookstore called Page Turners in Tulsa", 11, "bookstore")
    'Page Turners'
    >>> business_name("a bookstore in Tulsa", 11, "bookstore"), business_name("a cafe called it quits", 6, "cafe")
    ('bookstore', 'cafe')
    """
    m = _CALLED.match(text, end)
    return m.group("n").rstrip(".") if m else kind
