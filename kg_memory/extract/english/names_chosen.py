"""A name being chosen for someone or something, and "I love X" of such a name: a liking of the name, not of a person
or thing X ("We're naming the baby Otis." - "I love Otis. Otis is a great name."; "How about Pepper for the kitten?" -
"Ooh, I like Pepper.").

Reads the sentence of liking, the turn it is in and the turn before: the name must be put forward there as a name to
give ("we're naming him X", "we'll call her X", "how about X for ...", "X is a great name"); a name only told ("My
dog is called Otis.", "We named him Otis years ago.") is a liking of the one so called.

>>> likes_a_name_chosen("I love Otis.", "My wife and I are naming the baby Otis.")
True
>>> likes_a_name_chosen("I love Otis.", "Have you met my neighbor Otis?")
False
>>> likes_a_name_chosen("I like Pepper!", "What about Pepper for the kitten?")
True
>>> likes_a_name_chosen("I love Juniper.", "I love Juniper. Juniper is such a pretty name.")
True
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["likes_a_name_chosen"]

#: "I love Otis", "I really like Pepper", "Love Otis": a liking of a capitalised word alone in its sentence
_LIKES = lazy(r"^\s*(?i:(?:oh|ooh|aw+|wow|yes|oh\s+my\s+god)[,!.]?\s+)?(?i:i\s+|we\s+)?(?i:really\s+|totally\s+|just\s+)?"
              r"(?i:love|like|adore)\s+(?P<n>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*(?:[.!…]+|,\s*(?:too|actually)[.!]*)?\s*$")
#: Ways of putting ``{n}`` forward as a name to give (filled in per name)
_CHOSEN = (
    r"\b(?:(?:am|are|is|'m|'re|'s|were|was)\s+(?:(?:probably|thinking\s+of|thinking\s+about)\s+)?"
    r"(?:naming|calling)|(?:going\s+to|gonna|will|'ll|want\s+to|wanna|should|could|might|let's)\s+"
    r"(?:name|call))\s+(?:(?:him|her|it|them|the\s+\w+|our\s+\w+|my\s+\w+|this\s+\w+|that\s+\w+)\s+)?{n}\b",
    r"\b(?:how\s+about|what\s+about|decided\s+on|picked|went\s+with|settled\s+on)\s+{n}\b",
    r"\b{n}\s+(?:is|'s|was)\s+(?:a|such\s+a)\s+(?:\w+\s+){{0,2}}name\b",
    r"\b{n}\s+for\s+(?:the|a|our|my)\s+(?:\w+\s+)?(?:baby|boy|girl|puppy|kitten|dog|cat|team|band|boat|name)\b",
)


def likes_a_name_chosen(sentence: str, around: str) -> bool:
    """Whether ``sentence`` ("I love Otis.") likes a name that ``around`` (the turn and the one before) puts forward
    as a name to give, not one so called already."""
    liked = _LIKES.match(sentence)
    if liked is None:
        return False
    name = re.escape(liked.group("n"))
    return any(re.search(form.format(n=name), around, re.I) for form in _CHOSEN)
