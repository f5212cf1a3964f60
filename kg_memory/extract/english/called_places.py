"""A place said by its kind and then its name: "a brewpub called Hop Yard", "a little bakery named Sweet Crumbs",
"this bar called The Anchor in Reno" is the place named (Hop Yard, Sweet Crumbs, The Anchor), not "bakery called Sweet
Crumbs"; a person said so ("a guy named Tom") is no place."""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["named_place"]

#: The kind (lower case, up to four words) and the name after "called" / "named"; what follows the name is kept
_CALLED = lazy(r"^(?:(?:a|an|the|this|that|my|our|his|her|their)\s+)?(?P<kind>(?:(?-i:[a-z])[\w'&-]*\s+){1,4}?)"
               r"(?:called|named)\s+(?P<n>(?-i:(?:The\s+)?[A-Z0-9][\w'’&.-]*(?:\s+(?:of\s+|&\s+|and\s+|on\s+the\s+)?"
               r"[A-Z0-9][\w'’&.-]*){0,3}))", re.I)
#: Kinds that are people or animals, not places ("a guy named Tom", "a dog called Rex")
_PEOPLE = lazy(r"\b(?:guy|man|woman|lady|girl|boy|person|people|friend|dude|kid|child|baby|doctor|teacher|boss|lawyer|"
               r"dog|cat|puppy|kitten|horse|pet|someone|somebody|family|couple|gentleman|fellow|chap)s?\s*$", re.I)


def named_place(text: str) -> str:
    """``text`` with a place said by its kind and name reduced to the name, and what follows it.

    >>> named_place("a brewpub called Hop Yard in Tulsa"), named_place("a guy named Tom"), named_place("Google")
    ('Hop Yard in Tulsa', 'a guy named Tom', 'Google')
    """
    m = _CALLED.match(text)
    if m is None or _PEOPLE.search(m.group("kind")):
        return text
    return text[m.start("n"):]
