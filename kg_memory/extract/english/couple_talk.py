"""What a couple says of itself in conversation: "we were on a break" (a couple then), "Tom and I are on a break" (a
couple still, apart for a while), "I'm still with Charlie", "Phoebe is back with David" (a couple still or again), "it's our anniversary" (the speaker and the one spoken to are a couple; "our
wedding anniversary" a married one), and "I dumped Tom" (a couple that was), "we've been dating for six weeks", "we're engaged", "we got married" (a couple,
married ones).

"We" is the speaker and the person named before in the sentence, else the person the turn speaks to; a turn that
speaks to nobody in particular tells no couple; one it calls by name need not be the other half ("Phoebe, we're getting married."
tells Phoebe of the speaker's wedding). "Our anniversary" is the speaker's and the other's of two speakers
only: among friends it is often told to a third ("Y'know Pheebs, it's kinda our anniversary"). A supposition, a wish or a negation ("if we were on a break", "we
were never on a break", "I didn't dump Tom") tells nothing, nor does another's anniversary ("our parents'
anniversary", "the company's anniversary") or a pause at work ("we're on a break from work").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> ts = [Turn("c", "1", "Ann", "We were on a break!"), Turn("c", "2", "Bob", "No we weren't.")]
>>> state = TurnState()
>>> scan_couple_talk("We were on a break!", ts[0], Discourse(ts), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'dated', 'Bob')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import PLAIN_NAME
from .mentions import TurnState
from .seeing import lover_of

__all__ = ["scan_couple_talk"]

#: "we were on a break", "Tom and I are on a break", "we're kind of on a break" (ending the clause: not "on a break from
#: work", "we were on a break when the alarm went off").
_ON_BREAK = lazy(
    rf"(?<![\w'])(?:(?P<a>{PLAIN_NAME}|(?i:you))\s+(?i:and)\s+(?i:i|me)|(?P<we>(?i:we)))\s*(?P<v>(?i:are|were|['’]re))\s+"
    r"(?:(?i:still|just|kind\s+of|kinda|sort\s+of|technically|officially)\s+)*(?i:on\s+a\s+break)(?=\s*(?:[.!,;…]|$))")
#: "it's our anniversary", "tomorrow is our first anniversary", "happy to spend our wedding anniversary here".
_ANNIVERSARY = lazy(r"(?<![\w'])(?i:our)\s+(?:(?i:first|second|third|fourth|fifth|tenth|\d+(?:st|nd|rd|th)|one-year|two-year|"
                    r"six-month|one-month|\w+-year)\s+)?(?P<wed>(?i:wedding)\s+)?(?i:anniversary)\b")
#: "I'm still with Charlie", "Phoebe is back with David": a couple still or again (ending the clause: not "I'm still with
#: Ross at the mall", "I'm back with Ross on this").
_STILL_WITH = lazy(rf"(?<![\w'’])(?P<s>(?i:i|you|he|she)|{PLAIN_NAME})\s*(?:\s(?i:am|is|are)|['’](?i:m|s|re))\s+"
                   rf"(?:(?i:still|back|now\s+back|finally\s+back)\s+)(?i:together\s+)?(?i:with)\s+(?P<o>{PLAIN_NAME})"
                   r"(?=\s*(?:[.!;…]|$|,\s*(?:right|okay|ok|remember)\b))")
#: "I dumped Tom", "I just dumped Tom".
_I_DUMPED = lazy(rf"(?<![\w'])(?i:i)\s+(?:(?i:just|finally|totally|actually)\s+)*(?i:dumped)\s+(?P<o>{PLAIN_NAME})(?![\w'-])")
#: "we've been dating for six weeks", "we're engaged", "we got married in May", "we've been together since college":
#: the speaker and the other half of "we" are a couple (married: spouses). Not "we've been friends", "we got together
#: for lunch", "we're going out tomorrow night" (one date).
_WE_COUPLE = lazy(r"(?<![\w'])(?i:we)\s*(?:(?i:['’]ve|\s+have)\s+been\s+(?:(?P<m1>(?i:married))|(?i:dating|going\s+out|"
                  r"seeing\s+each\s+other|together)(?=\s+(?i:for|since)\b))|(?i:['’]re|\s+are)\s+(?:(?i:now|still)\s+)?"
                  r"(?:(?i:dating|engaged|seeing\s+each\s+other)|(?i:getting\s+married))|"
                  r"\s+(?:(?i:just)\s+)?(?i:got)\s+(?:(?i:engaged)|(?P<m3>(?i:married))))\b")
#: A supposition, wish, question or negation around the statement.
_UNSURE = lazy(r"\?|\b(?:if|unless|whether|wish|would|could|should|might|suppose|pretend|never|not)\b|n['’]t\b", re.I)
#: A name inside the sentence before "we" (not its first word, which may call someone: "Ann, we were on a break").
_NAME_BEFORE = lazy(r"(?<![.!?]\s)\b[A-Z][a-z][\w'-]*")


def _we(sentence: str, start: int, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The speaker's other half in "we" at ``start``: the person named before it in the sentence, else the addressee."""
    before = [e for w in _NAME_BEFORE.findall(sentence, 1, start) if (e := lover_of(w, sentence, turn, discourse))]
    if before:
        return before[-1][0], 0.8
    addressee = discourse.addressee(turn)
    return (addressee, 0.75) if addressee is not None else None


#: A third person "we" may be with: "his hand", "my boyfriend", "her", "your husband".
_SOMEONE_ELSE = lazy(r"\b(?:he|him|his|she|her|partner|boyfriend|girlfriend|husband|wife|fianc[eé]e?)\b", re.I)


def _and_before(turn: Turn, discourse: Discourse) -> str:
    """The text of ``turn`` and of the turn before it."""
    said, at = discourse.conversation(turn), discourse.place(turn) or 0
    return " ".join(t.text for t in said[max(0, at - 1):at + 1])


def scan_couple_talk(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the couple ``sentence`` says the speaker is or was part of (see the module)."""
    low = sentence.lower()
    if not ("break" in low or "anniversary" in low or "dumped" in low or "with" in low or "we" in low) \
            or _UNSURE.search(sentence):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _WE_COUPLE.finditer(sentence) if "we" in low else ():
        other = _we(sentence, m.start(), turn, discourse)
        if other is not None and other[1] < 0.8 and _SOMEONE_ELSE.search(_and_before(turn, discourse)):
            continue  # "How long have you been married?" - "... we've been together for three years. This ring on his hand
            # ...": "we" is the speaker and the man spoken of, not the listener
        if other is not None and other[0] != speaker:
            married = m.group("m1") or m.group("m3")
            out.append((speaker, "spouse" if married else "partner", other[0], round(0.75 * other[1], 2), None))
    for m in _ON_BREAK.finditer(sentence):
        other = _we(sentence, m.start(), turn, discourse) if m.group("we") else lover_of(m.group("a"), sentence, turn,
                                                                                          discourse)
        if other is not None and other[0] != speaker:
            past = m.group("v").lower() == "were"
            out.append((speaker, "dated" if past else "partner", other[0], round(0.75 * other[1], 2), None))
    addressee = discourse.addressee(turn) if "anniversary" in low else None  # two speakers only: see the module
    if addressee is not None:
        out.extend((speaker, "spouse" if m.group("wed") else "partner", addressee, 0.55, None)
                   for m in _ANNIVERSARY.finditer(sentence))
    for m in _STILL_WITH.finditer(sentence) if " with " in low else ():
        lover, other = lover_of(m.group("s"), sentence, turn, discourse), lover_of(m.group("o"), sentence, turn, discourse)
        if lover is not None and other is not None and lover[0] != other[0] and other[0] != speaker:
            out.append((lover[0], "partner", other[0], round(0.7 * lover[1], 2), None))
    for m in _I_DUMPED.finditer(sentence):
        other = lover_of(m.group("o"), sentence, turn, discourse)
        if other is not None and other[0] != speaker:
            state.endings.append((speaker, "partner", other[0], round(0.75 * other[1], 2), None))
    state.collect(out)
