"""Where the speaker works, said as a gerund with no subject of its own: "working at a pharmacy , i see a lot of sick
people" (first, before a clause about the speaker), "i'm too busy working for the water company", "i ended up working
at a bookstore", "a day off from working at the zoo" (``worksFor``).

It reads one stated sentence of the speaker's (see :func:`.where_clauses.employer_before`, which calls it) and gives
the workplace or ``None``. Not "i love working with kids" (with whom), "working at a bank sounds boring" (no speaker),
"i'd hate working at a bank" or "if i was working at google" (a wish, a case), nor a question.

>>> working_at("working at a pharmacy , i see a lot of sick people"), working_at("i am too busy working for the city")
('pharmacy', 'city')
>>> working_at("i ended up working at a bookstore !"), working_at("home from working at the diner , so tired")
('bookstore', 'diner')
>>> working_at("working at a bank sounds boring"), working_at("i would hate working at a bank")
(None, None)
"""

from __future__ import annotations

import re

from ..framework import lazy
from .objects import clean_object

__all__ = ["working_at"]

#: the workplace: up to the end of its clause ("a bookstore !", "the diner , i paint", "a bank and i hate it")
_PLACE = (r"(?P<o>[\w'&-]+(?:\s+(?!(?:and|but|so|because|since|when|while|where|who|which|that|i|it|is|was|to|for|now|"
          r"too|all|every|lol|haha|though|right|anymore|these|this|today|tonight)\b)[\w'&-]+){0,4})"
          r"(?=\s*[.!,;:]|\s*$|\s+(?:and|but|so|because|since|when|while|where|who|which|that|i|it|is|was|to|for|now|too|"
          r"all|every|lol|haha|though|right|these|this|today|tonight)\b)")
_AT = r"working\s+(?:(?:part|full)[\s-]time\s+|nights\s+|(?:long\s+|\d+\s+)?hours\s+)?(?P<p>at|for|in)\s+"
#: the gerund first, before a clause that speaks of the speaker
_FIRST = lazy(rf"^(?:(?:well|so|and|but|yeah|yes|also|currently|now)[\s,]+)?{_AT}{_PLACE}\s*,?\s*(?P<rest>.*)$", re.I)
#: the gerund after a word that makes it the speaker's own
_AFTER = lazy(
    r"\b(?:(?:i\s+am|i'm|im)\s+(?:(?:so|too|very|really|always|currently|now|still|also|just|only|temporarily|pretty)\s+)*"
    r"(?:(?:busy|tired\s+of|sick\s+of|stuck(?:\s+(?:inside|indoors|here))?|exhausted\s+from|worn\s+out\s+from)\s+)?"
    r"|\b(?:i\s+)?(?:ended|end)\s+up\s+|\b(?:day|night|time|break|week)\s+off\s+from\s+|\b(?:home|back)\s+from\s+)"
    + _AT + _PLACE,
    re.I)
#: a wish, a case, a feeling about it or a question before the gerund: nothing said of where one works
_NOT_SAID = lazy(r"\b(?:if|wish|would|could|might|should|hope|want|wanted|imagine|love|like|hate|enjoy|miss|than|instead|"
                 r"about|before|used|was|were|never|quit|stop|stopped|start|try|tried|d|'d)\b|\?", re.I)
_MINE = lazy(r"\b(?:i|me|my|we|us|our)\b", re.I)
#: "working in" a workplace or a trade (not "working in the garden", "in paris": a room, a town)
_IN_WORKPLACE = lazy(r"(?:^|\s)(?:factory|bank|hospital|store|shop|office|restaurant|warehouse|plant|mill|diner|cafe|school|"
                     r"daycare|library|hotel|bar|pub|pantry|lab|clinic|salon|call\s+center|mine|retail|fast\s+food|"
                     r"construction|sales|marketing|healthcare|hospitality|finance|insurance|real\s+estate|it)$", re.I)
#: no workplace: when, how, with whom, a trade said bare, or home
_NOT_WORKPLACES = lazy(r"^(?:the\s+)?(?:home|it|that|this|night|nights|day|days|myself|my\s+own|people|kids|a\s+living|"
                       r"the\s+moment|a\s+while|same|the\s+same|years?|months?|weeks?|(?:the|my|our)\s+(?:garden|yard|house|desk|computer)(?!\s*\w))\b",
                       re.I)


def working_at(sentence: str) -> str | None:
    """The workplace ``sentence`` names after a gerund "working at" of the speaker's (module docstring)."""
    text = sentence.strip().lstrip("., ")
    if "working" not in text.lower() or text.endswith("?"):
        return None
    first = _FIRST.match(text)
    if first is not None and (not _MINE.search(first.group("rest")) or _NOT_SAID.search(first.group("rest"))):
        return None  # "working at a bank sounds boring": no speaker in it
    m = first or _AFTER.search(text)
    if m is None or _NOT_SAID.search(text[:m.start()]) or _NOT_WORKPLACES.match(m.group("o")):
        return None
    if m.group("p").lower() == "in" and not _IN_WORKPLACE.search(m.group("o")):
        return None  # "working in paris", "in the garden": where, no employer
    return clean_object(m.group("o"), "place")
