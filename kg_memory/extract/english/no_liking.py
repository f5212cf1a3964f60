"""English words of liking or eating that state no liking: an example given after a sentence ("i am scared of lots .
like spiders !"), a question left open ("whether i like country or not"), and the food or drink that brings on
something bad ("it happens when i eat pudding", "i get a headache when i drink coffee"); and, from :mod:`.heeded`, a
person listened to ("he listens to his mother": heeded, not liked), from :mod:`.names_chosen`, a name just put forward
("We're naming the baby Otis." - "I love Otis.": the name is liked, not a person).

>>> gives_example("like spiders !", "i am scared of lots .")
True
>>> gives_example("love pizza !", "i am a chef .")
False
>>> without_whether("whether i like it or not , i love running")
', i love running'
>>> ill_occasion("my stomach hurts every time i eat cheese")
True
>>> ill_occasion("i am happiest when i eat pudding")
False
>>> ill_occasion("i read the news when i eat my granola")
False
"""

from __future__ import annotations

import re

from ..framework import lazy
from .heeded import heeded
from .names_chosen import likes_a_name_chosen

__all__ = ["gives_example", "heeded", "ill_occasion", "likes_a_name_chosen", "without_whether"]

#: A sentence that is "like" and what follows, no verb's "like to" ("like to read too")
_LIKE_FIRST = lazy(r"^\s*like\s+(?!to\b|it\b|that\b|this\b|i\b|you\b|we\b|a\s+lot\b)[\w'-]", re.I)
#: A sentence ending on many things at once, of which an example may follow: "lots", "a lot of things", "many animals"
_MANY_BEFORE = lazy(r"\b(?:lots|a\s+lot|many|much|stuff|things|everything|anything|plenty|several|some|a\s+few|others|"
                    r"all\s+(?:kinds|sorts|types)|kinds|sorts|types|bunch)\b(?:\s+[\w'-]+){0,3}\s*[.!,;:…]*\s*$", re.I)
#: "whether" and what follows it up to the clause's end: a question left open
_WHETHER = lazy(r"(?:^|\s+)(?:or\s+)?whether\b[^,;:]*", re.I)
#: Eating or drinking as the time something happens: "when i eat", "every time i drink", "after i eat"
_OCCASION = lazy(r"\b(?:when|whenever|every\s*time|each\s+time|any\s*time|after)\s+i\s+(?:eat|drink|have)\b", re.I)
#: What befalls one at such a time: an ailment, or "it happens" of one said before
_AILING = lazy(r"\b(?:sick|ill|hurts?|hurting|pain|aches?|headaches?|stomach|rash|hives|gas|gassy|bloated|nause\w*|throw\s+up|"
               r"vomit\w*|itch\w*|allergic|sneez\w*|cough\w*|break\s+out|heartburn|cramps?|dizzy|happens)\b", re.I)


def gives_example(sentence: str, before: str) -> bool:
    """Whether ``sentence`` ("like spiders !") gives an example of the many things the sentence ``before`` it in the
    same turn ends on ("i am scared of lots ."), no liking of its own."""
    return bool(before) and _LIKE_FIRST.match(sentence) is not None and _MANY_BEFORE.search(before) is not None


def without_whether(sentence: str) -> str:
    """``sentence`` without what a "whether" asks, up to a comma ("i wonder whether i like country": "i wonder")."""
    return _WHETHER.sub("", sentence)


def ill_occasion(sentence: str) -> bool:
    """Whether ``sentence`` eats or drinks only as the time an ailment comes ("i get sick when i eat pudding", "it
    happens when i eat pudding"); "i stare at him when i eat my granola" still eats the granola."""
    occasion = _OCCASION.search(sentence)
    return occasion is not None and _AILING.search(sentence[:occasion.start()]) is not None
