"""People mentioned by a title and a surname: "My landlord, Mr. Petrakis, takes a month to answer." makes Mr. Petrakis
someone a later "him" may mean ("Petrakis? I went to high school with him."), a man; "Mrs.", "Ms." and "Miss" a woman.

Such a name is often said of someone in no relation the rules know (a landlord, a teacher, a neighbour's boss), so no
fact records it, and "he" or "she" would otherwise go to someone named before. Not a name called ("Mrs. Okafor? I'm Dr.
Reyes.", "Thanks, Mr. Dunn."), nor the speaker's own ("I'm Mrs. Brandt").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import MALE, Discourse
>>> ts = [Turn("c", "1", "A", "Luis fixed my sink."), Turn("c", "2", "B", "My landlord, Mr. Petrakis, never answers."),
...       Turn("c", "3", "A", "I went to high school with him.")]
>>> d = Discourse(ts)
>>> d.mention(ts[0], Entity("Luis", "Person"), MALE)
>>> mention_titled(ts[1].text, ts[1], d)
>>> d.third_person(ts[2], MALE)[0].label
'Mr. Petrakis'
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import FEMALE, MALE, Discourse

__all__ = ["mention_titled"]

#: "Mr. Petrakis", "Mrs Kay", "Miss Lane" (not "Miss. Carmen's fine.": "Miss." put right, then a name); a possessive's
#: "'s" is no part of the name ("Mr. Zelner's office").
_TITLED = lazy(r"(?<![\w.])(?:(?P<t>Mr|Mrs|Ms)\.?|(?P<miss>Miss))\s+(?P<n>[A-Z][a-z][\w-]*)(?![\w-])")
#: Before a name that is the speaker's own ("I'm Mrs. Brandt", "my name is Ms. Lee", "this is Mr. Cole speaking").
_OWN = lazy(r"(?:\bI\s+am|\bI'm|\bname\s+is|\bcall\s+me|\bthis\s+is|\bit's|\bit\s+is)\s*,?\s*$", re.I)


def mention_titled(text: str, turn: Turn, discourse: Discourse) -> None:
    """Record each person ``text`` (of ``turn``) mentions by a title and a surname, with the title's gender."""
    if "M" not in text:
        return
    for m in _TITLED.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        head = re.split(r"[.!?…]\s+", before)[-1].strip()
        if _OWN.search(before) or not head.strip(" ,") and re.match(r"\s*[,?!]", after) \
                or head.endswith(",") and re.match(r"\s*(?:[.!?…]|$)", after):
            continue  # the speaker's own name, or a name called: "Mrs. Okafor? ...", "Thanks, Mr. Dunn."
        title = f"{m.group('t')}." if m.group("t") else "Miss"
        discourse.mention(turn, Entity(f"{title} {m.group('n')}", "Person"), MALE if title == "Mr." else FEMALE)
