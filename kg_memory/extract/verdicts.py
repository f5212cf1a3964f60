"""A name opening a verdict on what was just said calls the one who said it: "Maybe Ruth sits with the college friends?"
- "Jess, you're a genius." praises Jess, who spoke before, not whoever speaks next; so do "Ross, you're right",
"Mon, that's a great idea", "Joey, you're kidding", "Pheebs, that's brilliant", and a check on it ("I hear he
wins every bet." - "Stig, don't."; "Marcus, stop.") (:mod:`.speakers`). A name opening a request or a question ("Ross,
can you...?", "Jess, you're up next") still calls the next speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy

__all__ = ["verdict_after"]

#: A verdict on the words just heard, after the name and its comma: "you're a genius", "you're so right", "that's a
#: great idea", "you're kidding", "that's brilliant", "you're a lifesaver" (English), "你说得对", "好主意" (Chinese).
_VERDICT = lazy(r"\s*[,，]\s*(?:(?:oh|wow|man|god|seriously|honestly)[,!]?\s+)?(?:"
                r"(?:you're|you\s+are)\s+(?:(?:so|totally|absolutely|completely|a|an|such\s+a|the|right|kidding|"
                r"joking|crazy|nuts|insane)\s+)*(?:genius|right|kidding|joking|crazy|nuts|insane|brilliant|amazing|"
                r"lifesaver|life\s+saver|saint|angel|best|hilarious|unbelievable)\b|"
                r"(?:that's|that\s+is|what)\s+(?:(?:a|an|such\s+a|so|really|totally|absolutely)\s+)*"
                r"(?:great|good|brilliant|genius|perfect|terrible|awful|horrible|crazy|smart|wonderful|fantastic)"
                r"(?:\s+(?:idea|plan|point|question))?\b|"
                r"你说得(?:对|没错|太对了)|(?:好|绝妙的)主意|你太(?:聪明|厉害)了|你是天才)", re.I)
#: "Stig, don't.", "Marcus, stop.": a check on what was just said, its whole sentence (not "Stig, don't forget the
#: keys.", a bidding).
_CHECK = lazy(r"\s*,\s*(?:please\s+)?(?:don't|do\s+not|stop(?:\s+it)?)\s*[.!]+(?:\s|$)", re.I)
#: A reply puzzled at being checked ("What? I was being nice.", "Me?"): the one checked answers, whoever spoke before.
_PUZZLED = lazy(r"^\W*(?:what|huh|me|why|wait|i'm\s+just|i\s+was\s+just)\b", re.I)


def verdict_after(text: str, end: int, later: Sequence[Turn] = ()) -> bool:
    """Whether the name ending at ``end`` of ``text`` opens a verdict on what the one spoken to has just said; a check
    ("Stig, don't.") does unless the next other speaker of ``later`` (the turns after) answers it, puzzled ("What?").

    >>> verdict_after("Jess, you're a genius.", 4), verdict_after("Jess, you're up next.", 4)
    (True, False)
    >>> verdict_after("Mon, that's a great idea!", 3), verdict_after("Mon, that's my coat.", 3)
    (True, False)
    >>> verdict_after("Stig, don't. I was there.", 4), verdict_after("Stig, don't forget the keys.", 4)
    (True, False)
    >>> verdict_after("Stig, stop.", 4, [Turn("c", "5", "B", "What? I was being nice.")])
    False
    """
    if re.search(r"[.!?。！？…]", text[:end]) is not None:
        return False
    if _VERDICT.match(text, end) is not None:
        return True
    return _CHECK.match(text, end) is not None and not (later and _PUZZLED.match(later[0].text))
