"""A relative clause said of the speaker: "i am a girl who likes horses", "i am a music teacher that loves video
games", "i am just a student who works in the library". What follows "who/that" is said of the speaker, as after "and"
("i am a girl and like horses"), so the sentence is read with "and" in its place; the rules then read the second
clause with the speaker as its subject.

Only "i am a/an ..." with up to five words before "who/that", none of them a preposition or "and" (so "i am a girl
with a dog that loves bones" is the dog's, and "i am a fan of bands that play jazz" the bands'), and a verb of the
present after it ("likes", "works", "has"...); "i met a guy who lives here" is another's.

>>> own_relative("i am a girl who likes horses"), own_relative("hi , i am a nurse that works nights !")
('i am a girl and likes horses', 'hi , i am a nurse and works nights !')
>>> own_relative("i am a girl with a dog that loves bones"), own_relative("i met a guy who lives here")
('i am a girl with a dog that loves bones', 'i met a guy who lives here')
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["own_relative"]

_OWN_RELATIVE = lazy(
    r"(?:^|[,;!.]\s*|\b(?:and|but|so|hi|hello|hey|well|yes|yeah|no|oh)\s+)(?:i\s+am|i'm|im)\s+"
    r"(?:(?:just|only|also|really|basically|simply)\s+)?(?:an?)\s+"
    r"(?:(?!(?:who|that|and|or|with|without|from|in|at|of|to|for|on|by|like|whose|which)\b)[\w'-]+\s+){1,5}?"
    r"(?P<rel>who|that)\s+(?=(?:(?:also|really|just|truly|absolutely)\s+)?(?:likes|loves|enjoys|adores|works|plays|hates|"
    r"has|owns|lives|collects|reads|watches|cooks|bakes|drives|speaks|studies|teaches|writes|paints|sings)\b)",
    re.I,
)


def own_relative(sentence: str) -> str:
    """``sentence`` with the "who/that" of a relative clause said of the speaker ("i am a girl who likes horses") read
    as "and"; unchanged when there is none."""
    if " who " not in sentence and " that " not in sentence:
        return sentence
    m = _OWN_RELATIVE.search(sentence)
    if m is None:
        return sentence
    return sentence[:m.start("rel")] + "and" + sentence[m.end("rel"):]
