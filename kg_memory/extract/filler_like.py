""""Like" said as a filler, not as liking: "I was like, no way", "it cost like fifty bucks", "I did like this totally
stupid thing".

Spoken English uses "like" to quote ("he was like, whatever"), to guess a number ("like fifty bucks", "like 5 times")
and to hedge ("like this totally weird thing"). The rules read "like" + a noun phrase as ``likes``; :func:`filler_likes`
drops such a fact when, in the turn it comes from, every "like" before its object is one of those fillers: after a
form of "be" ("I was like", "she's all like"), before a number, or before a hedging adverb ("totally", "kind of").
"I like hiking" and "I did like the movie" stay. The cost: a liking of a thing opened by a number or by "totally"
("I like fifty-year-old whisky") is lost too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .framework import lazy

__all__ = ["filler_likes"]

#: A form of "be" (with a filler between) just before "like": the quoting "like" ("I was like", "he's all like").
_BE = lazy(r"\b(?:was|were|am|is|are|be|been|being|'m|'s|'re|’m|’s|’re)\s+(?:(?:all|just|totally|so|kinda|kind\s+of|"
           r"sort\s+of|literally|basically)\s+)*$", re.I)
#: What opens an object that is a guess at a number or a hedge ("fifty bucks", "5 times", "totally evil thing").
_HEDGED = lazy(r"^(?:\d|(?:a\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
               r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|couple|few)\b|"
               r"(?:totally|completely|literally|basically|kinda|kind\s+of|sort\s+of|whole|super|insanely)\b)", re.I)

#: The word "like": a turn without it has no filler "like".
_LIKE = lazy(r"\blike\b", re.I)


def filler_likes(facts: Sequence[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` without the ``likes`` read from a filler "like" (see the module docstring).

    >>> from kg_memory.types import Provenance
    >>> turns = [Turn("c", "1", "Ann", "It cost like fifty bucks."), Turn("c", "2", "Ann", "I like hiking.")]
    >>> ann = Entity("Ann", "Person")
    >>> facts = [Fact(ann, "likes", Entity("fifty bucks", "Thing"), sources=(Provenance("c", "1", "Ann"),)),
    ...          Fact(ann, "likes", Entity("hiking", "Thing"), sources=(Provenance("c", "2", "Ann"),))]
    >>> [f.object.label for f in filler_likes(facts, turns) if isinstance(f.object, Entity)]
    ['hiking']
    """
    text: dict[tuple[str | None, str | None], str] = {(t.conversation, t.turn): t.text for t in turns}
    return [f for f in facts if not (f.predicate == "likes" and f.source is not None and isinstance(f.object, Entity)
                                     and _filler(text.get((f.source.conversation, f.source.turn), ""), f.object.label))]


def _filler(text: str, obj: str) -> bool:
    """Whether every "like" before ``obj`` in ``text`` is a filler (and there is one)."""
    if not _LIKE.search(text):
        return False  # a liking said otherwise ("I love hiking"): no pattern of its object to build
    found = [m for m in re.finditer(r"\blike\b,?\s+(?:(?:this|that|these|those|a|an|the|some)\s+)?" + re.escape(obj),
                                    text, re.I)]
    return bool(found) and all(_BE.search(text[:m.start()]) or _HEDGED.match(obj) for m in found)
