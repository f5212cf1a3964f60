"""A couple told with "going out" or "used to date": "I'm going out with Mike", "Kim has been going out with Ross for
months" (partners now); "she was going out with Tom", "I used to go out with Ross", "Ross used to date Rachel", "I went
out with Ross for two years", "Ann and I used to date", "we went out in high school" (a couple that was: ``dated``).

"Going out with" someone is also a night out, so the person must end the clause or be followed by how long, since when
or when in life ("I'm going out with Mike tonight", "I went out with Ross for a drink" and "we went out for an hour" tell
no couple). A question, a supposition or a wish ("if you used to date Ross", "I wish I was going out with Tom"), or a
word between the person and the verb ("I never went out with Ross", "he is not going out with Kim") tells nothing.
"You" is the person the turn speaks to, "he"/"she" the last person of that gender mentioned (:func:`.seeing.lover_of`),
"we" the speaker and the person named before in the sentence, else the other of two speakers.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "I used to go out with Mike.")
>>> state = TurnState()
>>> scan_going_out("I used to go out with Mike.", t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'dated', 'Mike')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import PLAIN_NAME
from .mentions import TurnState
from .seeing import lover_of

__all__ = ["scan_going_out"]

_ADVERBS = r"(?:(?i:still|now|also|secretly|really|actually|already|officially|kind\s+of|kinda|sort\s+of)\s+)*"
#: How long, since when, or when in life: what a couple lasts ("for two years", "in high school"), not a night out.
_WHILE = (r"(?i:since|for\s+(?:a\s+(?:while|few\s+(?:weeks|months|years)|couple\s+(?:of\s+)?(?:weeks|months|years)|year|month|"
          r"long\s+time)|(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+(?:weeks|months|years)|"
          r"(?:weeks|months|years))|in\s+(?:high\s+school|college|grad\s+school|school)|back\s+in|years\s+ago|"
          r"a\s+long\s+time\s+ago|a\s+(?:few|couple\s+of)\s+times|twice)\b")
#: What may follow the person of a couple told with "going out": the end of the clause, "and", "but", or :data:`_WHILE`.
_AFTER = rf"(?=\s*(?:[.!,;…]|$|(?i:and|but|so|anymore|behind)\b|{_WHILE}))"
#: "I'm going out with Mike", "she was going out with Tom", "Kim has been going out with Ross for months".
_GOING_OUT = lazy(
    rf"(?<![\w'’])(?P<s>(?i:i|you|he|she)|{PLAIN_NAME})\s*(?P<v>(?i:am|are|is|was|were|['’]m|['’]re|['’]s)|"
    r"(?i:have|has|['’]ve|['’]s|had|['’]d)\s+(?i:been))\s+" + _ADVERBS + r"(?i:going\s+out\s+with)\s+"
    rf"(?P<o>{PLAIN_NAME}){_AFTER}")
#: "I used to go out with Ross", "Ross used to date Rachel", "I went out with Ross for two years".
_USED_TO = lazy(
    rf"(?<![\w'’])(?P<s>(?i:i|you|he|she)|{PLAIN_NAME})\s+(?:(?i:used\s+to\s+(?:date|go\s+out\s+with))\s+(?P<o>{PLAIN_NAME}){_AFTER}|"
    rf"(?i:went\s+out\s+with)\s+(?P<o2>{PLAIN_NAME})(?=\s*{_WHILE}))")
#: "Ann and I used to date", "we used to go out", "you and I went out for a year".
_WE_USED_TO = lazy(
    rf"(?<![\w'’])(?:(?P<a>{PLAIN_NAME}|(?i:you))\s+(?i:and)\s+(?i:i|me)|(?P<we>(?i:we)))\s+"
    rf"(?:(?i:used\s+to\s+(?:date|go\s+out(?:\s+together)?))(?=\s*(?:[.!,;…]|$|(?i:and|but)\b|{_WHILE}))|"
    rf"(?i:went\s+out|dated)(?:\s+(?i:together))?(?=\s*{_WHILE}))")
#: A supposition, wish or question around the statement.
_UNSURE = lazy(r"\?|\b(?:if|unless|whether|wish|would|could|should|might|suppose|supposed|pretend|pretending|wonder)\b",
               re.I)
#: A name inside the sentence before "we" (not its first word, which may call someone: "Ann, we used to date").
_NAME_BEFORE = lazy(r"(?<![.!?]\s)\b[A-Z][a-z][\w'-]*")


def _other(m: re.Match[str], sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The speaker's partner in "Ann and I ..." or "we ...": Ann, the person named before "we", else the addressee."""
    if not m.group("we"):
        return lover_of(m.group("a"), sentence, turn, discourse)
    before = [e for w in _NAME_BEFORE.findall(sentence, 1, m.start()) if (e := lover_of(w, sentence, turn, discourse))]
    if before:
        return before[-1][0], 0.8
    addressee = discourse.addressee(turn)
    return (addressee, 0.8) if addressee is not None else None


def scan_going_out(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the couple ``sentence`` tells with "going out" or "used to date" (see the module)."""
    low = sentence.lower()
    if not ("out" in low or "date" in low) or _UNSURE.search(sentence):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _GOING_OUT.finditer(sentence):
        lover, other = lover_of(m.group("s"), sentence, turn, discourse), lover_of(m.group("o"), sentence, turn, discourse)
        if lover is not None and other is not None and other[0] != speaker and lover[0] != other[0]:
            past = m.group("v").lower() in ("was", "were", "had been", "'d been", "’d been")
            out.append((lover[0], "dated" if past else "partner", other[0], round(0.75 * lover[1], 2), None))
    for m in _USED_TO.finditer(sentence):
        lover = lover_of(m.group("s"), sentence, turn, discourse)
        other = lover_of(m.group("o") or m.group("o2"), sentence, turn, discourse)
        if lover is not None and other is not None and other[0] != speaker and lover[0] != other[0]:
            out.append((lover[0], "dated", other[0], round(0.75 * lover[1], 2), None))
    for m in _WE_USED_TO.finditer(sentence):
        other_ = _other(m, sentence, turn, discourse)
        if other_ is not None and other_[0] != speaker:
            out.append((speaker, "dated", other_[0], round(0.7 * other_[1], 2), None))
    state.collect(out)
