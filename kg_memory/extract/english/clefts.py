"""English clefts and exceptions: what the speaker likes said with the thing first or set apart
("summer is what i really like", "telling jokes is something that i love", "what i love most is
hiking", "i like everything except broccoli").

Only clauses that are statements reach here (questions, conditionals and wishes are dropped by
:mod:`.rules`); a negated clause gives nothing ("pizza is not what i like").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "summer is what i really like")
>>> state = TurnState()
>>> scan_clefts("summer is what i really like", turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'likes', 'summer')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .mentions import TurnState
from .objects import object_list

__all__ = ["scan_clefts", "scan_favorite_after"]

_LIKE = r"(?P<v>love|like|enjoy|adore|hate|dislike|cannot\s+stand)"
_ADV = r"(?:(?:really|truly|just|also|absolutely|most\s+of\s+all)\s+)*"
#: "summer is what i really like", "telling jokes is something (that) i love", "pizza is the thing i love most"
_THING_FIRST = lazy(
    rf"(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){{0,3}}?)\s+(?:is|are)\s+(?:what|something(?:\s+that)?|one\s+thing(?:\s+that)?|"
    rf"the\s+(?:one\s+)?thing(?:\s+that)?|(?:the\s+)?things?(?:\s+that)?)\s+i\s+{_ADV}{_LIKE}\b",
    re.I,
)
#: "what i love most is hiking", "the thing i like best is pizza"
_THING_LAST = lazy(
    rf"\b(?:what|the\s+(?:one\s+)?thing(?:\s+that)?)\s+i\s+{_ADV}{_LIKE}\s+(?:(?:the\s+)?(?:most|best)\s+)?(?:is|are)\s+(?P<o>.+)",
    re.I,
)
#: "i like everything except broccoli", "i love all food but olives"
_EXCEPT = lazy(
    r"^(?:i|we)\s+(?:(?:really|just|also)\s+)*(?:love|like|eat|enjoy)\s+(?:everything|anything|all(?:\s+\w+)?|"
    r"every\s+\w+|any\s+\w+)(?:\s*,?\s+except(?:\s+for)?|\s+but)\s+(?P<o>.+)",
    re.I,
)
#: "fishing is my main hobby", "cooking is my specialty": a pastime or a skill named first
_THING_HOBBY = lazy(
    r"(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+"
    r"(?:(?:definitely|also|still|really|kind\s+of|sort\s+of|now)\s+)?my\s+(?:(?:main|other|new|favorite|only|biggest|big|"
    r"true|real|number\s+one|current|newest|latest|secret|one|first|second|weekend)\s+)?"
    r"(?P<k>hobby|hobbies|pastime|pastimes|specialty|speciality|specialties)\b",
    re.I,
)
#: "christmas , my favorite holiday", "all of my flowers are purple , my favorite color": the thing set before it
_FAVORITE_AFTER = lazy(
    r"^(?P<before>.*?[a-z])\s*(?:[,-]\s*|\s+(?:lol|haha)\s+)(?:(?:and|also)\s+)?my\s+(?:all\s+time\s+|absolute\s+|most\s+)?"
    r"favorite(?:\s+(?P<cat>[a-z]+))?\s*[.!]*$",
    re.I,
)
#: Words after which the noun phrase a clause ends on begins: a verb, a copula, an article or a preposition.
_BEFORE_NP = frozenset(
    "is are was a an the some and of with in on at for got get love like eat eating drink drinking watch watching "
    "read reading wear wearing had have has to".split()
)


def _last_np(text: str) -> str | None:
    """The noun phrase (up to three words) ``text`` ends on: "i got for christmas" -> "christmas"."""
    words = text.split()
    for n in range(1, min(3, len(words)) + 1):
        if n == len(words) or words[-n - 1].lower() in _BEFORE_NP:
            return " ".join(words[-n:])
    return None
_NEGATED = lazy(r"\b(?:not|never|no)\b", re.I)
_NOT_THINGS = frozenset("it that this there here which what life".split())


def scan_clefts(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record what ``clause`` says the speaker likes, dislikes, does for fun or does well in a cleft, an
    exception or "X is my hobby"."""
    low = clause.lower()
    says_i = " i " in f" {low} "
    if not (says_i or " my " in f" {low}") or _NEGATED.search(clause):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    m = (_THING_FIRST.search(clause) or _THING_LAST.search(clause)) if says_i and ("what i " in low or "thing" in low) else None
    if m is not None:
        predicate = "dislikes" if m.group("v").lower() in ("hate", "dislike") or "stand" in m.group("v") else "likes"
        for obj in object_list(m.group("o"), "np"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, predicate, Entity(obj, "Thing"), 0.6, None))
    m = _THING_HOBBY.search(clause) if " my " in f" {low}" else None
    if m is not None:
        predicate = "hobby" if m.group("k").lower().startswith(("hobb", "pastime")) else "skill"
        for obj in object_list(m.group("o"), "activity"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, predicate, Entity(obj, "Thing"), 0.65, None))
    m = _EXCEPT.search(clause) if says_i and ("except" in low or " but " in low) else None
    if m is not None:
        for obj in object_list(m.group("o")):
            out.append((speaker, "dislikes", Entity(obj, "Thing"), 0.6, None))
    state.collect(out)


def scan_favorite_after(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"christmas , my favorite holiday": the thing before "my favorite" is the speaker's favorite.

    >>> from kg_memory.types import Turn
    >>> turn = Turn("c", "1", "Ann", "x")
    >>> state = TurnState()
    >>> scan_favorite_after("all of my flowers are purple , my favorite color .", turn, Discourse([turn]), state)
    >>> [(p, o.label) for _, p, o, _, _ in state.facts]
    [('favorite', 'purple')]
    """
    m = _FAVORITE_AFTER.match(sentence) if "favorite" in sentence.lower() else None
    if m is None or _NEGATED.search(sentence):
        return
    last = _last_np(m.group("before"))
    thing = object_list(last)[:1] if last else []
    if thing and thing[0].lower() not in _NOT_THINGS and thing[0].lower() != (m.group("cat") or "").lower():
        state.collect([(discourse.speaker(turn), "favorite", Entity(thing[0], "Thing"), 0.6, None)])

